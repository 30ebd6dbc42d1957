"""Event coding: PLOVER type and mode with the CAMEO code, source, target, date and place, from Persian sentences.

Triggers come from ``data/patterns/events.yaml`` and are compiled into one regular expression (longest trigger
first). Each sentence's actor mentions (from :mod:`rasad.link`) are grouped into *chains* — coordinated actors
("X و Y"), appositions ("X، رئیس ..."), delegations ("هیئتی به ریاست X") — and each chain is marked by the
preposition before it (با، از، به، علیه، میان) or by "را" after it. A pattern's frame then picks the source and the
target among the chains. Events of one article that are one real-world event (same type, compatible actors) are
merged, keeping every sentence that reports them and the most precise date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick
import yaml

from .dates import EventDate, resolve_event_date
from .kb import KnowledgeBase
from .link import Linked, article_date
from .normalize import ZWNJ, key_with_map, match_key
from .records import CleanArticle, Event, Mention
from .rx import finditer as _rx_finditer
from .rx import fullmatch as _rx_fullmatch
from .rx import match as _rx_match
from .rx import search as _rx_search
from .sentences import Sentence

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
# Statements: where they were made is not the place of what they are about ("حمله به کنسولگری در دمشق را محکوم کرد")
SPEECH_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT"}
SPEECH_RULES = {"support.support", "support.praise", "support.side-with", "support.congratulate", "support.condolence",
                "support.supporter", "support.solidarity", "agree.invite", "agree.intent-meet", "agree.readiness",
                "agree.strengthen-relations"}
ACTOR_TYPES = {"PERSON", "ORG", "COUNTRY", "PARTIES"}
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+|[A-Za-z]+")


@lru_cache(maxsize=1)
def _grammar() -> dict:
    """The word lists of rasad/data/patterns/grammar.yaml: the Persian the coder reads structure by."""
    return yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "grammar.yaml").read_text(encoding="utf-8"))


def _phrases(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each matching however it is spaced: a ZWNJ or space may
    stand between any two letters ("نیرو‌های" for "نیروهای") and any spacing between its words."""
    parts = (r"[\s\u200c]*".join(r"[\s\u200c]?".join(re.escape(ch) for ch in t) for t in w.replace(ZWNJ, " ").split())
             for w in sorted(words, key=len, reverse=True))
    return "|".join(parts)


_G = _grammar()
PREPOSITIONS: dict[str, str] = dict(_G["markers"])
_SKIP_BEFORE = frozenset(_G["same_party_gap"])
_COLLECTIVE = frozenset(_G["collective"])
_CLAUSE_OPENERS = frozenset(_G["clause_openers"])
_FORCES_BEFORE = re.compile(rf"(?:{_phrases(_G['forces'])})[\s\u200c]+(?:[^\s.،؛:]+\s+و\s+)?$")
_LEFT_FROM = re.compile(rf"(?:{_phrases(_G['leaving'])})(?:\s+[^\s.،؛:]+){{0,3}}\s+از\s+$")
_ATTACK_NOUN = re.compile(rf"(?:{_phrases(_G['attack_nouns'])})(?:\s+(?!به\s|علیه\s|در\s|از\s|با\s)[^\s]+){{0,4}}\s*$")
_ATTACK_TO = re.compile(rf"(?:{_phrases(_G['attack_to_nouns'])})(?:\s+[^\s]+){{0,2}}\s+به\s+(?:[^\s]+\s+){{0,2}}$")
# "تأکید کرد و خواستار ... شد" is coordination, not a report
_CUE_BOUNDARY = re.compile(rf"(?:{_phrases(_G['speech_cues'])})(?!\s+و\s)\s+(?:که\s+)?|:\s*")
_CONCESSIVE = re.compile(rf"\s*(?:{_phrases(_G['concessive'])})\s")
_VERB_WORD = re.compile(rf"^(?:ن?(?:{_phrases(_G['verb_stems'])})(?:م|ی|یم|ید|ند|ه|اند)?|اند|است)$")
_TIME_REFERENCE = re.compile(rf"(?:{_phrases(_G['time_units'])})\s+(?:پس|قبل|پیش)\s+از\s+$")
_VICTIM_BEFORE = re.compile(rf"(?:{_phrases(_G['victim_nouns'])})\s+(?:(?:{_phrases(_G['honorifics'])})\s+)*$")
_RESPONSIBLE = re.compile(rf"^\s*(?:[^\s.،؛:]+\s+)?را\s+(?:{_phrases(_G['responsible'])})(?![\u0621-\u06FF])")
_IN_MEETING = re.compile(rf"در\s+(?:این|همین)\s+(?:{_phrases(_G['meeting_nouns'])})")


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
    # words right after the trigger that make it no event ("با قدردانی از تبریک X": thanks for a courtesy)
    unless_next: re.Pattern | None = None
    # with no target named, "این تصمیم را رد کرد" aims at whoever made the decision reported before
    implied_target: bool = False
    # nouns whose genitive actor is the target ("پیشنهاد رئیس‌جمهور آمریکا ... را رد کرد")
    object_of: re.Pattern | None = None


@dataclass
class Trigger:
    pattern: Pattern
    text: str
    regex: re.Pattern
    weight: int  # trigger length without spaces: longer wins


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

    def find(self, text: str, key: str, kmap: list[int], lo: int, hi: int) -> list[tuple[int, int, Trigger]]:
        """Leftmost-longest, non-overlapping trigger matches in text[lo:hi]. Aho-Corasick finds where a trigger's
        anchor occurs (on keys without spaces or ZWNJ); only there is the trigger's own expression tried."""
        import bisect

        k0, k1 = bisect.bisect_left(kmap, lo), bisect.bisect_left(kmap, hi)
        cands: list[tuple[int, int, Trigger]] = []
        for kend, (klen, triggers) in self.automaton.iter(key, k0, k1):
            start = kmap[kend - klen + 1]
            for trig in triggers:
                m = trig.regex.match(text, start, hi)
                if m:
                    cands.append((m.start(), m.end(), trig))
        cands.sort(key=lambda c: (c[0], -c[2].weight, -(c[1] - c[0])))
        out: list[tuple[int, int, Trigger]] = []
        last_end = -1
        for c in cands:
            if c[0] >= last_end:
                out.append(c)
                last_end = c[1]
        return out


def _trigger_body(trigger: str, gap: int = 6) -> str:
    parts = []
    for token in trigger.replace(ZWNJ, " ").split():
        if token in ("…", "..."):
            parts.append(r"(?:[^\s.،؛:!؟]+\s+){0," + str(gap) + "}?")
            continue
        # letters may be written with a space, a ZWNJ or nothing between the parts of a word group
        parts.append(r"[\s\u200c]?".join(re.escape(ch) for ch in token) + r"[\s\u200c]*")
    body = "".join(parts)
    return body[: -len(r"[\s\u200c]*")] if body.endswith(r"[\s\u200c]*") else body


_LETTERS = r"\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"


