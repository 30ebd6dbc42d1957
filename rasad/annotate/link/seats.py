"""(session 29 ENT) A body named with the place it is at ("شورای شهر گرگان", composed.yaml): the body and the place are
two mentions, so an event of the body there is placed there ("انحلال شورای شهر گرگان" is in Gorgan) as it was when
the place alone was linked."""

from __future__ import annotations

import re

from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Actor
from rasad.records import Mention
from rasad.text.normalize import match_key

_WORD = re.compile(r"\S+")
_LINK_TAIL = re.compile(r"[ \u200c]+$")  # the space between a body's head and its place
_MAX_PLACE_WORDS = 3


def _seat_start(surface: str, forms: set[str]) -> int | None:
    """Where the place's name that ends ``surface`` begins (the longest of at most three words), if it does."""
    starts = [w.start() for w in _WORD.finditer(surface)]
    for start in starts[-_MAX_PLACE_WORDS:]:
        if start > 0 and match_key(surface[start:]) in forms:
            return start
    return None


def _place_of(kb: KnowledgeBase, m: Mention) -> str | None:
    """The place a composed body is at, for a mention of one by name."""
    actor = kb.actors.get(m.kb_id or "") if m.how == "name" else None
    return getattr(actor, "at_place", None) if actor is not None and actor.source == "composed" else None


def _branch_of(kb: KnowledgeBase, body_id: str) -> Actor | None:
    """(session 30 ENT2) The national body a composed body is a branch of ("هلال احمر استان مرکزی": the Red
    Crescent), if its rule names one the knowledge base has: news means the national body at that place."""
    branch = getattr(kb.actors.get(body_id), "branch_of", None)
    return kb.actors.get(branch) if branch else None


def seated_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each mention of a composed body whose name ends with its place's name, as the body ("شورای شهر") and the place
    ("گرگان"); a branch as its national body ("هلال احمر" | "استان مرکزی")."""
    out: list[Mention] = []
    for m in mentions:
        place = kb.places.get(_place_of(kb, m) or "")
        cut = _seat_start(m.text, {match_key(f) for f in (*place.fa, *place.contextual, *place.strict)}) \
            if place is not None else None
        if place is None or cut is None:
            out.append(m)
            continue
        head = _LINK_TAIL.sub("", m.text[:cut])
        body = _branch_of(kb, m.kb_id or "") or kb.actors[m.kb_id or ""]
        out.append(Mention(m.start, m.start + len(head), head, body.id, body.name, m.type, m.how))
        out.append(Mention(m.start + cut, m.end, m.text[cut:], place.id, place.name, "PLACE", "name"))
    return out
