"""Actors an event's sentence leaves to the article ("دو طرف", passive attacks, "این تصمیم"), and the English summary line."""

from __future__ import annotations

import datetime as dt
import re

from rasad.annotate.events.chains import (
    Chain,
    compatible,
)
from rasad.annotate.events.grammar import _IN_MEETING, OWNER_GROUP_TAIL
from rasad.annotate.events.patterns import (
    Pattern,
)
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Event, Mention

# (branch verbal) an implied target that is whoever the same speaker's previous statement was aimed at
SAME_SPEAKER = "same-speaker"
SAME_SENTENCE = "same-sentence"  # a statement with no one named, after an act of its speaker's in the same sentence
# (session 20) an apology too: "پوتین در تماس تلفنی با علی‌اف به دلیل ... عذرخواهی کرد" (to the one called)
_STATEMENTS = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "CONCEDE"}

# What one side of a meeting or call asks, offers, warns or apologises for "در این تماس" is addressed to the other side.
_ADDRESSED_IN_MEETING = {"REQUEST", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}


def _resolve_parties(m: Mention, mentions: list[Mention], kb: KnowledgeBase | None = None) -> list[Mention]:
    """"دو طرف"/"طرفین" → the two actors most recently named as a pair before it; (session 23) "دو کشور" → the two
    states of the last pair named (a person or a place stands for its state), else that pair itself."""
    before = [x for x in mentions if x.end <= m.start and x.kb_id and x.how not in ("pronoun", "possessor", "adjective")]
    persons: list[Mention] = []
    for x in reversed([x for x in before if x.type == "PERSON"]):
        if not any(p.kb_id == x.kb_id for p in persons):
            persons.append(x)
        if len(persons) == 2:
            break
    if m.name != "states":
        return list(reversed(persons))
    states: list[Mention] = []
    for x in reversed([x for x in before if x.type in ("PERSON", "COUNTRY", "PLACE")]):
        state = x.kb_id if x.type == "COUNTRY" else kb.country_of(x.kb_id) if kb is not None and x.kb_id else None
        if x.type == "PERSON" and kb is not None and state is None:
            state = kb.affiliation(x.kb_id)
        if state is None or kb is not None and state not in kb.actors or any(p.kb_id == state for p in states):
            continue
        name = kb.actors[state].name if kb is not None else x.name
        states.append(Mention(m.start, m.end, m.text, state, name, "COUNTRY", "parties"))
        if len(states) == 2:
            return list(reversed(states))
    return list(reversed(persons)) if len(persons) == 2 else []


def _conflict_sides(m: Mention, mentions: list[Mention], exclude: set[str]) -> list[Mention]:
    """(branch verbal) "از دو طرف می‌خواهیم به خشونت خاتمه دهند": in a statement about a conflict the two sides
    are the two states last named before it (the article's next one when only one precedes), other than the
    speaker's own."""
    named = [x for x in mentions if x.type == "COUNTRY" and x.kb_id and x.kb_id not in exclude
             and x.how not in ("pronoun", "possessor")]
    states: list[Mention] = []
    for x in [x for x in reversed(named) if x.end <= m.start] + [x for x in named if x.start >= m.end]:
        if not any(p.kb_id == x.kb_id for p in states):
            states.append(x)
        if len(states) == 2:
            return sorted(states, key=lambda y: y.start)
    return []


def _expand(ms: list[Mention], mentions: list[Mention], sides_unless: set[str] | None = None,
            kb: KnowledgeBase | None = None) -> list[Mention]:
    """Mentions with "دو طرف" resolved: the pair last met (or, given ``sides_unless``, the states in conflict)."""
    out: list[Mention] = []
    for m in ms:
        sides = _conflict_sides(m, mentions, sides_unless) if m.type == "PARTIES" and sides_unless is not None else []
        for x in (sides or _resolve_parties(m, mentions, kb) if m.type == "PARTIES" else [m]):
            # (a description of someone the knowledge base lacks: "کیل براون ... این مقام آمریکایی" stands for him)
            if x.kb_id or x.how in ("unknown-name", "pronoun") or (x.how in ("role", "description") and x.type == "PERSON"
                                                                     and x.name != x.text):
                if not any((o.kb_id or o.name) == (x.kb_id or x.name) for o in out):
                    out.append(x)
    return out


def _label(kb: KnowledgeBase, kb_id: str | None, name: str, day: dt.date | None = None) -> str:
    """"Rafael Grossi (International Atomic Energy Agency)": a person with the body whose office they held then."""
    labels = kb.__dict__.get("_labels")
    if labels is None or len(labels) > 50_000:  # cached on the knowledge base (every event's summary asks again
        labels = kb.__dict__["_labels"] = {}  # for the same few people), bounded for a long-running service
    key = (kb_id, name, day)
    label = labels.get(key)
    if label is None:
        label = labels[key] = _label_of(kb, kb_id, name, day)
    return label


