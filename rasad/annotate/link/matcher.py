"""One Aho-Corasick automaton over every Persian name, role phrase and description of the knowledge base, on keys without spaces or ZWNJ, and the scan that finds them on Persian word boundaries (longest match wins)."""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain
from operator import attrgetter

import ahocorasick
import numpy as np
import yaml

from rasad.annotate.words import grammar, grammar_words
from rasad.clean.lines import load_rules
from rasad.kb.knowledge import YAML_LOADER, KnowledgeBase
from rasad.text.frequency import zipf
from rasad.text.normalize import ZWNJ, key_with_map, match_key
from rasad.text.sentences import Sentence

_LETTER = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u0750-\u077FA-Za-z0-9]")


# Suffixes that may follow a name on the same word ("ایرانی" = Iranian: nationality, not the state acting).
_ADJ_SUFFIX = ("ی", "یان", "ی‌ها")


_NAME_SUFFIXES = ("ها", "‌ها", "های", "‌های")

CUED_OUTLET_ZIPF = 4.0  # Zipf frequency from which an outlet's bare name is an everyday word ("جوان", "قانون", "مهر")


@dataclass
class Entry:
    kind: str  # actor | short | adj | place | outlet | cued_outlet | dateline_outlet | role | desc
    ref: str  # actor/place/outlet id, title id, or description class
    form: str
    length: int
    need: str = ""  # "" links anywhere; "free" / "context" / "strict": a non-curated place's name (place_licensed)


@dataclass
class Matcher:
    automaton: ahocorasick.Automaton  # key → index into ``values`` (ints: a scan builds no Python object per hit)
    full_keys: dict[str, list[str]]  # key -> actor ids (full forms), for fuzzy matching of misspellings
    prefixes: dict[str, str]  # match_key(prefix word) -> prefix kind (deputy/acting/former)
    honorifics: frozenset[str]
    context: PlaceContext | None = None
    full_key_list: list[str] = field(default_factory=list)  # full_keys' keys, in order, for rapidfuzz
    fuzzy_cache: dict[str, list] = field(default_factory=dict)  # key → its closest full names (names.fuzzy_actor)
    values: list[tuple[int, list[Entry]]] = field(default_factory=list)  # (key length - 1, entries) by index
    backs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # values' key length - 1

    def lookup(self, key: str) -> tuple[int, list[Entry]] | None:
        """(key length - 1, entries) of a key of the automaton, or None."""
        i = self.automaton.get(key, None)
        return None if i is None else self.values[i]


@dataclass(frozen=True)
class PlaceContext:
    """Words that make a place context for a place that is not hand-curated (kb/world.yaml ``linking``), as keys."""

    before: frozenset[str]  # "در X", "شهر X", "سفر به X"
    strict_before: frozenset[str]  # place nouns only: "شهر X", "استان X"
    after: frozenset[str]  # "به X سفر", "از X رفت"
    weak_before: frozenset[str] = frozenset()  # (session 24) "منطقه X": X may be the region's adjective
    weak_zipf: float = 99.0  # ... a name this common as a word is that adjective ("منطقه حائل": a buffer zone)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> PlaceContext:
        ctx = kb.place_context

        def keys(name: str) -> frozenset[str]:
            return frozenset(match_key(w) for w in ctx.get(name) or [])

        return cls(keys("before"), keys("strict_before"), keys("after"), keys("weak_before"),
                   float(ctx.get("weak_zipf") or 99.0))


_MATCHERS: dict[int, Matcher] = {}


