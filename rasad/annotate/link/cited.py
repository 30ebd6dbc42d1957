"""Outlets named by a bare name that is also a word or a place ("مهر", "فارس", "الجزیره", "اسپوتنیک"): the
automaton finds them as ``cued_outlet`` entries (not everyday words: matcher.CUED_OUTLET_ZIPF), and they are the
outlet only where news cites an outlet."""

from __future__ import annotations

from functools import lru_cache

from rasad.annotate.link.matcher import Entry, Hit
from rasad.annotate.words import grammar_words
from rasad.clean.lines import load_rules
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import match_key

_CLAUSE_OPENERS = ".!؟?:؛\n«\"(،"
CITED_KINDS = frozenset({"cued_outlet", "dateline_outlet"})  # matcher entries that are an outlet only where cited
_DATELINE_MARKS = ":–—-"
_DATELINE_WORDS = 5  # a dateline leads a sentence: "زیتون: دویست گرم" (a list's line) is none


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    before = tuple(sorted({match_key(w) for w in grammar_words("outlet_cues_before")}, key=len, reverse=True))
    after = tuple(sorted({match_key(w) for w in grammar_words("outlet_verbs_after")}, key=len, reverse=True))
    return before, after


def cited_outlet(text: str, h: Hit, kb: KnowledgeBase, own: str | None = None) -> Mention | None:
    """The outlet a hit names when the words around it cite an outlet: "به گفته الجزیره، ...", "در گفت‌وگو با
    مهر", or a clause that opens with the name and a report verb ("اسپوتنیک گزارش داد"); None elsewhere ("مهر ماه",
    "استان فارس"), or in a dateline (``_dateline``: "العالم: ..."); never a name that is also an everyday word
    ("جوان", "قانون") or a place or actor ("فارس"), but the page's own outlet (``own``) in its dateline
    ("خرداد: ..." on khordad.news; matcher ``dateline_outlet``)."""
    if (written := _written_by(text, h, kb)) is not None:
        return written
    entry = _cited_entry(h, kb, own)
    if entry is None or h.suffix or any(e.kind in ("actor", "place") for e in h.entries):
        return None  # "فارس", "ایران": a province or a state first; "به گزارش فارس" is read by clean.outlets
    ref, surface = entry.ref, text[h.start:h.end]
    cued = entry.kind == "cued_outlet" and (_cue_before(text, h.start) or _verb_after(text, h.start, h.end))
    if not (cued or _dateline(text, h.start, h.end)):
        return None
    return Mention(h.start, h.end, surface, ref, kb.outlets[ref].name, "MEDIA", "name")


def _written_by(text: str, h: Hit, kb: KnowledgeBase) -> Mention | None:
    """(session 32 OUT) An outlet's bare name that is also a word or a place, as the subject of a verb only a writer
    does, opening a clause ("فارس نوشته است که ...", "جوان نوشت:"): no province or month writes."""
    entry = next((e for e in h.entries if e.kind in CITED_KINDS), None)
    if entry is None or h.suffix or not _verb_after(text, h.start, h.end, _written()):
        return None
    return Mention(h.start, h.end, text[h.start:h.end], entry.ref, kb.outlets[entry.ref].name, "MEDIA", "name")


@lru_cache(maxsize=1)
def _written() -> tuple[str, ...]:
    return tuple(sorted({match_key(w) for w in grammar_words("outlet_verbs_written")}, key=len, reverse=True))


def _cited_entry(h: Hit, kb: KnowledgeBase, own: str | None) -> Entry | None:
    """The hit's outlet that may be cited: a ``cued_outlet``, or the page's own outlet by a head-less name."""
    return next((e for e in h.entries if e.kind == "cued_outlet" or
                 e.kind == "dateline_outlet" and kb.outlets[e.ref].name == own), None)


def _cue_before(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    return match_key(before[-30:].rstrip(" «\u200c")).endswith(_cues()[0]) or _after_kind(before)


def cued_before(text: str, start: int) -> bool:
    """Whether the words before ``start`` cite an outlet ("به گزارش", "در گفت‌وگو با خبرنگار"): for names the
    knowledge base lacks (link.shaped) as for the bare names it has."""
    return _cue_before(text, start)


def _after_kind(before: str) -> bool:
    """A name in guillemets after a kind of outlet and up to two words of what kind ("پایگاه لبنانی «العهد»",
    "روزنامه صهیونیستی «معاریف»"; clean.lines: boilerplate.yaml ``outlet_heads``, ``outlet_descriptors``)."""
    if not before.rstrip(" \u200c").endswith("«"):
        return False
    heads, descriptors = _kinds()
    words = [match_key(w) for w in before.replace("«", " ").replace("\u200c", "").split()]
    for _ in range(2):
        if words and words[-1] in descriptors:
            words.pop()
    return bool(words) and words[-1] in heads


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules()
    return (frozenset(match_key(w) for w in rules.outlet_heads),
            frozenset(match_key(w.replace("\u200c", "")) for w in rules.outlet_descriptors))


def _verb_after(text: str, start: int, end: int, verbs: tuple[str, ...] = ()) -> bool:
    """The name opens a clause (text start or punctuation before it) and a report verb (one of ``verbs``, if
    given) follows it."""
    lead = text[max(0, start - 3):start].rstrip(" \u200c")
    if lead and lead[-1] not in _CLAUSE_OPENERS:
        return False
    return match_key(text[end:end + 25].lstrip(" »\u200c")).startswith(verbs or _cues()[1])


def _dateline(text: str, start: int, end: int) -> bool:
    """(session 28 E3) The name is a dateline: it opens a line, a colon or dash follows it ("العالم: ...",
    "زیتون– ..."), and a sentence of at least ``_DATELINE_WORDS`` words that starts with a letter follows that."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \u200c\t*#"):
        return False
    after = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].lstrip(" \u200c")
    if not after or after[0] not in _DATELINE_MARKS:
        return False
    words = after[1:].split()
    return len(words) >= _DATELINE_WORDS and words[0][0].isalpha()
