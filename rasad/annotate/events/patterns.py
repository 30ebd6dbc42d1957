"""Event patterns from data/patterns/events.yaml: triggers compiled for an Aho-Corasick anchor scan, blockers, anaphora nouns and place nouns."""

from __future__ import annotations

import dataclasses
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import ahocorasick
import yaml

from rasad.annotate.events.grammar import (
    _LETTERS,
)
from rasad.annotate.words import grammar, phrases
from rasad.kb.knowledge import YAML_LOADER
from rasad.text.normalize import ZWNJ, match_key
from rasad.text.rx import compile as rx_compile

# The characters of _LETTERS as a set (its ranges are all in the BMP)
_LETTER_SET = frozenset(re.findall(f"[{_LETTERS}]", "".join(map(chr, range(0x10000)))))

# (session 24) an attack's target after "به" a few words before the noun ("به ساکنان روستا حمله و ..."), its first
# word no demonstrative or quantifier ("در پاسخ به این حمله و ..." names the attack, not its target)
_BE_BEFORE = re.compile(r"(?:^|[\s\u200c])به[\s\u200c]+(?!(?:این|آن|همین|همان|هرگونه|هر|چنین|چنان|شدت|ویژه)[\s\u200c])"
                        r"(?:[^\s.،؛:!؟و]+[\s\u200c]+|[^\s.،؛:!؟][^\s.،؛:!؟]+[\s\u200c]+){1,4}$")
# (session 24) the next clause after "و": an object marked by "را" and the light verb left out before "و" ("حمله و دو
# نفر را زخمی کردند"), no comma or clause end between
_NEXT_OBJECT_CLAUSE = r"(?=[\s\u200c]+(?:[^\s.،؛:!؟]+[\s\u200c]+){{0,5}}را[\s\u200c]+(?:[^\s.،؛:!؟]+[\s\u200c]+){{0,2}}?{verb})"


@dataclass
class Pattern:
    id: str
    type: str
    cameo: str
    frame: str
    verb_en: str
    mode: str | None = None
    nominal: bool = False
    requires_any: list[str] = field(default_factory=list)
    # (session 20) words that, inside a gapped trigger, make it another event ("از سوی دادگاه ... به ده سال زندان محکوم
    # شد" is a sentence, not a condemnation)
    unless_inside: re.Pattern | None = None
    # (session 24) phrases that, ending right before the trigger, make it another event ("خسارات ... به X وارد شد" is
    # damage dealt, not "وارد X شد", an arrival)
    unless_before: re.Pattern | None = None
    # words right after the trigger that make it no event ("با قدردانی از تبریک X": thanks for a courtesy)
    unless_next: re.Pattern | None = None
    # (session 18) a gap may cross a list's comma ("خواهان توقف تجاوز علیه غزه، کرانه باختری و قدس شد"): for triggers
    # that close on their own verb however long the demand between
    gap_lists: bool = False
    # (session 24) a gap may cross a clause's comma: for triggers that span a condition and its main clause ("در صورت
    # حمله X به Y، این اقدام پیامدهای جدی خواهد داشت")
    gap_clauses: bool = False
    # with no target named, "این تصمیم را رد کرد" aims at whoever made the decision reported before
    implied_target: bool = False
    # (session 27 D) a condemned deed whose doer goes unnamed ("این حمله را محکوم کرد") is still condemned: with no
    # doer found, the event stands with no target
    unclaimed_deed: bool = False
    # nouns whose genitive actor is the target ("پیشنهاد رئیس‌جمهور آمریکا ... را رد کرد")
    object_of: re.Pattern | None = None
    # an event even with no recipient named ("ظریف استعفا داد")
    target_optional: bool = False
    # (session 27 A7) acts reported in tallies long after ("۶۰ دانشجو به کمیته انضباطی احضار شدند"): dated only by
    # a day the clause tells, never by the report's
    told_date_only: bool = False
    # an event even with no actor named: protesters are often unnamed ("تجمعاتی در اعتراض به ... برگزار شد")
    source_optional: bool = False
    # (session 18) with ``source_optional``: an event only when one side is named ("هزاران نفر در اعتراض به ... تجمع
    # کردند"); an unnamed crowd gathered against no one may be a vigil or a celebration
    one_side_named: bool = False
    # both sides act on each other (a prisoner swap: each releases the other's): coded in both directions
    reciprocal: bool = False
    # with no actor as target, a place named inside the trigger stands for its state ("سفیر خود را از تهران فراخواند")
    place_target: bool = False
    # a noun phrase read as an event only in the headline and lead ("هشدار ایران به آمریکا"): in the body the same
    # words are mostly background ("با وجود هشدار ایران به آمریکا ...")
    headline_only: bool = False
    # a noun read as an event only where someone announces it: "X از سفر A به B خبر داد"
    announced_only: bool = False
    # told in the passive with no party named ("در جریان سفر رسمی ۳۶ سند همکاری امضا شد"): done by the two sides of
    # the article's meeting or visit
    meeting_parties: bool = False
    # (branch material9) the trigger opens with a noun a person's name stands in apposition to ("الزعابی، سفیر خود
    # را ... فراخواند", "سفیر خود سیف الزعابی را ..."): that person is neither the actor nor the one acted on
    apposed: bool = False
    # (session 17) condolences: the object is the loss mourned ("شهادت X را تسلیت گفت"), never who is consoled; that is
    # the one "به" or "با" names, else the side the dead belonged to
    mourned_object: bool = False
    # (session 20) with no target found (nor an adjective's state), the first actor inside the gapped trigger ("... را به
    # فهرست تحریم‌های ایران افزود": the list's owner)
    else_inside: bool = False
    # (session 20) the sector a side must be of ("به عضویت … درآمد": joining an intergovernmental body, not a club or a
    # party); a side of another sector is dropped, and with none left there is no event
    source_sectors: frozenset[str] = frozenset()
    # (session 23) the body of a state that does this act, by the nouns it is named with before its state ("قوه
    # قضاییه" for a sentence): a state named bare as the source is that body where the knowledge base knows it
    acting_body: tuple[str, ...] = ()
    target_sectors: frozenset[str] = frozenset()
    # (session 23) with no source named, the acting body of the target's state acts: a person "به اتهام ... تحت تعقیب
    # قرار گرفت" is prosecuted by their state's judiciary
    acts_unnamed: bool = False
    # (session 25) the act this is where every source is a state, a government body or an office-holder (sectors of
    # OFFICIAL_SECTORS): a ministry's "اعتراض کرد" is a diplomatic protest (ACCUSE), not a demonstration
    by_officials: Pattern | None = None
    # (session 25 T) the act this is where every source is an armed group (grammar.yaml armed_groups): the Taliban's
    # or IS's "را تیرباران کردند" is a killing, not a court's sentence carried out
    by_armed: Pattern | None = None
    # (session 25) the continuous past of the light verb reports the act too ("X را مورد انتقاد قرار می‌دادند",
    # "نسبت به X اظهار مخالفت می‌کردند": the narrated, repeated act), for disapproval told in a story of the past
    continuous: bool = False