def build_matcher(kb: KnowledgeBase) -> Matcher:
    """Compile the knowledge base into one automaton (cached per knowledge base)."""
    cached = _MATCHERS.get(id(kb))
    if cached:
        return cached
    entries: dict[str, list[Entry]] = defaultdict(list)
    added: set[tuple[str, str, str]] = set()  # (key, kind, ref): a set, not a walk over the key's entries per form

    def add(form: str, kind: str, ref: str) -> None:
        key = match_key(form)
        if len(key) < 2:
            return
        if (key, kind, ref) not in added:
            added.add((key, kind, ref))
            entries[key].append(Entry(kind, ref, form, len(key)))

    full_keys: dict[str, list[str]] = defaultdict(list)
    foreign: list[tuple[str, str, str]] = []  # (form, kind, ref) of foreign names, respelled once all else is in
    for a in kb.actors.values():
        for f in a.fa:
            for v in spelled_otherwise(f):
                add(v, "actor", a.id)
            if a.country != "IRN":
                foreign.append((f, "actor", a.id))
            for q in quoted_after_head(f):
                add(q, "actor", a.id)
            if a.type == "PERSON":
                full_keys[match_key(f)].append(a.id)
        for f in a.short:
            add(f, "short", a.id)
        for f in a.adj:
            add(f, "adj", a.id)
    for p in kb.places.values():
        if p.curated:
            for f in p.fa:
                for v in spelled_otherwise(f):
                    add(v, "place", p.id)
                if p.country != "IRN":
                    foreign.append((f, "place", p.id))
    _add_outlets(kb, add)
    foreign += [(f, "outlet", o.id) for o in kb.outlets.values() if o.country != "IRN" for f in o.fa
                if f not in o.ambiguous]
    for tid, t in kb.titles.items():
        for f in t.fa:
            for v in with_affairs(f):
                add(v, "role", tid)
    for cls, forms in kb.descriptions.items():
        if cls in ("honorifics",):
            continue
        for f in forms:
            add(f, "desc", cls)
    _add_gated_places(kb, entries)
    _add_headless_outlets(kb, entries)
    _add_respelled(foreign, entries)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    values = []
    for i, (key, es) in enumerate(entries.items()):
        automaton.add_word(key, i)
        values.append((len(key) - 1, es))  # a hit at key offset kend starts at kend - (len - 1)
    automaton.make_automaton()
    prefixes = {match_key(w): kind for kind, words in kb.title_prefixes.items() for w in words}
    honorifics = frozenset(match_key(h) for h in kb.descriptions.get("honorifics", []))
    matcher = Matcher(automaton, dict(full_keys), prefixes, honorifics, PlaceContext.from_kb(kb), list(full_keys),
                      values=values, backs=np.array([b for b, _ in values], dtype=np.int64))
    _MATCHERS[id(kb)] = matcher
    return matcher


def with_affairs(form: str) -> list[str]:
    """``form`` and, for a deputy's or adviser's portfolio title ("معاون اقتصادی رئیس‌الوزرا"), the same title with
    "امور" before the portfolio ("معاون امور اقتصادی رئیس‌الوزرا"), as outlets write it too (grammar.yaml
    portfolio_heads, deputy_portfolios)."""
    words = form.split(" ")
    if len(words) < 3 or words[0] not in grammar_words("portfolio_heads") \
            or words[1] not in grammar_words("deputy_portfolios"):
        return [form]
    return [form, " ".join([words[0], *sorted(grammar_words("affairs_words")), *words[1:]])]


@lru_cache(maxsize=1)
def _spelling_variants() -> dict[str, list[str]]:
    path = resources.files("rasad") / "data" / "lexicon" / "spelling_variants.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    return {str(k): [str(v) for v in vs] for k, vs in data.items()}


def spelled_otherwise(form: str) -> list[str]:
    """``form`` and its spellings with a word written another way (lexicon/spelling_variants.yaml: "اقلیم کردستان" →
    "اقلیم کوردستان")."""
    out = [form]
    for word, variants in _spelling_variants().items():
        if word in form.replace("\u200c", " ").split():
            out += [re.sub(rf"(?<![\w\u200c]){re.escape(word)}(?![\w\u200c])", v, f) for f in list(out) for v in variants]
    return out


@lru_cache(maxsize=1)
def _transliteration_rules() -> tuple[list[tuple[str, str]], float]:
    path = resources.files("rasad") / "data" / "lexicon" / "transliteration_variants.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    pairs = [(str(a), str(b)) for a, b in data.get("initial") or []]
    return pairs + [(b, a) for a, b in pairs], float(data.get("max_zipf") or 0.0)


_VOWEL_LETTERS = frozenset("اآویء")


