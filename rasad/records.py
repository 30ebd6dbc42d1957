"""Plain typed records passed between pipeline stages.

Offsets (``start``/``end``) are character offsets into the normalised article body, as in ../shared/DESIGN.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One article as read from disk, before cleaning. Exactly one of ``text``/``html`` is set."""

    source: str  # file path, or "path#line" inside a JSON Lines / WARC file
    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None  # as given by the container (JSON Lines, WARC), not parsed from the text
    outlet: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)  # repairs made while reading (bad bytes replaced, NULs removed)

    @property
    def content(self) -> str:
        return self.html if self.html is not None else (self.text or "")


@dataclass
class Rejection:
    """An input that could not become an article; stored and reported, never dropped silently."""

    source: str
    reason: str
    detail: str = ""


@dataclass
class Meta:
    published: str | None = None
    published_precision: str | None = None  # minute | second | day | weekday-only
    weekday: int | None = None  # 0=Monday … 6=Sunday, when only a weekday is known
    outlet: str | None = None
    cites: list[str] = field(default_factory=list)
    news_id: str | None = None
    category: str | None = None
    title: str | None = None
    kicker: str | None = None
    lead: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    warnings: list[str] = field(default_factory=list)  # what was repaired to keep the text (stored, reported)


@dataclass
class CleanArticle:
    """Output of :mod:`rasad.clean`: metadata plus the normalised body and its map back to the raw text."""

    source: str
    raw_text: str  # the text cleaning started from (trafilatura's output for HTML)
    body: str  # normalised, boilerplate removed
    body_map: Sequence[int]  # body offset -> raw_text offset (an array of integers)
    meta: Meta
    removed: list[str] = field(default_factory=list)  # boilerplate lines removed, for auditing


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kb_id: str | None
    name: str  # English canonical name, or the Persian text for unknown names
    type: str  # PERSON ORG COUNTRY PLACE MEDIA
    how: str = "name"  # name | short | fuzzy | role | pronoun | description | adjective | unknown-name
    role: str | None = None  # for role mentions: the role phrase
    candidates: list[str] = field(default_factory=list)
    of: str | None = None  # for role mentions: the organisation or state of the office


@dataclass
class Entity:
    name: str
    type: str
    kb_id: str | None
    forms: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    uid: str | None = None  # a stable id for actors the knowledge base lacks ("unknown:jalal-maleki")


@dataclass
class Role:
    text: str
    refers_to: str | None
    kb_id: str | None
    title: str | None
    of: str | None
    start: int
    end: int
    candidates: list[str] = field(default_factory=list)


@dataclass
class Event:
    type: str
    mode: str | None
    cameo: str
    source: list[str]
    target: list[str]
    date: str | None
    date_precision: str | None
    location: str | None
    trigger: str
    sentence: str
    offsets: tuple[int, int]
    rule: str
    confidence: float
    summary_en: str
    source_ids: list[str | None] = field(default_factory=list)
    target_ids: list[str | None] = field(default_factory=list)
    location_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    attributed_to: str | None = None  # outlet or speaker the claim comes from
    sentences: list[dict[str, Any]] = field(default_factory=list)  # every sentence reporting this event
    goldstein: float | None = None  # CAMEO code's Goldstein score, −10 … +10 (rasad/data/patterns/goldstein.tsv)
    quad_class: str | None = None  # PLOVER quad class of the type: verbal/material cooperation/conflict


@dataclass
class Quote:
    speaker: str | list[str] | None
    speaker_mention: str
    cue: str
    text: str
    direct: bool
    start: int
    end: int
    speaker_id: str | None = None


@dataclass
class Annotation:
    """The annotation record of ../shared/DESIGN.md."""

    doc: str
    meta: Meta
    body: str
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    content_hash: str = ""
    raw_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