def _trigger_regex(trigger: str, gap: int = 6) -> str:
    body = _trigger_body(trigger, gap)
    letters = _LETTERS
    return rf"(?<![{letters}]){body}(?![{letters}])"


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Compiled:
    src = path or str(resources.files("rasad") / "data" / "patterns" / "events.yaml")
    with open(src, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    anchors: dict[str, list[Trigger]] = {}
    for item in data["patterns"]:
        p = Pattern(id=item["id"], type=item["type"], cameo=str(item["cameo"]), frame=item["frame"],
                    verb_en=item.get("verb_en", "acted towards"), mode=item.get("mode"),
                    nominal=bool(item.get("nominal", False)), requires_any=item.get("requires_any", []),
                    unless_next=_word_start_regex(item["unless_next"]) if item.get("unless_next") else None,
                    implied_target=bool(item.get("implied_target", False)),
                    object_of=_word_end_regex(item["object_of"]) if item.get("object_of") else None)
        for t in item["triggers"]:
            trig = Trigger(p, t, re.compile(_trigger_regex(t, int(item.get("gap", 6)))), len(t.replace(" ", "")))
            anchor = match_key(re.split(r"…|\.\.\.", t)[0])
            anchors.setdefault(anchor, []).append(trig)
    automaton = ahocorasick.Automaton()
    for key, trigs in anchors.items():
        trigs.sort(key=lambda x: -x.weight)
        automaton.add_word(key, (len(key), trigs))
    automaton.make_automaton()
    nouns = "|".join(_trigger_body(n) for n in data.get("place_nouns", [])) or "(?!)"
    place_before = re.compile(rf"(?:^|\s)در\s+(?:(?:{nouns})(?:\s+[^\s،؛:.]+){{0,2}}\s+)?$")
    return Compiled(automaton, _word_start_regex(data.get("blockers", [])), _anaphora(data.get("anaphora", {})),
                    place_before)


def _anaphora(spec: dict) -> Anaphora:
    types: dict[str, set[str]] = {}
    for etype, nouns in (spec.get("nouns") or {}).items():
        for n in nouns:
            types.setdefault(match_key(n), set()).add(etype)
    nouns = sorted({n for ns in (spec.get("nouns") or {}).values() for n in ns}, key=len, reverse=True)
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
    return re.compile(rf"(?<![{_LETTERS}])(?:{alts})[\s\u200c]+$")


def _word_start_regex(words: list[str]) -> re.Pattern:
    """Matches text that starts with one of ``words`` (whole words; ZWNJ and spacing inside them ignored)."""
    alts = "|".join(_trigger_body(w) for w in words)
    return re.compile(r"^[\s\u200c]*(?:" + alts + r")(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])")


# --- chains ----------------------------------------------------------------------------------------------------

@dataclass
class Chain:
    conjuncts: list[list[Mention]]
    start: int
    end: int
    marker: str | None = None  # preposition before the chain
    object_ra: bool = False  # followed by "را"

    def actors(self) -> list[Mention]:
        """The most specific actors: in each conjunct a person where one is named, else an organisation, else a state."""
        out: list[Mention] = []
        for conj in self.conjuncts:
            persons = [m for m in conj if m.type == "PERSON"]
            picked = persons[:1] or [m for m in conj if m.type in ("ORG", "COUNTRY")] or [m for m in conj if m.type == "PARTIES"]
            for m in picked:
                if not any(o.kb_id == m.kb_id and o.name == m.name for o in out):
                    out.append(m)
        return out

    def all_actors(self) -> list[Mention]:
        return [m for conj in self.conjuncts for m in conj]


def _eligible(m: Mention) -> bool:
    if m.how in ("adjective", "possessor"):
        return False
    if m.type == "PARTIES":
        return True
    return m.type in ACTOR_TYPES and (m.kb_id is not None or m.how in ("unknown-name", "role"))


def _gap_kind(gap: str, left: Mention, right: Mention, kb: KnowledgeBase | None = None) -> str | None:
    """How two neighbouring mentions relate: 'same' (apposition/genitive), 'and' (coordination), None (apart)."""
    g = gap.strip()
    if g == "" and kb is not None and _unrelated_parties(kb, left, right):
        return None  # "آمریکا انصارالله را ... قرار داد": a subject and its object, not one party
    if "pronoun" in (left.how, right.how) and not (g == "" and left.kb_id == right.kb_id):
        return None
    if left.kb_id and left.kb_id == right.kb_id:
        return "same" if all(w in _SKIP_BEFORE for w in _WORD.findall(g)) and len(g) < 40 else None
    if "metonym" in (left.how, right.how) and not _rx_fullmatch(r"(?:[،,]\s*)?و", g):
        return None  # "واشنگتن جنبش انصارالله را ...": a capital standing for its state is a party of its own
    if g == "" or _rx_fullmatch(r"[،,]", g):
        if g == "" or (left.type == right.type == "PERSON" and "role" in (left.how, right.how)):
            return "same"
        return "and" if left.type == right.type else None
    if _rx_fullmatch(r"(?:[،,]\s*)?و", g):
        return "and"
    gap_words = _WORD.findall(g)
    if gap_words and len(gap_words) <= 6 and all(w in _COLLECTIVE or w == "و" for w in gap_words) and ("،" in g or "و" in gap_words):
        return "and"
    if _rx_fullmatch(r"(?:[،,]\s*)?به ریاست|به سرپرستی|به رهبری", g):
        return "same"
    if _rx_match(r"^(?:[،,]\s*)?و\s+(?:هیئتی|هیأتی|هیئت|هیأت)", g) and len(g) < 70 and "با" not in g.split():
        return "and"
    words = _WORD.findall(g)
    if len(words) <= 3 and all(w in _SKIP_BEFORE for w in words) and "،" not in g and "و" not in words:
        return "same"
    return None


def _unrelated_parties(kb: KnowledgeBase, left: Mention, right: Mention) -> bool:
    """Two actors side by side of whom neither belongs to the other ("حماس رژیم صهیونیستی", "نتانیاهو حزب‌الله")."""
    if not (left.kb_id and right.kb_id) or left.kb_id == right.kb_id:
        return False
    if left.kb_id not in kb.actors or right.kb_id not in kb.actors:
        return False
    return not compatible(kb, [left.kb_id], [left.name], [right.kb_id], [right.name])


def _marker_before(text: str, start: int, floor: int) -> str | None:
    """The preposition governing a chain: the nearest of با/از/به/علیه/... within the three words before it."""
    cut = max(text.rfind(p, floor, start) for p in "،:؛.")
    floor = max(floor, cut + 1)  # a preposition never governs across a comma or colon
    words = [w.group(0) for w in _WORD.finditer(text, floor, start)]
    window = words[-5:]
    for i in range(len(window) - 1, -1, -1):
        w = window[i]
        if w in PREPOSITIONS:
            if w == "از" and any(x in ("هیئتی", "هیأتی", "هیئت", "جمله") for x in window[max(0, i - 2):i]):
                continue
            if w == "از" and i + 1 < len(window) and window[i + 1] in ("مردم", "ملت", "اهالی", "شهروندان", "نیروهای"):
                return None  # "صدها نفر از مردم یمن": partitive, the people are the subject
            return PREPOSITIONS[w]
        if w == "و" and i + 1 < len(window) and window[i + 1] in _COLLECTIVE:
            continue  # "به دولت و ملت ایران"
        if w in ("و", "که", "را", "است", "شد", "کرد"):
            return None
    return None




def _metonyms(text: str, mentions: list[Mention], floor: int, kb: KnowledgeBase | None) -> list[Mention]:
    """A capital after "با"/"علیه" stands for its state: "روابط با دمشق" is relations with Syria. A nationality
    adjective after a word for forces stands for the state acting: "ناوهای آمریکایی و انگلیسی"."""
    if kb is None:
        return mentions
    out = []
    for m in mentions:
        if m.how == "adjective" and m.kb_id in kb.actors and _FORCES_BEFORE.search(text[max(floor, m.start - 40):m.start]):
            out.append(Mention(m.start, m.end, m.text, m.kb_id, kb.actors[m.kb_id].name, "COUNTRY", "forces"))
            continue
        place = kb.places.get(m.kb_id) if m.type == "PLACE" and m.kb_id else None
        marker = _marker_before(text, m.start, floor) if place is not None else None
        subject_like = marker is None and not _rx_search(r"(?:در|به|از|تا|شهر|پایتخت)\s*$", text[max(floor, m.start - 8):m.start])
        if place is not None and place.kind == "capital" and place.country in kb.actors and (marker in ("با", "علیه") or subject_like):
            state = kb.actors[place.country]
            out.append(Mention(m.start, m.end, m.text, state.id, state.name, "COUNTRY", "metonym"))
        else:
            out.append(m)
    return out


def build_chains(text: str, mentions: list[Mention], floor: int, kb: KnowledgeBase | None = None) -> list[Chain]:
    ms = [m for m in _metonyms(text, mentions, floor, kb) if _eligible(m)]
    chains: list[Chain] = []
    for m in ms:
        if chains:
            last_chain = chains[-1]
            prev = last_chain.conjuncts[-1][-1]
            if m.start >= prev.end:
                kind = _gap_kind(text[prev.end:m.start], prev, m, kb)
                if kind == "same":
                    last_chain.conjuncts[-1].append(m)
                    last_chain.end = max(last_chain.end, m.end)
                    continue
                if kind == "and":
                    last_chain.conjuncts.append([m])
                    last_chain.end = max(last_chain.end, m.end)
                    continue
            elif m.start < prev.end:  # nested (a role containing a name): same conjunct
                last_chain.conjuncts[-1].append(m)
                continue
        chains.append(Chain([[m]], m.start, m.end, _marker_before(text, m.start, floor)))
    for i, c in enumerate(chains):
        # "X را" (at most one word, or a place after "در", between), but never across the next chain: in "وی آمریکا
        # را" only آمریکا is the object; in "سفارت ایران در دمشق را" ایران is
        limit = chains[i + 1].start if i + 1 < len(chains) else c.end + 40
        c.object_ra = bool(_OBJECT_RA.match(text[c.end:min(c.end + 40, limit)]))
    return chains


_OBJECT_RA = re.compile(r"^\s*(?:در\s+[^\s.،؛:]+(?:\s+[^\s.،؛:]+)?\s+|[^\s.،؛:]+\s+)?را(?=\s|$)")


# --- frames ----------------------------------------------------------------------------------------------------

def _subject(chains: list[Chain], before: int | None = None) -> Chain | None:
    for c in chains:
        if before is not None and c.start >= before:
            break
        if c.marker is None and not c.object_ra:
            return c
    return None


def _first(chains: list[Chain], marker: str, lo: int = 0, hi: int = 10**9, exclude: Chain | None = None) -> Chain | None:
    for c in chains:
        if c is not exclude and c.marker == marker and lo <= c.start < hi:
            return c
    return None




_AZ = re.compile(r"(?<![\u0600-\u06FF\u200c])از\s")


def _place_like(c: Chain, text: str) -> bool:
    """A chain that says where from, not whom: "خواستار خروج نیروهای خارجی از عراق شد"."""
    return c.marker == "از" and bool(_LEFT_FROM.search(text[max(0, c.start - 50):c.start]))


def _split(chain: Chain) -> tuple[list[Mention], list[Mention]] | None:
    if len(chain.conjuncts) >= 2:
        first = Chain([chain.conjuncts[0]], chain.start, chain.end).actors()
        rest = Chain(chain.conjuncts[1:], chain.start, chain.end).actors()
        return first, rest
    return None




def _clause_subject(chains: list[Chain], ts: int, text: str, sent_start: int) -> Chain | None:
    """The subject of the clause holding the trigger: after a speech cue ("X گفت که حماس ...") the reported
    clause's own subject if it has one, else the speaker (first person plural "ما" in a quote is the speaker)."""
    bound = None
    for m in _CUE_BOUNDARY.finditer(text, sent_start, ts):
        bound = m.end()
    if bound is not None:
        inner = [c for c in chains if bound <= c.start < ts and c.marker is None and not c.object_ra]
        if inner:
            lead = _WORD.findall(text[bound:inner[0].start])
            if all(w in _CLAUSE_OPENERS for w in lead):
                return inner[0]
        speaker = _subject([c for c in chains if c.start < bound])
        if speaker is not None:
            return speaker
    concession = _CONCESSIVE.match(text, sent_start)
    comma = text.find("،", concession.end(), ts) if concession else -1
    if comma != -1:  # "در حالی که X ... می‌داند، این جنبش ... را رد کرد": the main clause's subject
        return _subject([c for c in chains if c.start > comma], ts) or _subject(chains, ts)
    return _subject(chains, ts)






def _is_noun_trigger(trigger: str) -> bool:
    """True for a noun trigger ("دیدار", "حملات موشکی"), False when it ends in a verb ("دیدار کرد", "می‌کنیم")."""
    words = trigger.replace(ZWNJ, " ").split()
    return not (words and (_VERB_WORD.match(words[-1]) or (len(words) > 1 and words[-2] in ("می", "نمی"))))


def apply_frame(p: Pattern, chains: list[Chain], ts: int, te: int, text: str, sent_start: int = 0) -> tuple[list[Mention], list[Mention], Chain | None]:
    """(source, target, place-chain) for a trigger at [ts, te)."""
    subj = _clause_subject(chains, ts, text, sent_start) or (_subject(chains) if p.nominal else None)
    parties = [c for c in chains if c.start < ts and c.conjuncts[0][0].type == "PARTIES" and c.marker is None]
    if parties and p.frame in ("with", "between") and (subj is None or parties[-1].start > subj.start):
        subj = parties[-1]
    src = subj.actors() if subj else []
    tgt: list[Mention] = []
    frame = p.frame
    after_trigger = [c for c in chains if c.start >= te]
    genitive = None
    if after_trigger and after_trigger[0].start - te <= 25:
        gap_words = _WORD.findall(text[te:after_trigger[0].start])
        if "،" not in text[te:after_trigger[0].start] and not any(w in PREPOSITIONS or w == "و" for w in gap_words):
            genitive = after_trigger[0]
    if frame in ("with", "between", "visit", "host"):
        between = next((c for c in chains if c.marker == "میان" and len(c.conjuncts) >= 2 and
                        (ts <= c.start <= te + 40 or (c.end <= ts and ts - c.end < 40))), None)
        before_with = [c for c in chains if c.marker == "با" and c.start < ts and c is not subj]
        w = (_first(chains, "با", te, te + 30) if _is_noun_trigger(text[ts:te]) else None) or \
            (before_with[-1] if before_with else None) or _first(chains, "با", te, te + 60)
        if between is not None and (sp := _split(between)):
            src, tgt = sp
        elif w is not None and w is not subj:
            tgt = w.actors()
        elif genitive is not None and (p.nominal or _is_noun_trigger(text[ts:te])) and (
                len(genitive.conjuncts) >= 2 or src):
            if (sp := _split(genitive)):
                src, tgt = sp
            else:
                tgt = genitive.actors()
        elif subj is not None and (sp := _split(subj)):
            src, tgt = sp
        elif genitive is not None and (sp := _split(genitive)):
            src, tgt = sp
        elif genitive is not None and src:
            tgt = genitive.actors()
        if frame == "host" and subj is not None:
            inside = [c for c in chains if ts <= c.start < te]
            obj = (inside[0] if inside else None) or next((c for c in chains if c.object_ra and c is not subj), None) or w \
                or _first(chains, "از", 0, ts, subj)
            if obj is not None and obj is not subj:
                src, tgt = obj.actors(), subj.actors()  # the guest is the source of a visit, the host its target
    elif frame == "az":
        inside = [c for c in chains if ts < c.start < te and c is not subj and not _place_like(c, text)]  # "از X خواست"
        that_clause = _rx_match(r"^\s*که\s", text[te:te + 6]) if p.type == "REQUEST" else None
        addressee = next((x for x in chains if te < x.start <= te + 30 and x.marker is None), None) if that_clause else None
        between = _first(chains, "میان", te, te + 80) if p.type == "REQUEST" else None  # "خواستار توقف درگیری‌ها میان X و Y"
        c = (inside[0] if inside else None) or _first(chains, "از", subj.end if subj else 0, ts + 1, subj) or \
            between or addressee or _first(chains, "از", te, te + 60)
        lo = max([subj.end if subj else sent_start] + [w.end() for w in _WORD.finditer(text, sent_start, ts) if _VERB_WORD.match(w.group(0))])
        opener = _AZ.search(text, lo, ts) if p.type == "SUPPORT" else None
        if opener is not None:  # "از حمایت‌های سیاسی و معنوی ایران از لبنان تقدیر کرد": the first actor after "از"
            c = next((x for x in chains if opener.end() <= x.start < ts and x is not subj
                      and len(_WORD.findall(text[opener.end():x.start])) <= 6 and "،" not in text[opener.end():x.start]), c)
        if c is None and p.nominal is False:
            c = next((x for x in chains if x.object_ra and x is not subj), None)
        if c is None:
            c = next((x for x in chains if x.start >= te and x.marker in (None, "به") and x is not subj), None) if p.id == "agree.invite" else None
        tgt = c.actors() if c else []
    elif frame == "be":
        near = [x for x in chains if x.marker == "به" and (subj.end if subj else 0) <= x.start < ts and x is not subj
                and not _ATTACK_TO.search(text[max(0, x.start - 30):x.start])]  # "حمله به یمن": not the one warned
        attack = next((x for x in chains if p.type == "THREATEN" and x is not subj and (subj is None or x.start > subj.end)
                       and x.start < ts and _ATTACK_NOUN.search(text[max(0, x.start - 40):x.start])), None)
        c = (near[-1] if near else None) or attack or _first(chains, "به", te, te + 80) or \
            _first(chains, "علیه", 0, 10**9, subj) or next((x for x in chains if x.object_ra and x is not subj), None)
        tgt = c.actors() if c else []
    elif frame == "ra":
        inside = [c for c in chains if ts < c.start < te and c is not subj]
        c = inside[0] if inside else None
        if p.type == "ACCUSE" and c is None:  # "حمله ... X به ... را محکوم کرد": the attacker is the one condemned
            c = _first(chains, "توسط", subj.end if subj else 0, ts, subj)
        if p.type == "ACCUSE" and c is None:
            c = next((x for x in chains if x is not subj and (subj is None or x.start > subj.end) and x.start < ts
                      and _ATTACK_NOUN.search(text[max(0, x.start - 30):x.start])), None)
        c = c or next((x for x in chains if x.object_ra and x is not subj and x.start < ts), None)
        if c is None:
            c = _first(chains, "علیه", 0, 10**9, subj) or _first(chains, "از", 0, ts, subj) or \
                (genitive if genitive is not subj else None) or \
                (_first(chains, "به", 0, ts, subj) if p.type == "ASSAULT" else None) or \
                (_first(chains, "برای", 0, ts, subj) if p.type == "COERCE" else None)
        tgt = c.actors() if c else []
        if p.id.startswith("assault") and subj is None and c is not None:
            src = []
    elif frame == "against":
        protest = _rx_search(r"در\s+اعتراض\s+به", text[subj.end if subj else 0:ts]) if True else None
        c = None
        if protest:
            lo = (subj.end if subj else 0) + protest.end()
            c = next((x for x in chains if lo <= x.start < ts and x is not subj), None)
        c = c or _first(chains, "علیه", 0, 10**9, subj) or _first(chains, "به", te, te + 60, subj) or genitive
        tgt = c.actors() if c else []
    elif frame == "genitive":
        g = genitive if _is_noun_trigger(text[ts:te]) else None
        if g is None and _is_noun_trigger(text[ts:te]) and _rx_search(r"(?:^|\s)(?:به|از|درباره|علیه|پی)\s+$", text[max(0, ts - 8):ts]):
            src = []  # "در واکنش به حملات ...": the subject reacts to the attacks, it did not make them
        if g is not None:
            src = g.actors()
            c = _first(chains, "به", g.end, 10**9) or _first(chains, "علیه", g.end, 10**9) or \
                (_first(chains, "برای", g.end, 10**9) if p.type == "AID" else None)
            tgt = c.actors() if c else []
        elif p.type == "AID" and src:  # "ایران ... چند محموله کمک‌های بشردوستانه برای مردم لبنان ارسال کرده بود"
            c = _first(chains, "به", te, 10**9) or _first(chains, "برای", te, 10**9)
            tgt = c.actors() if c else []
        elif subj is not None and not _is_noun_trigger(text[ts:te]):
            c = _first(chains, "به", ts, 10**9) or _first(chains, "علیه", 0, 10**9) or next((x for x in chains if x.object_ra), None)
            tgt = c.actors() if c else []
    elif frame == "about":
        g = genitive
        if p.id == "support.side-with":
            inner = [c for c in chains if ts <= c.start < te]
            g = inner[0] if inner else g
        tgt = g.actors() if g else []
    elif frame == "victim":  # "ترور اسماعیل هنیه توسط ..." : the genitive is the target
        agent = _first(chains, "توسط", 0, 10**9)
        tgt = genitive.actors() if genitive is not None else []
        src = agent.actors() if agent is not None else []
    elif frame == "inside":
        inside = [c for c in chains if ts < c.start < te and c is not subj]
        tgt = [m for c in inside for m in c.actors()]
    elif frame == "passive":  # "نصرالله در حمله هوایی رژیم صهیونیستی ... ترور شد"
        tgt = src
        agent = _first(chains, "توسط", 0, 10**9) or next(
            (x for x in chains if x is not subj and x.start < ts and _ATTACK_NOUN.search(text[max(0, x.start - 40):x.start])), None)
        src = agent.actors() if agent is not None else []
    elif frame == "praise":
        prev = [c for c in chains if c.end <= ts and c is not subj]
        tgt = prev[-1].actors() if prev else []
    if not tgt and p.type in ("THREATEN", "ACCUSE") and _rx_match(r"^\s*:", text[te:te + 3]):
        nxt = next((c for c in chains if c.start > te), None)  # "تهدید کرد: حزب‌الله بهای سنگینی ... خواهد پرداخت"
        tgt = nxt.actors() if nxt is not None else []
    return src, tgt, None


# --- the stage -------------------------------------------------------------------------------------------------

def _resolve_parties(m: Mention, mentions: list[Mention]) -> list[Mention]:
    """"دو طرف"/"طرفین" → the two actors most recently named as a pair before it."""
    persons: list[Mention] = []
    for x in reversed([x for x in mentions if x.end <= m.start and x.type == "PERSON" and x.kb_id and x.how not in ("pronoun", "possessor")]):
        if not any(p.kb_id == x.kb_id for p in persons):
            persons.append(x)
        if len(persons) == 2:
            break
    return list(reversed(persons))


def _expand(ms: list[Mention], mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        for x in (_resolve_parties(m, mentions) if m.type == "PARTIES" else [m]):
            if x.kb_id or x.how == "unknown-name" or (x.how == "role" and x.name != x.text):
                if not any((o.kb_id or o.name) == (x.kb_id or x.name) for o in out):
                    out.append(x)
    return out


def _label(kb: KnowledgeBase, kb_id: str | None, name: str, day: dt.date | None = None) -> str:
    """"Rafael Grossi (International Atomic Energy Agency)": a person with the body whose office they held then."""
    a = kb.actors.get(kb_id) if kb_id else None
    if a and a.type == "PERSON":
        held = [p.of for p in kb.positions_of(a.id, day)] if day else []
        body = next((kb.actors[o] for o in held if o in kb.actors and kb.actors[o].type == "ORG"
                     and kb.actors[o].sector in ("IGO", "PTY", "REB")), None)
        aff = kb.affiliation(a.id, day)
        af = body or (kb.actors.get(aff) if aff else None)
        return f"{a.name} ({af.name})" if af else a.name
    return name


def _summary(kb: KnowledgeBase, e: Event, verb: str, day: dt.date | None) -> str:
    """"Ali Bagheri Kani (Iran) met Ismail Haniyeh (Hamas)": the English one-liner of an event."""
    src = " and ".join(_label(kb, i, n, day) for i, n in zip(e.source_ids, e.source))
    tgt = " and ".join(_label(kb, i, n, day) for i, n in zip(e.target_ids, e.target))
    return f"{src} {verb} {tgt}".strip()


def _clause(text: str, s: Sentence, ts: int) -> tuple[int, int]:
    """The part of a sentence a trigger belongs to: the speech act before a cue, or the reported words after it."""
    bounds = [m.end() for m in _CUE_BOUNDARY.finditer(text, s.start, s.end)]
    before = [b for b in bounds if b <= ts]
    after = [b for b in bounds if b > ts]
    start = before[-1] if before else s.start
    end = after[0] if after else s.end
    return start, end


def _place_of(text: str, s: Sentence, linked: Linked, kb: KnowledgeBase, c0: int, c1: int, ts: int, te: int,
              place_before: re.Pattern, allow_to: bool = True) -> tuple[str | None, str | None]:
    """"در X" (X a place or a state) in the trigger's clause: before a verb trigger (Persian adjuncts precede the
    verb), or after a noun trigger ("پس از دیدار ... در دمشق"); "به/حومه X" for attacks."""
    noun = _is_noun_trigger(text[ts:te])
    best = None
    for m in linked.in_span(c0, c1):
        if not (m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how in ("name", "short", "description")):
            continue
        inside = ts < m.start and m.end <= te  # "در نشست ... در جده شرکت کرد"
        if not noun and not inside and (m.start > ts or ts - m.end > 80 or
                                        _rx_search(r"[،؛]|(?:^|\s)(?:که|چون|زیرا)\s", text[m.end:ts])):
            continue
        before = text[max(c0, m.start - 40):m.start]
        if place_before.search(before):
            best = m
            if noun and m.start > ts:
                break
        elif best is None and allow_to and _rx_search(r"(?:^|\s)(?:به|حومه|اطراف شهر)\s+(?:حومه\s+)?$", before):
            best = m
    return (best.name, best.kb_id) if best is not None else (None, None)


def _destination(text: str, linked: Linked, c0: int, c1: int, ts: int, te: int) -> Mention | None:
    """Where a visit goes: "به X سفر کرد" (X before the verb) or "سفر به X" (X after the noun)."""
    places = [m for m in linked.in_span(c0, c1) if m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how in ("name", "short")]
    after = [m for m in places if te <= m.start <= te + 12]
    if after:
        return after[0]
    before = [m for m in places if m.end <= ts and _rx_search(r"(?:^|\s)به\s+$", text[max(c0, m.start - 6):m.start])]
    return before[-1] if before else None


def _coords(kb: KnowledgeBase, ref: str | None) -> tuple[float | None, float | None]:
    if not ref:
        return None, None
    if ref in kb.places:
        return kb.places[ref].lat, kb.places[ref].lon
    a = kb.actors.get(ref)
    return (a.lat, a.lon) if a else (None, None)


def _travel_destination(text: str, linked: Linked) -> Mention | None:
    """"سفر به X" / "حضور در X" anywhere in the article: where a visiting party is."""
    for m in linked.mentions:
        if m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how in ("name", "short"):
            before = text[max(0, m.start - 20):m.start]
            if _rx_search(r"(?:(?:سفر|سفرش|ورود|حضور|اقامت)(?:\s+\S+)?\s+(?:به|در)|(?:^|\s)وارد)\s*$", before):
                return m
    return None


def code_events(article: CleanArticle, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase) -> list[Event]:
    compiled = load_patterns()
    text = article.body
    body_key, body_kmap = key_with_map(text)
    pub = article_date(article)
    raw: list[Event] = []
    perpetrators: list[tuple[int, list[Mention]]] = []  # "X را عامل/مسئول این ترور دانست", by position
    for si, s in enumerate(sentences):
        ms = linked.in_span(s.start, s.end)
        if not any(_eligible(m) for m in ms):
            continue
        chains = build_chains(text, ms, s.start, kb)
        taken: list[tuple[int, int]] = []
        found = compiled.find(text, body_key, body_kmap, s.start, s.end)
        verb_types = {t.pattern.type for a, b, t in found if not t.pattern.nominal and not _is_noun_trigger(text[a:b])}
        for ts, te, trig in found:
            p = trig.pattern
            if p.type in verb_types and p.type == "SUPPORT" and _is_noun_trigger(text[ts:te]):
                continue  # "از نقش او در حمایت از فلسطین تجلیل کرد": the noun is part of the verb's complement
            if compiled.blockers.match(text[te:te + 12]):
                continue
            if p.unless_next is not None and p.unless_next.match(text[te:te + 30]):
                continue
            if p.requires_any and not any(w in text[ts:te] for w in p.requires_any):
                continue
            if _is_noun_trigger(text[ts:te]) and _rx_search(r"(?:^|\s)(?:این|آن|همین|همان|برای)\s*$", text[max(s.start, ts - 8):ts]):
                continue  # "در این دیدار": the meeting already reported; "برای سفر به": a purpose, not a visit
            if _is_noun_trigger(text[ts:te]) and _TIME_REFERENCE.search(text[max(s.start, ts - 30):ts]):
                continue  # "یک روز پس از حملات هوایی آمریکا به ...": an earlier event as a time reference
            src, tgt, _ = apply_frame(p, chains, ts, te, text, s.start)
            if p.id == "accuse.crimes":
                q0, _q1 = _clause(text, s, ts)
                speaker = _subject([c for c in chains if c.start < q0]) if q0 != s.start else None
                if speaker is None:
                    continue  # "the crimes of X" outside a statement is description, not an accusation
                src = speaker.actors()
            src, tgt = _expand(src, linked.mentions), _expand(tgt, linked.mentions)
            if not tgt and (p.frame == "az" and p.type in ("SUPPORT", "ACCUSE") or p.frame == "ra" and p.type in ("SANCTION", "COERCE")):
                # "از ایستادگی ملت و مقاومت فلسطینی تمجید نمود": a nationality adjective names the target
                c0_, _c1 = _clause(text, s, ts)
                az = [m.end() for m in _rx_finditer(r"(?:^|\s)از\s", text[c0_:ts])] if p.frame == "az" else [0]
                if az:
                    adj = [m for m in ms if m.how == "adjective" and c0_ + az[-1] <= m.start < ts]
                    tgt = [Mention(a.start, a.end, a.text, a.kb_id, a.name, "COUNTRY", "adjective") for a in adj[:1]]
            tgt = [t for t in tgt if (t.kb_id or t.name) not in {(x.kb_id or x.name) for x in src}]
            c0, c1 = _clause(text, s, ts)
            location, loc_id = (None, None) if p.type in SPEECH_TYPES or p.id in SPEECH_RULES else \
                _place_of(text, s, linked, kb, c0, c1, ts, te, compiled.place_before, allow_to=p.type == "ASSAULT")
            if p.frame == "visit":
                dest = _destination(text, linked, c0, c1, ts, te)
                if dest is not None:
                    location, loc_id = dest.name, dest.kb_id
                    state = dest.kb_id if dest.type == "COUNTRY" else kb.country_of(dest.kb_id)
                    if not tgt and state in kb.actors:
                        tgt = [Mention(dest.start, dest.end, dest.text, state, kb.actors[state].name, "COUNTRY", "place")]
            if p.type == "ASSAULT" and not tgt and loc_id:
                state = kb.country_of(loc_id)
                if state and state in kb.actors:
                    tgt = [Mention(0, 0, "", state, kb.actors[state].name, "COUNTRY", "place")]
            if not tgt and src and p.type == "AID":  # "کمک‌های قطر برای غزه": aid for a place goes to its state
                dest = next((m for m in linked.in_span(te, c1) if m.type == "PLACE" and m.kb_id
                             and _rx_search(r"(?:به|برای)\s+(?:مردم\s+)?$", text[max(c0, m.start - 12):m.start])), None)
                state = kb.country_of(dest.kb_id) if dest is not None else None
                if state in kb.actors:
                    tgt = [Mention(dest.start, dest.end, dest.text, state, kb.actors[state].name, "COUNTRY", "place")]
            if not tgt and src and p.object_of is not None:
                tgt = _genitive_of_noun(p, chains, text, c0, ts, src, linked.mentions)
            victims: list[Mention] = []
            if tgt and p.type in VICTIM_AWARE and _VICTIM_BEFORE.search(text[max(c0, tgt[0].start - 40):tgt[0].start]):
                victims, tgt = tgt, []  # "ترور اسماعیل هنیه را محکوم کرد": aimed at the assassin, not the victim
            implied: set[str] = set()
            if not tgt and not victims and src and p.implied_target:
                lo = max([c0] + [m.end for m in src if m.end <= ts])
                implied = compiled.anaphora.find(text, lo, te, bare=p.type == "REJECT")
            unknown_attacker = p.frame == "passive" and not src and bool(tgt)
            if not (src or unknown_attacker) or (not tgt and not victims and not implied and p.type not in ("PROTEST", "MOBILIZE")):
                continue
            taken.append((ts, te))
            d = resolve_event_date(text[c0:c1], pub)
            if d.precision == "reported" and c0 > s.start:
                said = resolve_event_date(text[s.start:c0], pub)  # "X روز چهارشنبه اعلام کرد واشنگتن ... را تحریم کرده"
                if said.precision in ("explicit", "relative"):
                    d = said
            if d.precision == "reported":
                d = _date_of_same_speaker(sentences, si, {m.kb_id for m in src if m.kb_id}, linked, text, pub) or d
            if _SAME_TIME.search(text[c0:c1]) and raw and raw[-1].date_precision in ("explicit", "relative"):
                d = EventDate(dt.date.fromisoformat(raw[-1].date), raw[-1].date_precision)  # "در همان شب"
            mode = p.mode
            conf = 0.9 - (0.15 if p.nominal else 0) - (0.1 if any(m.how in ("pronoun", "description", "parties") for m in src + tgt) else 0)
            lat, lon = _coords(kb, loc_id)
            in_speech = c0 != s.start
            event = Event(
                type=p.type, mode=mode, cameo=p.cameo, source=[m.name for m in src], target=[m.name for m in tgt],
                date=d.date.isoformat() if d.date else None, date_precision=d.precision, location=location,
                trigger=text[ts:te], sentence=s.text, offsets=(s.start, s.end), rule=p.id, confidence=round(conf, 2),
                summary_en="", source_ids=[m.kb_id for m in src], target_ids=[m.kb_id for m in tgt],
                location_id=loc_id, lat=lat, lon=lon, attributed_to=article.meta.outlet,
                sentences=[{"text": s.text, "start": s.start, "end": s.end, "trigger": [ts, te], "rule": p.id}],
            )
            event.summary_en = _summary(kb, event, p.verb_en, d.date or pub)
            event.__dict__.update(in_speech=in_speech, verb_en=p.verb_en, unknown_attacker=unknown_attacker,
                                  victims=[(m.kb_id, m.name) for m in victims], implied=implied)
            raw.append(event)
        perpetrators.extend((c.start, c.actors()) for c in chains if _RESPONSIBLE.match(text[c.end:c.end + 40]))
    raw = _resolve_implied_actors(raw, perpetrators, kb, pub)
    events = merge_events(raw, kb)
    events = _fold_headline_events(events, _headline_end(text), kb)
    _places_and_modes(events, text, linked, kb)
    for e in events:
        loc = f" in {e.location}" if e.location else ""
        e.summary_en = e.summary_en.split(" in ")[0] + loc if e.type != "ASSAULT" or loc else e.summary_en
    return events


def _date_of_same_speaker(sentences: list[Sentence], si: int, source_ids: set[str], linked: Linked, text: str,
                          pub: dt.date | None) -> EventDate | None:
    """"گوترش روز دوشنبه در نیویورک گفت: ... . گوترش خواستار ... شد": a sentence that goes on about the same
    subject, with no date of its own, happened when the run of sentences about that subject is dated."""
    def subject(j: int) -> str | None:
        return next((m.kb_id for m in linked.in_span(sentences[j].start, sentences[j].end) if _eligible(m) and m.kb_id), None)

    if subject(si) not in source_ids:
        return None
    for j in range(si - 1, max(-1, si - 4), -1):
        if subject(j) not in source_ids:
            return None
        d = resolve_event_date(text[sentences[j].start:sentences[j].end], pub)
        if d.precision in ("explicit", "relative"):
            return d
    return None


VICTIM_AWARE = {"ACCUSE", "PROTEST", "THREATEN"}


def _genitive_of_noun(p: Pattern, chains: list[Chain], text: str, c0: int, ts: int, src: list[Mention],
                      mentions: list[Mention]) -> list[Mention]:
    """"پیشنهاد رئیس‌جمهور آمریکا برای مذاکره را رد کرد": the actor right after a noun of ``object_of``, in the
    object before the trigger, is the target."""
    src_ids = {m.kb_id for m in src}
    for c in chains:
        if c0 <= c.start < ts and p.object_of is not None and p.object_of.search(text[max(c0, c.start - 30):c.start]):
            actors = [m for m in _expand(c.actors(), mentions) if m.kb_id not in src_ids]
            if actors:
                return actors
    return []


def _set_target(e: Event, target: list[tuple[str | None, str]]) -> None:
    e.target_ids = [i for i, _ in target]
    e.target = [n for _, n in target]


def _resolve_implied_actors(raw: list[Event], perpetrators: list[tuple[int, list[Mention]]], kb: KnowledgeBase,
                            pub: dt.date | None) -> list[Event]:
    """Actors a sentence leaves to the article: the attacker of a passive attack named in another sentence ("حماس
    رژیم صهیونیستی را عامل این ترور دانست"); the attacker behind a condemned assassination or a protest against
    it; whoever did what "این تصمیم" or "این تحریم‌ها" stands for (the source of the nearest earlier event of that
    kind; for a rejection, one aimed at the rejecting party). Events still missing an actor are dropped."""
    def nearest_perpetrator(at: int) -> list[tuple[str | None, str]]:
        if not perpetrators:
            return []
        _pos, actors = min(perpetrators, key=lambda pa: abs(pa[0] - at))
        return [(m.kb_id, m.name) for m in actors]

    for e in raw:
        if e.__dict__.get("unknown_attacker"):
            found = nearest_perpetrator(e.offsets[0])
            e.source_ids, e.source = [i for i, _ in found], [n for _, n in found]
    attacks = [e for e in raw if e.type == "ASSAULT" and e.source]
    for e in raw:
        victims = e.__dict__.get("victims") or []
        if not victims:
            continue
        ids = {i for i, _ in victims if i}
        attack = next((a for a in attacks if ids & set(filter(None, a.target_ids))), None)
        found = list(zip(attack.source_ids, attack.source)) if attack else nearest_perpetrator(e.offsets[0])
        _set_target(e, [x for x in found if x[0] not in set(e.source_ids)])
    for i, e in enumerate(raw):
        wanted = e.__dict__.get("implied") or set()
        if not wanted or e.target:
            continue
        for r in reversed(raw[:i]):
            if r.type not in wanted or not r.source or r.offsets[0] >= e.offsets[0]:
                continue
            if compatible(kb, r.source_ids, r.source, e.source_ids, e.source):
                continue  # one does not condemn or reject one's own act
            if e.type == "REJECT" and not compatible(kb, r.target_ids, r.target, e.source_ids, e.source):
                continue
            _set_target(e, list(zip(r.source_ids, r.source)))
            break
    out = []
    for e in raw:
        if not e.source or (not e.target and e.type not in ("PROTEST", "MOBILIZE")):
            continue
        day = dt.date.fromisoformat(e.date) if e.date else pub
        e.summary_en = _summary(kb, e, e.__dict__.get("verb_en", "acted towards"), day)
        out.append(e)
    return out


_SAME_TIME = re.compile(r"(?:در\s+)?همان\s+(?:روز|شب|ساعت|زمان)|همزمان\s+با\s+این")
_PRECISION_RANK = {"explicit": 0, "relative": 1, "weekday-only": 2, "reported": 3, None: 4}


def compatible(kb: KnowledgeBase, a: list[str | None], a_names: list[str], b: list[str | None], b_names: list[str]) -> bool:
    """Two actor lists can be one party: they share an actor, or one is the other's organisation or state."""
    sa = {x for x in a if x} | set(a_names)
    sb = {x for x in b if x} | set(b_names)
    if sa & sb:
        return True
    exp_a = sa | {kb.affiliation(x) for x in a if x} | {kb.country_of(x) for x in a if x}
    exp_b = sb | {kb.affiliation(x) for x in b if x} | {kb.country_of(x) for x in b if x}
    return bool((exp_a & sb) or (exp_b & sa))


def _org_of_state(kb: KnowledgeBase, a: set[str], b: set[str]) -> bool:
    """An organisation in ``a`` belongs to a state in ``b`` (the IDF and Israel are one target)."""
    return any(kb.actors.get(i) is not None and kb.actors[i].type == "ORG" and
               ({kb.affiliation(i), kb.country_of(i)} & b) for i in a)


def same_event(kb: KnowledgeBase, x: Event, y: Event) -> bool:
    if x.type != y.type:
        return False
    if x.date and y.date and x.date != y.date and "reported" not in (x.date_precision, y.date_precision):
        gap = abs((dt.date.fromisoformat(x.date) - dt.date.fromisoformat(y.date)).days)
        if x.type != "CONSULT" or gap > 1:
            return False
    if x.type != "CONSULT":
        # statements and acts merge only when the same actors did it (a spokesman is not his movement here)
        if x.date != y.date and "reported" not in (x.date_precision, y.date_precision):
            return False
        if not (set(filter(None, x.source_ids)) & set(filter(None, y.source_ids))) and not (
                x.sentences and y.sentences and abs(x.sentences[0]["start"] - y.sentences[0]["start"]) < 2000
                and x.date == y.date and x.rule == y.rule and compatible(kb, x.source_ids, x.source, y.source_ids, y.source)
                and compatible(kb, x.target_ids, x.target, y.target_ids, y.target)
                and set(filter(None, x.target_ids)) & set(filter(None, y.target_ids))):
            return False

    direct = compatible(kb, x.source_ids, x.source, y.source_ids, y.source) and compatible(kb, x.target_ids, x.target, y.target_ids, y.target)
    if direct:
        return True
    return x.type in SYMMETRIC and compatible(kb, x.source_ids, x.source, y.target_ids, y.target) and \
        compatible(kb, x.target_ids, x.target, y.source_ids, y.source)


def _specificity(kb: KnowledgeBase, ids: list[str | None]) -> int:
    rank = {"PERSON": 3, "ORG": 2, "STATE": 1}
    return max((rank.get(kb.actors[i].type, 0) for i in ids if i and i in kb.actors), default=0)


def merge_events(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    merged: list[Event] = []
    for e in events:
        home = next((m for m in merged if same_event(kb, m, e)), None)
        if home is None:
            merged.append(e)
            continue
        home.sentences.extend(e.sentences)
        if home.type != "CONSULT":  # one statement or act by several named parties: keep them all
            for name, ref in zip(e.source, e.source_ids):
                if ref not in home.source_ids or (ref is None and name not in home.source):
                    home.source.append(name)
                    home.source_ids.append(ref)
            for name, ref in zip(e.target, e.target_ids):
                if ref not in home.target_ids or (ref is None and name not in home.target):
                    home.target.append(name)
                    home.target_ids.append(ref)
        elif _specificity(kb, e.source_ids) + _specificity(kb, e.target_ids) > _specificity(kb, home.source_ids) + _specificity(kb, home.target_ids):
            flip = home.type in SYMMETRIC and not compatible(kb, home.source_ids, home.source, e.source_ids, e.source)
            home.source, home.target = (e.target, e.source) if flip else (e.source, e.target)
            home.source_ids, home.target_ids = (e.target_ids, e.source_ids) if flip else (e.source_ids, e.target_ids)
            home.summary_en = e.summary_en
        better = _PRECISION_RANK[e.date_precision] < _PRECISION_RANK[home.date_precision]
        meeting_over_arrival = (_PRECISION_RANK[e.date_precision] == _PRECISION_RANK[home.date_precision]
                                and home.rule == "consult.visit" and e.rule != "consult.visit")
        if better or meeting_over_arrival:
            home.date, home.date_precision = e.date, e.date_precision
        if home.location is None and e.location:
            home.location, home.location_id, home.lat, home.lon = e.location, e.location_id, e.lat, e.lon
        if home.mode is None and e.mode:
            home.mode = e.mode
        if e.confidence > home.confidence:
            home.confidence, home.rule, home.trigger = e.confidence, e.rule, e.trigger
            home.sentence, home.offsets = e.sentence, e.offsets
    return merged


_REPORT_OPENER = re.compile(r"به\s+گزارش\s")


def _headline_end(text: str) -> int:
    """Where the headline and lead end: the first "به گزارش ..." near the top (0 when there is none)."""
    m = _REPORT_OPENER.search(text, 0, 1200)
    return m.start() if m else 0


def _fold_headline_events(events: list[Event], headline_end: int, kb: KnowledgeBase) -> list[Event]:
    """Headlines and leads restate the article's main event, dated only by publication: such an event joins the
    body's event of the same type by the same party, which has the date ("حزب‌الله ... را رد کرد" in the title and
    "حزب‌الله شامگاه شنبه ... رد کرد" in the body). Its actors are kept only where they agree with the body's."""
    out: list[Event] = []
    for e in events:
        in_headline = e.date_precision == "reported" and e.sentences and all(x["end"] <= headline_end for x in e.sentences)
        home = None
        if in_headline and e.type != "CONSULT":
            body = [b for b in events if b is not e and b.type == e.type and b.date_precision != "reported"
                    and b.sentences and b.sentences[0]["start"] >= headline_end
                    and compatible(kb, b.source_ids, b.source, e.source_ids, e.source)]
            home = next((b for b in body if compatible(kb, b.target_ids, b.target, e.target_ids, e.target)), None) or \
                (body[0] if len(body) == 1 else None)
        if home is None:
            out.append(e)
            continue
        home.sentences.extend(e.sentences)
        if compatible(kb, home.target_ids, home.target, e.target_ids, e.target):
            for name, ref in zip(e.target, e.target_ids):
                if ref not in home.target_ids:
                    home.target.append(name)
                    home.target_ids.append(ref)
    return out


def _places_and_modes(events: list[Event], text: str, linked: Linked, kb: KnowledgeBase) -> None:
    """Fill places from the article (a visit's destination; a meeting's place for what its parties said there)
    and set CONSULT modes from where the parties come from."""
    dest = _travel_destination(text, linked)
    meetings = [e for e in events if e.type == "CONSULT"]
    for e in meetings:
        e.sentences.sort(key=lambda s: s["start"])
        if e.mode == "phone":
            e.location = e.location_id = e.lat = e.lon = None
            continue
        if len({x for x in e.source_ids + e.target_ids if x}) >= 3:
            e.mode = "multilateral"
        if e.location_id in kb.actors and kb.actors[e.location_id].type == "STATE":
            city = next((m for m in linked.mentions if m.type == "PLACE" and m.kb_id in kb.places
                         and kb.places[m.kb_id].country == e.location_id and kb.places[m.kb_id].kind in ("capital", "city")
                         and _rx_search(r"(?:در|به)\s+$", text[max(0, m.start - 4):m.start])), None)
            if city is not None:
                e.location, e.location_id = city.name, city.kb_id
                e.lat, e.lon = _coords(kb, city.kb_id)
        if e.location is None and dest is not None:
            e.location, e.location_id = dest.name, dest.kb_id
            e.lat, e.lon = _coords(kb, dest.kb_id)
            e.__dict__["location_from"] = "travel"
        loc_state = kb.country_of(e.location_id) if e.location_id else None
        if e.location_id in kb.actors and kb.actors[e.location_id].type == "STATE":
            loc_state = e.location_id
        src_states = {kb.country_of(i) for i in e.source_ids if i}
        tgt_states = {kb.country_of(i) for i in e.target_ids if i}
        if e.mode in (None, "visit") and e.rule == "consult.meet.with" and loc_state:
            if loc_state in tgt_states and loc_state not in src_states:
                e.mode, e.cameo = "visit", "042"
            elif loc_state in src_states and loc_state not in tgt_states:
                e.mode, e.cameo = "visit", "042"
                e.source, e.target = e.target, e.source
                e.source_ids, e.target_ids = e.target_ids, e.source_ids
            elif loc_state not in src_states | tgt_states:
                e.mode, e.cameo = "third-party", "044"
    for e in events:  # what the parties said or did in a meeting or call happened then
        if e.type == "CONSULT" or e.date_precision != "reported":
            continue
        for mt in meetings:
            same_sentence = {x["start"] for x in e.sentences} & {x["start"] for x in mt.sentences}
            in_meeting = any(_IN_MEETING.search(x["text"]) for x in e.sentences) or not e.__dict__.get("in_speech", True)
            if mt.date and mt.date_precision in ("explicit", "relative") and (same_sentence or in_meeting) and set(
                    filter(None, e.source_ids)) & set(filter(None, mt.source_ids + mt.target_ids)):
                e.date, e.date_precision = mt.date, mt.date_precision
                break
    for e in events:
        if e.location is not None or e.type == "CONSULT":
            continue
        for mt in meetings:
            if mt.location and mt.location_id in kb.places and mt.__dict__.get("location_from") != "travel" and set(filter(None, e.source_ids)) & set(
                filter(None, mt.source_ids + mt.target_ids)
            ) and (e.date == mt.date or not (e.date and mt.date)):
                e.location, e.location_id, e.lat, e.lon = mt.location, mt.location_id, mt.lat, mt.lon
                break