def _label_of(kb: KnowledgeBase, kb_id: str | None, name: str, day: dt.date | None) -> str:
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
    def side(ids: list[str | None], names: list[str]) -> str:  # "Foreign Minister of Iran", not "... and Iran"
        return " and ".join(_label(kb, i, n, day) for i, n in zip(ids, names)
                            if not any(o != n and o.endswith(f" of {n}") for o in names))

    src, tgt = side(e.source_ids, e.source), side(e.target_ids, e.target)
    return f"{src or 'People not named'} {verb} {tgt}".strip()


_TIME_TAIL = re.compile("(?:(?:روز|هفته|ماه|سال|شب)[\\s\u200c]+(?:گذشته|قبل|پیش)|دیروز|امروز|اخیر|اخیرا|اخیراً)[\\s\u200c]+$")


def _genitive_of_noun(p: Pattern, chains: list[Chain], text: str, c0: int, ts: int, src: list[Mention],
                      mentions: list[Mention]) -> list[Mention]:
    """"پیشنهاد رئیس‌جمهور آمریکا برای مذاکره را رد کرد": the actor right after a noun of ``object_of``, in the
    object before the trigger, is the target."""
    src_ids = {m.kb_id for m in src}
    for c in chains:
        # (session 24) a time between the noun and its owner: "ادعای روز گذشته رئیس‌جمهور آمریکا ... را تکذیب کرد"
        before = OWNER_GROUP_TAIL.sub("", _TIME_TAIL.sub("", text[max(c0, c.start - 45):c.start]))
        if c0 <= c.start < ts and p.object_of is not None and p.object_of.search(before[-30:]):
            actors = [m for m in _expand(c.actors(), mentions) if m.kb_id not in src_ids]
            if actors:
                return actors
    return []


def _set_target(e: Event, target: list[tuple[str | None, str]]) -> None:
    e.target_ids = [i for i, _ in target]
    e.target = [n for _, n in target]


def _trigger_at(e: Event) -> int:
    """Where an event's (first) trigger stands in the text."""
    return e.sentences[0]["trigger"][0] if e.sentences else e.offsets[0]


def _resolve_implied_actors(raw: list[Event], perpetrators: list[tuple[int, list[Mention]]], kb: KnowledgeBase,
                            pub: dt.date | None) -> list[Event]:
    """Actors a sentence leaves to the article: the attacker of a passive attack named in another sentence ("حماس
    رژیم صهیونیستی را عامل این ترور دانست"); the attacker behind a condemned assassination or a protest against
    it; whoever did what "این تصمیم" or "این تحریم‌ها" stands for (the source of the nearest earlier event of that
    kind; for a rejection, one aimed at the rejecting party). Events still missing an actor are dropped."""
    named = [(pos, [(m.kb_id, m.name) for m in actors]) for pos, actors in perpetrators] + _claimants(raw)

    def nearest_perpetrator(at: int) -> list[tuple[str | None, str]]:
        if not named:
            return []
        return min(named, key=lambda pa: abs(pa[0] - at))[1]

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
    _same_speaker_targets(raw, kb)
    _same_sentence_targets(raw, kb)
    for i, e in enumerate(raw):
        wanted = e.__dict__.get("implied") or set()
        if not wanted or e.target:
            continue
        for r in reversed(raw[:i]):
            if r.type not in wanted or not r.source or _trigger_at(r) >= _trigger_at(e):
                continue  # (session 21) an act earlier in the same sentence will do: "X ... بمباران کرد و Y این اقدام را ..."
            if compatible(kb, r.source_ids, r.source, e.source_ids, e.source):
                continue  # one does not condemn or reject one's own act
            if e.type == "REJECT" and not compatible(kb, r.target_ids, r.target, e.source_ids, e.source):
                continue
            _set_target(e, list(zip(r.source_ids, r.source)))
            break
    _meeting_sides(raw, kb)
    out = []
    for e in raw:
        if (not e.source and not e.__dict__.get("source_optional")) or (not e.target and not e.__dict__.get("target_optional")):
            continue
        day = dt.date.fromisoformat(e.date) if e.date else pub
        e.summary_en = _summary(kb, e, e.__dict__.get("verb_en", "acted towards"), day)
        out.append(e)
    return out


# (session 27 B) patterns whose source owns an attack told elsewhere ("مسئولیت این حمله را بر عهده گرفت")
_CLAIM_RULES = frozenset({"assault.claimed"})


