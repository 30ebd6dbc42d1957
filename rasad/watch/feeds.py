"""Feeds: the feeds file (outlets and their feed URLs) and RSS 2.0 / Atom documents read into items.

Parsing is feedparser's (it reads RSS 0.9x–2.0, RDF and Atom, resolves relative links and normalises dates to UTC);
a feed with XML errors is read by its lenient parser, and the errors are reported, not hidden.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rasad.errors import FetchError, WatchConfigError

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


class Feed(BaseModel):
    """One feed to poll; ``outlet`` names who publishes its articles (an outlet of the knowledge base)."""

    model_config = ConfigDict(extra="forbid")
    url: str
    outlet: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not _URL.match(value.strip()):
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.strip()


class _Outlet(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outlet: str
    feeds: list[str] = Field(min_length=1)


class _FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outlets: list[_Outlet] = Field(default_factory=list)
    feeds: list[Feed] = Field(default_factory=list)


def load_feeds(path: str | Path) -> list[Feed]:
    """A feeds file: ``outlets:`` (an outlet with its feed URLs) and/or ``feeds:`` (url, outlet). Raises
    WatchConfigError naming the file and entry."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        parsed = _FeedsFile.model_validate(data)
        out = [Feed(url=u, outlet=o.outlet) for o in parsed.outlets for u in o.feeds] + parsed.feeds
    except (OSError, yaml.YAMLError) as exc:
        raise WatchConfigError(f"{path}: {exc}") from exc
    except ValidationError as exc:
        raise WatchConfigError(f"{path}: {_first_error(exc)}") from exc
    return unique_feeds(out)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"


def feeds_from_urls(urls: list[str]) -> list[Feed]:
    """Feed URLs given on the command line (outlet recognised later from each article's URL)."""
    try:
        return [Feed(url=u) for u in urls]
    except ValidationError as exc:
        raise WatchConfigError(_first_error(exc)) from exc


def unique_feeds(feeds: list[Feed]) -> list[Feed]:
    """Each URL once, the first entry winning."""
    seen: dict[str, Feed] = {}
    for f in feeds:
        seen.setdefault(f.url, f)
    return list(seen.values())


@dataclass
class Item:
    """One entry of a feed: its key (guid/id, else link), the article's URL, title and publication time (UTC ISO)."""

    key: str
    url: str
    title: str | None
    published: str | None


@dataclass
class Parsed:
    items: list[Item]
    skipped: list[str]  # entries without a link, named for the log
    warning: str | None  # XML errors the lenient parser read past


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> Parsed:
    """A feed document → its items. Raises FetchError ``malformed-feed`` (XML errors and nothing readable) or
    ``not-a-feed`` (an HTML page or other document)."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    doc = feedparser.parse(data, response_headers=headers)
    error = doc.get("bozo_exception") if doc.get("bozo") else None
    if isinstance(error, feedparser.ThingsNobodyCaresAboutButMe):
        error = None  # a content type or encoding mismatch: the document was still read as declared
    if not doc.entries and not doc.get("version"):
        if error is not None:
            raise FetchError(url, "malformed-feed", str(error))
        raise FetchError(url, "not-a-feed", "neither RSS nor Atom")
    items, skipped = [], []
    for n, entry in enumerate(doc.entries, start=1):
        link = (entry.get("link") or "").strip()
        if not _URL.match(link):
            skipped.append(f"entry {n} ({(entry.get('title') or 'untitled')[:60]}): no http(s) link")
            continue
        key = (entry.get("id") or "").strip() or link
        items.append(Item(key=key, url=link, title=entry.get("title"), published=_utc_iso(entry)))
    if error is not None and not items:
        raise FetchError(url, "malformed-feed", f"{error}; no entry with a link could be read")
    return Parsed(items, skipped, f"malformed XML: {error}" if error is not None else None)


def _utc_iso(entry) -> str | None:
    """The entry's publication (else update) time as ISO 8601 in UTC; rasad shows it in Tehran time."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.timezone.utc).isoformat()
