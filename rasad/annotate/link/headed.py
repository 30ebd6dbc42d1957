"""Places, bodies and outlets the knowledge base lacks, found by the head word before their name.

"روستای چلونک", "ولسوالی مومند", "بیمارستان الکندی", "خبرگزاری آوا": no list of villages, hospitals or small outlets
is ever complete, but the head word tells what the name after it is. A word after a head is a name only when it is
rare in Persian (or quoted), so "بخش عمده" or "روزنامه نوشت" make nothing. The heads and the bars are data:
``rasad/data/kb/headed.yaml``. Each is reported as an entity of the head's type with a stable id of its own and no
knowledge-base id (the coder does not see them: they are names, not actors or event places).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rasad.annotate.link.entities import unknown_uid
from rasad.annotate.link.matcher import Matcher
from rasad.annotate.link.strangers import ordinary_word
from rasad.annotate.words import phrase_branches
from rasad.clean.lines import load_rules
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.words import kb_settings
from rasad.records import Entity, Mention
from rasad.text.frequency import zipf
from rasad.text.normalize import match_key
from rasad.text.translit import is_given_name

_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FC\u06FF\u064B-\u0652"
_WORD = re.compile(f"[{_LETTERS}\u200c]+")
_QUOTES = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}
_CLOSERS = frozenset(_QUOTES.values())
_MAX_JOINED = 3  # names joined by "و" after one head ("دو روستای X و Y")
_MIN_LETTERS = 3  # a name of fewer letters is more likely a clipped word than a village


def headed_settings() -> dict[str, Any]:
    """The packaged ``headed.yaml``."""
    return kb_settings("headed.yaml")


@lru_cache(maxsize=1)
def _head_types() -> dict[str, str]:
    """Each head word (spaces and joiners aside) → the type of entity it names."""
    return {_key(h): kind for kind, heads in (headed_settings().get("heads") or {}).items() for h in heads}


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    """Every head word as a whole word followed by spaces (or a quote): one search over the body per article. The
    branches stand at the top (each opening with its letter, the word's end after each), so the engine skips to
    the heads' first letters; inside a group it tries every position."""
    heads = [h for hs in (headed_settings().get("heads") or {}).values() for h in hs]
    return re.compile("|".join(phrase_branches(heads, _LETTERS + chr(0x200C), then=f"(?![{_LETTERS}\u200c]) *")))


def _key(text: str) -> str:
    return text.replace("\u200c", "").replace(" ", "")


def _rare(word: str) -> bool:
    """A word no Persian sentence uses as an ordinary word: a place's or an outlet's own name."""
    return (len(word.replace("\u200c", "")) >= _MIN_LETTERS and not is_given_name(word) and not ordinary_word(word)
            and zipf(word) < float(headed_settings().get("rare_zipf", 3.0)))


def rare_word(word: str) -> bool:
    """:func:`_rare` for other finders of names the knowledge base lacks (link.cuenamed)."""
    return _rare(word)


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(headed_settings().get("tails") or [])


def _quoted_name(text: str, at: int) -> tuple[int, int] | None:
    """The span inside quotes that open right at ``at``, when it is a short name."""
    close = _QUOTES.get(text[at:at + 1])
    end = text.find(close, at + 1) if close else -1
    if end < 0:
        return None
    inner = text[at + 1:end]
    words = inner.split()
    if not words or len(words) > int(headed_settings().get("quoted_words", 4)) or not all(map(_WORD.fullmatch, words)):
        return None
    return at + 1, end


def _bare_name(text: str, at: int) -> tuple[int, int] | None:
    """The rare words right after the head, one space apart, at most ``max_words`` of them; a common word that ends
    place names ("دره", "آباد") only after a rare one."""
    end, pos, last_rare = -1, at, False
    for _ in range(int(headed_settings().get("max_words", 2))):
        m = _WORD.match(text, pos)
        if m is None or not (_rare(m.group()) or (last_rare and m.group() in _tails())):
            break
        end, pos, last_rare = m.end(), m.end() + 1, _rare(m.group())
        if text[m.end():m.end() + 1] != " ":
            break
    return (at, end) if end > at else None


@lru_cache(maxsize=1)
def _media() -> dict[str, Any]:
    return headed_settings().get("media_names") or {}


@lru_cache(maxsize=1)
def _media_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(descriptors, state descriptors, heads a closed name may follow, words that are no name), spaces and joiners
    aside: the descriptors are the cleaner's (``outlet_descriptors``: "خبری", "دولتی", "عبری"), the rest data."""
    m = _media()
    descriptors = {*load_rules().outlet_descriptors, *(m.get("descriptors") or [])}
    return (frozenset(map(_key, descriptors)), frozenset(map(_key, m.get("state") or [])),
            frozenset(map(_key, m.get("closed_heads") or [])), frozenset(map(_key, m.get("not_names") or [])))


def _past_descriptors(text: str, at: int) -> tuple[int, bool]:
    """(position after the words saying what kind of outlet follows the head: "شبکه تلویزیونی دولتی", whether one of
    them says it is a state's own: "دولتی", "رسمی")."""
    descriptors, state, _, _ = _media_words()
    pos, owned = at, False
    for _ in range(3):
        m = _WORD.match(text, pos)
        if m is None or _key(m.group()) not in descriptors or text[m.end():m.end() + 1] != " ":
            break
        owned, pos = owned or _key(m.group()) in state, m.end() + 1
    return pos, owned


def _closed_name(text: str, at: int) -> tuple[int, int] | None:
    """Up to ``closed_words`` words after a head that names nothing else ("خبرنامه", "آژانس خبری"), closed by a
    closer ("،", "؛", ":", "-"): a small outlet's name may be common words ("خبر روزانه"), its end the punctuation."""
    _, _, _, not_names = _media_words()
    pos, closers = at, str(_media().get("closers", "،؛:-–|"))
    for _ in range(int(_media().get("closed_words", 3))):
        m = _WORD.match(text, pos)
        if m is None or _key(m.group()) in not_names:
            return None
        after = text[m.end():m.end() + 2].lstrip(" ")
        if after[:1] and after[0] in closers:
            return at, m.end()
        if text[m.end():m.end() + 1] != " ":
            return None
        pos = m.end() + 1
    return None


def _determined(text: str, start: int) -> bool:
    """Whether a word before the head makes it any outlet of its kind ("یک روزنامه محلی،", "این خبرگزاری،")."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and _key(before[-1]) in frozenset(map(_key, _media().get("determiners") or []))


def _media_name(text: str, h: re.Match[str], is_place: Callable[[str], bool],
                is_land: Callable[[str], bool]) -> tuple[int, int, bool] | None:
    """(start, end, whether a place names it) of an outlet's name after its head and the words describing it: quoted,
    rare words that are no place ("سایت نطنز" is a site of another kind), a place after a state's descriptor
    ("تلویزیون دولتی تاجیکستان"), or common words closed by punctuation after a head that names nothing else."""
    at, owned = _past_descriptors(text, h.end())
    name = _quoted_name(text, at)
    if name is not None:
        return (*name, False)
    if owned and (place := _place_after(text, at - 1, is_land)) > at:
        return at, place, True
    name = _bare_name(text, at)
    if name is not None and not is_place(text[name[0]:name[1]]):
        return (*name, False)
    if _key(h.group()) in _media_words()[2] and not _determined(text, h.start()):
        name = _closed_name(text, at)
        return (*name, False) if name else None
    return None


def known_land(matcher: Matcher, kb: KnowledgeBase, words: str) -> bool:
    """Whether ``words`` are a known place's or a state's whole name ("تاجیکستان" after "تلویزیون دولتی")."""
    value = matcher.lookup(match_key(words))
    return value is not None and any(e.kind == "place" or e.kind == "actor" and _is_state(kb, e.ref) for e in value[1])


def _is_state(kb: KnowledgeBase, ref: str) -> bool:
    actor = kb.actors.get(ref)
    return actor is not None and actor.type == "STATE"


def known_place(matcher: Matcher, words: str) -> bool:
    """Whether ``words`` are a known place's whole name (any tier: "بابل" after a university is its city)."""
    value = matcher.lookup(match_key(words))
    return value is not None and any(e.kind == "place" for e in value[1])


def _place_after(text: str, end: int, is_place: Callable[[str], bool]) -> int:
    """The end of a known place that follows the name after one space ("فارسیت درود"), or ``end``."""
    words = [m for m in _WORD.finditer(text, end, end + 40)][:2]
    if not words or words[0].start() != end + 1:
        return end
    for last in reversed(words):
        if is_place(text[words[0].start():last.end()]):
            return last.end()
    return end


_NO_QUOTES = {ord(q): None for q in _QUOTES}


def _add_forms(ent: Entity, headed: str, bare: str, place: str) -> None:
    """The name with its head (quotes dropped) and alone, each also with the known place after it, each once."""
    headed = headed.translate(_NO_QUOTES)
    for form in (headed, bare, *([f"{headed} {place}", f"{bare} {place}"] if place else [])):
        if form not in ent.forms:
            ent.forms.append(form)


def _unknown_entity(found: dict[tuple[str, str], Entity], kind: str, name: str,
                    translit: Callable[[str], str]) -> Entity:
    """The entity a head word names ``name`` by, made once per page (its Latin spelling and id from the name)."""
    ent = found.get((kind, _key(name)))
    if ent is None:
        latin = translit(name)
        ent = found[(kind, _key(name))] = Entity(latin, kind, None, uid=unknown_uid(latin, kind))
    return ent


def _add_placed(found: dict[tuple[str, str], Entity], headed: str, translit: Callable[[str], str]) -> Entity:
    """A state's outlet named by its place ("تلویزیون دولتی تاجیکستان"): its one form is the whole phrase (the
    place alone is the place)."""
    ent = _unknown_entity(found, "MEDIA", headed, translit)
    if headed not in ent.forms:
        ent.forms.append(headed)
    return ent


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=1)
def _place_named() -> dict[str, str]:
    """Each head whose name may be a known city's ("فرودگاه") → the English word of the place it makes."""
    return {_key(h): word for h, word in (headed_settings().get("place_named") or {}).items()}


