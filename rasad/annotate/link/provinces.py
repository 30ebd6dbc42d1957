"""Provinces named in a list after "استان‌های" ("در استان‌های بوشهر، فارس و کهگیلویه و بویراحمد"): each name is
the province, not the city of that name, and names that are no place alone ("فارس") are provinces there. A list
without the head is one of provinces too when one of its names is only a province's ("در بوشهر، فارس و مناطقی از
کرمان", "نیمه شرقی لرستان، کرمانشاه و ارتفاعات گلستان"): weather and disaster reports list regions so."""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from rasad.annotate.link.roles import _place_index
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.words import world_settings
from rasad.records import Mention
from rasad.text.normalize import match_key

# the plural only: "استان X" alone is a curated province's own full name, linked as a name already — but not with
# a compass word between (session 26 A7: "در استان غربی حماه", "استان شمالی ادلب"), which splits that name
_COMPASS = r"(?:شمال[\s\u200c]?غربی|شمال[\s\u200c]?شرقی|جنوب[\s\u200c]?غربی|جنوب[\s\u200c]?شرقی|شمالی|جنوبی|شرقی|غربی|مرکزی)"
_HEAD = re.compile(rf"(?<![\u0600-\u06FF])استان(?:[\s\u200c]?های?|\s+{_COMPASS})\s+[\"«“]?")  # the name may be quoted
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+")
_JOINER = re.compile(r"\s*(?:،|,|\sو)\s*")


def province_lists(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """``mentions`` with the places of every "استان(‌های) A، B و C" list read as provinces."""
    index = _place_index(kb, "region")
    found: list[Mention] = []
    for head in _HEAD.finditer(text):
        found += _list_at(text, head.end(), index, kb)
    taken = [(m.start, m.end) for m in found]
    found += [m for m in _headless_lists(text, mentions, index, kb) if not any(s < m.end and m.start < e for s, e in taken)]
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


def _first_words(kb: KnowledgeBase, index: dict[str, str]) -> ahocorasick.Automaton:
    """The first words of every province name in ``index`` in one automaton (each word's value: its length): where
    a list item may start (one scan of the text in C, not a key per word, nor an alternation of every word tried at
    every position)."""
    cache = kb.__dict__.setdefault("_province_first_words", {})
    if "all" not in cache:
        firsts = set()
        for place_id in set(index.values()):
            for form in kb.places[place_id].fa:
                words = form.replace("\u200c", " ").split()
                firsts.add(words[0])
                if len(words) > 1 and words[0] == "استان":
                    firsts.add(words[1])
        automaton = ahocorasick.Automaton()
        for w in firsts:
            automaton.add_word(w, len(w))
        if len(automaton):
            automaton.make_automaton()
        cache["all"] = automaton if len(automaton) else None  # an empty automaton cannot be searched
    return cache["all"]


_LETTERS = frozenset(c for c in map(chr, range(0x10000)) if _WORD.match(c))  # _WORD's letters (and the ZWNJ)


def _first_word_starts(text: str, kb: KnowledgeBase, index: dict[str, str]) -> list[int]:
    """Where a province name's first word stands as a word of its own (no letter or ZWNJ on either side), one after
    another as ``(?<!letter)(?:first words, longest first)(?!letter)`` finds them: at each start the longest such
    word, and none starting inside one found."""
    automaton = _first_words(kb, index)
    if automaton is None:
        return []
    longest: dict[int, int] = {}
    after = len(text) - 1
    for end, length in automaton.iter(text):
        start = end - length + 1
        if (start and text[start - 1] in _LETTERS) or (end < after and text[end + 1] in _LETTERS):
            continue
        if length > longest.get(start, 0):
            longest[start] = length
    starts: list[int] = []
    free_from = 0
    for start in sorted(longest):
        if start >= free_from:
            starts.append(start)
            free_from = start + longest[start]
    return starts


def _provinces(kb: KnowledgeBase, index: dict[str, str], any_region: bool = False) -> frozenset[str]:
    """Ids of the regions in ``index`` that belong to a country (provinces, not "West Asia"), or of all of them."""
    cache = kb.__dict__.setdefault("_province_ids", {})
    if any_region not in cache:
        cache[any_region] = frozenset(p for p in index.values() if any_region or kb.places[p].country)
    return cache[any_region]


def _region_only_names(kb: KnowledgeBase) -> ahocorasick.Automaton | None:
    """Provinces' names that are no place's name alone ("فارس" of "استان فارس"): what no linked mention shows. An
    automaton finds whether a text has any in one pass (a substring search per name cost ~2 % of annotation)."""
    cache = kb.__dict__.setdefault("_region_only_names", {})
    if "all" not in cache:
        places = {match_key(f) for p in kb.places.values() if p.curated and p.kind != "region" for f in p.fa}
        names = {f.split(maxsplit=1)[1] for p in kb.places.values() if p.curated and p.kind == "region" and p.country
                 for f in p.fa if f.startswith("استان ") and len(f.split()) > 1}
        automaton = ahocorasick.Automaton()
        for name in sorted(n for n in names if match_key(n) not in places):
            automaton.add_word(name, name)
        if len(automaton):
            automaton.make_automaton()
        cache["all"] = automaton if len(automaton) else None  # an empty automaton cannot be searched
    return cache["all"]


def _names_region_only(text: str, kb: KnowledgeBase) -> bool:
    automaton = _region_only_names(kb)
    return automaton is not None and next(automaton.iter(text), None) is not None


@lru_cache(maxsize=1)
def _gap_re() -> re.Pattern[str]:
    words = (world_settings().get("linking") or {}).get("region_qualifiers") or []
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s*[،,]\s*|\s+)(?:(?:{alt})[\s\u200c]+)*" if alt else r"\s*[،,]\s*")


def _headless_lists(text: str, mentions: list[Mention], index: dict[str, str], kb: KnowledgeBase) -> list[Mention]:
    """Provinces of every list of two or more provinces of one country, joined by "،"/"و" and region qualifiers,
    one of whose names is no other place (no city or state of that name was linked there)."""
    regions = _provinces(kb, index)
    if not any(m.kb_id in regions for m in mentions) and not _names_region_only(text, kb):
        return []  # a list of regions names at least one that is only a region: no scan of the text without one
    items: list[tuple[str, int, int]] = []
    pos = 0
    for start in _first_word_starts(text, kb, index):
        if start < pos:
            continue
        item = _longest_province(text, start, index)
        if item is not None:
            items.append((item[0], start, item[1]))
            pos = item[1]
    if len(items) < 2:
        return []
    every = _provinces(kb, index, any_region=True)
    other = {m.start for m in mentions if m.type in ("PLACE", "COUNTRY") and m.kb_id not in every}
    out: list[Mention] = []
    for run in _runs(text, items):
        countries = {kb.places[p].country for p, _s, _e in run}
        if len(run) >= 2 and len(countries) == 1 and None not in countries and any(s not in other for _p, s, _e in run):
            out += [Mention(s, e, text[s:e], p, kb.places[p].name, "PLACE", "name") for p, s, e in run]
    return out


def _runs(text: str, items: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """``items`` grouped into lists: consecutive items whose gap is a joiner with qualifiers ("، نیمه شرقی ")."""
    runs: list[list[tuple[str, int, int]]] = []
    for item in items:
        gap = text[runs[-1][-1][2]:item[1]] if runs else ""
        if runs and len(gap) <= 40 and ("،" in gap or "," in gap or " و " in f" {gap} ") and _gap_re().fullmatch(gap):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
