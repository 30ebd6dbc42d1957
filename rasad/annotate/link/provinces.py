"""Provinces named in a list after "استان‌های" ("در استان‌های بوشهر، فارس و کهگیلویه و بویراحمد"): each name is
the province, not the city of that name, and names that are no place alone ("فارس") are provinces there."""

from __future__ import annotations

import re

from rasad.annotate.link.roles import _place_index
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import match_key

# the plural only: "استان X" alone is a curated province's own full name, linked as a name already
_HEAD = re.compile(r"(?<![\u0600-\u06FF])استان[\s\u200c]?های?\s+")
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+")
_JOINER = re.compile(r"\s*(?:،|,|\sو)\s*")


def province_lists(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with the places of every "استان(‌های) A، B و C" list read as provinces."""
    index = _place_index(kb, "region")
    found: list[Mention] = []
    for head in _HEAD.finditer(text):
        found += _list_at(text, head.end(), index, kb)
    if not found:
        return mentions
    spans = [(m.start, m.end) for m in found]
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda m: m.start)


def _list_at(text: str, pos: int, index: dict[str, str], kb: KnowledgeBase) -> list[Mention]:
    """The provinces of a list starting at ``pos``, up to the first word that is no province."""
    out: list[Mention] = []
    while True:
        item = _longest_province(text, pos, index)
        if item is None:
            return out
        place_id, end = item
        place = kb.places[place_id]
        out.append(Mention(pos, end, text[pos:end], place.id, place.name, "PLACE", "name"))
        joiner = _JOINER.match(text, end)
        if joiner is None:
            return out
        pos = joiner.end()


def _longest_province(text: str, pos: int, index: dict[str, str]) -> tuple[str, int] | None:
    """The province whose name (up to four words: "کهگیلویه و بویراحمد") starts at ``pos``."""
    found, key = None, ""
    for n, w in enumerate(_WORD.finditer(text, pos, min(len(text), pos + 60))):
        if n >= 4 or (n == 0 and w.start() != pos) or (n and text[w.start() - 1] not in " \u200c"):
            break
        key += match_key(w.group(0))
        if key in index:
            found = (index[key], w.end())
    return found