def _city_named(text: str, head: re.Match[str], mentions: list[Mention],
                spans: list[tuple[int, int]]) -> tuple[Mention, str] | None:
    """The known place named right after a head such as "فرودگاه" ("فرودگاه صنعا": Sanaa's airport) and the English
    word of what the two make, when nothing known covers the head itself."""
    word = _place_named().get(_key(head.group()))
    if word is None or _covered(head.start(), head.end(), spans):
        return None
    city = next((m for m in mentions if m.start == head.end() and m.kb_id and m.type == "PLACE"), None)
    return (city, word) if city is not None else None


def _add_city_named(found: dict[tuple[str, str], Entity], text: str, start: int, city: Mention, word: str,
                    after: int) -> None:
    """The place a head and a known city make, with its headed forms only (the city's name alone stays the city),
    also with the known place that follows it (``after``: its end; "ورزشگاه فولادشهر اصفهان")."""
    headed = text[start:city.end]
    ent = found.setdefault(("PLACE", _key(headed)), Entity(f"{city.name} {word}", "PLACE", None,
                                                           uid=unknown_uid(f"{city.name} {word}", "PLACE")))
    for form in {headed: None, text[start:after]: None}:
        if form not in ent.forms:
            ent.forms.append(form)
    ent.mentions.append((start, city.end))


