"""Outlets the knowledge base lacks, known by the Latin word their names are built with: "قائم آنلاین",
"دانشجونیوز", "شرق پرس", "پرس شیعه". Small news sites come and go faster than any list of them, but their names
borrow a few English words ("News", "Online", "Press"), written joined or apart. A name of that shape is an outlet
where news cites one ("به گزارش X،", "در گفتگو با خبرنگار X", a line that opens with "X:" or "X|"); the tails no
Persian word ends with ("نیوز") are an outlet anywhere. The words are data: ``outlet_shapes`` in
``rasad/data/kb/headed.yaml``. Each is reported as an outlet with a stable id of its own and no knowledge-base id,
as ``headed`` reports a "خبرگزاری X"; a name the knowledge base knows is left to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rasad.annotate.link.cited import cued_before
from rasad.annotate.link.entities import unknown_uid
from rasad.annotate.link.headed import headed_settings
from rasad.annotate.link.matcher import Matcher
from rasad.annotate.link.strangers import ordinary_word
from rasad.records import Entity, Mention
from rasad.text.normalize import match_key

_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FC\u06FF\u064B-\u0652"
_WORD_BEFORE = re.compile(f"[{_LETTERS}]+[ \u200c]?$")
_WORD_AFTER = re.compile(f" ?[{_LETTERS}]+")
_DATELINE_ENDS = ":|-/–،"  # "شرق پرس: ...", "راز نیوز| ...", "تیک نیوز-..."
_MIN_STEM = 2


@lru_cache(maxsize=1)
def _shapes() -> dict[str, Any]:
    return headed_settings().get("outlet_shapes") or {}


@lru_cache(maxsize=1)
def _shape_regex() -> re.Pattern[str]:
    """Every tail and opener as the end or start of a word: one search over the body per article."""
    words = sorted({*(_shapes().get("tails") or {}), *(_shapes().get("openers") or {})}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _cited_at(text: str, start: int, end: int) -> bool:
    """Where news names an outlet: after a cue ("به گزارش"), or as a line's first words before a colon or bar."""
    if cued_before(text, start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    after = text[end:end + 3].lstrip(" ")
    return not text[line_start:start].strip() and after[:1] in _DATELINE_ENDS and after[:1] != ""


def _stem_before(text: str, at: int, end: int) -> int | None:
    """The start of the word the tail at ``at`` ends (joined: "دانشجونیوز") or follows ("قائم آنلاین")."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return None
    stem = m.group().rstrip(" \u200c")
    if len(stem) < _MIN_STEM or stem in (_shapes().get("not_names") or ()):
        return None
    if not m.group().endswith((" ", "\u200c")) and ordinary_word(text[m.start():end]):
        return None  # "بازپرس" is an everyday word that ends in "پرس"
    return m.start()


def _tailed(text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, English word) of a name that ends with a tail: cited, or a tail no Persian word ends with."""
    tails = _shapes().get("tails") or {}
    if m.group() not in tails or re.match(f"[{_LETTERS}\u200c]", text[m.end():m.end() + 1]):
        return None
    if cued_before(text, m.start()):
        return None  # "به گزارش پرس ...": the word opens the name
    start = _stem_before(text, m.start(), m.end())
    if start is None:
        return None
    if not (_cited_at(text, start, m.end()) or m.group() in (_shapes().get("free") or ())):
        return None
    return start, m.end(), tails[m.group()]


def _opened(text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
    """(start, end, English word) of a cited name that opens with an opener and one word ("پرس شیعه")."""
    openers = _shapes().get("openers") or {}
    if m.group() not in openers or re.match(f"[{_LETTERS}\u200c]", text[m.start() - 1:m.start()] or " "):
        return None
    nxt = _WORD_AFTER.match(text, m.end())
    if nxt is None or not nxt.group().startswith(" ") or not _cited_at(text, m.start(), nxt.end()):
        return None
    return m.start(), nxt.end(), openers[m.group()]


def known_outlet(matcher: Matcher, words: str) -> bool:
    """Whether ``words`` are a name the knowledge base has (an outlet's or anything else's)."""
    return matcher.lookup(match_key(words)) is not None


def _latin(name: str, word: str, shape: str, translit: Callable[[str], str]) -> str:
    """"قائم آنلاین" → "Qaem Online": the Persian part spelt, the English word as it is."""
    rest = name.replace(shape, " ", 1).strip(" \u200c")
    spelt = translit(rest) if rest else ""
    return f"{word} {spelt}".strip() if name.startswith(shape) else f"{spelt} {word}".strip()


def shaped_outlets(text: str, mentions: list[Mention], is_known: Callable[[str], bool],
                   translit: Callable[[str], str]) -> list[Entity]:
    """The outlets named by their shape that no linked mention covers and the knowledge base does not know.
    ``is_known``: whether words are a known name (:func:`known_outlet`); ``translit``: Persian → Latin spelling."""
    spans = [(m.start, m.end) for m in mentions if m.kb_id]
    found: dict[str, Entity] = {}
    for m in _shape_regex().finditer(text):
        hit = _tailed(text, m) or _opened(text, m)
        if hit is None or any(s < hit[1] and hit[0] < e for s, e in spans):
            continue
        name = text[hit[0]:hit[1]]
        if is_known(name):
            continue
        key = match_key(name)
        ent = found.get(key)
        if ent is None:
            latin = _latin(name, hit[2], m.group(), translit)
            ent = found[key] = Entity(latin, "MEDIA", None, uid=unknown_uid(latin, "MEDIA"))
        if name not in ent.forms:
            ent.forms.append(name)
        ent.mentions.append((hit[0], hit[1]))
    return list(found.values())