@dataclass
class Trigger:
    pattern: Pattern
    text: str
    source: str  # the trigger's expression, compiled on first use: most triggers' anchors never occur in a batch
    weight: int  # trigger length without spaces: longer wins
    # words that must end right before the trigger: an object marked by "را" for a verb whose light verb is left
    # out before "و" ("X را بازداشت و ... کرد"; without it "بازداشت و شکنجه" is a coordinated noun), or the
    # opening of a light-verb frame around the event noun ("اقدام به توقیف ... کرد")
    before: re.Pattern | None = None
    compiled: re.Pattern | None = None
    # (session 15) the keys of the words after the trigger's first gap, which a match must contain in this order
    # after the anchor: a substring test in C rules out most occurrences of a busy anchor ("به", "را") before the
    # expression is tried
    needs: tuple[str, ...] = ()
    # (session 20) the expression whose gaps cross no comma but where they always did (after a party marker, a
    # list's): tried where ``source``, whose gaps may cross any comma, matched across a comma that closes no
    # apposition ("مورد استقبال X، معاون وزیر ...، قرار گرفت" is one phrase; "..., X و" two clauses)
    strict: str | None = None
    strict_compiled: re.Pattern | None = None
    # (session 25) how far before the anchor ``before`` may begin: a lead verb ("موفق شد") may stand a long object away
    reach: int = 40
    # (session 28) the keys of words one of which every match of ``before`` holds ("موفق", "توانست"; "اقدام"): a
    # sentence whose key has none of them is not searched for ``before`` (empty: always searched)
    before_words: tuple[str, ...] = ()
    # (session 28, second pass) the keys of a light verb and its formal synonyms ("کرد", "نمود"), one of which every
    # match holds after the anchor: a form whose verb may be either needs no one word (``needs``), but a sentence
    # with none of them after the anchor ("حمله" with no "کرد" or "نمود" after it) tries none of its forms
    needs_any: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern:
        if self.compiled is None:
            self.compiled = rx_compile(self.source)
        return self.compiled

    @property
    def strict_regex(self) -> re.Pattern:
        if self.strict_compiled is None:
            self.strict_compiled = rx_compile(self.strict or self.source)
        return self.strict_compiled


# an object marked by "را" a few words (adverbs: "به‌شدت") before a verb's head
_RA_BEFORE = re.compile(r"(?:^|[\s\u200c])را[\s\u200c]+(?:[^\s.،؛:!؟]+[\s\u200c]+){0,4}$")


@dataclass
class Anaphora:
    """Noun phrases that stand for an event already reported: "این تصمیم", "این تحریم‌ها", "هرگونه ارتباط"."""

    with_determiner: re.Pattern  # determiner + noun; the noun in group "noun"
    bare: re.Pattern  # the noun alone (a rejection's object: "پیشنهاد مذاکره را رد کرد")
    types: dict[str, set[str]]  # match_key(noun) → the event types it can stand for

    def find(self, text: str, lo: int, hi: int, bare: bool) -> set[str]:
        """The event types that the noun phrases in text[lo:hi] can stand for."""
        out: set[str] = set()
        for rx in (self.with_determiner, self.bare) if bare else (self.with_determiner,):
            for m in rx.finditer(text, lo, hi):
                out |= self.types.get(match_key(m.group("noun")), set())
        return out


@dataclass
class Compiled:
    automaton: ahocorasick.Automaton  # anchor keys (the words before the first gap) → triggers
    blockers: re.Pattern
    anaphora: Anaphora
    place_before: re.Pattern  # text ending where a place is the event's: "در X", "در میدان تحریر X"
    place_to: re.Pattern  # where an attack went: "به X", "به شهر X", "حومه X"
    superiors: dict[str, list[str]] = field(default_factory=dict)  # office → the offices its holder answers to
    # the words of events that stand without a named actor (`source_optional` patterns' `requires_any`): a sentence
    # naming no actor is read only when it has one of them
    anonymous: re.Pattern = re.compile("(?!)")
    # (branch material9) an attack verb whose actor is the genitive of a non-violent instrument ("تحریم‌های جدید
    # اتحادیه اروپا ... را هدف قرار داده‌اند"): text ending right before the actor → the pattern the event takes
    instruments: tuple[re.Pattern, dict[str, Pattern]] = (re.compile("(?!)"), {})
    # (session 28) every key a trigger needs after its anchor (Trigger.needs) → itself: one scan of a text's key tells
    # which needed words a sentence holds, and an anchor's groups whose words are absent are never looked at
    needs_automaton: ahocorasick.Automaton | None = None
    # the last text's anchors (its key, what _word_start_anchors found and its needed words' hits), for the next
    # sentence of that text
    _scanned: tuple | None = field(default=None, repr=False, compare=False)

    def superiors_of(self, title: str) -> list[str]:
        """The offices a holder of ``title`` answers to ("*-minister" covers every minister, "*-vice-president"
        every vice-president for some affairs)."""
        found = self.superiors.get(title)
        if found:
            return found
        return next((v for k, v in self.superiors.items() if k.startswith("*-") and title.endswith(k[1:])), [])

    def find(self, text: str, key: str, kmap: array, lo: int, hi: int,
             dead: Callable[[int, int, Trigger], bool] | None = None,
             commas: Callable[[int, int], bool] | None = None) -> list[tuple[int, int, Trigger]]:
        """Leftmost-longest, non-overlapping trigger matches in text[lo:hi]. Aho-Corasick finds where a trigger's
        anchor occurs (on keys without spaces or ZWNJ); only there is the trigger's own expression tried. A match
        ``dead`` says reports no event here hides no other (branch verbal: "سفر X را «گامی رو به عقب" is no
        announced visit, and must not hide the judgement inside it). A gap crosses a comma only where ``commas``
        says every comma inside the match closes an apposition or a title's list (else the strict expression)."""
        k0, k1 = bisect_left(kmap, lo), bisect_left(kmap, hi)
        anchors, present = self._anchors_in(text, key, kmap, k0, k1)
        scan = _Scan(text, key, lo, hi, k0, k1, commas)
        try_triggers, has_before_words = scan.try_triggers, scan.has_before_words  # (session 29) bound once
        for seq, (start, kend, (indexed, unindexed)) in enumerate(anchors):
            # the groups of triggers this anchor opens whose words after the gap follow it in order: of the groups
            # filed under a word of the needs automaton, only those under a word the sentence holds are looked at
            for needs, _, needs_any, before_words, ranked in unindexed:
                if (not needs or _in_order(key, needs, kend, k1)) and (not needs_any or _any_in(key, needs_any, kend, k1)) \
                        and (not before_words or has_before_words(before_words)):
                    try_triggers(ranked, start, seq)
            if not present:
                continue  # (session 29) no needed word of the automaton in the sentence: no indexed group is asked
            for word in indexed.keys() & present:
                for needs, needs_set, needs_any, before_words, ranked in indexed[word]:
                    if needs_set <= present and _in_order(key, needs, kend, k1) and (
                            not needs_any or _any_in(key, needs_any, kend, k1)) and (
                            not before_words or has_before_words(before_words)):
                        try_triggers(ranked, start, seq)
        # ties go to the anchor found first, then to the trigger listed first under it
        cands = scan.cands
        cands.sort(key=lambda c: (c[0], -c[2].weight, -(c[1] - c[0]), c[3], c[4]))
        out: list[tuple[int, int, Trigger]] = []
        last_end = -1
        for c in cands:
            if c[0] >= last_end and not (dead is not None and dead(*c[:3])):
                out.append(c[:3])
                last_end = c[1]
        return out

    def _anchors_in(self, text: str, key: str, kmap: array, k0: int, k1: int) -> tuple[list[tuple[int, int, tuple]], set[str]]:
        """(text offset, key offset past the anchor, triggers) of the anchors that lie in key[k0:k1] and start a word, as
        ``automaton.iter(key, k0, k1)`` finds them and in its order; and the needed words (Trigger.needs) that occur
        in key[k0:k1]. The whole key is scanned once per text (the sentences of one article ask in turn) and the
        anchors inside a word (every trigger opens with (?<![letters])) are dropped for all at once; a sentence takes
        its slice."""
        scanned = self._scanned  # read once: another thread may annotate another text with the same patterns
        if scanned is None or scanned[0] is not key:
            needs = self.needs_automaton.iter(key) if self.needs_automaton is not None else ()
            scanned = self._scanned = (key, *_word_start_anchors(text, key, kmap, self.automaton), *_needed_hits(needs))
        _key, kstarts, kends, starts, values, need_ends, need_words = scanned
        a, b = bisect_left(kends, k0), bisect_left(kends, k1)
        anchors = [(starts[i], kends[i] + 1, values[i]) for i in range(a, b) if kstarts[i] >= k0]
        if not anchors:
            return anchors, set()
        # the words ending in key[k0:k1] (one may start before k0: the set only rules words out, key.find decides)
        return anchors, set(need_words[bisect_left(need_ends, k0):bisect_left(need_ends, k1)])