def _joined_names(text: str, at: int) -> list[tuple[int, int]]:
    """The name right after a head and those "و" joins to it ("دو روستای «شران» و «کازیکان»", "منطقه X و Y"), each
    found as the first is (quoted, or rare words)."""
    names: list[tuple[int, int]] = []
    name = _quoted_name(text, at) or _bare_name(text, at)
    while name is not None and len(names) < _MAX_JOINED:
        names.append(name)
        end = name[1] + (1 if text[name[1]:name[1] + 1] in _CLOSERS else 0)
        if text[end:end + 3] != " و ":
            break
        name = _quoted_name(text, end + 3) or _bare_name(text, end + 3)
    return names


def _add_named(found: dict[tuple[str, str], Entity], text: str, kind: str, head: re.Match[str],
               name: tuple[int, int], place_end: int, translit: Callable[[str], str]) -> None:
    """The entity of one name after a head, with its forms and mention; a name "و" joins to an earlier one has the
    head's word put before it in its headed form, and its mention is its own."""
    bare = text[name[0]:name[1]]
    ent = _unknown_entity(found, kind, bare, translit)
    quoted = text[name[0] - 1] in _QUOTES
    first = name[0] - (1 if quoted else 0) == head.end()
    _add_forms(ent, text[head.start():name[1]] if first else f"{head.group().strip()} {bare}", bare,
               text[name[1] + 1:place_end])
    ent.mentions.append((head.start() if first else name[0] - (1 if quoted else 0), name[1] + (1 if quoted else 0)))