def respelled(form: str) -> list[str]:
    """(session 28 E3) ``form`` with one word's start spelt the other way of lexicon/transliteration_variants.yaml
    ("اتاوا" → "اوتاوا", "اسکای نیوز" → "سکای نیوز"), where the word so spelt is rare as a word."""
    rules, max_zipf = _transliteration_rules()
    words, out = form.split(" "), []
    for i, w in enumerate(words):
        for old, new in rules:
            rest = w[len(old):]
            if w.startswith(old) and rest[:1] and rest[0] not in _VOWEL_LETTERS and zipf(new + rest) < max_zipf:
                out.append(" ".join([*words[:i], new + rest, *words[i + 1:]]))
    return out


def _add_respelled(foreign: list[tuple[str, str, str]], entries: dict[str, list[Entry]]) -> None:
    """Foreign names respelled (``respelled``), on keys no other entry uses but a gazetteer's place that links only
    in a place context: a variant never shadows a curated name, and a curated name's variant ("اوتاوا" of the
    capital's "اتاوا") is read before a namesake town's ("أوتاوا", Kansas)."""
    for form, kind, ref in foreign:
        for v in respelled(form):
            key = match_key(v)
            if len(key) >= 4 and all(e.need for e in entries.get(key, [])):
                entries[key] = [Entry(kind, ref, v, len(key))]


@lru_cache(maxsize=1)
def _quoted_name_heads() -> frozenset[str]:
    return frozenset(grammar().get("quoted_name_heads") or [])


def quoted_after_head(form: str) -> list[str]:
    """(session 25 C) An armed group's or movement's name as outlets quote it after its head noun: "نیروهای «پشتیبانی
    سریع»", "جنبش «جهاد اسلامی»" for the form "نیروهای پشتیبانی سریع" (grammar.yaml ``quoted_name_heads``); the
    quotes split the name, so the form alone never matched."""
    head, _, rest = form.partition(" ")
    return [f"{head} «{rest}»"] if rest and head in _quoted_name_heads() else []


def _add_outlets(kb: KnowledgeBase, add) -> None:
    """Outlets' Persian forms. A bare name that is also a word or a place (``ambiguous``) links only where the text
    cites an outlet (link.cited), and not at all when it is an everyday phrase ("ایران خبر", whose entry would hide
    the shorter names inside it); after its kind ("روزنامه جوان", "روزنامه «جوان»", grammar.yaml
    ``outlet_kind_heads``) it links anywhere."""
    heads = grammar().get("outlet_kind_heads") or {}
    for o in kb.outlets.values():
        ambiguous = {match_key(x) for x in o.ambiguous}
        for f in o.fa:
            if match_key(f) not in ambiguous:
                add(f, "outlet", o.id)
                continue
            if zipf(f) < CUED_OUTLET_ZIPF:
                add(f, "cued_outlet", o.id)
            for head in heads.get(o.kind) or ():
                if not f.startswith(head):
                    add(f"{head} {f}", "outlet", o.id)
                    add(f"{head} «{f}»", "outlet", o.id)


def _add_gated_places(kb: KnowledgeBase, entries: dict[str, list[Entry]]) -> None:
    """Names of places that are not hand-curated (GeoNames, imports), on keys no other entry uses: they link only
    in a place context ("context"), or after a place noun when they are also common words ("strict"); a large
    place's ordinary names link anywhere."""
    large = int(kb.place_context.get("large_population") or 0) or None
    for p in kb.places.values():
        if p.curated:
            continue
        # a composed name ("ولایت هرات") carries its place noun: it links anywhere
        free = p.source == "composed" or (large is not None and (p.population or 0) >= large)
        for forms, need in ((p.fa, "free" if free else "context"), (p.contextual, "context"), (p.strict, "strict")):
            for f in forms:
                key = match_key(f)
                if len(key) >= 2 and key not in entries:
                    entries[key] = [Entry("place", p.id, f, len(key), need)]


