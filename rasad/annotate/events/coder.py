"""Event coding: PLOVER type and mode with the CAMEO code, source, target, date and place, from Persian sentences.

Triggers come from ``data/patterns/events.yaml`` and are compiled into one regular expression (longest trigger
first). Each sentence's actor mentions (from :mod:`rasad.annotate.link`) are grouped into *chains* — coordinated actors
("X و Y"), appositions ("X، رئیس ..."), delegations ("هیئتی به ریاست X") — and each chain is marked by the
preposition before it (با، از، به، علیه، میان) or by "را" after it. A pattern's frame then picks the source and the
target among the chains. Events of one article that are one real-world event (same type, compatible actors) are
merged, keeping every sentence that reports them and the most precise date.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rasad.annotate.events.agents import judicial_agent, may_make_arrests, passive_agent
from rasad.annotate.events.chains import (
    _PLURAL_AFTER,
    Chain,
    _eligible,
    _is_noun_trigger,
    _subject,
    build_chains,
    clause_ended_between,
    compatible,
)
from rasad.annotate.events.frames import _announced, _attacked_party, apply_frame
from rasad.annotate.events.grammar import (
    _ACCEPTED_ACT,
    _ACCIDENT,
    _ACCUSATION,
    _ACCUSED_OF,
    _AID_RECIPIENTS_IN,
    _AND_AFTER,
    _ARRIVAL,
    _ASKED_IN_CLAUSE,
    _ATTACKER_ADJECTIVE_BEFORE,
    _BORDER_OF,
    _CALL_INITIATIVE,
    _CALL_WITH,
    _CAUSE_OPENING,
    _CHARGED,
    _CLAUSE_OPENERS,
    _CONDITIONAL,
    _COPULA_AFTER,
    _CROWD_VICTIM,
    _CUE_BOUNDARY,
    _DEEMED_AFTER,
    _DELEGATION,
    _DEMANDED_IN_CLAUSE,
    _DENIED_AFTER,
    _DIRECT_QUOTE,
    _DOUBLET_BEFORE,
    _FIRST_AZ,
    _FORCES_BEFORE,
    _FUTURE_CLOSES,
    _HEADLINE_CASUALTIES,
    _LETTERS,
    _MOURNED_BEFORE,
    _NEAR_PLACE,
    _NOUN_IN_FRAME,
    _OWN_WORD,
    _PARTICIPLE_END,
    _PEOPLE_ASKED,
    _PERSON_NOUNS,
    _PLANNED,
    _PLANNED_PHRASE,
    _PLANNED_WORDS,
    _PRAYER,
    _PREPOSITION_BEFORE,
    _PUNISHMENT,
    _PURPOSE_JOINED,
    _RECALLED,
    _REFUSED_AFTER,
    _RESPONSIBLE,
    _RESPONSIBLE_ANYWHERE,
    _RESPONSIBLE_BEFORE,
    _RESPONSIBLE_SUBJECT,
    _SAID_AT_END,
    _SAME_TIME,
    _SCORE,
    _SEIZED_NOUNS,
    _SENTENCE_FUTURE_END,
    _SPORT,
    _SPORT_ARTICLE_SHARE,
    _SPORT_BODIES,
    _SPORT_PROOF_SECTORS,
    _STRUCK_MILITARY,
    _STRUCK_MILITARY_OWNED,
    _STRUCK_PLACE_HEAD,
    _SUMMIT_PURPOSE,
    _SUPPORTERS_OF,
    _TIME_REFERENCE,
    _TOPIC,
    _TRAVELLERS,
    _UNNAMED_ATTACKER,
    _UNNAMED_FENDED,
    _UNREALISED,
    _UNREALISED_ADJECTIVE,
    _UNREALISED_AFTER,
    _UNSEEN_ATTACK,
    _UNSEEN_CAUSE,
    _UNTARGETED_WORD,
    _VERB_WORD,
    _VICTIM_BEFORE,
    _VICTIM_COUNTED,
    _WELCOMED_ACT,
    _WITH_SEQUENCE,
    _WORD,
    CLAUSE_TIME,
    FACILITY_HEAD,
    MANNER_BEFORE,
    NUMERAL,
    PLACE_APPOSITION,
    PLACE_HEAD,
    PREPOSITIONS,
    SPEECH_RULES,
    SPEECH_TYPES,
    STRICKEN,
    SUBDIVISIONS,
    SUMMONING_BODY,
    SYMMETRIC,
    UNNAMED_CLASH_SIDE,
    UNNAMED_FIRST_SIDE,
    UNNAMED_PAIR_SIDE,
    UNNAMED_SIDE_AFTER,
    VICTIM_AWARE,
    unseen_cause_before,
)
from rasad.annotate.events.merge import (
    _fold_headline_events,
    _headline_end,
    merge_events,
)
from rasad.annotate.events.parties import (
    _STATEMENTS,
    SAME_SENTENCE,
    SAME_SPEAKER,
    _addressed_in_meetings,
    _expand,
    _genitive_of_noun,
    _resolve_implied_actors,
    _summary,
)
from rasad.annotate.events.patterns import (
    Compiled,
    Pattern,
    load_patterns,
)
from rasad.annotate.events.places import (
    _clause,
    _coords,
    _destination,
    _place_of,
    _places_and_modes,
    _visited_in_clause,
)
from rasad.annotate.link.bodies import body_named
from rasad.annotate.link.linker import Linked, article_date
from rasad.annotate.link.references import _home_state
from rasad.annotate.words import grammar, grammar_words, phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Actor, Span
from rasad.kb.scales import goldstein, quad_class
from rasad.records import CleanArticle, Event, Mention, Role
from rasad.text.budget import check_time
from rasad.text.dates import EventDate, resolve_event_date
from rasad.text.normalize import ZWNJ, key_with_map
from rasad.text.rx import finditer as _rx_finditer
from rasad.text.rx import search as _rx_search
from rasad.text.sentences import Sentence

# (branch verbal) a trigger that opens with "ضمن"/"با" ("ضمن رد اتهامات ...", "با هشدار به ...") is the manner of
# the speaker's own statement, never the topic a "در پاسخ به سوال" clause talks about
_MANNER = re.compile(r"(?:ضمن|با)[\s\u200c]")
# (branch verbal9) the reason a party is blamed for: "به خاطر/به دلیل/بابت حمایت از ..."
_REASON_BEFORE = re.compile(r"(?:به[\s\u200c]*خاطر|به[\s\u200c]*دلیل|به[\s\u200c]*سبب|بابت)\s*$")
# (branch verbal9) a verb in the present ("هدف قرار می‌دهد"): inside a warning, the act threatened
# (session 23) a courtesy told as the manner of the sentence's act ("ضمن ابراز همدردی و تسلیت ..., بر ضرورت ... تاکید
# کرد"): the noun is no complement of the verb, but the speaker's own act (one of a support verb's own is its manner,
# which the verb's event reports)
_MANNER_OPENING = re.compile(r"ضمن\s")


def _manner_clause(text: str, t: _Trigger) -> bool:
    """(session 25) A noun trigger inside a "ضمن ..." adjunct that a comma closes before the sentence's end."""
    return bool(MANNER_BEFORE.search(text, max(t.s.start, t.ts - 40), t.ts)) and "،" in text[t.te:t.s.end]


_PRESENT_VERB = re.compile(r"(?:^|\s)می[\s\u200c]?[^\s]+(?:د|ند|یم)(?=\s|$)")
# (branch verbal) a first person plural verb ("می‌خواهیم", "هشدار می‌دهیم") is the speaker's
_FIRST_PLURAL = re.compile(r"یم$")

@dataclass
class _Doc:
    """One article as the coder reads it: text, its match key, sentences, linked mentions, publication day."""

    article: CleanArticle
    text: str
    sentences: list[Sentence]
    linked: Linked
    kb: KnowledgeBase
    compiled: Compiled
    key: str
    kmap: list[int]
    pub: dt.date | None
    headline_end: int = 0  # where the headline and lead end ("به گزارش ...")
    # (session 29 BOTH) the doers of attacks read so far, by trigger position (coded or not: "X حمله کرد" names none
    # it struck), for the casualties told after them
    attackers: list[_Coding] = dataclasses.field(default_factory=list)


@dataclass
class _Trigger:
    """One trigger found in a sentence, with the sentence's mentions and chains."""

    si: int
    s: Sentence
    ms: list[Mention]
    chains: list[Chain]
    p: Pattern
    ts: int
    te: int


def code_events(article: CleanArticle, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase) -> list[Event]:
    """The article's events: every trigger coded, implied actors resolved, reports of one event merged, headlines
    folded into the body's event, places and meeting modes filled."""
    text = article.body
    key, kmap = key_with_map(text)
    doc = _Doc(article, text, sentences, linked, kb, load_patterns(), key, kmap,
               article_date(article, from_text=False) or linked.era_day, _headline_end(text))
    raw: list[Event] = []
    perpetrators: list[tuple[int, list[Mention]]] = []  # "X را عامل/مسئول این ترور دانست", by position
    sport: dict[int, bool] = {}  # a sentence's _about_sport, asked again by _sport_article
    for si, s in enumerate(sentences):
        check_time()
        ms = linked.in_span(s.start, s.end)
        if not (any(_eligible(m) for m in ms) or _two_adjectives(ms) or _forces(text, ms) or _capital(ms, kb) or doc.compiled.anonymous.search(text, s.start, s.end)
                or _UNTARGETED_WORD.search(text, s.start, s.end)) or text[s.start:s.end].rstrip(" »\n").endswith(("؟", "?")):
            continue  # no actor (but a bombing may name none: session 27 S), or a question ("آیا ... حمله می‌کند؟")
        n0 = len(raw)
        found = doc.compiled.find(text, key, kmap, s.start, s.end, lambda ts, te, trig, s=s, si=si: _dead(doc, s, si, ts, te, trig.pattern),
                                  lambda ts, te, ms=ms: _commas_in_phrase(text, ms, ts, te))
        if not found and not _RESPONSIBLE_ANYWHERE.search(text, s.start, s.end + 40):
            continue  # no trigger and no "X را مسئول ... دانست": the sentence's chains are not needed
        chains = build_chains(text, ms, s.start, kb)
        verb_types = {t.pattern.type for a, b, t in found if not t.pattern.nominal and not _is_noun_trigger(text[a:b])}
        for ts, te, trig in found:
            check_time()
            t = _Trigger(si, s, ms, chains, trig.pattern, ts, te)
            if not _skipped(doc, t, verb_types) and (event := _code_trigger(doc, t, raw)) is not None:
                raw.append(event)
                if t.p.reciprocal and event.source and event.target:
                    raw.append(_mirrored(event, kb))
                raw.extend(_further_counterparts(doc, t, raw))
        raw[n0:] = _unseen_dropped(_place_struck_dropped(_own_claims_dropped(raw[n0:], kb), kb))
        if len(raw) > n0 and sport.setdefault(si, _about_sport(text, s, ms, kb)):
            # a match report ("دیدار تدارکاتی برابر تیم ملی عراق"): officials' acts only
            raw[n0:] = [e for e in raw[n0:] if _official_source(e, kb)]
        perpetrators.extend((c.start, c.actors()) for c in chains if _named_responsible(text, c))
    if raw and _sport_article(text, sentences, linked, kb, sport):
        raw = [e for e in raw if _official_source(e, kb)]  # (session 25) a match report: officials' acts only
    _addressed_in_meetings(raw, text, kb)
    raw = _unseen_told_elsewhere(_resolve_implied_actors(raw, perpetrators, kb, doc.pub))
    events = [e for e in merge_events(raw, kb) if not _self_directed(e)]
    events = _fold_headline_events(events, _headline_end(text), kb)
    _places_and_modes(events, text, linked, kb)
    for e in events:
        # "attacked Yemen", not "attacked Yemen in Yemen": a place that is a target says nothing more
        loc = f" in {e.location}" if e.location and e.location not in e.target else ""
        e.summary_en = e.summary_en.split(" in ")[0] + loc if e.type != "ASSAULT" or loc else e.summary_en
        e.goldstein, e.quad_class = goldstein(e.cameo), quad_class(e.type)  # from the final type and code
    return events


def _named_responsible(text: str, c: Chain) -> bool:
    """Whether a chain is named as the perpetrator: "X را عامل/مسئول این ترور دانست" (every match has "را": looked
    for first), or (session 25 R) X the subject of "عامل/مسئول این حمله بوده است", or its predicate
    after the comma ("عامل این حمله، X بوده است")."""
    after = text[c.end:c.end + 60]
    if "را" in after[:40] and _RESPONSIBLE.match(after[:40]):
        return True
    if c.marker is None and _RESPONSIBLE_BEFORE.search(text[max(0, c.start - 60):c.start]):
        return bool(_COPULA_AFTER.match(after))  # "عامل این حمله موشکی، X بوده است"
    return c.marker is None and bool(_RESPONSIBLE_SUBJECT.match(after))


def _unseen_told_elsewhere(raw: list[Event]) -> list[Event]:
    """(session 23) An attack coded with its attacker untold is dropped when the article codes an attack on the same
    target whose attacker it names: the same attack told again ("Y هدف حمله قرار گرفت" after "X به Y حمله کرد")."""
    struck = {t for e in raw if e.type == "ASSAULT" and e.source for t in e.target_ids if t}
    out = []
    for e in raw:
        if e.__dict__.get("unseen") and not e.source:
            if struck & set(e.target_ids):
                continue
            kept = [(i, n) for i, n in zip(e.target_ids, e.target) if i in e.__dict__["unseen_targets"]]
            e.target_ids, e.target = [i for i, _ in kept], [n for _, n in kept]  # no place's state
        out.append(e)
    return out


def _unseen_dropped(events: list[Event]) -> list[Event]:
    """(session 23) An attack coded with its attacker untold is dropped when the same sentence codes an attack whose
    attacker it names: "در حمله تروریستی داعش ..." is that attack, already coded."""
    if not any(e.type == "ASSAULT" and e.source and not e.__dict__.get("unseen") for e in events):
        return events
    return [e for e in events if not e.__dict__.get("unseen")]


def _acted_before(raw: list[Event], s: Sentence, ts: int) -> bool:
    """Whether an event with a target was coded earlier in this sentence (before the trigger at ``ts``)."""
    for r in reversed(raw):
        if r.offsets != (s.start, s.end):
            return False
        if r.target and r.sentences[0]["trigger"][1] <= ts:
            return True
    return False


def _further_counterparts(doc: _Doc, t: _Trigger, raw: list[Event]) -> list[Event]:
    """(branch consult9) "X با A و سپس با B دیدار کرد": the frame takes the last "با" (B); each earlier one joined to
    it by "و (سپس)" is a meeting of its own, coded again without the later ones."""
    if t.p.type != "CONSULT" or t.p.frame not in ("with", "visit") or _is_noun_trigger(doc.text[t.ts:t.te]):
        return []
    withs = [c for c in t.chains if c.marker == "با" and c.end <= t.ts]
    chains, out = list(t.chains), []
    while len(withs) >= 2 and _WITH_SEQUENCE.fullmatch(doc.text, withs[-2].end, withs[-1].start):
        chains.remove(withs.pop())
        if (e := _code_trigger(doc, dataclasses.replace(t, chains=list(chains)), raw)) is not None:
            out.append(e)
    return out


