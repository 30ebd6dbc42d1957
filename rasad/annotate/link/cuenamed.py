"""Outlets the knowledge base lacks, named where news cites an outlet: "به گزارش «فردا» به نقل از مهر", "به نقل از
پایگاه خبری «firstpost»", "به گزارش (Banker)،", "به گزارش پایگاه خبری رادیو مقاومت و به نقل از ...", "به گزارش
نافع به نقل از گرو،". The words right after "به گزارش" or "به نقل از" are an outlet's name when something marks
them as one: quotes or brackets around them, Latin letters, a kind of outlet before them ("پایگاه خبری"), or the
chain of attribution itself ("به گزارش X به نقل از Y،": X reported what Y had). Where nothing marks them ("به گزارش
منابع مطلع", "به نقل از وی") they are left alone. ``headed`` reads a kind of outlet before a rare name anywhere;
this reads any name, but only where an outlet is cited. The cues and the words that are no name are data:
``cited_names`` in ``rasad/data/kb/headed.yaml``. Each is reported as an outlet with a stable id of its own and no
knowledge-base id, as ``headed`` and ``shaped`` report theirs; a name the knowledge base knows is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rasad.annotate.link.entities import unknown_uid
from rasad.annotate.link.headed import headed_settings, rare_word
from rasad.annotate.link.matcher import Matcher
from rasad.annotate.words import grammar_words, phrase_branches
from rasad.clean.lines import load_rules
from rasad.records import Entity, Mention
from rasad.text.normalize import match_key
from rasad.text.translit import is_given_name

_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FC\u06FF\u064B-\u0652"
_WORD = re.compile(f"[{_LETTERS}\u200c]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Za-z][A-Za-z0-9.&'\-]*){0,2}")
_QUOTES = {"«": "»", "“": "”", '"': '"', "(": ")"}
_CLOSERS = "،,؛:"
_FROM = "از "
_LOOSE_KINDS = frozenset({"place", "outlet", "cued_outlet", "dateline_outlet"})  # known names a cue may still claim


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return headed_settings().get("cited_names") or {}


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    """Every cue as a whole phrase followed by spaces: one search over the body per article."""
    cues = [c for cs in (_settings().get("cues") or {}).values() for c in cs]
    return re.compile("|".join(phrase_branches(cues, _LETTERS + "\u200c", then=f"(?![{_LETTERS}\u200c]) +")))


@lru_cache(maxsize=1)
def _cue_roles() -> dict[str, str]:
    """Each cue (its key) → its role: ``report`` ("به گزارش") or ``cite`` ("به نقل از")."""
    return {match_key(c): role for role, cs in (_settings().get("cues") or {}).items() for c in cs}


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are never a cited outlet's bare name: pronouns, people, generic bodies, "منابع"."""
    words = set(_settings().get("not_names") or [])
    for lst in ("person_pronouns", "object_pronouns", "person_nouns", "generic_body_heads"):
        words |= grammar_words(lst)
    return frozenset(match_key(w) for w in words)


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(kinds of outlet, words describing them, words between a cue and a name: "گروه بین‌الملل") as match keys."""
    rules = load_rules()
    return (frozenset(match_key(w) for w in rules.outlet_heads),
            frozenset(match_key(w) for w in rules.outlet_descriptors),
            tuple(sorted({match_key(p) for p in rules.outlet_prefixes}, key=len, reverse=True)))


def _skip_prefix(text: str, at: int) -> int:
    """Past a desk's or reporter's label after the cue ("به گزارش گروه بین‌الملل ...")."""
    ahead = match_key(text[at:at + 40])
    for p in _kinds()[2]:
        if ahead.startswith(p):
            words = len(p.split()) if " " in p else 1
            return _past_words(text, at, words)
    return at


def _past_words(text: str, at: int, n: int) -> int:
    """The position after ``n`` words (and the spaces after them) from ``at``."""
    pos = at
    for _ in range(n):
        m = _WORD.match(text, pos)
        if m is None:
            return pos
        pos = m.end()
        while text[pos:pos + 1] in (" ", "\u200c"):
            pos += 1
    return pos


def _kind_words(text: str, at: int) -> int:
    """Past a kind of outlet and the words that describe it ("پایگاه خبری", "روزنامه محلی"), or ``at``."""
    heads, descriptors, _ = _kinds()
    m = _WORD.match(text, at)
    if m is None or match_key(m.group()) not in heads:
        return at
    pos = _past_words(text, at, 1)
    for _ in range(2):
        pos = _past_descriptor(text, pos, descriptors)
    return pos


def _past_descriptor(text: str, pos: int, descriptors: frozenset[str]) -> int:
    """Past one word that describes an outlet, written whole or in two ("اطلاع رسانی" for "اطلاع‌رسانی")."""
    for n in (2, 1):
        words = _WORD.findall(text, pos, pos + 30)[:n]
        if len(words) == n and match_key("".join(words)) in descriptors:
            return _past_words(text, pos, n)
    return pos


def _quoted(text: str, at: int) -> tuple[int, int] | None:
    """A short name in quotes or brackets right at ``at``, Persian or Latin, not a person's ("«مشتاق ماهر»")."""
    close = _QUOTES.get(text[at:at + 1])
    end = text.find(close, at + 1, at + 60) if close else -1
    if end < 0:
        return None
    inner = text[at + 1:end].strip()
    words = inner.split()
    if not 0 < len(words) <= int(_settings().get("max_words", 3)) or is_given_name(words[0]):
        return None
    if not (_LATIN.fullmatch(inner) or all(map(_WORD.fullmatch, words))):
        return None
    return at + 1, end