def _add_headless_outlets(kb: KnowledgeBase, entries: dict[str, list[Entry]]) -> None:
    """(session 28 E3) An outlet's name without its kind and the words saying what kind ("زیتون" of "سایت زیتون",
    "خرداد" of "پایگاه خبری خرداد", "19 دی" of "روزنامه 19 دی"), as a page's dateline writes it ("زیتون– ...").
    Most are everyday words, so they go on keys no other entry uses (nor hold one), as ``dateline_outlet``: the
    page's own outlet only, where the name opens a line before a colon or dash (link.cited); outlets that share a
    name share its key."""
    rules = load_rules()
    heads = {match_key(w) for w in rules.outlet_heads}
    descriptors = {match_key(w.replace(ZWNJ, "")) for w in rules.outlet_descriptors}
    for o in kb.outlets.values():
        for f in o.fa:
            words = f.split(" ")
            if len(words) < 2 or match_key(words[0]) not in heads:
                continue
            rest = words[1:]
            while len(rest) > 1 and match_key(rest[0]) in descriptors:
                rest = rest[1:]
            name = " ".join(rest)
            key = match_key(name)
            if len(key) >= 2 and not key.isdigit() and not _holds_a_name(rest, entries) and all(e.kind == "dateline_outlet" and e.ref != o.id for e in entries.get(key, [])):
                entries[key].append(Entry("dateline_outlet", o.id, name, len(key)))  # "خرداد": two outlets


def _holds_a_name(words: list[str], entries: dict[str, list[Entry]]) -> bool:
    """Whether some run of ``words`` shorter than all of them is a key of its own ("دولت روسیه" holds the state
    "روسیه"): a head-less outlet name there would take the span of the name inside it wherever it stands."""
    n = len(words)
    return any(match_key(" ".join(words[i:j])) in entries for i in range(n) for j in range(i + 1, n + 1) if j - i < n)


@dataclass
class Hit:
    start: int
    end: int
    entries: list[Entry]
    suffix: str = ""


def _is_letter(ch: str) -> bool:
    return bool(_LETTER.match(ch))


# Every letter or digit _LETTER accepts (all below U+0800): a set lookup per candidate, not a regex call.
_LETTERS = frozenset(chr(c) for c in range(0x800) if _LETTER.match(chr(c)))
_SUFFIX_WORD = re.compile(r"(?:\u200c)?[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]+")
_ZWNJ_SUFFIX = re.compile(r"\u200c([\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]+)")


_JOINED_STEM_ZIPF = 4.0  # Zipf frequency from which "X"+"ه" is a word of its own ("رشته"), so "Xهای" is "Xه‌ای"


def _word_before_end(text: str, end: int) -> str:
    """The letters of the word that ends at ``end`` (back to a space, ZWNJ or punctuation)."""
    i = end
    while i > 0 and text[i - 1] in _LETTERS:
        i -= 1
    return text[i:end]


def _common_word_plus_ai(text: str, end: int, tail: str) -> bool:
    """(session 24) "رشتهای" (or "رشت‌های", its ZWNJ mended by normalisation) is "رشته‌ای" — a common word ending in
    "ه" plus "ای" written without its ZWNJ — not the place "رشت" with a plural."""
    return tail == "های" and zipf(_word_before_end(text, end) + "ه") >= _JOINED_STEM_ZIPF


_VOWEL_FINALS = frozenset("او")
_EZAFE_MARGIN = 0.5  # "X"+"ی" this much more common than "X" is a word of its own ("نیروی", "سوی")


def _ezafe_yeh(text: str, end: int, tail: str) -> bool:
    """(session 28 E3) "پولوامای هند", "اتاوای کانادا": after a name ending in a vowel letter, a joined "ی" is the
    ezafe, not an adjective (that is "یی": "آمریکایی"), unless the joined word is a commoner word of its own."""
    if tail != "ی" or text[end - 1] not in _VOWEL_FINALS:
        return False
    word = _word_before_end(text, end)
    return zipf(word + "ی") <= zipf(word) + _EZAFE_MARGIN


def _suffix_kind(text: str, end: int) -> str | None:
    """What joins a name ending at ``end`` to the rest of its word: "" (nothing), "adj" ("ایرانی"), "plural"
    ("آمریکایی‌ها"), or None when the name is only the start of a longer word."""
    if end >= len(text):
        return ""
    if text[end] in _LETTERS:
        m = _SUFFIX_WORD.match(text, end)
        tail = m.group(0).replace(ZWNJ, "") if m else ""
        if _ezafe_yeh(text, end, tail):
            return ""
        if tail in _ADJ_SUFFIX:
            return "adj"
        if _common_word_plus_ai(text, end, tail):
            return None
        return "plural" if tail in ("ها", "های") else None
    if text[end] == ZWNJ:
        m = _ZWNJ_SUFFIX.match(text, end)
        tail = m.group(1) if m else ""
        if tail == "ی" and text[end - 1] == "ه":
            return ""  # (session 21) the ezafe written after a final "ه" ("وزیر خارجه‌ی عربستان"), no adjective's "‌ای"
        if _common_word_plus_ai(text, end, tail):
            return None
        if tail in ("ها", "های", "ی", "ای"):
            return "plural" if tail.startswith("ها") else "adj"
        return None
    return ""