def _own_claims_dropped(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    """"ارتش اسرائیل مدعی شد دو عضو حزب‌الله را از بین برده است": a claim of one's own act, coded in the same sentence,
    is that act told by its doer, not an accusation."""
    acts = [e for e in events if e.type != "ACCUSE"]
    return [e for e in events if not (e.rule == "accuse.allege" and any(
        compatible(kb, e.source_ids, e.source, a.source_ids, a.source) for a in acts))]


def _place_struck_dropped(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    """(session 17) "در پی حملات هوایی ترکیه در شمال عراق، ۱۴ شبه‌نظامی پ ک ک کشته شدند": the attack whose target was
    only the state of the place it hit yields, in its sentence, to the casualties' report naming whose people fell;
    (session 29 BOTH2) and to the attack told with its object ("در حمله هوایی به کوه‌های قندیل در شمال عراق، مقرهای
    پ.ک.ک را هدف قرار داد": the place's state is where, the group whom)."""
    def place_only(e: Event) -> bool:
        states = {e.location_id, kb.country_of(e.location_id)} if e.location_id else set()
        return bool(e.target_ids) and all(t in states for t in e.target_ids)

    named = [e for e in events if e.type == "ASSAULT" and any(e.target_ids)
             and (e.rule == "assault.casualties" or not place_only(e))]
    if not named:
        return events
    kept = []
    for e in events:
        told = None if e.type != "ASSAULT" or e in named or not place_only(e) else next(
            (n for n in named if compatible(kb, e.source_ids, e.source, n.source_ids, n.source)), None)
        if told is None:
            kept.append(e)
        elif told.location_id is None:  # the place it hit stays the event's place
            told.location, told.location_id, told.lat, told.lon = e.location, e.location_id, e.lat, e.lon
    return kept


def _self_directed(e: Event) -> bool:
    """"حمله مردم ارمنستان به کاخ نخست‌وزیری در ایروان": a side acting on itself at the level rasad resolves (the
    state on the state) is no event between actors."""
    src, tgt = set(filter(None, e.source_ids)), set(filter(None, e.target_ids))
    return bool(src) and src == tgt


def _mirrored(e: Event, kb: KnowledgeBase) -> Event:
    """The same act the other way round: in a swap each side releases the other's people."""
    m = copy.deepcopy(e)
    m.source, m.target, m.source_ids, m.target_ids = e.target, e.source, e.target_ids, e.source_ids
    m.summary_en = _summary(kb, m, getattr(e, "verb_en", "acted towards"), dt.date.fromisoformat(e.date) if e.date else None)
    return m


def _capital(ms: list[Mention], kb: KnowledgeBase) -> bool:
    """A capital may stand for its state ("مسکو تحریم‌های جدید اروپا را محکوم کرد"): its sentence is read."""
    return any(m.type == "PLACE" and m.kb_id in kb.places and kb.places[m.kb_id].kind == "capital" for m in ms)


def _forces(text: str, ms: list[Mention]) -> bool:
    """"نیروهای اسرائیلی ... حمله کردند": a force noun before a nationality adjective names its state's side; (session
    26 C2) so may a plural demonym ("سعودی‌ها ... را بمباران کردند": chains._metonyms reads where it acts); (session
    28 B) so may an adjective right after an attack noun ("در حمله هوایی اسرائیلی به ...")."""
    return any(m.how == "adjective" and (_FORCES_BEFORE.search(text, max(0, m.start - 30), m.start)
                                         or _PLURAL_AFTER.match(text, m.end)
                                         or _ATTACKER_ADJECTIVE_BEFORE.search(text, max(0, m.start - 40), m.start))
               for m in ms)


def _two_adjectives(ms: list[Mention]) -> bool:
    """Two states named only by adjectives may be the two sides of a reciprocal noun ("مبادله زندانیان ایرانی و
    آمریکایی")."""
    return sum(m.how == "adjective" for m in ms) >= 2


def _about_sport(text: str, s: Sentence, ms: list[Mention], kb: KnowledgeBase) -> bool:
    """A sport word outside an outlet's name: "باشگاه" in "باشگاه خبرنگاران جوان" is no match report (in a club's
    name, "باشگاه استقلال", it is); or (session 20) a score ("با نتیجه سه بر یک"); or (session 21) a club or team
    named by its short name ("استقلال در دیدار با پرسپولیس ...")."""
    outlets = None  # the outlets' spans, listed only when the sentence has a sport word at all
    if _PUNISHMENT.search(text, s.start, s.end):
        return False  # (session 18) "حکم قصاص را در ورزشگاه اجرا کردند": a public punishment, not a match
    if _SCORE.search(text, s.start, s.end):
        return True
    teams = _sport_teams(kb)
    if any(m.kb_id in teams for m in ms):
        return True
    for w in _SPORT.finditer(text, s.start, s.end):
        if outlets is None:
            outlets = [(m.start, m.end) for m in ms if m.type == "MEDIA"]
        if not any(a <= w.start() and w.end() <= b for a, b in outlets):
            return True
    return False


def _sport_article(text: str, sentences: list[Sentence], linked: Linked, kb: KnowledgeBase,
                   known: dict[int, bool] | None = None) -> bool:
    """(session 25) An article most of whose sentences are about sport is a match report throughout: its other
    sentences tell of the same match without a sport word ("... هم در این مسابقه به میدان آمدند", "۵ پیروزی ایران در
    دیدار با ترکیه را ... کسب کردند"). At least two sport sentences, and ``sport_article_share`` of all."""
    need, sport = max(2.0, _SPORT_ARTICLE_SHARE * len(sentences)), 0
    known = known if known is not None else {}  # (session 29) the sentences code_events already asked about
    for i, s in enumerate(sentences):
        if sport + len(sentences) - i < need:
            return False  # the sentences left cannot make the share (most articles: decided after a few)
        found = known.get(i)
        sport += found if found is not None else _about_sport(text, s, linked.in_span(s.start, s.end), kb)
    return sport >= need


def _sport_teams(kb: KnowledgeBase) -> frozenset[str]:
    """(session 21) The organisations affiliated, within three steps, to one of sport's governing bodies (a club to its
    federation, a national team to FIFA): what they do in a sentence is sport, not politics. Built once per
    knowledge base (every sentence asks)."""
    cache = kb.__dict__
    if "_sport_teams" not in cache:
        def of_sport(a, depth: int) -> bool:
            return a is not None and a.type == "ORG" and depth > 0 and any(
                f.of in _SPORT_BODIES or of_sport(kb.actors.get(f.of), depth - 1) for f in a.affiliations)
        cache["_sport_teams"] = frozenset(a.id for a in kb.actors.values() if of_sport(a, 3))
    return cache["_sport_teams"]


def _official_source(e: Event, kb: KnowledgeBase) -> bool:
    """(session 20) In a match report only a state's officials and organs act, and towards another state's side ("وزیر
    ورزش ایران در حاشیه بازی‌های المپیک با وزیر ورزش قطر دیدار کرد"): a team, club, federation or player does not,
    nor a state standing for its team ("ژاپن در دیدار امروز ایران را شکست داد"), nor a minister welcoming his own
    country's medallists."""
    src = {kb.country_of(i) for i in e.source_ids if i and (a := kb.actors.get(i)) is not None and a.type != "STATE"
           and a.sector in _SPORT_PROOF_SECTORS}
    tgt = {kb.country_of(i) for i in e.target_ids if i}
    return bool(src - {None}) and bool(tgt - src - {None})


# mentions that name an office, not its holder: the apposition to a name ("X، معاون وزیر خارجه،")
_TITLE_HOWS = frozenset({"role", "description"})
# (session 20) after an office, a comma that lists the ministry's domains: "وزیر کار، تعاون و رفاه اجتماعی"
_TITLE_LIST = re.compile(r"،[\s\u200c]+[^\s.،؛:!؟]+[\s\u200c]+و[\s\u200c]")


# (session 23) a comma opening a date in apposition to the time before it: "، جمعه ۱۳ مهر(،)", "، دوشنبه،"
_DATE_APPOSITION = re.compile(
    r"،\s*(?:روز\s+)?(?:(?:یک|دو|سه|چهار|پنج)[\s\u200c]?)?(?:شنبه|جمعه)(?:\s+[0-9۰-۹]{1,2}(?:\s+[^\s،.؛:0-9۰-۹]+)?"
    r"(?:\s+(?:ماه\s+)?[0-9۰-۹]{2,4})?)?\s*(?:،|(?=\s))")


def _commas_in_phrase(text: str, ms: list[Mention], ts: int, te: int) -> bool:
    """Whether every comma in text[ts:te] stands inside one phrase naming a party, so that a trigger's gap may cross
    it: inside a mention; between a name and its office, both naming one person ("X، معاون وزیر خارجه"); closing that
    apposition ("X، معاون وزیر خارجه، قرار گرفت"); or listing an office's domains ("وزیر کار، تعاون و رفاه"). A
    comma between two clauses has no such mentions around it. (A list of parties, "A، B و C", is left to the
    patterns that ask for it, gap_lists: the frames may read its items apart.)"""
    c = ts - 1
    while (c := text.find("،", c + 1, te)) >= 0:
        if any(m.start < c < m.end for m in ms):
            continue
        if (date := _DATE_APPOSITION.match(text, c, te)) is not None:
            c = date.end() - 1  # (session 23) "صبح امروز، جمعه ۱۳ مهر(،) به لبنان ارسال شد": the day named again
            continue
        before = next((m for m in ms if m.end <= c and not text[m.end:c].strip(" »\"”")), None)
        if before is None:
            return False
        if _place_apposition(text, ms, before, c, te):
            continue  # (session 24) "وارد مسکو، پایتخت روسیه(،) شد": one phrase naming where
        after = next((m for m in ms if m.start > c and not text[c + 1:m.start].strip(" «\"“")), None)
        if after is not None and _same_party(before, after) and (before.how in _TITLE_HOWS) != (after.how in _TITLE_HOWS):
            continue  # the apposition opens
        opened = next((m for m in ms if m.end < before.start and text[m.end:before.start].strip(" »\"”«“") == "،"), None)
        if opened is not None and _same_party(opened, before):
            continue  # the apposition closes
        if before.how == "role" and _TITLE_LIST.match(text, c, te):
            continue
        if _office_run_closes(text, ms, ts, c):
            continue
        return False
    return True


def _office_run_closes(text: str, ms: list[Mention], ts: int, c: int) -> bool:
    """(session 24) The comma at ``c`` closes a person's offices opened at the comma before it, however many offices
    and the states they name ("X، وزیر بهداشت و رییس کمیسیون مشترک ایران و کوبا، قرار گرفت"): the name right before the
    opening comma, that person's office right after it, and between the two commas only that person and states."""
    o = text.rfind("،", ts, c)
    if o < 0:
        return False
    name = next((m for m in ms if m.end <= o and not text[m.end:o].strip(" »\"”")), None)
    inner = [m for m in ms if o < m.start and m.end <= c]
    if name is None or name.type != "PERSON" or not name.kb_id or not inner or inner[0].how != "role" \
            or text[o + 1:inner[0].start].strip(" «\"“"):
        return False
    return all(m.kb_id == name.kb_id or m.type == "COUNTRY" for m in inner)


_PLACE_TYPES = frozenset({"PLACE", "COUNTRY"})


def _place_apposition(text: str, ms: list[Mention], before: Mention, c: int, te: int) -> bool:
    """(session 24) Whether the comma at ``c``, right after the place ``before``, opens or closes a place's description
    in apposition to a place (grammar.yaml place_appositions): the description up to the place it names ("مسکو،
    پایتخت روسیه"); or that named place closing it ("دمشق، پایتخت سوریه، ")."""
    if before.type not in _PLACE_TYPES:
        return False
    if _names_place_after(text, ms, c, te):
        return True  # it opens
    # it closes: the description before this place opened at the comma after another place
    opened = next((x for x in ms if x.type in _PLACE_TYPES and x.end < before.start
                   and text[x.end:before.start].count("،") == 1), None)
    if opened is None:
        return False
    comma = text.find("،", opened.end, before.start)
    return not text[opened.end:comma].strip(" »\"”") and _names_place_after(text, ms, comma, before.end, before)


def _names_place_after(text: str, ms: list[Mention], c: int, te: int, place: Mention | None = None) -> bool:
    """A place's description opening at the comma ``c`` and the place it names (``place`` if given) right after it,
    one word between at most ("، پایتخت جمهوری آذربایجان")."""
    m = PLACE_APPOSITION.match(text, c, te)
    if m is None:
        return False
    return any(x.type in _PLACE_TYPES and (place is None or x is place) and x.start >= m.start() + 1
               and len(text[m.end():x.start].split()) <= 1 and "،" not in text[m.end():x.start]
               for x in ms if m.end() <= x.end)


def _same_party(a: Mention, b: Mention) -> bool:
    return a.type == b.type == "PERSON" and bool(a.name) and a.name == b.name


_HEAD_WORD = re.compile(r"[^\s\u200c]+(?:\u200c[^\s\u200c]+)*")
_DOING_VERB = re.compile(r"\s+(?:می[\s\u200c]*)?(?:کرد|کردند|کرده|کن|کند|کنند|نمود|نمودند|نموده|نما|نماید|نمایند)"
                         r"(?![\w\u200c])")
_SUFFERED = re.compile(r"(?<![\w\u200c])(?:دیدن|دیده|دید|دیدند)(?![\w\u200c])")


def _dead(doc: _Doc, s: Sentence, si: int, ts: int, te: int, p: Pattern) -> bool:
    """A match that reports no event wherever it stands, by its own words and place alone (a headline noun out of
    the headline, a visit not announced, a blocked verb): it hides no other trigger."""
    text = doc.text
    if p.headline_only and not ((si == 0 or s.end <= doc.headline_end) and (not text[s.start:ts].strip(" «\"'\n") or (
            p.type == "ASSAULT" and _HEADLINE_CASUALTIES.fullmatch(text, s.start, ts)))):
        # a noun phrase opening the headline is its news (after a casualty count: "۲ شهید در پی حمله X به Y");
        # elsewhere ("ادامه حملات ...") background
        return True
    if p.announced_only and not _announced(text, ts, te):
        return True  # "سفر X به Y" outside "از ... خبر داد": background
    if doc.compiled.blockers.match(text[te:te + 12]) and not (p.type == "THREATEN" and _CONDITIONAL.match(text, te)):
        return True  # (branch verbal9) "هشدار داد اگر X ...": a warning's condition opens the threat, not a plan
    if p.unless_next is not None and p.unless_next.match(text[te:te + 30]):
        return True
    if p.unless_inside is not None and p.unless_inside.search(text, ts, te):
        return True  # (session 20) "از سوی دادگاه ... به زندان محکوم شد": a sentence, not a condemnation
    if p.nominal and (head := _HEAD_WORD.match(text, ts)) and _DOING_VERB.match(text, head.end(), te):
        # (lead, session 32) "به لبنان حمله کرد و این حمله در حالی صورت گرفت که ...": the noun is its own verb's
        # object, and the gap crosses that clause into the next
        return True
    if p.unless_before is not None and (b := p.unless_before.search(text, max(s.start, ts - 80), ts)) is not None \
            and not _SUFFERED.search(b.group()):
        # (session 24) "خسارات سنگینی به آمریکا وارد خواهد شد": damage dealt, not an arrival (damage suffered,
        # "پس از آسیب دیدن هواپیما به تهران وارد شد", leaves the arrival)
        return True
    return False  # (a required word missing: Compiled.find never returns the match)


def _doublet_start(text: str, lo: int, ts: int) -> int:
    """(session 25 R) Where a synonym doublet before a noun trigger opens ("حمایت و |پشتیبانی از X"): what stands
    before its first noun ("برای", "در راستای", "لغو") rules the trigger as it rules that noun; else the trigger."""
    m = _DOUBLET_BEFORE.search(text[max(lo, ts - 30):ts])
    return max(lo, ts - 30) + m.start(1) if m else ts


def _skipped(doc: _Doc, t: _Trigger, verb_types: set[str]) -> bool:
    """Triggers that report no event here: blocked (negation, plans), a courtesy, a noun that is part of a verb's
    complement, a meeting already reported ("در این دیدار"), an earlier event as a time reference."""
    text, p, ts, te = doc.text, t.p, t.ts, t.te  # (what _dead rules out never reaches here: find drops it)
    noun = _is_noun_trigger(text[ts:te])
    if p.type == "SUPPORT" and noun and not (_MANNER_OPENING.match(text, ts) and "SUPPORT" not in verb_types) \
            and not _manner_clause(text, t) and ("ACCUSE" in verb_types and _REASON_BEFORE.search(text[max(t.s.start, ts - 14):ts])
                 or verb_types & {"SUPPORT", "REQUEST", "THREATEN"}):
        # "از نقش او در حمایت از فلسطین تجلیل کرد": the noun is part of the verb's complement; (branch verbal9) so
        # is what a demand or a warning is about ("از عراق خواست در حمایت از اماکن دیپلماتیک ...") and what a party
        # is blamed for ("آمریکا را به خاطر حمایت از اسرائیل مقصر می‌دانیم")
        return True
    if noun and p.type in _MATERIAL_TYPES and verb_types & {"ACCUSE", "REJECT", "SUPPORT"} and \
            _rx_search(r"(?:^|\s)از\s+(?:[^\s،.]+\s+){0,6}$", text[max(t.s.start, ts - 60):ts]) and not _announced(text, ts, te):
        # (session 17) "از اقدام آمریکا در اعمال تحریم‌ها ... انتقاد کرد": the act criticised, told by the critic;
        # (session 25 R) not one announced ("از حمله به X خبر داده و مدعی شدند Y عامل آن بوده است")
        return True
    if p.type == "ASSAULT" and "THREATEN" in verb_types and _PRESENT_VERB.search(text, ts, te):
        return True  # (branch verbal9) "هشدار داد در صورتی که ...، تاسیسات عربستان را هدف قرار می‌دهد": the threat's act
    at = _doublet_start(text, t.s.start, ts) if noun else ts  # (session 25 R) "برای حمایت و پشتیبانی از": as the first
    if noun and _rx_search(r"(?:^|\s)(?:این|آن|همین|همان|برای)\s*$", text[max(t.s.start, at - 8):at]):
        return True  # "در این دیدار": the meeting already reported; "برای سفر به": a purpose, not a visit
    if noun and p.type == "CONSULT" and p.mode != "visit" and _rx_search(r"(?:^|\s)برای\s+یک\s*$", text[max(t.s.start, ts - 12):ts]):
        return True  # (session 21) "از وی برای یک دیدار حضوری دعوت کرد": what he was invited to ("برای یک سفر رسمی وارد
        # ... شد" is the visit itself)
    if noun and _UNREALISED.search(text[max(t.s.start, at - 20):at]):
        return True  # "لغو دیدار", "احتمال حمله": it did not happen
    if noun and p.type != "REJECT" and _DENIED_AFTER.match(text, te, t.s.end) \
            and not _rx_search(r"(?:^|\s)در\s*$", text[max(t.s.start, ts - 5):ts]):
        # (session 21) "خبر تخلیه سفارت X در Y را تکذیب کرد": the act denied did not happen ("در دیدار با X، ادعای Y را
        # کذب خواند": the meeting is the denial's setting, not what is denied)
        return True
    if p.id == "consult.host" and text.startswith("را", ts) and _ACCEPTED_ACT.search(text, max(t.s.start, ts - 50), ts):
        return True  # (session 13) "عذرخواهی سوئیس را پذیرفت": an apology accepted, no guest received
    if p.id in ("consult.host", "consult.host.welcome") and "استقبال" in text[ts:t.te] and _welcomed_act(text, t):
        return True  # (session 21) "از دعوت X ... استقبال کرد": an invitation welcomed, no guest received
    if noun and _UNREALISED_ADJECTIVE.match(text, ts):
        return True  # (lead, session 13) "سفر احتمالی", "حملات قریب‌الوقوع": only expected
    if _rx_search(r"\sو$", text[ts:te]) and _DEMANDED_IN_CLAUSE.search(text, t.s.start, ts):
        return True  # (session 19) "شورای امنیت باید این اظهارات را محکوم و ... بخواهد": a verb left out in a demand
    if _PARTICIPLE_END.search(text, ts, te) and _AND_AFTER.match(text, te) and _ASKED_IN_CLAUSE.search(text, t.s.start, ts):
        return True  # (session 20) "از X خواسته است تا ... عذرخواهی کرده و ... اتخاذ کند": asked for, not done
    if p.type == "REQUEST" and _PRAYER.search(text, max(t.s.start, ts - 40), ts):
        return True  # (session 17) "از درگاه خداوند متعال خواستار سلامتی وی شد": a prayer, not a demand
    if p.type in ("CONSULT", "AGREE") and _planned(text, t, noun):
        return True  # (session 17) "قرار است ... سفر به ...", "قصد داشت در سفر به ایران ...": only planned or wished
    if noun and _called_off(text, t):
        return True  # (session 21) "آتش‌بس ... به تعویق افتاد", "دیدار ... لغو شد": its clause ends in its cancellation
    if noun and p.type == "CONSULT" and _consult_unreported(text, t):
        return True
    if noun and _accused_act(text, t.s.start, ts, te, t.s.end):
        return True  # "X را به حمایت از Y متهم کرد": the act is what X is accused of, not X's
    if noun and not _MANNER.match(text, ts) and _TOPIC.search(text, _clause(text, t.s, ts)[0], ts) \
            and not (p.type == "CONSULT" and _ANSWERING.search(text[max(t.s.start, ts - 12):ts])):
        # "سخنگو در خصوص ... دیدار با ... توضیح داد": the meeting is what he talks about; (lead, session 11) a call
        # answered ("در پاسخ به تماس تلفنی X گفت‌وگو کرد") took place
        return True
    if _OBJECT_RELATIVE.search(text, t.s.start, ts) and _COMMA_LATER.match(text, te, t.s.end):
        return True  # (session 14) "سفرا را که خواستار آزادی X شده بودند، تهدید به اخراج کرد": what the object did before
    # "یک روز پس از حملات هوایی آمریکا به ...": an earlier event as a time reference
    return noun and bool(_TIME_REFERENCE.search(text[max(t.s.start, ts - 30):ts]))


def _welcomed_act(text: str, t: _Trigger) -> bool:
    """The first "از" of the trigger's clause, before it, opens an act (grammar.yaml accepted_acts): what is welcomed."""
    c0 = _clause(text, t.s, t.ts)[0]
    first = _FIRST_AZ.search(text, c0, t.ts)
    return first is not None and _WELCOMED_ACT.match(text, first.start(), t.ts) is not None


_PARTICIPLE_JOINED = re.compile(r"[\s\u200c]*و[\s\u200c]")


def _planned(text: str, t: _Trigger, noun: bool) -> bool:
    """A meeting noun, or a participle joined to the next verb ("عازم ونزوئلا شده و ..."), in a clause a plan, wish or
    condition opens (grammar.yaml planned_openers), the trigger itself no plan's phrase ("قرار است … دیدار کند"); a
    meeting noun whose clause closes in the future, or that a trip's purpose names (session 19)."""
    if not (noun or text[t.te - 1:t.te] == "ه" and _PARTICIPLE_JOINED.match(text, t.te)):
        return False
    if noun and _FUTURE_CLOSES.match(text, t.te, min(t.s.end, t.te + 120)):
        return True  # "بحث‌های مهمی را در دیدار با پوتین خواهیم داشت": the clause's verb is future
    lo = max(t.s.start, t.ts - 160)
    if noun and _PURPOSE_JOINED.search(text, lo, t.ts):
        return True  # (session 19) "برای شرکت در نشست X و دیدار با Y وارد ... شد": the trip's purpose
    if noun and text[t.s.start:t.ts].strip(" «\"\n")[-1:] in ("", ":") \
            and _SENTENCE_FUTURE_END.match(text, t.te, t.s.end):
        # (session 19) the noun opens its sentence, or a quote after a colon ("اعلام کرد: دیدار X و Y به زودی ...
        # برگزار می‌شود"), the subject of its last verb: "... در نظر گرفته شده است"
        return True
    return bool(_PLANNED_WORDS.search(text, lo, t.ts)) and bool(_PLANNED.search(text, lo, t.ts)) \
        and not _PLANNED_PHRASE.search(text, t.ts, t.te)


_AZ_AFTER = re.compile(r"\s*از\s+")


def _visit_told_as_meeting(doc: _Doc, t: _Trigger) -> tuple[list[Mention], Mention] | None:
    """(session 19) "دیدار رئیس مجلس از مسکو ...": a meeting noun whose genitive actor is followed by "از" and a place
    is that actor's visit to the place, not a meeting of the sentence's subject (the speaker) with the actor: the
    visitor and the place."""
    if t.p.type != "CONSULT" or not _is_noun_trigger(doc.text[t.ts:t.te]):
        return None
    chain = next((c for c in t.chains if c.start >= t.te), None)
    if chain is None or doc.text[t.te:chain.start].strip():  # (its genitive: right after it)
        return None
    after = _AZ_AFTER.match(doc.text, chain.end)
    place = next((m for m in doc.linked.in_span(after.end(), after.end() + 40) if m.start == after.end()
                  and m.type in ("PLACE", "COUNTRY")), None) if after is not None else None
    return (chain.actors(), place) if place is not None else None


# a relative clause opened on an object ("X را که ..."), not closed before the trigger
_OBJECT_RELATIVE = re.compile(r"(?:^|\s)را\s+که\s+[^،.؛:]*$")
_COMMA_LATER = re.compile(r"[^.؛:!؟]*?،")


def _called_off(text: str, t: _Trigger) -> bool:
    """An event noun whose clause ends in its cancellation ("دیدار X و Y ... لغو شد / به تعویق افتاد"; session 21: any
    event noun, "آتش‌بس میان X و Y به تعویق افتاد"). The regex runs only on a sentence that has one of its words."""
    ts, te, s = t.ts, t.te, t.s
    late = _UNREALISED_AFTER.search(text, te, s.end) if _UNREALISED_WORDS.search(text, te, s.end) else None
    if late is not None and "نقض" in late.group() and clause_ended_between(text, te, late.start()):
        return False  # (session 24) a breach told in a clause of its own ("... توافق کردند اما ... آن را نقض کرد")
    return late is not None and late.start() < _clause(text, s, ts)[1]


def _consult_unreported(text: str, t: _Trigger) -> bool:
    """(branch consult9) A meeting noun recalled in a statement ("با اشاره به سفر ... و دیدار با رهبری"), or whose
    report is denied after it. The regexes run only on a sentence that has one of their words (most have none)."""
    ts, te, s = t.ts, t.te, t.s
    if _RECALLED_WORDS.search(text, s.start, ts) and _RECALLED.search(text, _clause(text, s, ts)[0], ts):
        return True
    refused = _REFUSED_AFTER.search(text, te, s.end) if _REFUSED_WORDS.search(text, te, s.end) else None
    return refused is not None and refused.start() < _clause(text, s, ts)[1] \
        and not _NOUN_IN_FRAME.search(text, max(s.start, ts - 10), ts)


_ANSWERING = re.compile(r"(?:^|\s)در\s+پاسخ\s+به\s+$")
# the words every meeting_recalled / unrealised_after phrase holds (a cheap test before the phrases themselves)
_RECALLED_WORDS = re.compile("اشاره|یادآوری|بیان|ذکر")
_UNREALISED_WORDS = re.compile("لغو|تعویق|موکول|منتفی|نشد|نگرفت|خودداری|اجتناب|مخاطره|خطرناک|امکان|ممکن|ممنوع|محتمل|نقض")
_REFUSED_WORDS = re.compile("رد|تکذیب|نپذیرفت|دستور|صحت|اعتبار|کذب|خواند|دانست|توصیف|عنوان|قلمداد|ارزیابی")


def _accused_act(text: str, start: int, ts: int, te: int, end: int) -> bool:
    """An act named as a charge ("به اتهام حمله") or as what someone is accused of ("به حمایت از ... متهم کرد")."""
    before = text[max(start, ts - 36):ts]
    return bool(_CHARGED.search(before) or _ACCUSED_OF.search(before) and _ACCUSATION.search(text, te, end))


# A nationality adjective within the first words after "با" ("در تماس تلفنی با همتای فرانسوی خود، حمله ... را محکوم
# کرد") names the counterpart of a call or meeting, not whom a condemnation or sanction aims at.
_WITH_PARTY_BEFORE = r"(?:^|\s)با\s+(?:[^\s،,؛.]+\s+){0,2}$"


# the event types whose "دو طرف" are the states in conflict other than the speaker's own sides
_SIDED_TYPES = frozenset(SPEECH_TYPES | {"SUPPORT"})


def _parties(doc: _Doc, t: _Trigger) -> tuple[list[Mention], list[Mention]] | None:
    """(source, target) by the pattern's frame, expanded ("دو طرف") and with a nationality adjective as a target
    where nothing else is named; None for a description that is no accusation."""
    text, p, s, ts = doc.text, t.p, t.s, t.ts
    chains = _without_apposed(text, t.chains, ts, t.te) if p.apposed else t.chains
    src, tgt = apply_frame(p, _owner_before_trigger(text, chains, ts), ts, t.te, text, s.start)
    if p.mourned_object:
        tgt = _mourned_sides(doc, tgt)
    if not src and tgt and p.type == "CONSULT" and p.frame == "with" and not _is_noun_trigger(text[ts:t.te]):
        src = _dropped_subject(doc, t)
    if p.id in ("accuse.crimes", "accuse.blamed-cause"):
        speaker = _accuser(doc, t)
        if speaker is None:
            return None  # "the crimes of X" outside a statement is description, not an accusation
        src = speaker.actors()
    # (the pair words read where a clause begins, and "دو طرف" signing: "دو طرف توافق کردند ..." after talks through
    # a mediator may be anyone's, so it is left)
    pair_only = bool(src) and all(m.type == "PARTIES" and (m.how == "pair" or p.id.startswith("agree.sign"))
                                  for m in src) and not tgt
    src = _with_office_body(doc.kb, _expand(src, doc.linked.mentions, kb=doc.kb), doc.linked.mentions)
    if pair_only and len(src) >= 2 and p.type in SYMMETRIC:
        src, tgt = src[:1], src[1:]  # (session 23) "دو کشور ... امضا کردند": the pair named before, one to the other
    sides_unless = (_own_side(doc.kb, src, doc.pub) | {m.kb_id for m in src if m.kb_id}) \
        if p.type in _SIDED_TYPES and p.frame not in ("with", "between") else None
    tgt = _with_office_body(doc.kb, _expand(tgt, doc.linked.mentions, sides_unless, doc.kb), doc.linked.mentions)
    # (branch material9) an object of the source's own side ("اصل «چین واحد» را نقض می‌کند، اعلام کرد که ... نهاد
    # آمریکایی را تحریم کرده است") is dropped below: it leaves the target to an adjective as much as none does
    # (session 29) the same sides as ``sides_unless`` where that was made (src unchanged; no speech type is symmetric)
    own0 = sides_unless if sides_unless is not None else \
        (_own_side(doc.kb, src, doc.pub) | {m.kb_id for m in src if m.kb_id}) if p.type not in SYMMETRIC else set()
    if all(x.kb_id in own0 for x in tgt) and _adjective_may_name_target(p, src):
        tgt = _adjective_target(doc, t, src, tgt)
    for fill in _PARTY_FILLS:
        if fill.missing(src, tgt) and fill.applies(p):
            src, tgt = fill.find(doc, t, src, tgt)
    src = _speaker_for_own_side(doc, t, src)
    src = _spokespeoples_bodies(doc, t, src)
    return src, _others_only(doc, t, src, tgt)


def _accuser(doc: _Doc, t: _Trigger) -> Chain | None:
    """Who speaks of a party's crimes or blames it: the subject of the statement the words stand in."""
    text, s, ts = doc.text, t.s, t.ts
    q0, q1 = _clause(text, s, ts)
    speaker = _subject([c for c in t.chains if c.start < q0]) if q0 != s.start else None
    if speaker is None and t.p.id == "accuse.crimes" and _DEEMED_AFTER.match(text, t.te, q1):
        speaker = _subject([c for c in t.chains if c.start < ts])  # (session 18) "X جنایات Y را ... دانست"
    return speaker


# pattern frame → the event types whose target a nationality adjective names when no other party is
# ("از ایستادگی ملت و مقاومت فلسطینی تمجید نمود", "یک نفتکش انگلیسی را توقیف کرد")
_ADJECTIVE_TARGETS = {
    "az": frozenset({"SUPPORT", "ACCUSE"}),
    "ra": frozenset({"SANCTION", "COERCE", "RETREAT", "ACCUSE", "ASSAULT", "THREATEN"}),
    "against": frozenset({"SANCTION"}),
    "inside_first": frozenset({"ASSAULT"}),  # (session 19) "از هدف قرار دادن یک کشتی انگلیسی ... خبر داد"
    "announced_arrest": frozenset({"RETREAT"}),  # (session 23) "از آزادی دو اسیر آمریکایی خبر داد"
}


def _adjective_may_name_target(p: Pattern, src: list[Mention]) -> bool:
    return (p.type in _ADJECTIVE_TARGETS.get(p.frame, ()) or p.frame == "released" and bool(src)
            or p.frame in ("announced_arrest", "az") and p.mode == "expel")


def _adjective_target(doc: _Doc, t: _Trigger, src: list[Mention], tgt: list[Mention]) -> list[Mention]:
    """The state a nationality adjective in the trigger's clause names, as the target (at most one); ``tgt`` as it
    was for an "از" frame with no "از" before the trigger."""
    text, p, ts = doc.text, t.p, t.ts
    c0_, _c1 = _clause(text, t.s, ts)
    # (session 20) an expulsion's "از" may open the trigger itself ("از سه دیپلمات کویتی خواست ... ترک کنند")
    az = [m.end() for m in _rx_finditer(r"(?:^|\s)از\s", text[c0_:ts + 3 if p.mode == "expel" else ts])] \
        if p.frame == "az" else [0]
    if not az:
        return tgt
    used = {m.kb_id for m in src}  # "نیروهای اسرائیلی سه چوپان لبنانی را": not the acting side's adjective
    # "مسئولیت حمله به کشتی آمریکایی را بر عهده گرفت", "اقدام به توقیف یک نفتکش انگلیسی کرد": inside the
    # trigger, unless it opens with its own "را" (its complement follows)
    hi = ts if _rx_search(r"^را\s", text[ts:ts + 3]) else t.te
    if _rx_search(r"(?:علیه|ضد)\s*$", text[ts:t.te]):
        hi = min(t.s.end, t.te + 40)  # (session 13) "تحریم‌های جدید علیه هفت شرکت ایرانی": the sanctioned follow
    adj = [m for m in t.ms if m.how == "adjective" and c0_ + az[-1] <= m.start < hi and m.kb_id not in used
           and not _rx_search(_WITH_PARTY_BEFORE, text[max(c0_, m.start - 40):m.start])
           # (session 24) not an earlier clause's ("زندانیان فلسطینی را آزاد کرد و حماس گروگان‌های اسرائیلی را ...")
           and not (m.end <= ts and clause_ended_between(text, m.end, ts))]
    return [_as_state(a) for a in _adjective_list(text, adj)]


_ADJECTIVE_AND = re.compile(r"\s*(?:[،,]\s*)?و\s+|\s*[،,]\s*")


def _adjective_list(text: str, adj: list[Mention]) -> list[Mention]:
    """(session 26 A4) The first nationality adjective and those listed with it: "کشتی‌های آمریکایی و انگلیسی", and
    with the head noun repeated, "به یک کشتی امریکایی و یک کشتی انگلیسی" (each ship's state is struck); an adjective
    further on belongs to another phrase."""
    out = adj[:1]
    for nxt in adj[1:]:
        gap = text[out[-1].end:nxt.start]
        if not (_ADJECTIVE_AND.fullmatch(gap) or _head_repeated(text, out[-1], gap)):
            break
        out.append(nxt)
    return out


def _head_repeated(text: str, first: Mention, gap: str) -> bool:
    """Whether ``gap`` is "و" and the very words that stand before ``first`` (its head noun, one to three words):
    "یک کشتی امریکایی و یک کشتی انگلیسی"."""
    words = gap.split()
    if len(words) < 2 or len(words) > 4 or words[0] != "و":
        return False
    before = text[max(0, first.start - 60):first.start].split()
    return before[-(len(words) - 1):] == words[1:]


Sides = tuple[list[Mention], list[Mention]]


class _Fill(NamedTuple):
    """One way to name a party the frame left out: for which patterns, when (which side is missing), and how."""

    applies: Callable[[Pattern], bool]
    missing: Callable[[list[Mention], list[Mention]], bool]
    find: Callable[[_Doc, _Trigger, list[Mention], list[Mention]], Sides]


def _no_target(src: list[Mention], tgt: list[Mention]) -> bool:
    return bool(src) and not tgt


def _no_source(src: list[Mention], tgt: list[Mention]) -> bool:
    return not src


def _no_party(src: list[Mention], tgt: list[Mention]) -> bool:
    return not src and not tgt


# tried in order, each on the sides the ones before left
_PARTY_FILLS: tuple[_Fill, ...] = (
    _Fill(lambda p: p.else_inside, _no_target, lambda doc, t, src, tgt: (src, _actor_inside_trigger(t))),
    _Fill(lambda p: p.frame == "casualty" or p.frame == "passive" and p.type in ("COERCE", "ASSAULT"), _no_target,
          lambda doc, t, src, tgt: (src, _victims_by_adjective(doc.text, t, src))),
    _Fill(lambda p: p.frame == "consequence", _no_target,
          lambda doc, t, src, tgt: (src, _reported_adjective(doc.text, t, src))),
    _Fill(lambda p: p.type == "MOBILIZE", _no_target, lambda doc, t, src, tgt: (src, _state_across_border(doc, t, src))),
    _Fill(lambda p: p.type == "COERCE" and p.mode == "expel" and p.frame == "passive", _no_source,
          lambda doc, t, src, tgt: _deported_from_place(doc, t, tgt)),
    _Fill(lambda p: p.type in ("SUPPORT", "REQUEST", "THREATEN", "AID", "CONCEDE"), _no_target,
          lambda doc, t, src, tgt: (src, _people_of_place(doc, t, src))),
    _Fill(lambda p: p.frame == "between", _no_party, lambda doc, t, src, tgt: _adjective_pair(doc.text, t.ms, t.ts, t.te)),
    _Fill(lambda p: p.type == "PROTEST", _no_source,
          lambda doc, t, src, tgt: (_protesters_by_nationality(doc.text, t, tgt), tgt)),
    _Fill(lambda p: p.frame == "with" and p.type == "AGREE", _no_target,
          lambda doc, t, src, tgt: (src, _adjectives_after_with(doc.text, t, src))),
    _Fill(lambda p: p.type == "SUPPORT" and p.nominal, _no_target,
          lambda doc, t, src, tgt: (src, _partner_of_call(doc, t, src))),
    _Fill(lambda p: p.acts_unnamed and bool(p.acting_body), _no_source,
          lambda doc, t, src, tgt: (_body_of_targets_state(doc, t, tgt), tgt)),
    # (session 26 D2) "سخنگوی پلیس گفت: ۲۰ نفر دستگیر شدند": the police, court or intelligence body reporting a
    # passive coercion with no agent named made it (agents.passive_agent)
    _Fill(lambda p: p.type == "COERCE" and p.frame == "passive", _no_source,
          lambda doc, t, src, tgt: (_reported_agent(doc, t, tgt), tgt)),
    # (session 27 K) "حکم اعدام یک زندانی در زندان X اجرا شد", "X با دستور قضایی بازداشت شد": a court act in the
    # passive with no one named is the judiciary's of the state it happened in (agents.judicial_agent)
    _Fill(lambda p: p.type == "COERCE" and p.frame == "passive" and p.mode in ("legal", "arrest"), _no_source,
          lambda doc, t, src, tgt: (judicial_agent(doc.kb, doc.text, t.ms, (t.s.start, t.s.end, t.ts), tgt,
                                                   _home_state(doc.article, doc.kb), t.p.mode == "legal"), tgt)),
)

_PLURAL_PASSIVE = re.compile(r"(?:شدند|شده[\s\u200c]*اند)$")


def _reported_agent(doc: _Doc, t: _Trigger, tgt: list[Mention]) -> list[Mention]:
    """(session 26 D2) The reporting body as the agent of a passive coercion, when it befell people counted (a plural
    verb) or named: one unnamed suspect caught ("پلیس اعلام کرد یک نفر ... دستگیر شد") is police news, no event."""
    if not tgt and not _PLURAL_PASSIVE.search(doc.text, t.ts, t.te):
        return []
    return passive_agent(doc.kb, doc.text, t.chains, t.s.start, t.ts, doc.pub)


def _body_of_targets_state(doc: _Doc, t: _Trigger, tgt: list[Mention]) -> list[Mention]:
    """(session 23) "X به اتهام ... تحت تعقیب قرار گرفت": with no one named who prosecutes, the body of the
    prosecuted person's own state (its judiciary) does — for a person the knowledge base lacks, the outlet's state's
    (who is charged at home is news at home); a state or a body charged names none."""
    person = next((m for m in tgt if m.type == "PERSON"), None)
    if person is None:
        return []
    state = doc.kb.country_of(person.kb_id) if person.kb_id else _home_state(doc.article, doc.kb)
    body = _state_body(doc.kb, state, t.p.acting_body)
    if body is None:
        return []
    return [Mention(t.ts, t.ts, "", body, doc.kb.actors[body].name, "ORG", "description")]


def _partner_of_call(doc: _Doc, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(session 23) "در تماس تلفنی با همتای ایرانی خود، ضمن ابراز همدردی و تسلیت ...": a courtesy said as the manner
    of a call or meeting, with no addressee after "به", is said to the call's partner, named with "با" before it in
    the same sentence."""
    own = {m.kb_id for m in src}
    w = next((c for c in reversed(t.chains) if c.marker == "با" and t.s.start <= c.start < t.ts), None)
    if w is None or not _CALL_WITH.search(doc.text, max(t.s.start, w.start - 40), w.start):
        return []
    return [a for a in w.actors() if a.kb_id not in own]


def _actor_inside_trigger(t: _Trigger) -> list[Mention]:
    """(session 20) "N کشتی را به فهرست تحریم‌های X افزود": the party named inside the trigger, when its object names
    none."""
    inside = next((c for c in t.chains if t.ts < c.start < t.te and not c.object_ra and c.marker != "attribution"), None)
    return inside.actors() if inside is not None else []


def _others_only(doc: _Doc, t: _Trigger, src: list[Mention], tgt: list[Mention]) -> list[Mention]:
    """The targets that are not the source itself, its own side or (for acts abroad) its own offices."""
    p = t.p
    own = {(y.kb_id or y.name) for y in src}
    if p.type not in SYMMETRIC:
        own |= _own_side(doc.kb, src, doc.pub)
    # "سفیر خود را ... فراخواند": an office of the source's own body or state is not whom it acts on
    # (session 14) an office of one's own state is whom a domestic demand or charge is aimed at ("قالیباف خواستار
    # استیضاح وزیر کشور شد"): only acts a state does abroad or to others exclude it
    own_offices = (own | {y.kb_id for y in src if y.kb_id}) if p.type not in SYMMETRIC | _DOMESTIC_ADDRESSED else set()
    tgt = [x for x in tgt if (x.kb_id or x.name) not in own and not (x.kb_id is None and x.of in own_offices)]
    if p.type == "REQUEST" and _own_people_asked(doc, t, own):
        return []  # (session 17) "از شهروندان خود خواست ... را ترک کنند": advice to one's own people asks no state
    if p.type == "ACCUSE":  # "سخنگوی حوثی‌ها مدعی شد که این گروه ...": a claim about one's own side accuses no one
        bodies = _office_bodies(doc, src)  # "سخنگوی قوه قضاییه مدعی شد: دیوان عالی ... تایید کرد": nor of one's own body
        tgt = [x for x in tgt if (p.frame != "claim" and _own_state_fought(doc.kb, src, x) or not compatible(
                   doc.kb, *_sides_against(doc.kb, p, src, x), [x.kb_id], [x.name]))
               and not (x.kb_id and (x.kb_id in bodies or doc.kb.affiliation(x.kb_id) in bodies)
                        and not _domestic_rival(doc.kb, p, x, bodies, _branches(doc.kb, src)))]
    return tgt


# (session 24) the branches of a state that answer to none of its offices: its parliament and its judiciary
_OTHER_BRANCHES = frozenset({"LEG", "JUD"})


def _domestic_rival(kb: KnowledgeBase, p: Pattern, x: Mention, bodies: set[str] | None = None,
                    src_branches: frozenset[str] = frozenset()) -> bool:
    """(session 24) Whom an official may charge or criticise inside their own state: a named person, or a body of
    another branch ("نماینده مردم تبریز از وزیر نیرو انتقاد کرد", "سخنگوی دولت از قالیباف انتقاد کرد", "... از مجلس
    انتقاد کرد"), when all the source's office names is that state (an office of a body — the judiciary's
    spokesperson — still speaks for its own people) and the words are an explicit charge, not a claim ("مدعی شد")."""
    if p.frame == "claim" or not x.kb_id or (a := kb.actors.get(x.kb_id)) is None:
        return False
    if bodies is not None and not all(b in kb.actors and kb.actors[b].type == "STATE" for b in bodies
                                      if b == x.kb_id or b == kb.affiliation(x.kb_id)):
        return False
    return a.type == "PERSON" or a.sector in _OTHER_BRANCHES or \
        (a.sector == "GOV" and bool(src_branches) and "GOV" not in src_branches)


def _branches(kb: KnowledgeBase, src: list[Mention]) -> frozenset[str]:
    """(session 25 J) The branches of state (LEG, JUD, GOV) the sources serve, when each serves one: a speaker of
    parliament, an MP or a judge may charge the government ("قالیباف از عملکرد دولت انتقاد کرد"), another branch to
    them. An unnamed office serves its title's body ("نماینده مردم تبریز": the Majlis); the state standing beside it
    (how "office") is no source of its own."""
    sectors = [_branch(kb, y) for y in src if y.how != "office"]
    return frozenset(sectors) if sectors and all(s in _BRANCHES for s in sectors) else frozenset()


def _branch(kb: KnowledgeBase, y: Mention) -> str | None:
    """The sector of a source: its actor's, or for an unnamed office its body's (the office's own, else the title's)."""
    if y.kb_id in kb.actors:
        return kb.actors[y.kb_id].sector
    title = kb.titles.get(y.role or "")
    body = y.of if y.of in kb.actors and kb.actors[y.of].type != "STATE" else \
        (title.of or title.default_of) if title is not None else None
    return kb.actors[body].sector if body in kb.actors else None


_BRANCHES = frozenset({"GOV", "LEG", "JUD"})


def _sides_against(kb: KnowledgeBase, p: Pattern, src: list[Mention], x: Mention) -> tuple[list, list]:
    """The source's ids and names to test a target against: an unnamed office's state ("نماینده مجلس" standing for
    Iran) leaves out a domestic rival, whom only the office, not its state, acts on."""
    branches = _branches(kb, src)
    keep = [y for y in src if not (y.how == "office" and y.type == "COUNTRY" and _domestic_rival(kb, p, x, None, branches))]
    return [y.kb_id for y in keep], [y.name for y in keep]


# (session 21) sectors that stand against their own state: rebels and opposition
_AGAINST_OWN_STATE = frozenset({"REB", "OPP"})


def _own_state_fought(kb: KnowledgeBase, src: list[Mention], x: Mention) -> bool:
    """(session 21) "تحریک طالبان پاکستان حملات هوایی پاکستان ... را محکوم کرد": rebels or opposition charge their own
    state, which is no claim about their own side."""
    a = kb.actors.get(x.kb_id) if x.kb_id else None
    sides = [kb.actors.get(y.kb_id) for y in src if y.kb_id]
    return a is not None and a.type == "STATE" and bool(sides) and all(
        y is not None and y.sector in _AGAINST_OWN_STATE and kb.country_of(y.id) == a.id for y in sides)


_DOMESTIC_ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})


def _own_people_asked(doc: _Doc, t: _Trigger, own: set[str]) -> bool:
    """"از شهروندان خود خواست", "از شهروندان آمریکایی خواست" said by the United States: the people asked are the
    source's own (grammar.yaml own_people), not a state."""
    m = _PEOPLE_ASKED.search(doc.text, max(t.s.start, t.ts - 60), t.te)
    if m is None:
        return False
    if _OWN_WORD.match(doc.text, m.end()):
        return True
    adj = next((x for x in doc.linked.in_span(m.end(), m.end() + 20) if x.how == "adjective"), None)
    return adj is not None and adj.start <= m.end() + 1 and adj.kb_id in own


def _mourned_sides(doc: _Doc, tgt: list[Mention]) -> list[Mention]:
    """(session 17) A person right after a death noun in a condolence ("درگذشت رئیسی را تسلیت گفت") died: the
    consoled are the side they belonged to: their state, else their body."""
    out: list[Mention] = []
    for m in tgt:
        side = doc.kb.actors.get(doc.kb.country_of(m.kb_id) or doc.kb.affiliation(m.kb_id, doc.pub) or "") \
            if m.type == "PERSON" and m.kb_id \
            and _MOURNED_BEFORE.search(doc.text, max(0, m.start - 40), m.start) else None
        if side is None:
            out.append(m)
        elif all(o.kb_id != side.id for o in out):
            out.append(Mention(m.start, m.end, m.text, side.id, side.name, side.entity_type, "office"))
    return out


def _office_bodies(doc: _Doc, src: list[Mention]) -> set[str]:
    """The bodies whose offices the article gives the source people ("غلامحسین اسماعیلی، سخنگوی قوه قضاییه")."""
    people = {m.kb_id for m in src if m.kb_id and m.type == "PERSON"}
    return {m.of for m in doc.linked.mentions if m.how == "role" and m.of and m.kb_id in people} if people else set()


def _dropped_subject(doc: _Doc, t: _Trigger) -> list[Mention]:
    """(branch consult9) "عراقچی وارد مسکو شد. در ادامه با لاوروف دیدار کرد": a meeting verb with no subject in its
    sentence (Persian drops a subject the previous sentence named) has the previous sentence's subject."""
    if t.si == 0 or any(c.marker is None and not c.object_ra and c.start < t.ts for c in t.chains):
        return []
    prev = doc.sentences[t.si - 1]
    subj = _subject(build_chains(doc.text, doc.linked.in_span(prev.start, prev.end), prev.start, doc.kb))
    return subj.actors() if subj is not None else []


_APPOSITION_GAP = " ،,\"«»\u200c"


def _without_apposed(text: str, chains: list[Chain], ts: int, te: int) -> list[Chain]:
    """The chains without the person named right before the trigger's opening noun or right after it ("امارات
    «الزعابی» سفیر خود را", "سفیر خود الزعابی را"): the noun's apposition, no party (branch material9)."""
    out = []
    for c in chains:
        if c.start < ts and (c.end > ts or not text[c.end:ts].strip(_APPOSITION_GAP)):
            conjuncts = [[m for m in cj if not (m.type == "PERSON" and (m.start >= ts or not text[m.end:ts].strip(_APPOSITION_GAP)))]
                         for cj in c.conjuncts]
            # a chain running into the trigger's noun: its "را" is the noun's, not the chain's
            c = dataclasses.replace(c, conjuncts=[cj for cj in conjuncts if cj], object_ra=c.object_ra and c.end <= ts)
        elif (ts <= c.start < te and len(text[ts:c.start].split()) <= 2) and all(m.type == "PERSON" for cj in c.conjuncts for m in cj):
            continue
        if c.conjuncts:
            out.append(c)
    return out


def _protesters_by_nationality(text: str, t: _Trigger, tgt: list[Mention]) -> list[Mention]:
    """(session 18) "صدها هزار یمنی ... تظاهرات کردند", "هزاران دانشجوی پاکستانی ...": protesters named only by a
    nationality adjective, the clause's first actor with no preposition before it, are their state's people."""
    c0, _c1 = _clause(text, t.s, t.ts)
    first = next((m for m in t.ms if c0 <= m.start < t.ts and m.type != "MEDIA"), None)
    if first is None or first.how != "adjective" or not first.kb_id or any(x.kb_id == first.kb_id for x in tgt):
        return []
    opener = text.rfind("،", c0, first.start)  # "به گزارش ایسنا، صدها هزار یمنی ...": after the attribution
    return [] if _PREPOSITION_BEFORE.search(text, max(c0, opener + 1), first.start) else [_as_state(first)]


def _as_state(adjective: Mention) -> Mention:
    """A nationality adjective as its state, the party it names."""
    a = adjective
    return Mention(a.start, a.end, a.text, a.kb_id, a.name, "COUNTRY", "adjective")


def _people_of_place(doc: _Doc, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(session 13) "از مردم غزه حمایت کرد", "به ساکنان جنوب لبنان هشدار داد": the people of a place, after a
    preposition in the trigger's clause, stand for its state where nothing else is named (not the speaker's own side:
    "حماس از مردم کرانه باختری خواست" asks no one abroad)."""
    c0, c1 = _clause(doc.text, t.s, t.ts)
    own = _own_side(doc.kb, src, doc.pub) | {x for m in src if m.kb_id for x in (m.kb_id, doc.kb.country_of(m.kb_id))}
    for m in doc.linked.in_span(c0, c1):
        if t.p.type == "AID" and m.how == "adjective" and m.kb_id not in own and \
                _STRICKEN_BEFORE.search(doc.text, max(c0, m.start - 30), m.start):
            return [_as_state(m)]  # (session 18) "برای کمک به آوارگان افغان": the stricken's nationality
        place = doc.kb.places.get(m.kb_id) if m.type == "PLACE" and m.kb_id else None
        if place is None or place.country not in doc.kb.actors or place.country in own:
            continue
        # (session 18) an aid's recipients where they live: "به صد ها خانواده در ولایت کندهار ... توزیع کرد"
        if _PEOPLE_OF.search(doc.text, max(c0, m.start - 40), m.start) or \
                (t.p.type == "AID" and _AID_RECIPIENTS_IN.search(doc.text, max(c0, m.start - 90), m.start)):
            state = doc.kb.actors[place.country]
            return [Mention(m.start, m.end, m.text, state.id, state.name, "COUNTRY", "people")]
    return []


# after a preposition (not a partitive "هزاران نفر از مردم غزه", whose people are the subject), a region word between
_PEOPLE_OF = re.compile(r"(?<!نفر)(?<!تن)(?<!صدها)(?<!هزاران)(?<!شماری)(?<!تعدادی)(?<!جمعی)(?<!برخی)"
                        rf"(?:^|\s)(?:از|به|با|کنار|برای)\s+(?:مردم|ملت|ساکنان|ساکنین|اهالی|شهروندان|{STRICKEN})\s+"
                        r"(?:(?:شمال|جنوب|شرق|غرب|مرکز|نوار)\s+)?$")


_STRICKEN_BEFORE = re.compile(rf"(?:^|\s)(?:{STRICKEN})\s+$")


def _state_across_border(doc: _Doc, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(session 18) "نیروهای ویژه خود را در نزدیکی مرز با تاجیکستان مستقر کرد": forces deployed at a border named
    with its state face that state (not the deployer's own)."""
    own = _own_side(doc.kb, src, doc.pub) | {x for m in src if m.kb_id for x in (m.kb_id, doc.kb.country_of(m.kb_id))}
    for m in t.ms:
        if m.type == "COUNTRY" and m.how != "adjective" and m.kb_id not in own and \
                _BORDER_OF.search(doc.text, max(t.s.start, m.start - 30), m.start):
            return [m]
    return []


def _deported_from_place(doc: _Doc, t: _Trigger, tgt: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(session 18) "۲۰ هزار نفر از اتباع افغانستان از طریق مرز دوغارون ... به کشورشان بازگردانده شدند": with no
    agent named, people deported were sent back by the state of the place they left from (a border crossing, post or
    province named before the verb, in another state than the deportees'); the deportees unnamed, their nationality
    adjective names their state."""
    if not tgt:
        tgt = [_as_state(m) for m in t.ms if m.how == "adjective" and t.s.start <= m.start < t.ts][:1]
    own = {x for m in tgt if m.kb_id for x in (m.kb_id, doc.kb.country_of(m.kb_id))}
    if not own:
        return [], tgt  # whose people they are unknown, the place may be where they were sent
    for m in t.ms:
        state = doc.kb.country_of(m.kb_id) if m.type == "PLACE" and m.kb_id and m.start < t.ts else None
        if state in doc.kb.actors and state not in own:
            return _state_mention(doc.kb, m, state), tgt
    return [], tgt


def _reported_adjective(text: str, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(session 13) "X گفت کشتی‌های اسرائیلی ... هدف مشروع ما هستند": the nationality adjective opening the reported
    clause names whom the threat is aimed at (not the speaker's own side)."""
    cues = [m.end() for m in _CUE_BOUNDARY.finditer(text, t.s.start, t.ts)]
    used = {m.kb_id for m in src}
    adj = [m for m in t.ms if m.how == "adjective" and cues and cues[-1] <= m.start < t.ts and m.kb_id not in used]
    return [_as_state(a) for a in adj[:1]]


def _victims_by_adjective(text: str, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(session 13) "سه سرباز اسرائیلی در درگیری با نیروهای حماس کشته شدند": people counted and named by a
    nationality adjective before a casualty verb are that state's (not the attacker's own side); (session 18) so are
    people arrested or deported in the passive ("صدها مهاجر افغان ... از سوی پولیس این کشور بازداشت شدند"); (session
    21) and craft or cargo seized ("نفتکش انگلیسی ... توقیف شد": the adjective names the owner's state)."""
    used = {m.kb_id for m in src}
    nouns = _PERSON_NOUNS | _SEIZED_NOUNS if t.p.mode == "seize" else _PERSON_NOUNS
    for m in t.ms:
        if m.how == "adjective" and t.s.start <= m.start < t.ts and m.kb_id not in used:
            words = _WORD.findall(text[max(t.s.start, m.start - 30):m.start])
            if words and words[-1].replace("\u200c", "") in nouns:
                return [_as_state(m)]
    return []


def _adjectives_after_with(text: str, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """"با میانجی‌های قطری و مصری به توافق رسید": the nationality adjectives after the clause's "با" name whom it
    agreed with (branch material9)."""
    c0, _c1 = _clause(text, t.s, t.ts)
    withs = [m.end() for m in _rx_finditer(r"(?:^|\s)با\s", text[c0:t.ts])]
    if not withs:
        return []
    used = {m.kb_id for m in src}
    adj = [m for m in t.ms if m.how == "adjective" and c0 + withs[-1] <= m.start < t.ts and m.kb_id not in used]
    return [_as_state(a) for a in adj]


def _owner_before_trigger(text: str, chains: list[Chain], ts: int) -> list[Chain]:
    """"اتحادیه اروپا تحریم‌هایی را علیه روسیه وضع کرد", "عربستان سفیرش را ...": when the trigger's own noun stands
    between a party and "را", the noun is the object and the party the subject."""
    out = []
    for c in chains:
        ra = _rx_search(r"(?:^|\s)را(?=\s|$)", text[c.end:c.end + 40]) if c.object_ra and c.end <= ts else None
        out.append(dataclasses.replace(c, object_ra=False) if ra is not None and c.end + ra.start() >= ts else c)
    return out


def _adjective_pair(text: str, ms: list[Mention], ts: int, te: int) -> tuple[list[Mention], list[Mention]]:
    """"مبادله زندانیان ایرانی و آمریکایی", "نشست مقامات روسی و اوکراینی": two nationality adjectives joined by
    "و" right after (or inside) a reciprocal trigger are its two sides."""
    adj = [m for m in ms if m.how == "adjective" and ts < m.start <= te + 40 and "،" not in text[ts:m.start]]
    if len(adj) < 2 or adj[0].kb_id == adj[1].kb_id or not _rx_search(r"^\s*و\s*$", text[adj[0].end:adj[1].start]):
        return [], []
    side = [_as_state(a) for a in adj[:2]]
    return side[:1], side[1:]


# sectors of a state's own organs and officials: they do not arrest, accuse or seize their own state or body
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})


def _own_side(kb: KnowledgeBase, src: list[Mention], day: dt.date | None = None) -> set[str]:
    """The body and state the sources serve ("نیروی دریایی سپاه" → "سپاه", Iran), which no event of theirs aims
    at; rebels and opposition are left out (they do fight their own state), and so is a group on a ``day`` before
    it came to govern its state (the Taliban's attacks before August 2021 were on Afghanistan)."""
    out: set[str] = set()
    for y in src:
        a = kb.actors.get(y.kb_id) if y.kb_id else None
        if a is not None and a.sector in _STATE_SECTORS and not _not_yet_governing(a, day):
            if _out_of_office(kb, a, day):
                out |= {s.of for s in a.affiliations}
                continue
            aff = kb.affiliation(a.id)
            # (session 21) a government seated in a region of its state (the Kurdistan Regional Government) and its
            # officials deal with the federal state as another party: "اقلیم کردستان از بغداد خواست ..."
            regional = any(g is not None and g.seat and g.type != "STATE" for g in (
                a, kb.actors.get(aff or ""), *(kb.actors.get(q.of or "") for q in a.positions)))
            out |= {x for x in (aff, kb.country_of(a.id)) if x and not (
                regional and x in kb.actors and kb.actors[x].type == "STATE")}
    return out


def _out_of_office(kb: KnowledgeBase, a: Actor, day: dt.date | None) -> bool:
    """(session 27 A5) A person whose every recorded office ended before ``day`` and who belongs to no state itself (a
    party, a faction) no longer acts for the state: "در حمله وفاداران به علی عبدالله صالح به فرودگاه عدن" (2015, his
    presidency over since 2012) strikes Yemen. With no day known the knowledge base's reading stands."""
    return day is not None and a.type == "PERSON" and bool(a.positions) and \
        all(p.end is not None and p.end < day for p in a.positions) and \
        not any(s.of in kb.actors and kb.actors[s.of].type == "STATE" for s in a.affiliations)


def _not_yet_governing(a: Actor, day: dt.date | None) -> bool:
    """(session 25) A group the knowledge base makes its state's government only from a date (every affiliation
    dated, all after ``day``) was an insurgent on ``day``: "طالبان به شهر غزنی حمله کردند" in 2019 struck
    Afghanistan. With no day known the knowledge base's reading stands."""
    return day is not None and bool(a.affiliations) and \
        all(s.start is not None and s.start > day for s in a.affiliations)

def _with_office_body(kb: KnowledgeBase, ms: list[Mention], every: list[Mention]) -> list[Mention]:
    """An office no one is named for ("وزیر خارجه ایران" with no date) stays the actor, beside the state or body
    it belongs to, so the event still says whose act it was. An office of no known body ("نماینده ویژه رئیس‌جمهور
    آمریکا" unresolved) stands for the state named in its words, else for no one."""
    out: list[Mention] = []
    for m in ms:
        if not (m.how == "role" and m.kb_id is None and m.of is None):
            out.append(m)
        elif (inner := next((x for x in every if x.type == "COUNTRY" and x.kb_id and m.start <= x.start
                             and x.end <= m.end), None)) is not None and all(o.kb_id != inner.kb_id for o in out):
            out.append(Mention(m.start, m.end, m.text, inner.kb_id, inner.name, "COUNTRY", "office"))
    for m in ms:
        if m.how in ("role", "pronoun") and m.kb_id is None and m.of in kb.actors and not any(x.kb_id == m.of for x in out):
            body = kb.actors[m.of]
            out.append(Mention(m.start, m.end, m.text, body.id, body.name, body.entity_type, "office"))
        elif m.how == "role" and m.kb_id is None and m.of in kb.places and (state := kb.country_of(m.of)) in kb.actors \
                and not any(x.kb_id == state for x in out):
            # (session 23) a local office no one is named for ("استاندار استانبول") stands for its place's state,
            # (session 25 P) or for the state's national body it is a post of ("فرمانده انتظامی لرستان": the police)
            body = kb.actors[_local_post_body(kb, m.role, state) or state]
            if not any(x.kb_id == body.id for x in out):
                out.append(Mention(m.start, m.end, m.text, body.id, body.name, body.entity_type, "office"))
    return out


def _local_post_body(kb: KnowledgeBase, role: str | None, state: str) -> str | None:
    """The national body of ``state`` a local office is a post of (a title's ``body_in``; a deputy's office is
    its chief's), when the knowledge base knows it."""
    title = kb.titles.get(re.sub(r"^(?:deputy|acting|first|former)-", "", role or ""))
    body = title.body_in.get(state) if title is not None else None
    return body if body in kb.actors else None


def _state_of(kb: KnowledgeBase, m: Mention) -> str | None:
    """The state a place or state mention stands in (itself for a state)."""
    return m.kb_id if m.type == "COUNTRY" else kb.country_of(m.kb_id)


def _state_mention(kb: KnowledgeBase, m: Mention | None, state: str | None) -> list[Mention]:
    """The state a place lies in, as a target mention (at the place's words, when there are any)."""
    if state not in kb.actors:
        return []
    if m is None:
        return [Mention(0, 0, "", state, kb.actors[state].name, "COUNTRY", "place")]
    return [Mention(m.start, m.end, m.text, state, kb.actors[state].name, "COUNTRY", "place")]


def _place_and_target(doc: _Doc, t: _Trigger, c0: int, c1: int, src: list[Mention],
                      tgt: list[Mention]) -> tuple[str | None, str | None, list[Mention]]:
    """The event's place, and a target from it where none is named: a visit's host state, the state an attack hit,
    the state aid went to; else the genitive of an ``object_of`` noun."""
    text, kb, p, ts, te = doc.text, doc.kb, t.p, t.ts, t.te
    location, loc_id = (None, None) if p.type in SPEECH_TYPES or p.id in SPEECH_RULES else \
        _place_of(text, t.s, doc.linked, kb, c0, c1, ts, te, doc.compiled.place_before,
                  doc.compiled.place_to if p.type == "ASSAULT" else None)
    if p.frame == "visit":
        dest = _destination(text, doc.linked, c0, c1, ts, te)
        if dest is not None and dest.how == "description" and src:
            dest = _other_state_before(doc, dest, _own_side(kb, src, doc.pub) | {kb.country_of(m.kb_id) for m in src if m.kb_id})
        if dest is not None:
            location, loc_id = dest.name, dest.kb_id
            state = _state_of(kb, dest)
            if not tgt or (state and not any(state in (m.kb_id, kb.country_of(m.kb_id)) for m in tgt)):
                tgt = _state_mention(kb, dest, state)  # the host is in the destination, not "تنش‌ها با آمریکا"
                for nxt in _listed_after(doc, dest, c1):  # (session 24) "به کشورهای عمان و قطر رفت": every state listed
                    more = _state_mention(kb, nxt, _state_of(kb, nxt))
                    if more and all(more[0].kb_id != m.kb_id for m in tgt) and more[0].kb_id not in _own_side(kb, src, doc.pub):
                        tgt = tgt + more
    struck_frame = p.frame == "casualty" or p.frame == "passive" and p.type == "ASSAULT"  # (session 18) "به شهادت رسید"
    if struck_frame and not tgt and src and (hit := _struck(doc, t, src, c0, c1)) is not None:
        tgt = _struck_party(doc, hit, hit.kb_id, _state_of(kb, hit), src)
        if hit.how != "adjective" and not loc_id:
            location, loc_id = hit.name, hit.kb_id
    violent = p.type == "ASSAULT" or p.type == "THREATEN" and p.mode == "violence"  # "تل‌آویو را با خاک یکسان می‌کنیم"
    if violent and not tgt and (hit := _place_object(doc, t, c0) or _taken_inside(doc, t, c0)) is not None:
        tgt = _struck_party(doc, hit, hit.kb_id, kb.country_of(hit.kb_id), src)  # "روسیه شهر کی‌یف را موشک‌باران کرد"
    if violent and not loc_id and (soil := _soil_object(doc, t, c0)) is not None:
        location, loc_id = soil.name, soil.kb_id  # (session 24) "خاک اوکراین را هدف قرار داد": the state's own ground
    if p.type == "ASSAULT" and not loc_id and (taken := _place_object(doc, t, c0, t.te)) is not None:
        location, loc_id = taken.name, taken.kb_id  # (session 26 A3) "شهر موصل را تصرف کرد": the ground struck or taken
    if p.frame == "fell_to" and not loc_id and (fallen := _fallen_place(doc, t)) is not None:
        location, loc_id = fallen.name, fallen.kb_id  # (session 32 WORD) "شهر موصل به دست داعش افتاد"
    if p.type == "THREATEN" and not tgt and src and (hit := _threatened_place(doc, t, src)) is not None:
        tgt = _state_mention(kb, hit, kb.country_of(hit.kb_id))  # (session 21) "تهدید کرد که حیفا را هدف قرار می‌دهد"
    if p.type == "ASSAULT" and not tgt and (aimed := _aimed_at(doc, t)) is not None:
        tgt = _struck_party(doc, aimed, aimed.kb_id, kb.country_of(aimed.kb_id), src)  # "۳۰ موشک به سمت کی‌یف شلیک کرد"
        if not loc_id:
            location, loc_id = aimed.name, aimed.kb_id
    if p.type == "ASSAULT" and not tgt and src and (hit := _place_subject(doc, t, c0, c1)) is not None \
            and (state := _state_of(kb, hit)) not in _own_side(kb, src, doc.pub):
        tgt = _struck_party(doc, hit, hit.kb_id, state, src)  # (session 14) "خارکف ... بر اثر حملات هوایی روسیه ویران شد"
        if not loc_id:
            location, loc_id = hit.name, hit.kb_id
    if p.type == "ASSAULT" and not tgt and loc_id and kb.country_of(loc_id) not in _own_side(kb, src, doc.pub) \
            and (src or p.mode != "explosives"):  # (session 28 AS2) an unclaimed bomb struck no state, only a place
        tgt = _struck_party(doc, None, loc_id, kb.country_of(loc_id), src)  # (a state's police at home aims at no state)
    if violent and len(tgt) == 1 and tgt[0].type == "COUNTRY" and src and \
            (held := _held_not_state(doc, t, c0, tgt[0], src)) is not None:
        tgt = held[0]
        if loc_id in (None, held[1].kb_id) or loc_id == kb.country_of(held[1].kb_id):
            location, loc_id = held[1].name, held[1].kb_id  # the held place struck, not its state
    if p.type == "PROTEST" and not tgt and not src and loc_id and kb.country_of(loc_id):
        tgt = _state_mention(kb, None, kb.country_of(loc_id))  # (session 18) unnamed people protesting at home
    if p.place_target:  # "سفیر خود سیف الزعابی را فراخواند": the envoy named inside the trigger is not the target
        tgt = [m for m in tgt if not (m.type == "PERSON" and ts <= m.start < te)]
    if not tgt and src and p.place_target:  # "سفیر خود را از تهران فراخواند": the state of the place named
        tgt = _place_target(doc, t, c0, c1, src)
    if p.type == "RETREAT" and p.place_target and not loc_id and (left := _place_left(doc, t, c0)) is not None:
        location, loc_id = left.name, left.kb_id  # (session 27 P) "طالبان از قندوز عقب‌نشینی کرد": where it left
    if not tgt and src and p.type in ("AGREE", "COOPERATE"):  # (lead, session 11) signed on a visit: with the host
        host = _visited_in_clause(text, doc.linked, c0, ts)
        state = host and _state_of(kb, host)
        if state and state not in _own_side(kb, src, doc.pub) | {m.kb_id for m in src}:
            tgt = _state_mention(kb, host, state)  # "پزشکیان در سفر به بغداد ۱۴ موافقت‌نامه را امضا کرد"
    if not tgt and src and p.type == "AID":  # "کمک‌های قطر برای غزه": aid for a place goes to its state
        dest = next((m for m in doc.linked.in_span(te, c1) if m.type == "PLACE" and m.kb_id
                     and _rx_search(r"(?:به|برای)\s+(?:مردم\s+)?$", text[max(c0, m.start - 12):m.start])), None)
        tgt = _state_mention(kb, dest, kb.country_of(dest.kb_id) if dest is not None else None)
    if src and p.object_of is not None and (not tgt or p.type in ("ACCUSE", "REJECT", "SUPPORT")):
        # "ادعاهای طالبان ... از پاکستان را غیرمسئولانه خواند": a judgement is of the claims' owner, not of the
        # last actor inside the object (REJECT: branch verbal9); (session 20) so is praise: "کمک ایران در مبارزه با
        # داعش را قابل تقدیر دانست" praises Iran
        tgt = _genitive_of_noun(p, t.chains, text, c0, ts, src, doc.linked.mentions) or tgt
    return location, loc_id, tgt


def _place_target(doc: _Doc, t: _Trigger, c0: int, c1: int, src: list[Mention]) -> list[Mention]:
    """The target of a ``place_target`` pattern named by no party: the state of the place named ("سفیر خود را از
    تهران فراخواند"), never the source's own ("... را به امارات فراخواند": home is no target)."""
    text, kb, ts, te = doc.text, doc.kb, t.ts, t.te
    own = _own_side(kb, src, doc.pub) | {m.kb_id for m in src}
    # (session 16) the first place inside that is not the source's own: "سفارت آذربایجان در تهران بازگشایی شد"
    place = next((m for m in doc.linked.in_span(ts, te) if m.type in ("PLACE", "COUNTRY") and m.kb_id
                  and _state_of(kb, m) not in own), None) or \
        next((m for m in doc.linked.in_span(c0, ts) if m.type in ("PLACE", "COUNTRY") and m.kb_id and  # "از شهر X عقب‌نشینی کرد"
              _rx_search(r"(?:^|\s)از\s+(?:[^\s،.؛:]+\s+){0,2}$", text[max(c0, m.start - 30):m.start])), None) or \
        next((m for m in doc.linked.in_span(te, min(c1, te + 40)) if m.type in ("PLACE", "COUNTRY") and m.kb_id
              and _state_of(kb, m) not in own  # (session 16) "بازگشایی سفارت عربستان در تهران"
              and _rx_search(r"(?:^|\s)در\s+$", text[max(te, m.start - 4):m.start])), None)
    state = _state_of(kb, place) if place is not None else None
    return _state_mention(kb, place, state) if state and state not in own else []


def _place_left(doc: _Doc, t: _Trigger, c0: int) -> Mention | None:
    """(session 27 P) The place a withdrawal leaves, named after "از" before the trigger in its clause or inside it
    ("از شهر X عقب‌نشینی کردند", "نیروهایش را از X خارج کرد"): the withdrawal happened there."""
    return next((m for m in doc.linked.in_span(c0, t.te) if m.type in ("PLACE", "COUNTRY") and m.kb_id
                 and m.how in ("name", "short") and t.ts - m.end <= 40
                 and _rx_search(r"(?:^|\s)از\s+(?:[^\s،.؛:]+\s+){0,2}$", doc.text[max(c0, m.start - 30):m.start])), None)


def _struck_party(doc: _Doc, m: Mention | None, place_id: str | None, state: str | None,
                  src: list[Mention]) -> list[Mention]:
    """The party a strike on a place hits: (session 23) the non-state group holding it that day (actor ``holds``:
    "به فرودگاه صنعا حمله کرد" hits the Houthis, who hold Sanaa), unless the group struck is the striker's own;
    else the place's state."""
    group = doc.kb.held_by(place_id, doc.pub)
    if group is not None and group in doc.kb.actors and not any(group in (x.kb_id, doc.kb.affiliation(x.kb_id))
                                                                 for x in src if x.kb_id):
        a, (s, e, text) = doc.kb.actors[group], ((m.start, m.end, m.text) if m is not None else (0, 0, ""))
        return [Mention(s, e, text, a.id, a.name, a.entity_type, "place")]
    return _state_mention(doc.kb, m, state)


# "در یمن", "در غرب یمن": a state named only as where something lies
_GENITIVE_GAP = re.compile(r"(?:\u200c?ی)?\s+")  # "حدیده‌ی یمن", "حدیده یمن"
_APPOSED_AFTER = re.compile(r"\s*،\s*")  # "پایتخت یمن، صنعا"
_WHERE_BEFORE = re.compile(r"(?:^|\s)در\s+(?:(?:شمال|جنوب|شرق|غرب|مرکز)(?:\s+غربی|\s+شرقی)?\s+)?$")


def _held_not_state(doc: _Doc, t: _Trigger, c0: int, state: Mention,
                    src: list[Mention]) -> tuple[list[Mention], Mention] | None:
    """(session 23) "به ساختمانی در شهر صنعا ... در یمن حمله کرد", "بندر حدیده در غرب یمن را بمباران کردند": the
    state is named only as where the struck place lies (or not at all: the event's place), and the place's holder
    (actor ``holds``) is the party hit: that party and the place."""
    placed = state.end == 0  # the state of the event's place, named nowhere as a party
    # "بندر حدیده‌ی یمن", "پایتخت یمن، صنعا،": the state in a place's genitive, or a place in apposition after it
    apposed = None if placed else next((m for m in doc.linked.in_span(state.end, min(t.s.end, state.end + 30))
                                        if _APPOSED_AFTER.fullmatch(doc.text, state.end, m.start)), None)
    owner = None if placed or apposed else next((m for m in doc.linked.in_span(max(c0, state.start - 40), state.start)
                                                 if _GENITIVE_GAP.fullmatch(doc.text, m.end, state.start)), None)
    if not placed and owner is None and apposed is None and \
            not _WHERE_BEFORE.search(doc.text, max(c0, state.start - 30), state.start):
        return None
    near = apposed or owner
    for m in [near] if near is not None else doc.linked.in_span(c0, t.te if placed else state.start):
        if m.type == "PLACE" and m.kb_id and doc.kb.country_of(m.kb_id) == state.kb_id and \
                doc.kb.held_by(m.kb_id, doc.pub) is not None:
            hit = _struck_party(doc, m, m.kb_id, state.kb_id, src)
            return None if not hit or hit[0].kb_id == state.kb_id else (hit, m)
    return None


def _struck(doc: _Doc, t: _Trigger, src: list[Mention], c0: int, c1: int) -> Mention | None:
    """What the attack behind a casualty verb hit: the place after its "به"/"در" ("در حمله ... به روستای X در جنوب
    لبنان"), else the victims' nationality ("۳ شهروند فلسطینی زخمی شدند")."""
    end = max(m.end for m in src)
    hi = t.ts if end <= t.ts else min(c1, end + 80)
    own = {m.kb_id for m in src} | {doc.kb.country_of(m.kb_id) for m in src if m.kb_id}
    places = [m for m in doc.linked.in_span(end, hi) if m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how != "adjective"
              and _rx_search(r"(?:^|\s)(?:به|در)\s+(?:[^\s،.؛:]+\s+){0,3}[«\"]?$", doc.text[max(end, m.start - 40):m.start])
              and not _NEAR_PLACE.search(doc.text, max(end, m.start - 50), m.start)  # (session 24) "در نزدیکی مرز X"
              and doc.kb.country_of(m.kb_id) not in own]  # (session 18) "عملیات ارتش پاکستان در وزیرستان": at home
    if places:
        return places[0]
    return next((m for m in doc.linked.in_span(c0, c1) if m.how == "adjective" and m.kb_id and m.kb_id not in own
                 and _VICTIM_COUNTED.search(doc.text, max(c0, m.start - 30), m.start)), None)


def _threatened_place(doc: _Doc, t: _Trigger, src: list[Mention]) -> Mention | None:
    """(session 21) The place a threat's "که" clause will strike ("تهدید کرد که (در صورت ...،) حیفا را هدف قرار
    می‌دهد"): the first place of another state marked by "را" in the clause; its state is the one threatened."""
    that = _rx_search(r"^\s*که\s", doc.text[t.te:t.te + 6])
    if that is None:
        return None
    own = _own_side(doc.kb, src, doc.pub) | {doc.kb.country_of(m.kb_id) for m in src if m.kb_id}
    return next((m for m in doc.linked.in_span(t.te + that.end(), t.s.end) if m.type == "PLACE" and m.kb_id
                 and (state := doc.kb.country_of(m.kb_id)) and state not in own
                 and _rx_search(r"^\s*را(?=\s|$)", doc.text[m.end:m.end + 5])), None)


def _place_object(doc: _Doc, t: _Trigger, c0: int, end: int | None = None) -> Mention | None:
    """A place marked by "را" before the trigger (or before ``end``: inside a trigger that holds its object, "شهر X را
    از Y پس گرفتند"): what was struck ("شهر کی‌یف را موشک‌باران کرد")."""
    return next((m for m in doc.linked.in_span(c0, t.ts if end is None else end) if m.type == "PLACE" and m.kb_id
                 and doc.kb.country_of(m.kb_id)
                 and _rx_search(r"^\s*را(?=\s|$)", doc.text[m.end:m.end + 5])), None)


def _fallen_place(doc: _Doc, t: _Trigger) -> Mention | None:
    """(session 32 WORD) The ground a ``fell_to`` trigger opens on ("شهر موصل به دست داعش افتاد"): the first known
    place inside it, where the taking happened."""
    return next((m for m in doc.linked.in_span(t.ts, t.te) if m.type == "PLACE" and m.kb_id), None)


def _taken_inside(doc: _Doc, t: _Trigger, c0: int) -> Mention | None:
    """(session 26 A6) A place taken whose "را" lies inside a trigger that opens on "کنترل" ("کنترل شهر قندوز را به
    دست گرفتند"): the ground occupied, whose holder is the target. Only these: "را" inside other triggers marks
    their own complement."""
    if not _rx_search(r"^کنترل(?=\s)", doc.text[t.ts:t.ts + 7]):
        return None
    hit = _place_object(doc, t, c0, t.te)
    if hit is None:
        return None
    ground, head = _control_ground()
    lead = head.match(doc.text, hit.start, hit.end)  # a place named with its head: "در استان زاپوریژیا"
    ends = (hit.start, lead.end()) if lead is not None else (hit.start,)
    return hit if any(ground.fullmatch(doc.text, t.ts + 5, end) for end in ends) else None


@lru_cache(maxsize=1)
def _control_ground() -> tuple[re.Pattern, re.Pattern]:
    """grammar.yaml control_ground_heads: between "کنترل" and the place only ground words, or up to three words of a
    quarter's name and "در" before them ("کنترل باب الحدید در شهر حلب"); and a ground word alone."""
    heads = sorted(grammar().get("control_ground_heads") or (), key=len, reverse=True)
    head = "(?:" + "|".join(re.escape(h).replace("\\ ", " ").replace(" ", r"[\s\u200c]+") for h in heads) + ")"
    share = r"(?:[\d۰-۹]+\s*درصد\s+(?:از\s+)?)?"  # "کنترل ۸۰ درصد شهر حلب"
    grounds = rf"{share}(?:{head}[\s\u200c]+){{0,2}}"
    ground = re.compile(rf"\s+(?:{grounds}|(?:[^\s.،؛:!؟]+\s+){{1,3}}در\s+{head}[\s\u200c]+{grounds})")
    return ground, re.compile(rf"{head}[\s\u200c]+")


def _soil_object(doc: _Doc, t: _Trigger, c0: int) -> Mention | None:
    """(session 24) A state's ground marked by "را" before the trigger ("خاک اوکراین را هدف قرار داد", "قلمرو
    سوریه را بمباران کرد"): the attack happened in that state."""
    return next((m for m in doc.linked.in_span(c0, t.ts) if m.type == "COUNTRY" and m.kb_id
                 and _rx_search(r"(?:^|\s)(?:خاک|قلمرو|سرزمین|داخل\s+خاک)\s+$", doc.text[max(c0, m.start - 14):m.start])
                 and _rx_search(r"^\s*را(?=\s|$)", doc.text[m.end:m.end + 5])), None)


_PLACE_OPENING = re.compile(rf"[\s«\"']*{CLAUSE_TIME}{SUBDIVISIONS}{FACILITY_HEAD}{PLACE_HEAD}")  # "شهر X", "پایتخت X" (grammar.yaml place_heads);
# (session 20) a facility there: "سایت هسته‌ای نطنز", "پالایشگاه حیفا" (facility_heads)
# a clause closing on a passive or an experiencer verb: "ویران شد", "هدف ... قرار گرفت", "آسیب دید"
_PASSIVE_END = re.compile(r"(?:شد|شده|گرفت|گرفته|رسید|دید|دیده)(?:ند)?(?:\s+است|\s+اند)?[\s.!]*$")


def _place_subject(doc: _Doc, t: _Trigger, c0: int, c1: int) -> Mention | None:
    """A place opening the clause of a passive or nominal attack, as its subject ("خارکف، دومین شهر اوکراین، بر اثر
    حملات روسیه ویران شده است"): what was struck lies in its state. Only at the clause's start, before any actor."""
    first = next(iter(doc.linked.in_span(c0, t.ts)), None)
    if first is None or first.type not in ("PLACE", "COUNTRY") or not first.kb_id:
        return None
    # (session 23) an adverbial naming no actor may open the sentence before a comma ("با پایان آتش‌بس، ...")
    lo = max(c0, doc.text.rfind("،", c0, first.start) + 1)
    if not _PLACE_OPENING.fullmatch(doc.text, lo, first.start):
        return None
    # (session 19) or a passive trigger itself: "منطقه X مورد حملات هوایی Y قرار گرفت"
    passive = t.p.frame == "passive" or _PASSIVE_END.search(doc.text, t.te, c1) is not None
    return first if passive and _state_of(doc.kb, first) else None


def _aimed_at(doc: _Doc, t: _Trigger) -> Mention | None:
    """A place a gapped attack trigger aims at ("به سمت کی‌یف شلیک کرد", "به شمال اسرائیل شلیک کرد"), (session 23)
    or is aimed "علیه" ("حملات گسترده‌ای را علیه نوار غزه آغاز کرد"), (session 27 A7) or dropped "بر روی" ("بمب‌هایی بر
    روی شهر حلب ریختند"), or its people killed ("دست به کشتار ساکنان X زدند"): what was struck lies in its state."""
    return next((m for m in doc.linked.in_span(t.ts, t.te) if m.type == "PLACE" and m.kb_id and doc.kb.country_of(m.kb_id)
                 and _rx_search(r"(?:^|\s)(?:به|علیه|روی|بر\s+روی|بر\s+سر|ساکنان|اهالی)\s+(?:سمت\s+|سوی\s+)?(?:[^\s،.؛:]+\s+){0,2}$",
                                doc.text[max(t.ts, m.start - 30):m.start])), None)


_OWN_DATED = ("explicit", "relative", "month", "year")
_IN_COMPLEMENT = re.compile(r"(?:^|\s)که\s")


def _event_date(doc: _Doc, t: _Trigger, c0: int, c1: int, src: list[Mention], raw: list[Event]) -> EventDate:
    """The trigger's clause date; else the announcing clause's, the same speaker's run of sentences', or the
    previous event's for "در همان روز"."""
    text, pub, s = doc.text, doc.pub, t.s
    d = resolve_event_date(text[c0:c1], pub)
    if d.precision in _OWN_DATED and (rel := _dated_relative_clause(text, c0, t.ts)) is not None:
        # (session 24) "ظریف که چهارشنبه شب وارد رم شده بود، امروز صبح با ... دیدار کرد": the relative clause's
        # day is its own verb's; a day named outside it is the trigger's
        outside = resolve_event_date(text[c0:rel[0]] + " " + text[rel[1]:c1], pub)
        if outside.precision in ("explicit", "relative"):
            d = outside
        elif d.precision in ("month", "year"):  # "ایران که در سال ۲۰۱۵ ... پذیرفته بود، ...": the clause's year
            d = outside
    if d.precision in _OWN_DATED and d.text and _IN_COMPLEMENT.search(
            text.replace("\u200c", " ")[t.te:max(t.te, text.replace("\u200c", " ").find(d.text, c0, c1))]):
        # (session 24) "X درخواست کرده است که ... در سال ۲۰۱۴ در دستور کار قرار گیرد": a month or year after the
        # trigger, in the clause "که" opens, is that clause's time, not the trigger's
        d = resolve_event_date(text[c0:t.te], pub)
    if d.precision == "reported" and c0 > s.start:
        said = resolve_event_date(text[s.start:c0], pub)  # "X روز چهارشنبه اعلام کرد واشنگتن ... را تحریم کرده"
        if said.precision in ("explicit", "relative"):
            d = said
    if d.precision == "reported" and not (t.si == 0 or s.end <= doc.headline_end):
        # (session 21) a headline's event is dated by the body's report of it (merge), not by the lead's other dates
        d = _date_of_same_speaker(doc.sentences, t.si, {m.kb_id for m in src if m.kb_id}, doc.linked, text, pub) or d
    if raw and raw[-1].date_precision in ("explicit", "relative") and _SAME_TIME.search(text, c0, c1):
        d = EventDate(dt.date.fromisoformat(raw[-1].date), raw[-1].date_precision)  # "در همان شب"
    if _tally_until(text, c0, t, d) or t.p.told_date_only and d.precision == "reported" or _earlier_act(text, c0, t, d):
        d = EventDate(None, None)
    return d


def _earlier_act(text: str, c0: int, t: _Trigger, d: EventDate) -> bool:
    """(session 31 ASLT) "نیروهای X قبل از این بمباران به مواضعی در Y حمله کرده بودند": an act told in the past
    perfect as before another (grammar.yaml earlier_act_openers), with no day of its own, was on a day the text does
    not tell, not the report's."""
    return d.precision == "reported" and _PLUPERFECT.search(text, t.ts, t.te) is not None \
        and _EARLIER_OPENER.search(text, c0, t.ts) is not None


_PLUPERFECT = re.compile(r"ه[\s\u200c]*بود(?:ند)?$")
_EARLIER_OPENER = re.compile(rf"(?<![\w\u200c])(?:{phrases(grammar_words('earlier_act_openers'))})(?![\w\u200c])")


def _tally_until(text: str, c0: int, t: _Trigger, d: EventDate) -> bool:
    """(session 25) "تا روز چهارشنبه دست کم ۲۰۰ تن بازداشت شده‌اند": a day after "تا" with a perfect plural verb
    closes a tally of many days' acts; it dates none of them."""
    if d.precision not in ("explicit", "relative") or not d.text:
        return False
    at = text.find(d.text, c0, t.ts)
    return at != -1 and _UNTIL_BEFORE.search(text, max(0, at - 6), at) is not None \
        and _PERFECT_PLURAL.search(text, t.ts, t.te) is not None


_UNTIL_BEFORE = re.compile(r"(?:^|\s)تا\s+$")
_PERFECT_PLURAL = re.compile(r"ه[\s\u200c]*اند$")


# (session 24) a relative clause closed by a comma before the trigger ("X که ... وارد رم شده بود، ...")
_RELATIVE_CLAUSE = re.compile(r"(?:^|\s)که\s[^،؛.]{3,120}،")


def _dated_relative_clause(text: str, c0: int, ts: int) -> tuple[int, int] | None:
    """The span of the last relative clause between the clause start and the trigger, when one closes before it."""
    last = None
    for m in _RELATIVE_CLAUSE.finditer(text, c0, ts):
        last = m
    return (last.start(), last.end()) if last is not None else None


def _superior(doc: _Doc, src: list[Mention], day: dt.date | None) -> list[Mention]:
    """Whom a resigning office holder answers to: the holder on ``day`` of the superior office of the same state
    (events.yaml: superiors), for an office held then or ended in the last two months (the resignation itself)."""
    kb = doc.kb
    if day is None:
        return _superior_named(doc, src)
    for m in src:
        a = kb.actors.get(m.kb_id) if m.kb_id else None
        if a is None:
            continue
        held = [p for p in a.positions if p.covers(day) or (p.end and p.end <= day and (day - p.end).days <= 60)]
        for pos in held:
            for title in doc.compiled.superiors_of(pos.title):
                boss = [h for h in kb.holders(title, pos.of, day) if h.id != a.id]
                if boss:
                    return [Mention(m.start, m.start, "", boss[0].id, boss[0].name, "PERSON", "superior")]
    return []


def _superior_named(doc: _Doc, src: list[Mention]) -> list[Mention]:
    """An undated resignation: the superior is a person the article names who held the superior office while the
    resigner held the office ("ظریف ... استعفای خود را تقدیم مسعود پزشکیان کرده است")."""
    kb = doc.kb
    named = {m.kb_id for m in doc.linked.mentions if m.type == "PERSON" and m.kb_id}
    for m in src:
        a = kb.actors.get(m.kb_id) if m.kb_id else None
        for pos in a.positions if a is not None else []:
            for title in doc.compiled.superiors_of(pos.title):
                for h in kb.holders(title, pos.of, None):
                    if h.id in named and h.id != a.id and any(q.title == title and q.of == pos.of and _overlap(q, pos)
                                                              for q in h.positions):
                        return [Mention(m.start, m.start, "", h.id, h.name, "PERSON", "superior")]
    return []


def _overlap(a: Span, b: Span) -> bool:
    """Two dated spans share a day (an open end is open)."""
    return (a.start is None or b.end is None or a.start <= b.end) and (b.start is None or a.end is None or b.start <= a.end)


_LISTED_PLACE = re.compile(r"\s*(?:،|,)?\s*(?:و\s+)?")


def _listed_after(doc: _Doc, first: Mention, c1: int) -> list[Mention]:
    """(session 24) The places listed right after a visit's destination ("عمان و قطر", "عمان، قطر و کویت"): each
    joined by a comma or "و" and nothing else, up to the last."""
    out: list[Mention] = []
    pos = first.end
    for m in doc.linked.in_span(first.end, c1):
        if m.start < pos:
            continue
        if not (m.type in ("PLACE", "COUNTRY") and m.kb_id and m.how in ("name", "short")
                and _LISTED_PLACE.fullmatch(doc.text, pos, m.start) and doc.text[pos:m.start].strip()):
            break
        out.append(m)
        pos = m.end
    return out if out and "و" in doc.text[out[-2].end if len(out) > 1 else first.end:out[-1].start] else []


def _other_state_before(doc: _Doc, dest: Mention, own: set[str | None]) -> Mention | None:
    """"ظریف وزیر امور خارجه ایران ... به این کشور رفت": a visit's "this country" is never the traveller's own — the
    last state named before it that is not (within the article's last 400 characters), else none."""
    if dest.kb_id not in own:
        return dest
    return next((m for m in reversed(doc.linked.in_span(max(0, dest.start - 400), dest.start))
                 if m.type == "COUNTRY" and m.kb_id and m.how in ("name", "short") and m.kb_id not in own), None)


def _not_a_visitor(text: str, c0: int, ts: int, src: list[Mention]) -> bool:
    """An arrival ("وارد X شد", "عازم X شد") is a visit only by a person or a delegation: "کاروان کمک‌های مصر وارد
    غزه شد", "پنج زندانی آمریکایی وارد دوحه شدند" are things or people a state owns or sends, not its visit."""
    if _TRAVELLERS.search(text, c0, ts):
        return True  # (session 17) "زائران ایرانی وارد عراق شدند": pilgrims, tourists, migrants travel, states do not
    if not src or any(m.type == "PERSON" for m in src) or not _ARRIVAL.match(text, ts):
        return False
    return not _DELEGATION.search(text, c0, min(m.start for m in src))


def _reported_traveller_unknown(text: str, start: int, ts: int, src: list[Mention]) -> bool:
    """(session 18) "امانی گفت که صالحی عصر چهارشنبه وارد قاهره خواهد شد": a reported clause opened by a word that is
    no clause opener (a name rasad did not link) has its own traveller, so the speaker before the cue is not it."""
    bound = None
    for m in _CUE_BOUNDARY.finditer(text, start, ts):
        bound = m.end()
    if bound is None or not src or any(m.start >= bound for m in src):
        return False
    first = _WORD.match(text, bound)
    word = first.group().replace(ZWNJ, "") if first else ""
    return bool(word) and word not in _CLAUSE_OPENERS and word not in PREPOSITIONS and not _VERB_WORD.match(word)


def _speaker_quoting_self(doc: _Doc, t: _Trigger, src: list[Mention]) -> bool:
    """(session 19) "X خاطرنشان کرد: او در این سفر با Y دیدار خواهد کرد": a speaker says "من" of himself, so the
    third-person pronoun opening his direct quote is someone else, though it was linked to him (the sentence's first
    person, no one else named); whose meeting it is stays unknown, and the speaker's it is not."""
    text = doc.text
    quote = None
    for m in _DIRECT_QUOTE.finditer(text, t.s.start, t.ts):
        quote = m
    if quote is None or not src:
        return False
    pronoun = next((m for m in src if m.start >= quote.end() and m.how == "pronoun"), None)
    if pronoun is None or not text.startswith(pronoun.text, quote.end()):
        return False
    speaker = next((m for m in doc.linked.in_span(t.s.start, quote.start()) if m.type == "PERSON"), None)
    return speaker is not None and speaker.kb_id == pronoun.kb_id


def _summit_attended(doc: _Doc, c0: int, c1: int, src: list[Mention]) -> list[Mention]:
    """(session 19) "برای شرکت در اجلاس سران سازمان همکاری شانگهای عازم چین شد": a trip whose purpose is a meeting of
    an intergovernmental body is with that body (as "در اجلاس … شرکت کرد" is), not with the state hosting it. The
    body is the first actor within a few words of the purpose (grammar.yaml summit_purpose), none of the travellers."""
    for m in _SUMMIT_PURPOSE.finditer(doc.text, c0, c1):
        first = next(iter(doc.linked.in_span(m.end(), min(c1, m.end() + 70))), None)
        actor = doc.kb.actors.get(first.kb_id) if first is not None and first.kb_id else None
        if actor is not None and actor.sector == "IGO" and first.kb_id not in {x.kb_id for x in src}:
            return [first]
    return []


def _host_met(kb: KnowledgeBase, raw: list[Event], src: list[Mention], tgt: list[Mention]) -> bool:
    """(session 19) The traveller already met someone of the host state in this article ("امیر قطر از پزشکیان
    استقبال کرد ... پزشکیان برای شرکت در اجلاس ... به دوحه سفر کرده است"): the trip is that visit, told again."""
    travellers = {m.kb_id for m in src if m.kb_id}
    hosts = {kb.country_of(m.kb_id) or m.kb_id for m in tgt if m.kb_id}
    met = {i for e in raw if e.type == "CONSULT" and travellers & set(e.source_ids + e.target_ids)
           for i in e.source_ids + e.target_ids if i and i not in travellers}  # (a visit to the state itself: no one met)
    return any(kb.country_of(i) in hosts for i in met if i in kb.actors and kb.actors[i].type != "STATE")


def _own_body_welcomes(kb: KnowledgeBase, src: list[Mention], tgt: list[Mention]) -> bool:
    """(session 24) A guest state welcomed or hosted only by its own bodies or people: no visit between two sides (the
    guest was misread, e.g. the state of "به دعوت وزارت امور خارجه ایران")."""
    guests = {m.kb_id for m in src if m.kb_id}
    return bool(guests) and bool(tgt) and all(m.type == "COUNTRY" for m in src if m.kb_id) and \
        all(m.kb_id and m.kb_id not in guests and kb.country_of(m.kb_id) in guests for m in tgt)


def _travel_at_home(kb: KnowledgeBase, src: list[Mention], tgt: list[Mention], roles: Sequence[Role] = ()) -> bool:
    """A visit whose only destination is the visitors' own state. (session 23) A visitor the knowledge base lacks,
    named with an office ("محمدطیب صحرایی استاندار کرمانشاه وارد سنقر شد"), is at home in the office's state."""
    home = {kb.country_of(m.kb_id) for m in src if m.kb_id}
    home |= {kb.country_of(r.of) for m in src if not m.kb_id for r in roles
             if r.of and not r.kb_id and 0 <= r.start - m.end <= 2}
    home.discard(None)
    return bool(tgt) and bool(home) and all(m.type == "COUNTRY" and m.kb_id in home for m in tgt)


# (session 15) acts a body does, not words: a spokesperson announcing one speaks for the body that did it
_MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "AID", "MOBILIZE", "COOPERATE", "SANCTION"})


def _spokespeoples_bodies(doc: _Doc, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """"ذبیح‌الله مجاهد، سخنگوی طالبان اعلام کرد که ۷۶ تن را آزاد کرده‌اند": a spokesperson taken as the doer of a
    material act stands for the body they speak for (their office's body), as the reported act is the body's."""
    if t.p.type not in _MATERIAL_TYPES or not src:
        return src
    out: list[Mention] = []
    for m in src:
        office = _spokesperson_office(doc, m) if m.type == "PERSON" else None
        body = doc.kb.actors.get(office.of) if office is not None and office.of else None
        if body is not None:
            m = Mention(m.start, m.end, m.text, body.id, body.name, body.type if body.type != "STATE" else "COUNTRY",
                        "spokesperson")
        if not (m.kb_id and any(x.kb_id == m.kb_id for x in out)):
            out.append(m)
    return out


def _spokesperson_office(doc: _Doc, m: Mention) -> Mention | None:
    """The spokesperson's office of ``m``: the office itself, or one beside the named person in the article."""
    if m.how == "role" and m.role and m.role.endswith("spokesperson"):
        return m
    if not m.kb_id:
        return None
    return next((x for x in doc.linked.mentions if x.how == "role" and x.kb_id == m.kb_id and x.role
                 and x.role.endswith("spokesperson") and abs(x.start - m.start) < 120), None)


def _speaker_for_own_side(doc: _Doc, t: _Trigger, src: list[Mention]) -> list[Mention]:
    """(branch verbal) "وی افزود: جمهوری اسلامی ایران حق پاسخ ... را برای خود محفوظ می‌داند": a statement
    whose reported subject is the speaker's own state or body is the speaker's act (a statement is made by whoever
    makes it; the state is only what they speak for)."""
    if t.p.type not in SPEECH_TYPES | {"SUPPORT"}:
        return src
    cues = list(_CUE_BOUNDARY.finditer(doc.text, t.s.start, t.ts))
    speaker = _subject([c for c in t.chains if c.start < cues[-1].start()]) if cues else _speaker_after_quote(doc, t)
    if speaker is not None and (not src or _FIRST_PLURAL.search(doc.text[t.ts:t.te])):
        return speaker.actors()  # "«ما از عراق می‌خواهیم ...» این را X گفت", "... و ما به آمریکا هشدار می‌دهیم"
    if speaker is None and (not src or _FIRST_PLURAL.search(doc.text[t.ts:t.te])) and (issuer := _statement_issuer(doc, t)):
        return issuer  # (branch verbal9) "در این بیانیه آمده است: «ما ... را محکوم می‌کنیم»": the statement's issuer
    if not src or any(m.type == "PERSON" for m in src):
        return src
    persons = [m for m in speaker.actors() if m.type == "PERSON" and m.kb_id] if speaker is not None else []
    serves = _own_side(doc.kb, persons, doc.pub)
    return persons if persons and all(m.kb_id in serves for m in src) else src


# (branch verbal9) a sentence quoting a statement named before: "در (ادامه/بخشی از) این بیانیه آمده است:"
_IN_STATEMENT = re.compile(r"(?:این|آن|همین)[\s\u200c]+(?:بیانیه|نامه|پیام|اطلاعیه)[\s\u200c]+(?:[^\s«:]+[\s\u200c]+){0,2}?"
                           r"(?:آمده|می[\s\u200c]*خوانیم|تصریح|تاکید|تأکید)")
_STATEMENT_NOUN = re.compile(r"بیانیه|نامه|پیام|اطلاعیه")


def _statement_issuer(doc: _Doc, t: _Trigger) -> list[Mention]:
    """(branch verbal9) "وزارت خارجه روسیه در بیانیه‌ای ... . در این بیانیه آمده است: «...»": the first actor of the
    sentence (up to three back) that issued the statement the quote is from."""
    if not _IN_STATEMENT.search(doc.text, t.s.start, t.ts):
        return []
    for j in range(t.si - 1, max(-1, t.si - 4), -1):
        s = doc.sentences[j]
        if _STATEMENT_NOUN.search(doc.text, s.start, s.end):
            first = next((m for m in doc.linked.in_span(s.start, s.end) if _eligible(m) and m.type != "PARTIES"), None)
            if first is not None:  # (a sentence quoting the statement before names no issuer: look further back)
                return [first]
    return []


def _speaker_after_quote(doc: _Doc, t: _Trigger) -> Chain | None:
    """"«ما از دولت عراق می‌خواهیم ...» این را ناصر کنعانی گفت": a trigger inside a quote closed in its sentence,
    with a speech verb after it, is said by the subject after the quote."""
    close = doc.text.find("»", t.te, t.s.end)
    if close == -1 or "«" not in doc.text[t.s.start:t.ts] or not _SAID_AT_END.search(doc.text, close, t.s.end):
        return None
    return _subject([c for c in t.chains if c.start > close])

# an attack's object counted and unnamed, right before the verb: "به دو کشتی (در دریای سرخ) حمله کرد"
_COUNTED_OBJECT = re.compile(r"(?:^|\s)به\s+(?:یک|دو|سه|چهار|پنج|چند|[0-9۰-۹]+)\s+[^\s،.]+(?:\s+[^\s،.]+){0,4}\s+$")
# (session 18) the fallen counted and unnamed right before a casualty verb, by an attacker the frame found: "در جریان
# عملیات ارتش پاکستان در وزیرستان شمالی ۲ تروریست کشته شدند" (its target unknown, as in the gold)
_COUNTED_FALLEN = re.compile(rf"(?<!\S){NUMERAL}"
                             r"(?:\s+[^\s،.]+){1,2}\s+(?:نیز\s+)?$")
# (session 24) ... or standing before the cause the frame took its attacker from: "(اعلام کرد) ۱۲ نفر در حملات X
# کشته شده‌اند", "سه غیرنظامی بر اثر حمله پهپادی X جان باختند" (the count, one or two words that are no preposition,
# then the opener and the attack noun)
_COUNTED_BEFORE_CAUSE = re.compile(rf"(?<!\S){NUMERAL}(?:[\s\u200c]+(?!(?:به|علیه|در|از|با|که|را|بر|طی|پس)"
                                   r"[\s\u200c])[^\s،.؛:]+){1,2}" + _CAUSE_OPENING.pattern)
# (session 13) an object counted and unnamed, marked by "را", before a seizure, arrest or attack verb: "یک نفتکش خارجی
# را در خلیج فارس توقیف کرد", "۳۳ نفر را بازداشت کرد" (a place or reason may stand between); (session 16) at the
# opening of a reported clause too ("اعلام کرد که یک کشتی خارجی را ... توقیف کرده است": a lookbehind, since "^" is
# no boundary where a search starts mid-text)
_COUNTED_RA = re.compile(rf"(?<!\S){NUMERAL}\s+"
                         r"[^\s،.]+(?:\s+[^\s،.]+){0,3}\s+را\s+(?:[^\s.]+\s+){0,20}$")  # (session 16) what it did, where
# (session 25) ... and right before an attack trigger that opens with its "را" ("۱۲ غیرنظامی را از پا درآوردند",
# "دوازده سرباز را کشتند"): the count and up to four words, then the trigger. Not one person ("یک نفر را کشتند"):
# the press names a single victim in the next words, and that one is the target
_COUNTED_BEFORE_RA = re.compile(rf"(?<!\S)(?!یک\s){NUMERAL}\s+[^\s،.]+(?:\s+[^\s،.]+){{0,3}}\s+$")
# (session 31 ASLT) people counted inside a trigger that holds its object ("دست به کشتار حدود ۳۰۰ تن از ساکنان X
# زدند": the victims unnamed, the event stands with no target)
_COUNTED_INSIDE = re.compile(rf"(?<!\S){NUMERAL}[\s\u200c]+(?:تن|نفر|{phrases(grammar_words('person_nouns'))})(?![\w\u200c])")
# (session 31 ASLT) an unnamed object told by an indefinite noun after the attacker ("به مواضعی در شهر X حمله کردند",
# "نقاطی در Y را بمباران کرد"; grammar.yaml unnamed_struck_objects): no one named was struck
_UNNAMED_STRUCK = re.compile(rf"(?<![\w\u200c])(?:{phrases(grammar_words('unnamed_struck_objects'))})(?![\w\u200c])"
                             r"(?:[\s\u200c]+[^\s،.؛:]+){0,8}[\s\u200c]+$")


def _target_optional(p: Pattern) -> bool:
    """Events that stand without a recipient: protests, mobilisations, resignations ("ظریف استعفا داد")."""
    return p.target_optional or p.type in ("PROTEST", "MOBILIZE")


def _instrument(doc: _Doc, start: int) -> Pattern | None:
    """The pattern of a non-violent instrument whose genitive is the actor at ``start`` ("تحریم‌های جدید X")."""
    rx, patterns = doc.compiled.instruments
    m = rx.search(doc.text, max(0, start - 60), start)
    return patterns[next(k for k, v in m.groupdict().items() if v is not None)] if m else None


def _called_by(doc: _Doc, t: _Trigger, tgt: list[Mention]) -> bool:
    """Whether the call's sentence or the next says it was made at the initiative of the party coded as its target
    ("به ابتکار ماکرون", "به ابتکار طرف فرانسوی": the person, their state or its adjective)."""
    nxt = doc.sentences[t.si + 1].end if t.si + 1 < len(doc.sentences) else t.s.end
    sides = {x for m in tgt if m.kb_id for x in (m.kb_id, doc.kb.country_of(m.kb_id))}
    for m in _CALL_INITIATIVE.finditer(doc.text, t.s.start, nxt):
        after = next((x for x in doc.linked.in_span(m.end(), m.end() + 30) if x.kb_id), None)
        if after is not None and after.start <= m.end() + 1 and {after.kb_id, doc.kb.country_of(after.kb_id)} & sides:
            return True
    return False


def _of_sectors(kb: KnowledgeBase, side: list[Mention], sectors: frozenset[str]) -> list[Mention]:
    """(session 20) The side's actors of the pattern's sectors (all of them when it names none): joining "بریکس" is
    an accession, joining a football club is not."""
    if not sectors:
        return side
    return [m for m in side if m.kb_id and (a := kb.actors.get(m.kb_id)) is not None and a.sector in sectors]


@dataclass
class _Coding:
    """A trigger on its way to an event: the parties found so far and what the steps learn about them."""

    t: _Trigger
    src: list[Mention]
    tgt: list[Mention]
    c0: int  # the clause around the trigger
    c1: int
    location: str | None = None
    loc_id: str | None = None
    victims: list[Mention] = dataclasses.field(default_factory=list)
    implied: set[str] = dataclasses.field(default_factory=set)
    unnamed: bool = False  # attackers left unnamed in the subject ("افراد مسلح")
    unknown_attacker: bool = False
    counted: bool = False  # things or people counted, no one named, as the target
    named: list[Mention] = dataclasses.field(default_factory=list)  # the targets the frame named (no place's state)
    unseen: bool = False  # (session 23) an attack whose attacker the text leaves untold: coded with no source
    unseen_targets: set[str | None] = dataclasses.field(default_factory=set)
    crowd: bool = False  # (session 23) protesters named only as someone's supporters: an unnamed crowd
    deed: bool = False  # (session 27 D) a condemned deed whose doer may go unnamed: no target needed
    untargeted: bool = False  # (session 27 S) a bombing with casualties and no one named it hit: no target needed
    unnamed_act: bool = False  # (session 31 UNN) an act told with no party named: its day from before
    told: _Coding | None = None  # (session 29 BOTH) the attack told before whose doer caused these casualties


def _code_trigger(doc: _Doc, t: _Trigger, raw: list[Event]) -> Event | None:
    """One trigger → one event with its parties, place, date, rule and confidence (None when a party is missing or a
    step finds the trigger reports no event)."""
    parties = _parties(doc, t)
    if parties is None:
        return None
    w = _Coding(t, parties[0], parties[1], *_clause(doc.text, t.s, t.ts), named=list(parties[1]))
    for step in _CODING_STEPS:
        if not step(doc, w, raw):
            return None
    return _event(doc, w, raw)


# (session 25) a place right after "در" (the post of an envoy: "سفیر ایران در باکو")
_IN_BEFORE = re.compile(r"(?:^|\s)در\s+$")


def _agent_told_before(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 27 K) A passive coercion with no agent in its sentence, told right after an act whose doer is named —
    earlier in its sentence or in the sentence before ("دادگاه X ۹ فعال را ... محکوم کرد. بر اساس این حکم ... محکوم
    شده‌اند", "مورد هجوم مأموران نیروی انتظامی قرار گرفتند و ۸ نفر از آنان بازداشت شدند"): that doer did it — a
    coercion's, or an attack's by a state or a body that arrests. It takes the place of a judiciary read from the
    words alone (agents.judicial_agent)."""
    t = w.t
    if t.p.type != "COERCE" or t.p.frame != "passive" or not all(_read_agent(m, t.ts) for m in w.src):
        return True
    lo = doc.sentences[t.si - 1].start if t.si > 0 else t.s.start
    e = next((e for e in reversed(raw) if e.offsets[0] >= lo and _doer_told(doc.kb, e)), None)
    if e is not None:
        w.src = [Mention(t.ts, t.ts, "", i, doc.kb.actors[i].name, doc.kb.actors[i].entity_type, "description")
                 for i in e.source_ids]
        # the doer as the clause's subject underwent nothing, nor did the one reporting it ("به‌گزارش X، ...")
        w.tgt = [m for m in w.tgt if m.kb_id not in e.source_ids and m.type != "MEDIA"
                 and not _REPORTED_BY.search(doc.text, max(0, m.start - 12), m.start)]
    return True


_REPORTED_BY = re.compile(r"گزارش[\s\u200c]*$")


def _attacker_told_before(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 29 BOTH) Casualties told with no doer, right after an attack whose doer is named — earlier in their
    sentence or in the sentence before ("گروه X شب گذشته حمله کرد که در نتیجه آن ده سرباز کشته شدند"): that doer
    caused them. Only when that attack was not coded itself (it named no one struck): a coded attack's casualties
    are that attack, told once. Every other attack with a doer is remembered for the casualties after it."""
    p = w.t.p
    if p.type != "ASSAULT" or p.frame == "passive":
        return True
    if p.frame != "casualty":
        if w.src:
            doc.attackers.append(w)
        return True
    if not w.src:
        lo = doc.sentences[w.t.si - 1].start if w.t.si > 0 else w.t.s.start
        told = next((a for a in reversed(doc.attackers) if lo <= a.t.ts < w.t.ts), None)
        if told is not None and not any(e.type == "ASSAULT" and e.offsets[0] >= lo for e in raw) \
                and not _OTHER_CAUSE.search(doc.text, max(told.t.te, w.t.s.start), w.t.ts):
            w.src, w.tgt, w.told = list(told.src), w.tgt or _fallen_in_clause(w, max(told.t.ts, w.c0)), told
    return True


# (session 29 BOTH) a cause of death other than an attack (grammar.yaml accident_causes and casualty_other_causes)
_OTHER_CAUSE = re.compile(rf"(?:^|[\s\u200c])(?:{phrases(sorted(grammar_words('accident_causes') | grammar_words('casualty_other_causes')))})(?![\w])")


def _place_told_before(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 29 BOTH) Casualties caused by an attack told before, with no place of their own: the attack's."""
    if w.told is not None and w.loc_id is None:
        a = w.told
        w.location, w.loc_id = (a.location, a.loc_id) if a.loc_id is not None else _place_in_attack(doc, a)
    return True


def _place_in_attack(doc: _Doc, a: _Coding) -> tuple[str | None, str | None]:
    """The last place named between an attack's doer and its verb after "در", "به" or the Dari "بر" ("افراد طالبان،
    ...، بر بخش‌هایی از ولسوالی X این ولایت، حمله کردند"): where the attack went, though an aside's comma stands
    between (the clause reading of places._place_of stops at it)."""
    lo = max(m.end for m in a.src) if a.src and max(m.end for m in a.src) <= a.t.ts else a.t.s.start
    for m in reversed(doc.linked.in_span(lo, a.t.ts)):
        before = doc.text[max(lo, m.start - 40):m.start]
        if m.type in ("PLACE", "COUNTRY") and m.kb_id and (
                doc.compiled.place_before.search(before) or doc.compiled.place_to.search(before)):
            return m.name, m.kb_id
    return None, None


def _fallen_in_clause(w: _Coding, lo: int) -> list[Mention]:
    """Whom a casualty verb with no cause named befell: the subject between the attack told (or its clause's
    start) and the verb, or the party after a partitive "از" ("ده تن از نیروهای امنیتی X کشته شدند"); none when
    only counted."""
    before = [c for c in w.t.chains if lo <= c.start and c.end <= w.t.ts]
    hit = _subject(before) or next((c for c in reversed(before) if c.marker == "از"), None)
    return hit.actors() if hit is not None else []


def _read_agent(m: Mention, ts: int) -> bool:
    """A party no words name, put at the trigger (agents.judicial_agent's judiciary)."""
    return m.start == m.end == ts and m.how == "description"


def _doer_told(kb: KnowledgeBase, e: Event) -> bool:
    """An event whose every source the knowledge base knows, a coercion or an attack by one that arrests."""
    ids = e.source_ids
    return bool(ids) and all(i in kb.actors for i in ids) and (
        e.type == "COERCE" or e.type == "ASSAULT" and all(may_make_arrests(kb, i) for i in ids))


def _host_summons(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 25) The state where a summoned envoy serves is the one that summons ("سفیر تهران در کویت احضار شده
    است", "سفیر ایران در باکو به وزارت امور خارجه این کشور احضار شد"). Where no summoner is named, or the one found
    is the envoy's own state (a bare "وزارت امور خارجه" read as the outlet's), the host summons: the place after
    "در" in the envoy's phrase, else the post the knowledge base gives the envoy. A state does not summon its own
    envoy to protest: with no host found there is no event."""
    if w.t.p.frame != "summon":
        return True
    w.tgt = _envoy_by_capital(doc, w.t, w.tgt or _summoned_envoy(w))
    if not w.tgt:
        return True
    envoy = {_state_of(doc.kb, m) for m in w.tgt} - {None}
    named = _envoy_post(doc, w.t, w.tgt, envoy)
    summoners = {_state_of(doc.kb, m) for m in w.src}
    if w.src and not envoy & summoners and (named is None or named[1] in summoners):
        return True
    host = named or _envoy_host(doc, w.tgt, envoy)
    if host is None:
        return not w.src and w.t.p.source_optional
    w.src = [_body_for(doc.kb, m, SUMMONING_BODY) for m in _state_mention(doc.kb, host[0], host[1])]
    return bool(w.src)


def _summoned_envoy(w: _Coding) -> list[Mention]:
    """A passive's envoy the frame left (its office and post split into several mentions): the clause's first chain
    with no preposition before the trigger."""
    c = next((x for x in w.t.chains if w.c0 <= x.start < w.t.ts and x.marker is None), None)
    return c.all_actors()[:1] if c is not None else []


def _envoy_by_capital(doc: _Doc, t: _Trigger, tgt: list[Mention]) -> list[Mention]:
    """"سفیر تهران": an envoy named by an office and a capital stands for the capital's state."""
    if not tgt or any(m.kb_id for m in tgt):
        return tgt
    cap = next((m for m in t.ms if m.type == "PLACE" and tgt[0].end <= m.start <= tgt[0].end + 2
                and m.kb_id in doc.kb.places and doc.kb.places[m.kb_id].kind == "capital"), None)
    return _state_mention(doc.kb, cap, _state_of(doc.kb, cap)) or tgt if cap is not None else tgt


def _envoy_post(doc: _Doc, t: _Trigger, tgt: list[Mention], envoy: set[str | None]) -> tuple[Mention, str] | None:
    """The place or state right after an envoy and "در" ("سفیر ایران در باکو"), not the envoy's own: where they serve."""
    ends = [m.end for m in tgt if m.end]
    for m in t.ms:
        if m.type in ("PLACE", "COUNTRY") and any(0 < m.start - e <= 6 for e in ends) and \
                _IN_BEFORE.search(doc.text, max(0, m.start - 4), m.start):
            state = _state_of(doc.kb, m)
            if state and state not in envoy:
                return m, state
    return None


def _envoy_host(doc: _Doc, tgt: list[Mention], envoy: set[str | None]) -> tuple[Mention | None, str] | None:
    """The host of an envoy's post in the knowledge base on the publication day (not the envoy's own state)."""
    for m in tgt:
        post = next((p.at for p in doc.kb.positions_of(m.kb_id, doc.pub) if p.at), None) if m.kb_id else None
        if post and post not in envoy:
            return None, post
    return None


def _not_abroad(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """An arrest announced as made "در" another state is reported, not made, by the announcer ("سخنگو از بازداشت دو
    ایرانی در آمریکا خبر داد"); (session 26 D2) one made in the announcer's own state is theirs, the state known from
    the knowledge base ("وزیر اطلاعات از دستگیری ۳۰ نفر در نقاط مختلف ایران خبر داد": the minister serves Iran)."""
    t = w.t
    if t.p.frame != "announced_arrest":
        return True
    home = {x for m in w.src for x in (m.kb_id, m.of, doc.kb.country_of(m.kb_id), doc.kb.country_of(m.of)) if x}
    return not any(c.marker == "در" and any(m.type == "COUNTRY" and m.kb_id not in home for m in c.actors())
                   for c in t.chains if t.ts < c.start < t.te)


def _keep_sectors(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 20) A pattern for some sectors only ("joined the body": states and bodies): the others are no party."""
    p = w.t.p
    if p.source_sectors or p.target_sectors:
        had_target = bool(w.tgt)
        w.src, w.tgt = _of_sectors(doc.kb, w.src, p.source_sectors), _of_sectors(doc.kb, w.tgt, p.target_sectors)
        return bool(w.src) and (bool(w.tgt) or not had_target)  # (session 27 C) a side left unnamed is read later
    return True


def _acting_body(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 23) A state named bare as the source of an act one of its bodies does (pattern ``acting_body``:
    "ایران ... را به اعدام محکوم کرد" is passed by Iran's judiciary) is that body, where the knowledge base names it."""
    nouns = w.t.p.acting_body
    if nouns and w.src:
        w.src = [_body_for(doc.kb, m, nouns) for m in w.src]
    return True


def _state_body(kb: KnowledgeBase, state: str | None, nouns: tuple[str, ...]) -> str | None:
    """The state's body named "<noun> <state>" by the first of the nouns the knowledge base knows (its judiciary for
    "قوه قضاییه"); None for no state or none known."""
    if state not in kb.actors:
        return None
    return next((b for noun in nouns if (b := body_named(kb, noun, state)) is not None), None)


def _body_for(kb: KnowledgeBase, m: Mention, nouns: tuple[str, ...]) -> Mention:
    """The state's body named "<noun> <state>" for a state mention (else the mention itself)."""
    body = _state_body(kb, m.kb_id, nouns) if m.type == "COUNTRY" else None
    if body is None:
        return m
    a = kb.actors[body]
    return Mention(m.start, m.end, m.text, a.id, a.name, a.entity_type, m.how)


def _visit_as_meeting(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """A visit told as a meeting ("دیدار X از Y"): the visitor and the place's state; none for a trip at home."""
    if (visit := _visit_told_as_meeting(doc, w.t)) is not None:
        w.src, w.tgt = visit[0], _state_mention(doc.kb, visit[1], _state_of(doc.kb, visit[1]))
        return not _travel_at_home(doc.kb, w.src, w.tgt, doc.linked.roles)  # "دیدار رئیس‌جمهور از تبریز": a trip at home
    return True


def _attack_by_instrument(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """"تحریم‌های آمریکا ... را هدف قرار داد": the instrument names the event, here a sanction (branch material9)."""
    if w.t.p.type == "ASSAULT" and w.src and (inst := _instrument(doc, w.src[0].start)) is not None:
        w.t = dataclasses.replace(w.t, p=inst)
    return True


def _caller_first(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 17) "... که به ابتکار ماکرون انجام شد": whoever took the initiative is the source."""
    p = w.t.p
    if p.type == "CONSULT" and p.frame in ("with", "between") and w.src and w.tgt and _called_by(doc, w.t, w.tgt):
        w.src, w.tgt = w.tgt, w.src
    return True


def _speaker_outside(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """"X خاطرنشان کرد: تجمعی ... برگزار شد": a speaker before the clause did not take part in the act — unless
    (session 26 D2) the act is a passive coercion, whose only source before the clause is the reporting body that
    did it (agents.passive_agent: "سخنگوی پلیس گفت: ۳۰ نفر از آشوبگران دستگیر شدند")."""
    p = w.t.p
    if p.source_optional and w.c0 != w.t.s.start and not (p.type == "COERCE" and p.frame == "passive"):
        w.src = [m for m in w.src if m.start >= w.c0]
    return True


def _supporters_aside(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 23) "حامیان فلسطین در لندن ... اعتراض کردند": the supporters of X who act are not X; the source
    named only as whose supporters they are is dropped (an event that needs a named source then has none)."""
    kept = [m for m in w.src if not _SUPPORTERS_OF.search(doc.text, max(0, m.start - 20), m.start)]
    if len(kept) == len(w.src):
        return True
    w.src = kept
    w.crowd = not kept and w.t.p.type == "PROTEST"  # "حامیان X ... اعتراض کردند": a crowd protested
    return bool(kept) or w.t.p.source_optional or w.crowd


# (session 25) the sectors whose members object in words, not in the street: states, their bodies and office-holders,
# intergovernmental bodies
_OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})


def _official_objection(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 25) "وزارت خارجه کویت به این اقدام اعتراض کرد": where every source is official (a state, a ministry, a
    minister), the act is the pattern's ``by_officials`` (a diplomatic protest, ACCUSE), not a demonstration."""
    official = w.t.p.by_officials
    if official is not None and w.src and len(_of_sectors(doc.kb, w.src, _OFFICIAL_SECTORS)) == len(w.src):
        w.t = dataclasses.replace(w.t, p=official)
    return True


@lru_cache(maxsize=1)
def _armed_groups() -> tuple[frozenset[str], frozenset[str]]:
    """(session 25 T) grammar.yaml armed_groups: the sectors and the actors that shoot people as armed groups."""
    data = grammar().get("armed_groups") or {}
    return frozenset(data.get("sectors") or ()), frozenset(data.get("actors") or ())


def _armed_killing(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 25 T) "طالبان دو غیرنظامی را ... تیرباران کردند": where every source is an armed group and the
    sentence tells of no court or sentence (grammar.yaml sentence_signs), the act is the pattern's ``by_armed``
    (a killing, ASSAULT), not an execution carried out."""
    armed = w.t.p.by_armed
    if armed is None or not w.src:
        return True
    sectors, actors = _armed_groups()
    if not all(m.kb_id in actors or (a := doc.kb.actors.get(m.kb_id or "")) is not None and a.sector in sectors
               for m in w.src):
        return True
    s = w.t.s
    if not any(doc.text.find(x, s.start, s.end) >= 0 for x in grammar_words("sentence_signs")):
        w.t = dataclasses.replace(w.t, p=armed)
    return True


def _one_side_named(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 18) "مردم ... تجمع کردند": a crowd gathered against no one named is no event — unless (session 27 D)
    its sentence tells a protest (grammar.yaml protest_cues: "کارگران ... مقابل فرمانداری تجمع کردند", "در اعتراض به
    حقوق معوقه ... تجمع کردند"): unnamed protesters are the news."""
    if not (w.t.p.one_side_named and not w.src and not w.tgt):
        return True
    s = w.t.s
    return any(doc.text.find(c, s.start, s.end) >= 0 for c in _PROTEST_CUES)


_PROTEST_CUES = tuple(grammar_words("protest_cues"))


def _place(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    if w.t.p.id == "consult.welcomed" and w.tgt and w.tgt[0].type == "PERSON":
        w.tgt = [m for m in w.tgt if m.type != "COUNTRY"]  # (session 24) the states the host's offices name are no hosts
    if w.t.p.type == "CONSULT" and len(w.tgt) > 1:
        # (session 24) "به دیدار ترامپ در کاخ سفید خواهد رفت": a seat named after "در" behind the host is where they
        # meet, not a second host
        w.tgt = [m for m in w.tgt if not (m.type == "ORG" and m.start > w.tgt[0].end and _rx_search(
            r"(?:^|\s)در\s+$", doc.text[max(0, m.start - 4):m.start]))]
    w.location, w.loc_id, w.tgt = _place_and_target(doc, w.t, w.c0, w.c1, w.src, w.tgt)
    if w.t.p.type == "PROTEST" and w.loc_id is None and (home := _crowd_home(doc, w.t, w.c0)) is not None:
        w.location, w.loc_id = home.name, home.kb_id
    return True


# (session 27 A5) people named by their city before a protest (grammar.yaml crowd_nouns)
_CROWD_OF = re.compile(rf"(?:^|[\s\u200c])(?:{phrases(grammar_words('crowd_nouns'))})\s+$")


def _crowd_home(doc: _Doc, t: _Trigger, c0: int) -> Mention | None:
    """(session 27 A5) The city protesters are named by ("کسبه و بازاریان تهران ... دست به اعتصاب زدند", "مردم زاهدان
    تظاهرات کردند") is where they protest, when the clause names no place of its own; (session 31 UNN) inside a
    gapped trigger too ("تجمع اعتراضی کشاورزان X ... برگزار شد")."""
    return next((m for m in t.ms if m.type == "PLACE" and m.kb_id and c0 <= m.start < t.te
                 and _CROWD_OF.search(doc.text, max(c0, m.start - 30), m.start)), None)


def _a_real_visit(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """"رئیسی به استان فارس سفر کرد": a trip inside one's own country, or by someone who is not the traveller, is
    no visit."""
    text, t = doc.text, w.t
    if t.p.mode == "visit" and t.p.frame != "visit" and _own_body_welcomes(doc.kb, w.src, w.tgt):
        return False  # (session 24) "... مورد استقبال مقامات وزارت امور خارجه قرار گرفت" with Iran as the guest
    return not (t.p.frame == "visit" and (_travel_at_home(doc.kb, w.src, w.tgt, doc.linked.roles) or _not_a_visitor(text, w.c0, t.ts, w.src)
                                          or _reported_traveller_unknown(text, t.s.start, t.ts, w.src)))


def _not_quoting_self(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    return not (w.t.p.type == "CONSULT" and _speaker_quoting_self(doc, w.t, w.src))


def _summit(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 19) A visit to a meeting of an intergovernmental body is aimed at the body, unless the host met them."""
    if w.t.p.frame == "visit" and w.src and (body := _summit_attended(doc, w.c0, w.c1, w.src)) \
            and not _host_met(doc.kb, raw, w.src, w.tgt):
        w.tgt = body
    return True


def _victims_aside(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """"ترور اسماعیل هنیه را محکوم کرد": a statement about a killing is aimed at the killer, not the victim."""
    if w.tgt and w.t.p.type in VICTIM_AWARE and \
            _VICTIM_BEFORE.search(doc.text[max(w.c0, w.tgt[0].start - 40):w.tgt[0].start]):
        w.victims, w.tgt = w.tgt, []
    if w.tgt and w.t.p.type in VICTIM_AWARE and w.t.p.mode == "disapprove":
        # (session 24) "اقدام مسلحانه ... که به جان باختن ۹ شهروند پاکستانی منجر شد را محکوم کرد": a nationality
        # adjective of people counted in the condemned deed names its victims, not whom the condemnation is aimed at
        counted = [m for m in w.tgt if m.how == "adjective" and w.c0 <= m.start
                   and _VICTIM_COUNTED.search(doc.text, max(w.c0, m.start - 30), m.start)]
        if counted:
            w.tgt = [m for m in w.tgt if m not in counted]
            if not w.tgt:
                w.victims = counted
    return True


def _implied_target(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """No target named: "این تصمیم را رد کرد" aims at whoever made the decision; a warning at whom the speaker went on
    about; "در دیدار با Y خواستار ... شد" at the other side of the act before it."""
    text, p, s, ts, te = doc.text, w.t.p, w.t.s, w.t.ts, w.t.te
    if w.tgt or w.victims or not w.src:
        return True
    if p.implied_target:
        lo = max([w.c0] + [m.end for m in w.src if m.end <= ts])
        w.implied = doc.compiled.anaphora.find(text, lo, te, bare=p.type == "REJECT")
        if not w.implied and p.type == "THREATEN" and "پاسخ" not in text[ts:te]:  # "به آن (نامه) پاسخ خواهیم داد"
            w.implied = {SAME_SPEAKER}  # "... نسبت به آن بی‌تفاوت نخواهیم بود"
    if not w.implied and p.type in _STATEMENTS and w.c0 == s.start and _acted_before(raw, s, ts) \
            and not _unnamed_object(text, max([s.start] + [m.end for m in w.src if m.end <= ts]), ts, p):
        w.implied = {SAME_SENTENCE}
    return True


# (session 27 D) the object of a condemnation opening with a deed (grammar.yaml unclaimed_deeds)
_DEED_OBJECT = re.compile(rf"[\s،,]*(?:(?:این|آن|همین|همان)\s+)?(?:{phrases(sorted(grammar_words('unclaimed_deeds')))})"
                          rf"(?![{_LETTERS}])")


def _unclaimed_deed(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 27 D) "X حمله تروریستی به یک مرکز آموزشی در کابل را محکوم کرد", "X این حمله را محکوم کرد": a deed
    condemned whose doer goes unnamed is condemned all the same. With no target found (and none earlier in the
    article for "این حمله"), the event stands with no target."""
    p, ts = w.t.p, w.t.ts
    if not p.unclaimed_deed or not w.src or w.tgt:
        return True
    starts = {m.start for m in w.src}
    lo = max([w.c0] + [c.end for c in w.t.chains if c.end <= ts and any(m.start in starts for m in c.all_actors())])
    w.deed = "ASSAULT" in w.implied or _DEED_OBJECT.match(doc.text, lo, ts) is not None
    return True


def _unnamed_object(text: str, lo: int, ts: int, p: Pattern) -> bool:
    """(session 25 J) "... اظهار مخالفت می‌کردند و روحانی را مورد سرزنش قرار می‌دادند": an object of its own before
    the trigger, which the knowledge base did not link, is no leave to take the earlier act's target (a pronoun or a
    demonstrative, "آن را", still points back)."""
    if p.frame != "ra":
        return False
    objects = [m.group(1).replace(ZWNJ, "") for m in _OBJECT_WORD.finditer(text, lo, ts)]
    return bool(objects) and objects[-1] not in _POINTING_BACK


_OBJECT_WORD = re.compile(r"([^\s،.:؛]+)\s+را(?=[\s\u200c])")
_POINTING_BACK = frozenset(w.replace(ZWNJ, "") for w in grammar_words("person_pronouns") | grammar_words("object_pronouns"))


def _unnamed_parties(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """Parties the text leaves unnamed. (session 14) "افراد مسلح به پایگاه سپاه حمله کردند": unnamed attackers of a
    named person or body (a state read off a place or an adjective is too loose a target without an attacker); a
    passive attack with its agent untold; (lead, session 12) "X به دو کشتی در دریای سرخ حمله کرد": things counted,
    no one named, as the target."""
    text, p, ts, c0 = doc.text, w.t.p, w.t.ts, w.c0
    if p.type == "ASSAULT" and w.src and p.frame != "passive" and (last := max(m.end for m in w.src)) < ts and \
            (u := _UNNAMED_ATTACKER.search(text, last, ts)) is not None and _rx_search(r"(?:^|\s)که\s|،", text[last:u.start()]):
        # (session 24) "برخلاف گزارش‌های رسمی X، رسانه‌ای ... نوشت که مردان مسلح به پاسگاه Y حمله کرده‌اند": the unnamed
        # attackers are the subject of the attack's own clause; a party named before its "که" or comma did not attack
        w.src = []
    # (session 24) searched from the character before the clause: its opening "(?:^|\s)" needs the space before
    # "افراد مسلح" when the clause starts right at them ("... گزارش داد که افراد مسلح به ...")
    w.unnamed = p.type == "ASSAULT" and not w.src and any(m.type in ("PERSON", "ORG") and m.kb_id for m in w.tgt) and \
        p.frame != "passive" and bool(_UNNAMED_ATTACKER.search(text, max(0, c0 - 1), ts))
    if not w.unnamed and p.type == "ASSAULT" and not w.src and p.frame != "passive" and \
            _UNNAMED_ATTACKER.search(text, max(0, c0 - 1), ts) and (forces := [m for m in w.tgt if m in w.named and _attacked_party(text, m)]):
        w.unnamed, w.tgt = True, forces  # (session 23) "مهاجمان مسلح به ایست بازرسی پلیس پاکستان حمله کردند"
    w.unseen = _unseen_attacker(doc, w)
    w.unknown_attacker = p.frame == "passive" and not w.src and bool(w.tgt) or w.unnamed or w.unseen
    w.counted = not w.tgt and bool(w.src) and (
        p.type == "ASSAULT" and bool(_COUNTED_OBJECT.search(text, c0, ts))
        or p.type in ("ASSAULT", "COERCE") and p.frame == "ra" and bool(
            _COUNTED_RA.search(text, c0, ts) or p.type == "ASSAULT" and text.startswith("را", ts)
            and _COUNTED_BEFORE_RA.search(text, c0, ts))
        or p.frame == "casualty" and bool(_COUNTED_FALLEN.search(text, c0, ts) or _COUNTED_BEFORE_CAUSE.search(text, c0, ts)))
    if _own_place_only(doc, w) and _unnamed_struck(text, w, ts):
        w.tgt, w.counted = [], True
    return True


def _own_place_only(doc: _Doc, w: _Coding) -> bool:
    """(session 31 ASLT) No target but, at most, the attacker's own state read off the place it struck ("ارتش X در
    شهر Y از X ..."): a state's forces at home strike no state."""
    states = {x for m in w.src if m.kb_id for x in (m.kb_id, doc.kb.country_of(m.kb_id))}
    return bool(w.src) and all(m.how == "place" and m.kb_id in states for m in w.tgt)


def _unnamed_struck(text: str, w: _Coding, ts: int) -> bool:
    """(session 31 ASLT) An attack by a named side on what no name tells: people counted inside the trigger that
    holds its object, or an indefinite object ("مواضعی", "نقاطی") between the attacker and the verb."""
    p = w.t.p
    if p.type != "ASSAULT" or p.frame in ("passive", "casualty"):
        return False
    last = max(m.end for m in w.src)
    if _POINTED_PLACE.search(text, last, ts):
        return False  # "نقاطی در آن منطقه را ...": the place told before may name whom it struck
    return bool(_COUNTED_INSIDE.search(text, ts, w.t.te)) or last < ts and bool(_UNNAMED_STRUCK.search(text, last, ts))


_POINTED_PLACE = re.compile(r"(?<![\w\u200c])(?:این|آن|همین|همان)\s+(?:منطقه|مناطق|شهر|شهرک|روستا|ناحیه|نواحی)(?![\w\u200c])")


def _crowd_struck(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 28 AS) A named force's attack on or arrest of people named only as a gathering or a trade ("حمله
    ماموران X به تجمع‌کنندگان", "کارگران معترض مورد هجوم ماموران X قرار گرفتند"): no one is named, so the act stands
    with no target, as one on people counted does. Only with its doer named: a crowd hurt by no one named is a
    casualty report, not an attack by whoever is named nearby."""
    if w.tgt or w.victims or not w.src or w.t.p.type not in ("ASSAULT", "COERCE"):
        return True
    spans = [(m.start, m.end) for m in w.src]
    passive = w.t.p.frame == "passive"
    w.counted = w.counted or any(not any(a <= c.start() + 1 < b for a, b in spans)
                                 and (passive or _crowd_as_object(doc.text, c.start(), c.end()))
                                 for c in _CROWD_VICTIM.finditer(doc.text, max(0, w.c0 - 1), w.c1))
    return True


_TO_OR_OF_BEFORE = re.compile(r"(?:^|\s)(?:به|از|علیه)[\s\u200c]*$")
_RA_AFTER = re.compile(r"(?:[\s\u200c]+[^\s،.؛:]+){0,3}[\s\u200c]+را(?=\s)")


def _crowd_as_object(text: str, start: int, end: int) -> bool:
    """The crowd is what the act befell, not its doer: after "به", "علیه" or a partitive "از" ("به تجمع‌کنندگان",
    "۲۰ نفر از معترضان"), or the object before "را" ("معترضان را بازداشت کردند")."""
    return bool(_TO_OR_OF_BEFORE.search(text, max(0, start - 6), start + 1)) or bool(_RA_AFTER.match(text, end))


# (session 23) a passive trigger that tells a place was shelled or bombed ("گلوله‌باران شد", "موشک‌باران شدند")
_SHELLED = re.compile(r"باران")


def _place_struck(text: str, c0: int, m: Mention) -> bool:
    """(session 23) "شهر خرسون اوکراین هدف حمله موشکی قرار گرفت": a state named as the passive's subject was struck
    itself; one named after "در" ("مسجدی در کابل") is only where it happened."""
    return m.type == "COUNTRY" and bool(m.kb_id) and not _rx_search(r"(?:^|\s)(?:در|از|به)\s", text[c0:m.start]) \
        and bool(_STRUCK_PLACE_HEAD.search(text, c0, m.start))  # "ایران بارها مورد حمله قرار گرفته" tells of no one attack


def _military_struck(text: str, c0: int, m: Mention) -> bool:
    """(session 24) "یک کاروان لجستیک ارتش آمریکا هدف قرار گرفت": the party whose convoy, base or ship (grammar.yaml
    struck_military_heads) is the passive's subject, not one named after "در" (where it happened)."""
    return bool(m.kb_id) and (bool(_STRUCK_MILITARY.search(text[max(c0, m.start - 50):m.start]))
                              or bool(_STRUCK_MILITARY_OWNED.search(text[max(c0, m.start - 90):m.start])))


def _unseen_attacker(doc: _Doc, w: _Coding) -> bool:
    """(session 23) An attack with its attacker untold — a casualty verb after "در انفجار بمب"/"در حادثه تروریستی", or a
    passive attack ("هدف حمله تروریستی قرار گرفت") — aimed at a group, a person or a state's forces the frame named:
    coded with no source (an unknown attacker, as event-data coders do), never the state of the place where it
    happened. A death with no attack word, or an accident, is no such attack."""
    text, p, c0, ts, te = doc.text, w.t.p, w.c0, w.t.ts, w.t.te
    # (session 24) "از حمله به X خبر دادند", no attacker named; (session 25 R) the attack's kind named too ("از حمله
    # موشکی/پهپادی به X خبر داد": an attack noun of its own pattern, its genitive, the attacker, left out)
    announced = p.id == "assault.announced.noun" or p.frame == "genitive" and _announced(text, ts, te)
    # (session 25 R) "ارتش حمله گروه‌های مسلح به مواضع خود را دفع کرد": fended off, its attackers unnamed
    fended = p.frame == "fended" and bool(_UNNAMED_FENDED.search(text, ts, te))
    if p.type != "ASSAULT" or w.src or (p.frame not in ("casualty", "passive") and not announced and not fended) \
            or _ACCIDENT.search(text, c0, ts):
        return False
    if _rx_search(r"^[\w\u200c]", text[te:te + 1]):
        return False  # a participle ("سایت‌های بمباران‌شده"): what was struck once, no attack told here
    military = [m for m in w.tgt if m in w.named and p.frame == "passive" and _military_struck(text, c0, m)]
    kept = [m for m in w.tgt if m in w.named and (_attacked_party(text, m) or p.frame == "passive" and _place_struck(text, c0, m))
            or m in military or announced and m in w.named and ts < m.start]
    if not kept:
        w.untargeted = _untargeted_attack(text, p, c0, w.c1, ts, te)
        return w.untargeted
    if announced or fended:
        hostile = True  # the attack itself is what is announced or fended off
    elif p.frame == "casualty":
        hostile = _unseen_cause(text, w.c1, ts, te, c0) is not None
    else:
        # a bare "مورد حمله قرار گرفت" is often an attack told elsewhere with its attacker: a kind of attack that
        # hides its attacker must be named, or a place shelled itself ("شهر X گلوله‌باران شد"), or (session 24) a
        # military thing of the party struck ("کاروان لجستیک ارتش X هدف قرار گرفت")
        hostile = bool(_UNSEEN_ATTACK.search(text, c0, te)) or bool(_SHELLED.search(text, ts, te)) and all(
            _place_struck(text, c0, m) for m in kept) or bool(military)
    if hostile:
        w.unseen_targets = {m.kb_id for m in kept}  # the targets kept if no attacker is found in the article
    return hostile


def _untargeted_attack(text: str, p: Pattern, c0: int, c1: int, ts: int, te: int) -> bool:
    """(session 27 S) "انفجار بمب در بازار X ده کشته بر جای گذاشت", "در حمله انتحاری به مسجدی در Y ۳۵ نفر کشته
    شدند": a bombing, suicide or terror attack (grammar.yaml untargeted_attack_words) told as the cause of casualties
    is an attack even when no party it hit is named: coded with no source and no target."""
    cause = _unseen_cause(text, c1, ts, te, c0) if p.frame == "casualty" else None
    return cause is not None and _UNTARGETED_WORD.search(cause.group()) is not None


def _unseen_cause(text: str, c1: int, ts: int, te: int, c0: int) -> re.Match | None:
    """An attack with its attacker untold as a casualty's cause: before the casualty verb ("در انفجار بمب ... کشته
    شدند"), or (session 27 S) after a casualty noun in its clause ("از کشته شدن ۲۰ نفر بر اثر انفجار بمب در ...
    خبر دادند"; a noun trigger ends in no verb)."""
    before = unseen_cause_before(text, c0, ts)
    if before is not None or not _is_noun_trigger(text[ts:te]):
        return before
    after = _UNSEEN_CAUSE.search(text, te, min(c1, te + 100))
    return after if after is not None and "،" not in text[te:after.start()] else None


def _unnamed_clash_side(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 27 C) A clash whose other side the text leaves unnamed after "با" ("نیروهای ارتش X به شدت با گروه‌های
    تکفیری و تروریستی درگیر شدند", "درگیری ارتش X با تروریست‌ها"): the named side's clash stands with no target;
    (session 27 A7) one "between" an unnamed side named first and a named one is the unnamed side's attack."""
    p, text = w.t.p, doc.text
    if p.type != "ASSAULT":
        return True
    if p.mode == "firearms" and p.frame == "between" and bool(w.src) != bool(w.tgt) and \
            UNNAMED_FIRST_SIDE.search(text, w.c0, w.c1):
        # (session 27 A7) "درگیری مسلحانه میان عناصر معاند با/و مرزبانان": the unnamed side, first, attacked the named
        w.src, w.tgt, w.unnamed, w.unknown_attacker = [], w.src or w.tgt, True, True
        return True
    if not w.src or w.tgt:
        return True
    if p.mode == "firearms" and (UNNAMED_CLASH_SIDE.search(text, w.c0, w.c1)
                                 or p.frame == "between" and UNNAMED_PAIR_SIDE.search(text, w.c0, w.c1)):
        w.counted = True  # (session 27 S) "تبادل آتش بین نیروهای X و شبه‌نظامیان": the "و" of a pair too
    elif p.frame == "casualty" and any(UNNAMED_SIDE_AFTER.match(text, m.end) for m in w.src):
        w.counted = True  # (session 27 S) a clash as a casualty's cause: "در درگیری ارتش X با شبه‌نظامیان ..."
    return True


def _clash_place(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 27 C) Where a clash with no place in its clause was fought: a place after "در" earlier in its sentence
    ("با پیشروی در شهرک X در بخش قدیمی حلب، با گروه‌های ... درگیر شدند"), or, for "این منطقه"/"این شهر", the last
    place the sentence before names ("... در منطقه دوما ... . این منطقه شاهد درگیری ... است")."""
    t = w.t
    if t.p.type != "ASSAULT" or t.p.mode != "firearms" or w.loc_id:
        return True
    before = [m for m in doc.linked.in_span(t.s.start, t.ts) if m.type == "PLACE" and m.kb_id
              and _rx_search(r"(?:^|\s)در\s+(?:[^\s،.]+\s+){0,2}$", doc.text[max(0, m.start - 30):m.start])]
    if not before and _THIS_PLACE.search(doc.text, w.c0, t.ts) and t.si > 0:
        prev = doc.sentences[t.si - 1]
        before = [m for m in doc.linked.in_span(prev.start, prev.end) if m.type == "PLACE" and m.kb_id]
    if before:
        w.location, w.loc_id = before[-1].name, before[-1].kb_id
    return True


# (session 27 C) a place pointed back to ("این منطقه شاهد درگیری ... است")
_THIS_PLACE = re.compile(r"(?<![\w\u200c])(?:این|همین)\s+(?:منطقه|شهر|شهرک|روستا|ناحیه)(?![\w\u200c])")


def _unnamed_act(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 31 UNN) An act no party is named in ("پنج تن از ده کارگر بازداشت‌شده آزاد شدند") often goes on from
    the sentence before, which dates it when its own clause does not (_told_before). (Its place taken from there
    too was tried: right for some, wrong for as many on the dev half.)"""
    w.unnamed_act = not w.src and not w.tgt and not w.victims and w.t.p.source_optional and w.t.si > 0
    return True


def _told_before(doc: _Doc, t: _Trigger) -> EventDate | None:
    """The day the sentence before a trigger names outright ("روز دوشنبه ۹ مهر ..."), if any."""
    prev = doc.sentences[t.si - 1]
    d = resolve_event_date(doc.text[prev.start:prev.end], doc.pub)
    return d if d.precision in ("explicit", "relative") else None


def _both_sides(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """A source (or one the pattern may leave out) and a target (or what stands for one), else no event."""
    p = w.t.p
    has_source = bool(w.src) or w.unknown_attacker or p.source_optional or p.meeting_parties or w.crowd
    has_target = bool(w.tgt or w.victims or w.implied) or _target_optional(p) or p.meeting_parties or w.counted or w.deed \
        or w.untargeted
    return has_source and has_target


def _untagged_parties(doc: _Doc, w: _Coding, raw: list[Event]) -> bool:
    """(session 27 A7) A name written as a hashtag ("#ایران-تجمع اعتراضی معلمان ...") files the post under a topic;
    it is no party of the act told after it."""
    w.src = [m for m in w.src if not _hashtag(doc.text, m)]
    w.tgt = [m for m in w.tgt if not _hashtag(doc.text, m)]
    return True


def _hashtag(text: str, m: Mention) -> bool:
    return 0 < m.start < m.end and text[m.start - 1] == "#"


# In order: each step may change the parties or the trigger's pattern, or say the trigger reports no event.
_CODING_STEPS: tuple[Callable[[_Doc, _Coding, list[Event]], bool], ...] = (
    _untagged_parties, _agent_told_before, _attacker_told_before, _not_abroad, _keep_sectors, _host_summons, _acting_body, _visit_as_meeting, _attack_by_instrument, _caller_first, _speaker_outside,
    _supporters_aside, _official_objection, _armed_killing, _one_side_named,
    _place, _place_told_before, _a_real_visit, _not_quoting_self, _summit, _victims_aside, _implied_target, _unclaimed_deed, _unnamed_parties,
    _crowd_struck,
    _unnamed_clash_side, _clash_place, _unnamed_act, _both_sides,
)


def _event(doc: _Doc, w: _Coding, raw: list[Event]) -> Event:
    """The event a trigger's coding found: date, confidence, English summary, and what fusion and the filters read."""
    text, kb, t, p = doc.text, doc.kb, w.t, w.t.p
    s, ts, te, src, tgt = t.s, t.ts, t.te, w.src, w.tgt
    d = _event_date(doc, t, w.c0, w.c1, src, raw)
    if w.told is not None and d.precision in (None, "reported"):
        # (session 29) casualties caused by an attack told before them, undated themselves: the attack's day
        d = _event_date(doc, w.told.t, w.told.c0, w.told.c1, w.told.src, raw)
    if not src and not tgt and d.precision is None and w.unnamed_act:
        d = _told_before(doc, t) or d  # (session 31 UNN) an act with no party, undated: the day told just before
    if not tgt and p.type == "CONCEDE" and src:
        tgt = _superior(doc, src, d.date or doc.pub or article_date(doc.article))  # a date the text names will do
    conf = 0.9 - (0.15 if p.nominal else 0) - (0.1 if any(m.how in ("pronoun", "description", "parties", "pair") for m in src + tgt) else 0)
    lat, lon = _coords(kb, w.loc_id)
    event = Event(
        type=p.type, mode=p.mode, cameo=p.cameo, source=[m.name for m in src], target=[m.name for m in tgt],
        date=d.date.isoformat() if d.date else None, date_precision=d.precision, location=w.location,
        trigger=text[ts:te], sentence=s.text, offsets=(s.start, s.end), rule=p.id, confidence=round(conf, 2),
        summary_en="", source_ids=[m.kb_id for m in src], target_ids=[m.kb_id for m in tgt],
        location_id=w.loc_id, lat=lat, lon=lon, attributed_to=doc.article.meta.outlet,
        sentences=[{"text": s.text, "start": s.start, "end": s.end, "trigger": [ts, te], "rule": p.id}],
    )
    event.summary_en = _summary(kb, event, p.verb_en, d.date or doc.pub)
    event.__dict__.update(source_optional=p.source_optional or w.unnamed or w.unseen or w.crowd, unseen=w.unseen,
                          unseen_targets=w.unseen_targets, target_optional=_target_optional(p) or w.counted or w.deed or w.untargeted,
                          in_speech=w.c0 != s.start, verb_en=p.verb_en, unknown_attacker=w.unknown_attacker,
                          victims=[(m.kb_id, m.name) for m in w.victims], implied=w.implied,
                          meeting_parties=p.meeting_parties,
                          target_with=all(_rx_search(r"(?:^|\s)با\s+$", text[max(0, m.start - 5):m.start]) for m in tgt))
    return event


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