def _bare(text: str, at: int, most: int) -> tuple[int, int] | None:
    """Up to ``most`` words from ``at`` that end at a closer ("،") or before a cue that cites ("به نقل از"); the
    first is none of ``_not_names`` ("منابع مطلع", "وی"; "صدای کارگر" may hold one later)."""
    pos, end = at, -1
    for i in range(most):
        m = _WORD.match(text, pos)
        if m is None or i == 0 and match_key(m.group()) in _not_names():
            return None
        end, pos = m.end(), m.end()
        if _closed(text, end):
            return at, end
        if text[pos:pos + 1] != " ":
            return None
        pos += 1
    return None


def _closed(text: str, end: int) -> bool:
    """Whether a name ends at ``end``: a closer follows, or a cue that cites another outlet ("و به نقل از")."""
    after = text[end:end + 20].lstrip(" \u200c")
    if after[:1] and after[0] in _CLOSERS or after.startswith(_FROM):
        return True  # "به گزارش خط هشت از زاهدان،": where the outlet reported from ends its name
    return _chained(text, end)


def _after_report(text: str, start: int) -> bool:
    """Whether "به نقل از" at ``start`` continues a "به گزارش X" of the same clause (a chain of outlets)."""
    before = text[max(0, start - 60):start]
    cut = max(before.rfind(ch) for ch in ".؟!\n،")
    return any(_cue_roles().get(match_key(m.group().strip())) == "report"
               for m in _cue_regex().finditer(before[cut + 1:]))


def _name_at(text: str, cue: re.Match[str]) -> tuple[int, int, int] | None:
    """(head start, name start, name end) of an outlet named right after the cue, or None."""
    start = _skip_prefix(text, cue.end())
    at = _kind_words(text, start)
    quoted = _quoted(text, at) or (_latin_at(text, at))
    if quoted is not None:
        return start, *quoted
    if at > start:  # a kind of outlet names what follows: "پایگاه خبری رادیو مقاومت،"
        name = _bare(text, at, int(_settings().get("max_words", 3)))
        return (start, *name) if name else None
    role = _cue_roles().get(match_key(cue.group().strip()))
    if role == "cite" and not _after_report(text, cue.start()):
        return None
    name = _bare(text, at, 1 if role == "cite" else int(_settings().get("bare_words", 2)))
    if name is None or not (role == "cite" or _chained(text, name[1]) or all(map(rare_word, text[slice(*name)].split()))):
        return None  # "به گزارش پرسنل اداره،": ordinary words are a name only in a chain of outlets
    return start, *name


def _chained(text: str, end: int) -> bool:
    """Whether a cue that cites another outlet follows the name ("به گزارش X به نقل از Y")."""
    after = text[end:end + 20].lstrip(" \u200c")
    m = _cue_regex().match(after[2:] if after.startswith("و ") else after)
    return m is not None and _cue_roles().get(match_key(m.group().strip())) == "cite"


def _latin_at(text: str, at: int) -> tuple[int, int] | None:
    m = _LATIN.match(text, at)
    return m.span() if m else None


def known_elsewhere(matcher: Matcher, words: str, entities: list[Entity]) -> bool:
    """Whether ``words`` name an actor or a role the knowledge base has, or an outlet the article's entities hold
    already (clean.outlets read "به گزارش «مهر»"). A place's or an outlet's name that nothing linked here ("گرو", a
    village; "فردا", Radio Farda's name in datelines) is read as the cue says: a cited outlet."""
    value = matcher.lookup(match_key(words))
    if value is None:
        return False
    held = {e.kb_id for e in entities if e.kb_id}
    return any(e.kind not in _LOOSE_KINDS or e.ref in held for e in value[1])


def cited_names(text: str, mentions: list[Mention], entities: list[Entity], is_known: Callable[[str], bool],
                translit: Callable[[str], str]) -> list[Entity]:
    """The outlets the knowledge base lacks that news cites by name. ``entities``: the article's entities so far
    (their spans are taken); ``is_known``: whether words are a known name (:func:`known_elsewhere`);
    ``translit``: Persian name → its Latin spelling."""
    spans = [(m.start, m.end) for m in mentions] + [span for ent in entities for span in ent.mentions]
    found: dict[str, Entity] = {}
    for cue in _cue_regex().finditer(text):
        hit = _name_at(text, cue)
        if hit is None:
            continue
        head, start, end = hit
        name = text[start:end].strip()
        if is_known(name) or any(s <= start and end <= e for s, e in spans):
            continue
        ent = found.get(match_key(name))
        if ent is None:
            latin = name if _LATIN.fullmatch(name) else translit(name)
            ent = found[match_key(name)] = Entity(latin, "MEDIA", None, uid=unknown_uid(latin, "MEDIA"))
        for form in (text[head:start].rstrip(" «\"“(") + " " + name if start > head else "", name):
            if form and form.strip() not in ent.forms and not form.startswith(" "):
                ent.forms.append(form.strip())
        ent.mentions.append((start, end))
    return list(found.values())