# code point → letter or digit of _LETTERS (all below U+0800), for a whole text at once
_LETTER_TABLE = np.zeros(0x801, dtype=bool)
_LETTER_TABLE[[ord(c) for c in _LETTERS]] = True


def _word_start_hits(text: str, kmap: array, key: str, matcher: Matcher) -> list[tuple[int, int, list[Entry], bool]]:
    """(start, end, entries, plain end) of the automaton's hits that start a word, longest first, then by start;
    "plain end": a space, punctuation or the text's end follows (no suffix to read). Most hits (~60 %) start inside
    a word ("ایران" in "پایرانی"): the automaton's hits (key end, value index: two ints) go flat into one array in
    C, and are dropped and ordered in vectorised steps (numpy); only the kept ones become Python objects."""
    flat = np.fromiter(chain.from_iterable(matcher.automaton.iter(key)), dtype=np.int64)
    if not len(flat):
        return []
    kends, found = flat[0::2], flat[1::2]
    offsets = np.frombuffer(kmap, dtype=np.int64)
    starts, ends = offsets[kends - matcher.backs[found]], offsets[kends] + 1
    codes = np.append(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), np.uint32(32))
    # (session 30 ROLE) a hamza after a final alef is not in the key ("خاتم‌الانبیاء"): the name ends after it
    if "\u0621" in text:
        ends += (codes[ends] == _HAMZA) & _ALEF_TABLE[np.minimum(codes[ends - 1], 0x800)]
    inside = (starts > 0) & _LETTER_TABLE[np.minimum(codes[np.maximum(starts - 1, 0)], 0x800)]
    # (session 28 E3) after a word-initial "و" glued to it ("تهران وانکارا"): kept, read by _glued_and
    inside &= ~((codes[np.maximum(starts - 1, 0)] == _WAW) & ((starts < 2) | ~_LETTER_TABLE[
        np.minimum(codes[np.maximum(starts - 2, 0)], 0x800)]))
    after = codes[ends]  # the appended space stands after the text's end
    plain = ~(_LETTER_TABLE[np.minimum(after, 0x800)] | (after == 0x200C))
    keep = np.flatnonzero(~inside)
    keep = keep[np.lexsort((starts[keep], starts[keep] - ends[keep]))]  # stable: longest first, then by start
    values = matcher.values
    return list(zip(starts[keep].tolist(), ends[keep].tolist(), [values[i][1] for i in found[keep].tolist()],
                    plain[keep].tolist(), strict=True))


def scan(text: str, matcher: Matcher) -> list[Hit]:
    """Every knowledge-base form in ``text`` on word boundaries, longest first, without overlaps. (Suffixes are
    matched in place, ``pattern.match(text, end)``: a slice ``text[end:]`` per hit made this quadratic.) Hits are
    taken longest first, and one a longer hit already covers is dropped before its suffix and context are read:
    a rejected hit never occupies, so only hits still free need the tests."""
    key, kmap = key_with_map(text)
    pending: list[Hit] = []  # non-curated places without a place context of their own
    word_hits = _word_start_hits(text, kmap, key, matcher)
    starts = {h[0] for h in word_hits}
    taken: list[Hit] = []
    occupied = bytearray(len(text) + 1)
    ctx = matcher.context
    for start, end, es, plain in word_hits:
        if occupied.find(1, start, end) != -1:
            continue
        if start > 0 and text[start - 1] == "و" and not _glued_and(text, start, end):
            continue
        suffix = "" if plain else _suffix_kind(text, end)  # "" is what _suffix_kind gives before a space
        if suffix is None and not (text[end] == ZWNJ and end + 1 in starts):
            continue
        # (session 20) a ZWNJ before another name is a word's end, not a suffix's start: "رئیس‌جمهوری الجزایر" is
        # "رئیس" before the state "جمهوری الجزایر", as with a space
        suffix = suffix or ""
        if (text.find(" و", start, end) != -1 or text.find(" را", start, end) != -1) \
                and _split_conjunction(text[start:end], es[0].form):
            continue  # "فرد و" is no "فردو", (session 28 B) "آن دو را" no "آندورا": a word the name does not have
        if es[0].need and not place_licensed(text, start, end, es[0], ctx):
            pending.append(Hit(start, end, es, suffix))
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append(Hit(start, end, es, suffix))
    if pending:
        taken += _listed_places(text, pending, taken, occupied, ctx)
    return sorted(taken, key=attrgetter("start"))