def _claimants(raw: list[Event]) -> list[tuple[int, list[tuple[str | None, str]]]]:
    """(session 27 B) "در انفجار ... دو تن کشته شدند ... گروه X مسئولیت این حمله را بر عهده گرفت": who claims an
    attack whose target the claim leaves untold names the attacker the report of the attack left unnamed, as "X را
    عامل این حمله دانست" does (the two then merge into one event)."""
    return [(e.offsets[0], list(zip(e.source_ids, e.source))) for e in raw
            if e.rule in _CLAIM_RULES and e.source and not e.target]


def _same_speaker_targets(raw: list[Event], kb: KnowledgeBase) -> None:
    """(branch verbal) "از دو طرف می‌خواهیم ... خاتمه دهند ... نسبت به آن بی‌تفاوت نخواهیم بود": a threat that names
    no one is aimed at whom the same speaker's statement just before it (within a few sentences) was aimed."""
    for i, e in enumerate(raw):
        if SAME_SPEAKER not in (e.__dict__.get("implied") or set()) or e.target:
            continue
        prev = next((r for r in reversed(raw[:i]) if r.type in _STATEMENTS and r.target and
                     0 <= e.offsets[0] - r.offsets[0] <= 600), None)
        if prev is not None and compatible(kb, prev.source_ids, prev.source, e.source_ids, e.source):
            _set_target(e, list(zip(prev.target_ids, prev.target)))


def _same_sentence_targets(raw: list[Event], kb: KnowledgeBase) -> None:
    """"X در دیدار با Y خواستار ... شد", "X ضمن محکوم کردن حمله Z، خواستار ... شد", "X مسئولیت حمله به Z را بر عهده
    گرفت و هشدار داد ...": a statement that names no one, made in the sentence of an act of the same speaker's (not
    inside a quote), is addressed to that act's other side (the one met, condemned, attacked) — one sentence, two
    events. What is condemned in a meeting is not aimed at the side met."""
    for i, e in enumerate(raw):
        if SAME_SENTENCE not in (e.__dict__.get("implied") or set()) or e.target:
            continue
        for r in reversed(raw[:i]):
            if r.offsets != e.offsets or not r.target or not r.source:
                continue
            if r.type == "CONSULT" and e.type not in _ADDRESSED_IN_MEETING:
                continue  # a condemnation voiced in a meeting is not aimed at the side met
            if compatible(kb, r.source_ids, r.source, e.source_ids, e.source):
                _set_target(e, list(zip(r.target_ids, r.target)))
            elif r.type == "CONSULT" and compatible(kb, r.target_ids, r.target, e.source_ids, e.source):
                _set_target(e, list(zip(r.source_ids, r.source)))  # the side met speaks: to the one who met it
            else:
                continue
            break


def _meeting_sides(raw: list[Event], kb: KnowledgeBase) -> None:
    """"در جریان سفر رسمی ۳۶ سند همکاری امضا شد": an act told with no party is the two states' whose people met
    in the article's first meeting or visit (branch diplomacy)."""
    def states(ids: list[str | None]) -> list[tuple[str, str]]:
        out = {kb.country_of(i) or i for i in ids if i}
        return [(i, kb.actors[i].name) for i in sorted(out) if i in kb.actors]

    meeting = next((m for m in raw if m.type == "CONSULT" and states(m.source_ids) and states(m.target_ids)), None)
    for e in raw:
        if meeting is not None and e.__dict__.get("meeting_parties") and not (e.source and e.target):
            e.source_ids, e.source = map(list, zip(*states(meeting.source_ids)))
            e.target_ids, e.target = map(list, zip(*states(meeting.target_ids)))


def _addressed_in_meetings(raw: list[Event], text: str, kb: KnowledgeBase) -> None:
    """"مکرون در این مکالمه تلفنی ... کاهش تنش‌ها با آمریکا را خواستار شد": a request made in a call or meeting
    reported just before is addressed to the other side of it, not to a partner ("با X") in what it asks for.
    A request with no one named, or one aimed at an actor it names otherwise, is left as it is."""
    for i, e in enumerate(raw):
        if e.type not in _ADDRESSED_IN_MEETING or not e.source or not e.__dict__.get("target_with"):
            continue  # "خواستار توقف حملات اسرائیل شد": asked of the attacker; "... با آمریکا را خواستار شد": of the other side
        start, (ts, _te) = e.sentences[0]["start"], e.sentences[0]["trigger"]
        if not _IN_MEETING.search(text, start, ts):
            continue
        meeting = next((r for r in reversed(raw[:i]) if r.type == "CONSULT" and r.source and r.target), None)
        if meeting is None:
            continue
        if compatible(kb, meeting.source_ids, meeting.source, e.source_ids, e.source):
            other = list(zip(meeting.target_ids, meeting.target))
        elif compatible(kb, meeting.target_ids, meeting.target, e.source_ids, e.source):
            other = list(zip(meeting.source_ids, meeting.source))
        else:
            continue
        _set_target(e, other)