def _uncovered(names: list[tuple[int, int]], head_start: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names up to the first one a mention of the linker covers (the first from its head on)."""
    kept: list[tuple[int, int]] = []
    for name in names:
        if _covered(name[0] if kept else head_start, name[1], spans):
            break
        kept.append(name)
    return kept


def headed_entities(text: str, mentions: list[Mention], is_place: Callable[[str], bool],
                    translit: Callable[[str], str], is_land: Callable[[str], bool] | None = None) -> list[Entity]:
    """The entities named after a head word whose name no mention of the linker covers. ``is_place``: whether words
    are a known place's name (:func:`known_place`); ``translit``: Persian name → its Latin spelling (the name
    reported, as for unknown people); ``is_land``: whether words are a place's or a state's name (:func:`known_land`:
    "تلویزیون دولتی تاجیکستان"), ``is_place`` if not given."""
    spans = [(m.start, m.end) for m in mentions if m.kb_id or m.how == "unknown-name"]
    named = [(m.start, m.end) for m in mentions if m.kb_id and m.type not in ("PLACE", "COUNTRY")]
    found: dict[tuple[str, str], Entity] = {}
    for h in _head_regex().finditer(text):
        kind = _head_types().get(_key(h.group()))
        if kind is None:
            continue
        if kind == "MEDIA":
            _add_media(found, text, h, is_place, is_land or is_place, named, spans, translit)
            continue
        names = _uncovered(_joined_names(text, h.end()), h.start(), spans)
        if not names:
            city = _city_named(text, h, mentions, spans)
            if city is not None:
                _add_city_named(found, text, h.start(), *city, _place_after(text, city[0].end, is_place))
        for name in names:
            _add_named(found, text, kind, h, name, _place_after(text, name[1], is_place), translit)
    return list(found.values())


def _add_media(found: dict[tuple[str, str], Entity], text: str, h: re.Match[str], is_place: Callable[[str], bool],
               is_land: Callable[[str], bool], named: list[tuple[int, int]], spans: list[tuple[int, int]],
               translit: Callable[[str], str]) -> None:
    """(session 32 OUT) The outlet named after a media head: a name closed by a state or place ("تلویزیون دولتی X")
    is the whole phrase's; else the name after the head and its descriptors, as other heads' names are."""
    hit = _media_name(text, h, is_place, is_land)
    if hit is None or _covered(h.start(), hit[1], named if hit[2] else spans):
        return
    if hit[2]:
        _add_placed(found, text[h.start():hit[1]], translit).mentions.append((h.start(), hit[1]))
        return
    name = hit[:2]
    bare = text[name[0]:name[1]]
    ent = _unknown_entity(found, "MEDIA", bare, translit)
    _add_forms(ent, text[h.start():name[1]], bare, text[name[1] + 1:_place_after(text, name[1], is_place)])
    ent.mentions.append((h.start(), name[1] + (1 if name[0] > h.end() else 0)))