_WAW = ord("و")
_HAMZA = ord("ء")
_ALEF_TABLE = np.zeros(0x801, dtype=bool)  # code point → an alef (a table look-up, not np.isin: ~5 % of a scan)
_ALEF_TABLE[[ord(c) for c in "اآأإ"]] = True
_GLUED_AND_ZIPF = 2.5  # "و" + a name this common as one word is that word ("ورم", "واحد"), not "and" + the name


def _glued_and(text: str, start: int, end: int) -> bool:
    """(session 28 E3) Whether the "و" joined to a name is the conjunction written without its space ("تهران
    وانکارا", "روسیه وچین"): the whole word is rare as a word; a name of one or two letters is never read so."""
    return end - start >= 3 and zipf("و" + text[start:end] + _word_after(text, end)) < _GLUED_AND_ZIPF


def _word_after(text: str, end: int) -> str:
    """The letters that follow ``end`` in the same word."""
    i = end
    while i < len(text) and text[i] in _LETTERS:
        i += 1
    return text[end:i]


def _split_conjunction(surface: str, form: str) -> bool:
    """Whether ``surface`` has "و" or the object marker "را" as a word of its own where the name's ``form`` has none."""
    words, named = surface.replace(ZWNJ, " ").split(), form.replace(ZWNJ, " ").split()
    return any(w in words and w not in named for w in ("و", "را"))


_LIST_JOINER = re.compile(r"[\s\u200c]*(?:[،,]|\sو)[\s\u200c]*|[\s\u200c]+و[\s\u200c]+")


def _listed_places(text: str, pending: list[Hit], taken: list[Hit], occupied: bytearray,
                   ctx: PlaceContext | None) -> list[Hit]:
    """Names of places that had no place context of their own, listed right after a place ("شهرهای سنندج، مریوان،
    پاوه و بوکان", "در سنندج، دیواندره و کامیاران"): a list shares the context of its first item. A name that is
    also a common word ("strict": "اقدام", "سقز") needs two places listed before it ("غزه، اقدام" is no list), or
    a list after a place noun ("شهرهای سنندج، مریوان")."""
    pending = [h for h in pending if h.start > 0 and text[h.start - 1] in " \u200c،,"]  # only what a joiner precedes
    if not pending:
        return []
    places = [h for h in taken if any(e.kind == "place" for e in h.entries)]
    place_ids = {id(h) for h in places}
    run: dict[int, tuple[int, int]] = {}  # end of a listed place → (places in the list up to it, the list's start)
    found: list[Hit] = []
    for h in sorted([*places, *pending], key=lambda x: (x.start, -x.end)):
        listed, first = run.get(_joiner_before(text, h.start), (0, h.start))
        if id(h) in place_ids:
            run[h.end] = (listed + 1, first)
            continue
        need = 1 if h.entries[0].need == "context" else 2
        if listed == 1 and need == 2 and _after_place_noun(text, first, ctx):
            listed = 2  # "شهرهای سنندج، مریوان": the place noun is the list's context
        if any(occupied[h.start:h.end]) or listed < need:
            continue
        occupied[h.start:h.end] = b"\x01" * (h.end - h.start)
        run[h.end] = (listed + 1, first)
        found.append(h)
    return found