def _needed_hits(hits) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(key ends, words) of the needs automaton's hits, in order: transposed in C, sliced by bisect per sentence."""
    ends_words = tuple(zip(*hits))
    return ends_words if ends_words else ((), ())


class _Scan:
    """One sentence's trigger search: its bounds in the text and the key, and what is asked once per sentence (a
    pattern's required words, the words a ``before`` needs), for the triggers tried at each anchor."""

    __slots__ = ("text", "key", "lo", "hi", "k0", "k1", "commas", "cands", "required", "befores")

    def __init__(self, text: str, key: str, lo: int, hi: int, k0: int, k1: int,
                 commas: Callable[[int, int], bool] | None) -> None:
        self.text, self.key, self.lo, self.hi, self.k0, self.k1, self.commas = text, key, lo, hi, k0, k1, commas
        self.cands: list[tuple[int, int, Trigger, int, int]] = []
        self.required: dict[int, bool] = {}  # id(required-word list) → whether one of its words is in the sentence
        self.befores: dict[tuple[str, ...], bool] = {}  # a ``before``'s words → whether one is in the sentence's key

    def try_triggers(self, ranked: tuple[tuple[int, Trigger], ...], start: int, seq: int) -> None:
        """Add the matches at ``start`` of the triggers of one group (all of whose needed words follow the anchor, and
        one of whose ``before_words`` the sentence holds: :meth:`Compiled.find` asks): cheap tests first (a required
        word in the sentence), then the expressions before and of the trigger."""
        text, lo, hi = self.text, self.lo, self.hi
        for rank, trig in ranked:
            words = trig.pattern.requires_any
            if words and not _required_in(self.required, trig.pattern, text, lo, hi):
                continue
            if trig.before is not None and not trig.before.search(text, max(lo, start - trig.reach), start):
                continue
            m = (trig.compiled or trig.regex).match(text, start, hi)
            if m and trig.strict is not None and text.find("،", m.start(), m.end()) >= 0 and (
                    self.commas is None or not self.commas(m.start(), m.end())):
                m = trig.strict_regex.match(text, start, hi)
            if m and not (words and _lacks(text, m.start(), m.end(), words)):
                self.cands.append((m.start(), m.end(), trig, seq, rank))

    def has_before_words(self, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` is in the sentence's key, asked once per sentence."""
        found = self.befores.get(words)
        if found is None:
            key, k0, k1 = self.key, self.k0, self.k1
            found = self.befores[words] = any(key.find(w, k0, k1) >= 0 for w in words)
        return found


def _required_in(seen: dict[int, bool], p: Pattern, text: str, lo: int, hi: int) -> bool:
    """Whether one of ``p``'s required words is in text[lo:hi], asked once per pattern and sentence: most sentences
    with a busy anchor ("را … خواند") have none of a judgement's adjectives, and its expression need not be tried."""
    words = p.requires_any  # (session 28) keyed by the list: patterns with the same words share one (_shared_words)
    found = seen.get(id(words))
    if found is None:
        found = seen[id(words)] = any(text.find(w, lo, hi) >= 0 for w in words)
    return found


def _lacks(text: str, start: int, end: int, words: list[str]) -> bool:
    """A match without one of its pattern's required words inside reports no event (and hides no other)."""
    return not any(text.find(w, start, end) >= 0 for w in words)


def _by_needs(triggers: list[Trigger]) -> tuple[dict[str, tuple], tuple]:
    """An anchor's triggers grouped by the words they need after it, each with its rank in the anchor's list: the
    forms of one phrase (its tenses, its light-verb frames) need the same words, which are looked for once. (session
    28) The groups are filed under the longest of their words in the needs automaton (the rarest, most often), and
    the sentence's words pick the groups to look at: (word → its groups, the groups with no such word); a group is
    (its words in order, those of the automaton as a set, the keys one of which must follow the anchor
    (Trigger.needs_any), the keys one of which the sentence must hold (Trigger.before_words), its ranked triggers).
    (session 28, second pass) The last two are asked once per group: most of a busy anchor's forms are its light-verb
    frames ("اقدام به … کرد"), whose openers most sentences lack, and each was turned away on its own."""
    groups: dict[tuple[tuple[str, ...], ...], list[tuple[int, Trigger]]] = {}
    for rank, trig in enumerate(triggers):
        groups.setdefault((trig.needs, trig.needs_any, trig.before_words), []).append((rank, trig))
    indexed: dict[str, list] = {}
    unindexed = []
    for (needs, needs_any, before_words), ranked in groups.items():
        words = [w for w in needs if _indexed(w)]
        group = (needs, frozenset(words), needs_any, before_words, tuple(ranked))
        if words:
            indexed.setdefault(max(words, key=len), []).append(group)
        else:
            unindexed.append(group)
    return {word: tuple(g) for word, g in indexed.items()}, tuple(unindexed)


# (session 28) needed words of two letters ("را", "ان", "ای") are in most sentences and make most of a text's hits:
# they stay out of the needs automaton and are always looked for
_INDEXED_LEN = 3


def _indexed(word: str) -> bool:
    """Whether ``word`` is in the needs automaton (else it is looked for wherever it is needed)."""
    return len(word) >= _INDEXED_LEN


def _needs_automaton(anchors: dict[str, list[Trigger]]) -> ahocorasick.Automaton | None:
    """Every key a trigger needs after its anchor, each its own value: a text's key scanned once names those a
    sentence holds."""
    words = sorted({w for trigs in anchors.values() for t in trigs for w in t.needs if _indexed(w)})
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


def _in_order(key: str, needs: tuple[str, ...], pos: int, end: int) -> bool:
    """Whether every key of ``needs`` occurs in key[pos:end], each after the one before."""
    for need in needs:
        i = key.find(need, pos, end)
        if i < 0:
            return False
        pos = i + len(need)
    return True


def _any_in(key: str, words: tuple[str, ...], pos: int, end: int) -> bool:
    """Whether one key of ``words`` occurs in key[pos:end]."""
    return any(key.find(w, pos, end) >= 0 for w in words)


def _needs(head: str) -> tuple[str, ...]:
    """The keys of a trigger's words after its first gap ("به … شلیک" → ("شلیک",)): each is matched letter by letter
    (spaces and ZWNJ optional, hamza seats as match_key folds them), so its key is in the text's key."""
    parts = re.split(r"…|\.\.\.", head)[1:]
    return tuple(k for part in parts for w in part.replace(ZWNJ, " ").split() if len(k := match_key(w)) >= 2)


def _word_start_anchors(text: str, key: str, kmap: array, automaton: ahocorasick.Automaton) -> tuple[tuple, ...]:
    """(key starts, key ends, text starts, triggers) of the anchors in ``key`` whose text does not start inside a
    word, ordered by key end as the automaton reports them. (A loop over the hits: an article has a few dozen, too few
    for numpy's per-call costs to pay off.)"""
    letters = _LETTER_SET
    # one comprehension, transposed in C (session 28: four appends per hit cost more than the test)
    kept = [(kstart, kend, start, triggers) for kend, (length, triggers) in automaton.iter(key)
            if (start := kmap[(kstart := kend - length + 1)]) == 0 or (before := text[start - 1]) not in letters
            # (session 16) a conjunction "و" glued to the anchor's word starts no word of its own ("وخواستار")
            or before == "و" and (start < 2 or text[start - 2] not in letters)]
    return tuple(zip(*kept)) if kept else ((), (), (), ())


# Letters real pages write either way: hamza seats (رئیس/رییس, مسئول/مسئول, آ/ا) — triggers match both.
_LETTER_VARIANTS = {"ی": "[یئ]", "ئ": "[یئ]", "ا": "[اأإآ]", "آ": "[آا]", "أ": "[أا]", "و": "[وؤ]", "ؤ": "[ؤو]"}


_PARTY_MARKERS = frozenset({"از", "به", "با", "علیه"})


# (session 20) a list of more than two items: "در ننگرهار، کابل، پکتیکا و قندهار" (every comma up to the "و")
_LIST_COMMA = r"(?:،(?=\s+(?:[^\s.،؛:!؟]+،?\s+){0,4}و\s))?"


# (session 19) a closing quotation mark after a word of the wording, which outlets quote from its first word on ("این
# حمله «بی‌پاسخ» نخواهد ماند", "«خواستار» توقف ... شد"), stands outside the trigger's words
_CLOSE_QUOTE = r"[»”\"]?"


_DOTTED = r"\(?(?:[^\W\d_]\.){1,4}[^\W\d_]\)?"  # "پ.ک.ک", "(پ.ک.ک)": letters each followed by a dot


@cache
def _spelled(token: str) -> str:
    """A word's letters, each in its variants, with a space, a ZWNJ or nothing between (the same few thousand
    words recur in 25,000 trigger forms: once each, a fifth of the patterns' build in the warm-up; session 32)."""
    return r"[\s\u200c]?".join(_LETTER_VARIANTS.get(ch, re.escape(ch)) for ch in token)


def _trigger_body(trigger: str, gap: int = 6, lists: bool = False, loose: bool = False) -> str:
    parts = []
    tokens = trigger.replace(ZWNJ, " ").split()
    for i, token in enumerate(tokens):
        if token in ("…", "..."):
            # after a preposition the gap is a party, whose office may stand in apposition ("از جو بایدن، همتای
            # آمریکایی‌اش خواسته"): a comma may close a word there; elsewhere a gap crosses no comma (but with
            # ``lists``, a list's, whose last item follows "و")
            # ``loose``: any comma, which the coder checks (Compiled.find's ``commas``)
            comma = "،?" if loose or i and tokens[i - 1] in _PARTY_MARKERS else _LIST_COMMA if lists else ""
            # (session 18) never the future auxiliary: "به دوحه خواهد رفت" is no "به … رفت" (the pattern's future is)
            # (session 26 A2) a dotted abbreviation is one word of the gap, not a sentence's end: "علیه (پ.ک.ک) آغاز کرد"
            parts.append(r"(?:(?!خواه(?:د|ند|یم|ید|م)\s)(?:[^\s.،؛:!؟]+|" + _DOTTED + ")" + comma + r"\s+){0,"
                         + str(gap) + "}?")
            continue
        # letters may be written with a space, a ZWNJ or nothing between the parts of a word group
        word = _spelled(token)
        if i == 0 and token == "از" and len(tokens) > 1 and tokens[1] in ("…", "..."):
            word = _az_not_party() + word  # (session 21) "به نقل از رویترز، ..."، "از سوی دیگر، ...": no one asked
        if token.endswith("ا"):
            word += "ء?"  # (session 17) "امضاء کرد", "استعفاء داد": the hamza after a closing alef, written or not
        if i + 1 < len(tokens) and tokens[i + 1] == "را" and token not in ("خود", "آن"):
            word += r"(?:[\s\u200c]?ای|ی)?"  # the indefinite before "را": "طرح آتش‌بسی را", "قطعنامه‌ای را"
        elif _takes_indefinite(tokens, i):
            word += r"(?:[\s\u200c]?ای|یی|ی)?"  # "تماسی تلفنی", "گفت‌وگویی تلفنی", "دیداری رسمی"
        elif i + 1 < len(tokens) and tokens[i + 1] in ("…", "...") and token in _indefinite_before_gap():
            word += r"(?:[\s\u200c]?ای|ی)?"  # (session 13) "با پاسخی سخت روبه‌رو خواهد شد"
        parts.append(word + _CLOSE_QUOTE + _separator_after(tokens, i))
        if tokens == ["را"]:
            # (session 24) "را بامداد امروز کشت": a time before a simple verb (a longer trigger's anchor holds the
            # words after "را", which a time would part from it)
            parts.append(_object_time())
    body = "".join(parts)
    return body[: -len(r"[\s\u200c]*")] if body.endswith(r"[\s\u200c]*") else body


def _separator_after(tokens: list[str], i: int) -> str:
    """What may follow the trigger's word ``i``: parts of a word group may be joined with nothing between, but a
    word before a gap ends there (session 26 A4: "شهر … را آزاد کرد" is no "شهروند آمریکایی را آزاد کرد")."""
    if not (i + 1 < len(tokens) and tokens[i + 1] in ("…", "...")):
        return r"[\s\u200c]*"
    # a plural, indefinite or possessive suffix written without its ZWNJ still belongs to the word ("هشدارهایی …
    # داد", "نشست خبری مشترکشان")
    return r"(?:ها|های|هایی|ی|ای|یی|ان|ات)?(?:ش|شان|مان|تان|اش)?(?![^\s\u200c.،؛:!؟])[\s\u200c]*"


def _anchor(trigger: str) -> str:
    """The key an occurrence is found by: the words before the first gap, up to a noun that may take the
    indefinite before "را" ("طرح آتش‌بس(ی) را ...")."""
    tokens = re.split(r"…|\.\.\.", trigger)[0].replace(ZWNJ, " ").split()
    out: list[str] = []
    for i, token in enumerate(tokens):
        out.append(token)
        if i + 1 < len(tokens) and tokens[i + 1] == "را" and token not in ("خود", "آن") or _takes_indefinite(tokens, i):
            break
    return match_key(" ".join(out))


def _takes_indefinite(tokens: list[str], i: int) -> bool:
    """Whether the trigger's word ``i`` is a noun its next word, an adjective, lets take the indefinite
    (grammar.yaml: indefinite_before_adjectives) — only a trigger's first word: "تماس تلفنی" → "تماسی تلفنی"."""
    return i == 0 and len(tokens) > 1 and tokens[1] in _indefinite_adjectives()


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _object_time() -> str:
    """(session 24) An optional time between an object's "را" and a simple verb (grammar.yaml clause_time_openers,
    object_time_days with object_time_day_parts), then an optional place after "در": "را بامداد امروز کشت", "را روز
    شنبه در خان یونس کشت"."""
    g = grammar()
    day = rf"(?:(?:{phrases(g['object_time_day_parts'])})[\s\u200c]+)?(?:{phrases(g['object_time_days'])})"
    time = rf"(?:(?:{phrases(g['clause_time_openers'])}|{day})(?![{_LETTERS}])[\s\u200c]+)?"
    # and then where, as "را در … کشت" reads it: "را بامداد شنبه در نمازخانه مدرسه کشت"
    return time + r"(?:در[\s\u200c]+(?:[^\s.،؛:!؟]+[\s\u200c]+){1,6}?)?"


def _indefinite_before_gap() -> frozenset[str]:
    return frozenset(grammar().get("indefinite_before_gap") or ())


@lru_cache(maxsize=1)
def _az_not_party() -> str:
    """The lookarounds that keep a trigger opening "از … VERB" off an "از" naming no one asked (grammar.yaml:
    az_quoted_before, az_connective_after): the trigger is then tried at the next "از"."""
    behind = "".join(rf"(?<!{re.escape(w)}\s)(?<!{re.escape(w)}\u200c)" for w in grammar().get("az_quoted_before") or ())
    after = "|".join(r"[\s\u200c]+".join(map(re.escape, p.split())) for p in grammar().get("az_connective_after") or ())
    return behind + (rf"(?!از[\s\u200c]+(?:{after})(?![^\s.،؛:!؟]))" if after else "")


@lru_cache(maxsize=1)
def _indefinite_adjectives() -> frozenset[str]:
    return frozenset(grammar().get("indefinite_before_adjectives") or ())


# A trigger's word boundaries: any word character or ZWNJ (a superset of _LETTERS: Latin letters and digits never
# join a Persian word). The Unicode category compiles in a fraction of the time of _LETTERS' ranges, and the thousands
# of trigger expressions are compiled as a text first needs them (session 14: 0.90 → 0.58 ms per expression).
_WORD_CHARS = r"\w\u200c"
# (session 16) where a trigger may start: after no letter, or after a conjunction "و" glued to it ("برشمرد وخواستار
# رسیدگی فوری شورای امنیت شد": real pages drop the space after "و")
_TRIGGER_START = rf"(?:(?<![{_WORD_CHARS}])|(?<=(?<![{_WORD_CHARS}])و))"


def _trigger_regex(trigger: str, gap: int = 6, lists: bool = False, loose: bool = False) -> str:
    body = _trigger_body(trigger, gap, lists, loose)
    return rf"{_TRIGGER_START}{body}(?![{_WORD_CHARS}])"


def _light_verbs() -> dict[str, str]:
    """Past stem → present stem of the light verbs triggers end in (grammar.yaml: light_verbs)."""
    return {str(k): str(v) for k, v in (grammar().get("light_verbs") or {}).items()}


def _split_verb(trigger: str, verbs: dict[str, str]) -> tuple[str, str] | None:
    """("حمله", "کرد") for "حمله کرد" / "حمله کردند": the words before a light verb, and its past stem."""
    words = trigger.replace(ZWNJ, " ").split()
    if len(words) < 2:
        return None
    last = words[-1]
    past = last if last in verbs else (last[:-2] if last.endswith("ند") and last[:-2] in verbs else None)
    return (" ".join(words[:-1]), past) if past else None


def _light_verb_synonyms() -> dict[str, list[str]]:
    """Light verbs written in place of another with the same sense ("محکوم نمود" for "محکوم کرد"): grammar.yaml."""
    return {str(k): [str(x) for x in v] for k, v in (grammar().get("light_verb_synonyms") or {}).items()}


def _conjugations(past: str) -> str:
    """The forms of a light verb (and of its formal synonyms) that report a done act: کرد, کردند, کرده است,
    کرده‌اند, نمود, نمودند. (The past perfect "کرده بود" is background, the subjunctive "کند" a plan, the perfect
    subjunctive "کرده باشیم" a supposition: "... خبرنگاری را بازداشت کرده باشیم، صحت ندارد".)"""
    sp = r"[\s\u200c]*"
    stems = "|".join(re.escape(x) for x in [past, *_light_verb_synonyms().get(past, [])])
    return rf"(?:(?:{stems})(?:ند|یم|ید|م)?(?![{_WORD_CHARS}])|(?:{stems})ه(?!{sp}(?:بود|باش))(?:{sp}(?:است|اند|ایم|ام))?(?![{_WORD_CHARS}]))"


def _present(present: str, endings: str = "ند|یم|ید|د|م") -> str:
    """The present of a light verb: "می‌کند", "می‌کنیم" — a statement made now ("محکوم می‌کنیم"), or a plan."""
    return rf"می[\s\u200c]*{re.escape(present)}(?:{endings})"


def _continuous(past: str) -> str:
    """(session 25) The continuous past of a light verb (and its formal synonyms): "می‌کردند", "می‌دادند"."""
    stems = "|".join(re.escape(x) for x in [past, *_light_verb_synonyms().get(past, [])])
    return rf"می[\s\u200c]*(?:{stems})(?:ند|یم|ید|م)?(?![{_WORD_CHARS}])"


def _future(past: str) -> str:
    return rf"خواه(?:ند|یم|ید|د|م)[\s\u200c]+{re.escape(past)}"


def _triggers(p: Pattern, text: str, gap: int, verbs: dict[str, str], future: Pattern | None,
              present: str | None) -> list[tuple[str, Trigger]]:
    """The trigger phrase's forms (_forms), each with the expression whose gaps cross no new comma as its strict
    one where the two differ."""
    out = _forms(p, text, gap, verbs, future, present, loose=True)
    if "…" not in text and "..." not in text or p.gap_clauses:
        return out
    for (_a, trig), (_b, strict) in zip(out, _forms(p, text, gap, verbs, future, present), strict=True):
        if strict.source != trig.source:
            trig.strict = strict.source
    return out


def _forms(p: Pattern, text: str, gap: int, verbs: dict[str, str], future: Pattern | None,
           present: str | None, loose: bool = False) -> list[tuple[str, Trigger]]:
    """(anchor key, trigger) pairs for one trigger phrase: as written or in the other tenses of its light verb that
    report the act; in the future tense for the pattern's ``future`` pattern (a future attack is a threat); in the
    present as the pattern itself (``present: same``) or as its future (``present: future``)."""
    letters = _WORD_CHARS
    split = _split_verb(text, verbs)
    if split is None:
        anchor = _anchor(text)
        return [(anchor, Trigger(p, text, _trigger_regex(text, gap, p.gap_lists, loose), len(text.replace(" ", "")), needs=_needs(text)))]
    head, past = split
    body = _TRIGGER_START + _trigger_body(head, gap, p.gap_lists, loose) + _modifier_slot(head) + r"[\s\u200c]*"
    anchor = _anchor(head)
    weight = len(text.replace(" ", ""))
    needs = _needs(head)
    # each form with the keys its verb surely puts in the text after the head (a verb with formal synonyms, "کرد" or
    # "نمود", none): the busy anchors ("را", "دیدار") then try only the forms whose verb follows them
    synonyms = _light_verb_synonyms().get(past)
    past_need = () if synonyms else (match_key(past),)
    # (session 28, second pass) the verb's stems, one of which a form of _conjugations or _continuous holds as written
    stems = tuple(match_key(x) for x in [past, *synonyms]) if synonyms else ()
    forms = [(p, _conjugations(past), past_need)]
    if future is not None:  # the future pattern's type and code, this pattern's way of finding its parties
        future = dataclasses.replace(future, frame=p.frame, requires_any=p.requires_any, object_of=p.object_of)
    if future is not None:
        forms.append((future, _future(past), ("خواه", match_key(past))))
    present_need = (match_key("می" + verbs[past]),) if past in verbs else ()
    conditioned: list[tuple[str, Trigger]] = []
    if present == "same" and future is not None:
        # (session 13) a headline's present reports the act ("روسیه به دونباس حمله می‌کند"); the first person
        # announces it ("تل‌آویو را با خاک یکسان می‌کنیم"): a threat, as the future is
        forms += [(p, _present(verbs[past], "ند|ید|د"), present_need), (future, _present(verbs[past], "یم|م"), present_need)]
        # (session 26 E) the present after a condition's comma is a threat too ("اگر X ... کند، Y لبنان را با خاک
        # یکسان می‌کنند"): the future pattern, preferred where the condition stands before it
        conditioned.append((anchor, Trigger(future, text, rf"{body}{_present(verbs[past], 'ند|ید|د')}(?![{letters}])",
                                            weight + 1, before=_CONDITION_LEAD, needs=needs + present_need,
                                            reach=_CONDITION_REACH)))
    elif present == "same" or (present == "future" and future is not None):
        forms.append((p if present == "same" else future, _present(verbs[past]), present_need))
    if p.continuous:
        forms.append((p, _continuous(past), () if past_need == () else (match_key("می" + past),)))
    stem_forms = (_conjugations(past), _continuous(past))  # the forms whose letters hold one of ``stems``
    out = [(anchor, Trigger(pattern, text, rf"{body}{verb}(?![{letters}])", weight, needs=needs + verb_needs,
                            needs_any=stems if verb in stem_forms else ()))
           for pattern, verb, verb_needs in forms] + conditioned
    if past in verbs and past != "شد" and (lead := _success_lead()) is not None:
        # (session 25) "موفق شد ... را به امضا برساند", "توانستند ... را آزاد کنند": the subjunctive after a verb of
        # success reports the act done
        out.append((anchor, Trigger(p, text, rf"{body}{_subjunctive(verbs[past])}(?![{letters}])", weight - 1,
                                    before=lead, needs=needs, reach=_LEAD_REACH, before_words=_success_lead_words())))
    if p.frame in _OBJECT_FRAMES and "…" not in head and "..." not in head and not head.startswith("را"):
        # "X را بازداشت و به دادگاه معرفی کرد": the light verb shared with the next verb is left out
        elided = body[: -len(r"[\s\u200c]*")] + r"[\s\u200c]+و(?=[\s\u200c])"
        out.append((anchor, Trigger(p, text, elided, weight - 1, before=_RA_BEFORE, needs=needs)))
        if p.type == "ASSAULT" and past in _NOUN_VERBS and " " not in head.strip():
            # (session 24) "به ساکنان روستا حمله و دو نفر را زخمی کردند": an attack on a target after "به", its light
            # verb shared with the next clause's, which has an object
            shared = elided + _NEXT_OBJECT_CLAUSE.format(verb=_conjugations(past))
            out.append((anchor, Trigger(p, text, shared, weight - 1, before=_BE_BEFORE, needs=needs)))
    if past in _NOUN_VERBS and " " not in head.strip() and "…" not in head:
        # "اقدام به توقیف یک نفتکش کرد", "دست به حمله زد", "به بمباران مواضع ... پرداختند": the event noun inside a
        # light-verb frame (grammar.yaml: noun_frames), its object after it
        for opener, verb, opens in _noun_frames():  # the opener is checked first: cheap where it is absent
            frame = rf"{body}(?:[^\s.،؛:!؟]+[\s\u200c]+){{0,{gap}}}?{_conjugations(verb)}"
            out.append((anchor, Trigger(p, text, frame, weight - 1, before=opener, needs=needs, before_words=opens)))
    return out


# (session 26 E) a condition ("اگر", "چنانچه", "در صورتی که") closed by its comma before a present verb, no other
# comma nor sentence end between: the verb's act is threatened, not told
_CONDITION_LEAD = re.compile(r"(?:^|\s)(?:اگر|چنانچه|در\s+صورتی[\s\u200c]*که)\s[^.؛!؟]*،[^.،؛!؟]*$")
_CONDITION_REACH = 200


# (session 25) how many characters before a subjunctive its verb of success may stand ("موفق شد هفت سند همکاری را با
# ... به امضا برساند")
_LEAD_REACH = 120


def _subjunctive(present: str) -> str:
    """The subjunctive of a light verb, with or without "ب": "کند", "کنند", "برساند", "بدهند"."""
    return rf"(?:ب)?{re.escape(present)}(?:ند|یم|ید|د|م)"


@lru_cache(maxsize=1)
def _success_lead() -> re.Pattern | None:
    """A verb of success ending the clause's words before a subjunctive (grammar.yaml success_leads: "موفق شد",
    "توانستند"), no clause end between; None where the grammar names none."""
    leads = [str(x) for x in grammar().get("success_leads") or ()]
    if not leads:
        return None
    alts = "|".join(_trigger_body(x) for x in leads)
    return re.compile(rf"(?:^|[\s\u200c])(?:{alts})[\s\u200c]+(?:[^\s.،؛:!؟]+[\s\u200c]+){{0,14}}$")


@lru_cache(maxsize=1)
def _success_lead_words() -> tuple[str, ...]:
    """(session 28) The keys of the success leads' first words ("موفق", "توانست"), one of which a sentence holds
    wherever ``_success_lead`` can match in it: most sentences have none, and the expression is not searched."""
    return _first_word_keys(str(x) for x in grammar().get("success_leads") or ())


def _first_word_keys(phrases) -> tuple[str, ...]:
    """The keys of the phrases' first words, each once: every match of a phrase's expression (_trigger_body: its
    letters, hamza seats as the key folds them, spaces or ZWNJ optional between them) holds its first word's key."""
    return tuple(sorted({match_key(p.replace(ZWNJ, " ").split()[0]) for p in phrases}))


# frames whose verb takes an object marked by "را", so its light verb may be left out before "و" ("X را احضار و ...
# ابلاغ کرد" as much as "X را بازداشت و ... کرد")
_OBJECT_FRAMES = frozenset({"ra", "summon"})

# light verbs whose noun may stand inside a light-verb frame ("بازداشت کرد" → "اقدام به بازداشت ... کرد")
_NOUN_VERBS = frozenset({"کرد", "نمود"})


@lru_cache(maxsize=1)
def _noun_frames() -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """(the words before the event noun, the verb that closes the frame, its first word's key): grammar.yaml
    noun_frames. Each opener pairs with its own verb only ("به حمله ... متهم کرد" is no "اقدام به حمله ... کرد")."""
    return [(re.compile(r"(?:^|[\s\u200c])" + r"[\s\u200c]+".join(map(re.escape, str(k).split())) + r"[\s\u200c]+$"), str(v),
             _first_word_keys([str(k)])) for k, v in (grammar().get("noun_frames") or {}).items()]


def _respelled(triggers: list[str]) -> list[str]:
    """(session 21) Each trigger also with a word in the spelling Afghan (Dari) outlets use ("تماس تیلفونی" for
    "تماس تلفنی"; grammar.yaml: trigger_spellings), so a wording is written once in the standard spelling."""
    spellings = {str(k): [str(v) for v in vs] for k, vs in (grammar().get("trigger_spellings") or {}).items()}
    out = list(triggers)
    for t in triggers:
        words = t.replace(ZWNJ, " ").split()
        for i, w in enumerate(words):
            out += [" ".join([*words[:i], v, *words[i + 1:]]) for v in spellings.get(w, ())]
    return out + _rephrased(triggers)


def _rephrased(triggers: list[str]) -> list[str]:
    """(session 25) Each trigger also with a whole phrase said another way (grammar.yaml trigger_phrasings: "بناست"
    for "قرار است"), so a plan's modal is written once and every planned meeting reads with each of its wordings."""
    phrasings = {str(k): [str(v) for v in vs] for k, vs in (grammar().get("trigger_phrasings") or {}).items()}
    out = []
    for t in triggers:
        padded = f" {' '.join(t.replace(ZWNJ, ' ').split())} "
        for phrase, others in phrasings.items():
            if f" {phrase} " in padded:
                out += [padded.replace(f" {phrase} ", f" {o} ").strip() for o in others]
    return out


def _reordered(triggers: list[str]) -> list[str]:
    """(session 26 D) Each trigger "از X خبر داد" also with its light verb's noun first, "خبر از X داد", as many
    outlets write it ("دادستان تهران خبر از بازداشت ۲۸ نفر داد"): grammar.yaml trigger_reorders names the words."""
    out = []
    for rule in grammar().get("trigger_reorders") or ():
        opens, noun, verbs = str(rule["opens"]), str(rule["noun"]), {str(v) for v in rule["verbs"]}
        for t in triggers:
            words = t.split()
            if len(words) > 3 and words[0] == opens and words[-2] == noun and words[-1] in verbs:
                out.append(" ".join([noun, opens, *words[1:-2], words[-1]]))
    return out


def _pluralised(triggers: list[str], verbs: dict[str, str]) -> list[str]:
    """(session 29) Each "NOUN VERB" trigger also with the noun's plurals (grammar.yaml head_plurals: "حملات ... کرده
    است" reads as "حمله کرد" does), so a plural is not written out per pattern."""
    plurals = {str(k): [str(x) for x in v] for k, v in (grammar().get("head_plurals") or {}).items()}
    out = []
    for t in triggers:
        split = _split_verb(t, verbs)
        if split and split[0] in plurals:
            out += [f"{plural} {t.split()[-1]}" for plural in plurals[split[0]]]
    return out


@cache
def _modifier_slot(head: str) -> str:
    """(session 29) After a one-word head, up to two words of its group that describe the event (grammar.yaml
    head_modifiers: "حمله راکتی کرد", "انتقاد شدید کرد"), before its light verb; nothing after a longer head."""
    key = head.strip().replace(ZWNJ, "")
    words = [str(w) for group in grammar().get("head_modifiers") or ()
             if key in {str(h).replace(ZWNJ, "") for h in group["heads"]} for w in group["words"]]
    if not words:
        return ""
    return r"(?:[\s\u200c]+(?:" + "|".join(_trigger_body(w) for w in words) + r")(?:[\s\u200c]?ای|ی)?){0,2}"


def _mored_forms(triggers: list[str], verbs: dict[str, str]) -> list[str]:
    """"X را مورد انتقاد قرار داد" says "X را انتقاد کرد": each one-noun trigger on "کرد" also in that frame."""
    out = []
    for t in triggers:
        split = _split_verb(t, verbs)
        if split and split[1] == "کرد" and len(split[0].split()) == 1 and split[0] not in ("را", "…"):
            out.append(f"مورد {split[0]} قرار داد")
    return out


def _product(spec: dict | None) -> list[str]:
    """(session 14) Triggers as every pairing of a word list and a verb list, "WORD … VERB" ("غیرسازنده … قلمداد
    کرد"): an analyst extends either list and every pairing reads, instead of writing each phrase out."""
    if not spec:
        return []
    return [f"{w} … {v}" for w in spec.get("words") or () for v in spec.get("verbs") or ()]


def _before_regex(phrases: list[str]) -> re.Pattern:
    """Phrases (with "…" gaps of up to four words) that end right before a trigger."""
    return rx_compile(rf"{_TRIGGER_START}(?:{'|'.join(_trigger_body(p, 4) for p in phrases)})[\s\u200c]*$")


_WORD_LISTS: dict[tuple[str, ...], list[str]] = {}


def _shared_words(words: list[str] | None) -> list[str] | None:
    """(session 28) One list object for equal required-word lists: a sentence asks for each list once."""
    return _WORD_LISTS.setdefault(tuple(words), words) if words else words


def _pattern(item: dict) -> Pattern:
    return Pattern(id=item["id"], type=item["type"], cameo=str(item["cameo"]), frame=item["frame"],
                   verb_en=item.get("verb_en", "acted towards"), mode=item.get("mode"),
                   nominal=bool(item.get("nominal", False)), requires_any=_shared_words(item.get("requires_any", [])),
                   unless_next=_word_start_regex(item["unless_next"]) if item.get("unless_next") else None,
                   unless_inside=_word_regex(item["unless_inside"]) if item.get("unless_inside") else None,
                   unless_before=_before_regex(item["unless_before"]) if item.get("unless_before") else None,
                   gap_lists=bool(item.get("gap_lists", False)), gap_clauses=bool(item.get("gap_clauses", False)),
                   implied_target=bool(item.get("implied_target", False)),
                   unclaimed_deed=bool(item.get("unclaimed_deed", False)),
                   object_of=_word_end_regex(item["object_of"]) if item.get("object_of") else None,
                   target_optional=bool(item.get("target_optional", False)),
                   told_date_only=bool(item.get("told_date_only", False)),
                   source_optional=bool(item.get("source_optional", False)),
                   one_side_named=bool(item.get("one_side_named", False)),
                   reciprocal=bool(item.get("reciprocal", False)),
                   place_target=bool(item.get("place_target", False)),
                   headline_only=bool(item.get("headline_only", False)),
                   announced_only=bool(item.get("announced_only", False)),
                   meeting_parties=bool(item.get("meeting_parties", False)),
                   apposed=bool(item.get("apposed", False)), mourned_object=bool(item.get("mourned_object", False)),
                   else_inside=bool(item.get("else_inside", False)),
                   source_sectors=frozenset(item.get("source_sectors") or ()),
                   acting_body=tuple(item.get("acting_body") or ()),
                   target_sectors=frozenset(item.get("target_sectors") or ()),
                   acts_unnamed=bool(item.get("acts_unnamed")), continuous=bool(item.get("continuous")))


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Compiled:
    src = path or str(resources.files("rasad") / "data" / "patterns" / "events.yaml")
    with open(src, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=YAML_LOADER)
    patterns = {item["id"]: _pattern(item) for item in data["patterns"]}
    for item in data["patterns"]:
        if item.get("by_officials"):
            patterns[item["id"]].by_officials = patterns[item["by_officials"]]
        if item.get("by_armed"):
            patterns[item["id"]].by_armed = patterns[item["by_armed"]]
    verbs = _light_verbs()
    anchors: dict[str, list[Trigger]] = {}
    seen: set[tuple[str, str]] = set()
    for item in data["patterns"]:
        future = patterns[item["future"]] if item.get("future") else None
        p = patterns[item["id"]]
        written = _respelled(list(item.get("triggers") or []) + _product(item.get("trigger_product")))
        written += _reordered(written) + _pluralised(written, verbs)
        forms = [(p, t, future, item.get("present")) for t in written + _mored_forms(written, verbs)]
        if p.frame in ("ra", "az", "be") and p.type not in ("CONSULT", "AGREE", "COOPERATE"):
            # "X مورد انتقاد قرار گرفت": the passive, X suffers, the agent after "توسط"/"از سوی"
            passive = dataclasses.replace(p, id=p.id + ".passive", frame="passive", implied_target=False)
            forms += [(passive, t.replace("قرار داد", "قرار گرفت"), None, None) for t in _mored_forms(written, verbs)]
        for pattern, t, fut, present in forms:
            for anchor, trig in _triggers(pattern, t, int(item.get("gap", 6)), verbs, fut, present):
                if (trig.pattern.id, trig.source) not in seen:
                    seen.add((trig.pattern.id, trig.source))
                    anchors.setdefault(anchor, []).append(trig)
    automaton = ahocorasick.Automaton()
    for key, trigs in anchors.items():
        trigs.sort(key=lambda x: -x.weight)
        automaton.add_word(key, (len(key), _by_needs(trigs)))
    automaton.make_automaton()
    nouns = "|".join(_trigger_body(n) for n in data.get("place_nouns", [])) or "(?!)"
    # (session 18) a quotation mark may open the place's name: "در ولایت «خوست»"
    # (session 27 P) and the ezafe written out after the noun: "در منطقه‌ی X"
    place_before = rx_compile(rf"(?:^|\s)در\s+(?:(?:{nouns})(?:\u200c?ی)?(?:\s+[^\s،؛:.]+){{0,2}}\s+)?[«\"“]?$")
    # (session 14) and the place a bombardment noun names (events.yaml struck_place_nouns: "بمباران صنعا")
    struck = "".join(f"|{_trigger_body(n)}" for n in data.get("struck_place_nouns", []))
    # (session 18) and some of a place: "به مناطقی از کی‌یف حمله کردند" (events.yaml place_parts)
    parts = "|".join(_trigger_body(n) for n in data.get("place_parts", [])) or "(?!)"
    # (session 19) or the Dari "on" with the place's district first: "حملات خود را با توپخانه بر ولسوالی X ولایت خوست آغاز کرد"
    place_to = rx_compile(rf"(?:^|\s)(?:به|حومه|اطراف شهر{struck})\s+(?:(?:{parts})\s+)?(?:(?:{nouns})\s+)?[«\"“]?$"
                          rf"|(?:^|\s)بر\s+(?:(?:{parts})\s+)?(?:(?:{nouns})(?:\s+[^\s،؛:.]+){{0,2}}\s+)?[«\"“]?$")
    return Compiled(automaton, _word_start_regex(data.get("blockers", [])), _anaphora(data.get("anaphora", {})),
                    place_before, place_to, {str(k): list(v) for k, v in (data.get("superiors") or {}).items()},
                    _anonymous_hint(patterns.values()), _instruments(data.get("instruments") or {}, patterns),
                    _needs_automaton(anchors))


def _instruments(spec: dict, patterns: dict[str, Pattern]) -> tuple[re.Pattern, dict[str, Pattern]]:
    """(text ending in an instrument noun and up to two more words before an actor, noun key → its pattern)."""
    if not spec:
        return re.compile("(?!)"), {}
    alts = "|".join(f"(?P<n{i}>{_trigger_body(n)})" for i, n in enumerate(spec))
    rx = re.compile(rf"(?<![{_LETTERS}])(?:{alts})(?:[\s\u200c]+[^\s.،؛:!؟]+){{0,2}}[\s\u200c]+$")
    return rx, {f"n{i}": patterns[pid] for i, pid in enumerate(spec.values())}


def _anonymous_hint(patterns) -> re.Pattern:
    # (session 27 K) and a court act's (``acting_body``): "حکم اعدام یک زندانی در زندان X اجرا شد" names no actor
    words = sorted({w for p in patterns if p.source_optional or p.meeting_parties or p.acting_body for w in p.requires_any},
                   key=lambda w: (-len(w), w))  # (a set: ties by text, not by the hash seed)
    return re.compile("|".join(_trigger_body(w) for w in words) or "(?!)")


def _anaphora(spec: dict) -> Anaphora:
    types: dict[str, set[str]] = {}
    for etype, nouns in (spec.get("nouns") or {}).items():
        for n in nouns:
            types.setdefault(match_key(n), set()).add(etype)
    nouns = sorted({n for ns in (spec.get("nouns") or {}).values() for n in ns}, key=lambda n: (-len(n), n))
    noun_alt = "|".join(_trigger_body(n) for n in nouns) or "(?!)"
    det_alt = "|".join(_trigger_body(d) for d in spec.get("determiners", [])) or "(?!)"
    letters = _LETTERS
    return Anaphora(
        re.compile(rf"(?<![{letters}])(?:{det_alt})[\s\u200c]*(?P<noun>{noun_alt})(?![{letters}])"),
        re.compile(rf"(?<![{letters}])(?P<noun>{noun_alt})(?![{letters}])"),
        types)


def _word_end_regex(words: list[str]) -> re.Pattern:
    """Matches text that ends with one of ``words`` and a space (a noun before its genitive)."""
    alts = "|".join(_trigger_body(w) for w in words)
    return rx_compile(rf"(?<![{_LETTERS}])(?:{alts})[\s\u200c]+$")


def _word_regex(words: list[str]) -> re.Pattern:
    """Finds one of ``words`` anywhere as whole words (ZWNJ and spacing inside them ignored)."""
    alts = "|".join(_trigger_body(w) for w in words)
    return rx_compile(rf"(?<![{_LETTERS}])(?:{alts})(?![{_LETTERS}])")


def _word_start_regex(words: list[str]) -> re.Pattern:
    """Matches text that starts with one of ``words`` (whole words; ZWNJ and spacing inside them ignored)."""
    alts = "|".join(_trigger_body(w) for w in words)
    return rx_compile(r"^[\s\u200c]*(?:" + alts + r")(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")