def _after_place_noun(text: str, pos: int, ctx: PlaceContext | None) -> bool:
    words = _words_before(text, pos, 1)
    return ctx is not None and bool(words) and not text[words[-1][1]:pos].strip() \
        and match_key(words[-1][2]) in ctx.strict_before


def _joiner_before(text: str, pos: int) -> int:
    """Where the list joiner ("، ", " و ") that ends right at ``pos`` starts, or -1."""
    joiner = _LIST_JOINER.search(text, max(0, pos - 4), pos)
    while joiner is not None and joiner.end() != pos:
        joiner = _LIST_JOINER.search(text, joiner.start() + 1, pos)
    return joiner.start() if joiner is not None else -1


_FA_WORD = re.compile(r"[\u0600-\u06FF\u200c]+")


def place_licensed(text: str, start: int, end: int, entry: Entry, ctx: PlaceContext | None) -> bool:
    """Whether a non-curated place's name at ``start:end`` is written as its words or joined ("اندور" is no "این
    دور", "ریودوژانیرو" is "ریو دو ژانیرو") and,
    unless it links anywhere ("free"), stands in a place context: after "در"/"شهر"/"سفر به" (only after a place
    noun such as "شهر" or "استان" when the entry is "strict"), or between "به"/"از" and a verb of travel."""
    if _gaps(text[start:end]) > _gaps(entry.form):
        return False  # "این دور" is no "اندور"; "ریودوژانیرو" is "ریو دو ژانیرو" written joined
    need = entry.need
    if need == "free" or ctx is None:
        return True
    words = _words_before(text, start, 2)
    if not words or text[words[-1][1]:start].strip():
        return False  # punctuation or another script between: no context
    before = [match_key(w) for _s, _e, w in words]
    last, pair = before[-1], "".join(before)
    if need == "strict":
        return last in ctx.strict_before
    if last in ctx.weak_before and zipf(text[start:end]) >= ctx.weak_zipf:
        return False  # (session 24) "منطقه حائل" (a buffer zone), no Ha'il: a region noun and its adjective
    if last in ctx.before or (len(before) == 2 and pair in ctx.before):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return last in ("به", "از") and nxt is not None and match_key(nxt.group(1)) in ctx.after


_SEPARATORS = re.compile(r"[\s\u200c]+")


@lru_cache(maxsize=65536)
def _gaps(words: str) -> int:
    """How many gaps (spaces or ZWNJs, runs counted once) separate the words of a name."""
    return _SEPARATORS.sub(" ", words).count(" ")
_NEXT_WORD = re.compile(r"[\s\u200c]*([\u0600-\u06FF\u200c]+)")


# on the window reversed: what follows the last word, then the word (a lookahead to the end from every position,
# its form before, cost ~1 % of annotation)
_LAST_FA_WORD_REVERSED = re.compile(r"[^\u0600-\u06FF\u200c]*([\u0600-\u06FF\u200c]+)")


def last_word_before(text: str, pos: int) -> str | None:
    """The last Persian word before ``pos`` (within 60 characters), as ``_words_before(text, pos, 1)`` gives it."""
    m = _LAST_FA_WORD_REVERSED.match(text[max(0, pos - 60):pos][::-1]) if pos > 0 else None
    return m.group(1)[::-1] if m else None


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """The last ``n`` Persian words before ``pos`` (within 60 characters), with their offsets. Read on the window
    reversed, so only the ``n`` words wanted are matched, not every word of the window."""
    words: list[tuple[int, int, str]] = []
    for m in _FA_WORD.finditer(text[max(0, pos - 60):pos][::-1]):
        words.append((pos - m.end(), pos - m.start(), m.group(0)[::-1]))
        if len(words) == n:
            break
    words.reverse()
    return words


def _sentence_index(sentences: list[Sentence], n: int) -> list[int]:
    """Sentence number of every offset; offsets between sentences belong to the one before."""
    idx = [0] * (n + 1)
    ordered = sorted(sentences, key=lambda s: s.start)
    for k, s in enumerate(ordered):
        end = min(s.end + 1, n + 1)
        idx[s.start:end] = [s.index] * max(0, end - s.start)
        gap_end = ordered[k + 1].start if k + 1 < len(ordered) else n + 1
        if gap_end > end:
            idx[end:gap_end] = [s.index] * (gap_end - end)
    return idx
