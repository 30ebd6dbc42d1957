"""One real-world event reported several times in an article becomes one event; headlines fold into the body's dated event."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rasad.annotate.events.chains import compatible
from rasad.annotate.events.grammar import (
    _PRECISION_RANK,
    _REPORT_OPENER,
    SYMMETRIC,
)
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Event


def _org_of_state(kb: KnowledgeBase, a: set[str], b: set[str]) -> bool:
    """An organisation in ``a`` belongs to a state in ``b`` (the IDF and Israel are one target)."""
    return any(kb.actors.get(i) is not None and kb.actors[i].type == "ORG" and
               ({kb.affiliation(i), kb.country_of(i)} & b) for i in a)


def _apart(kb: KnowledgeBase, a: str | None, b: str | None) -> bool:
    """Two places known in different states."""
    if not a or not b or a == b:
        return False
    sa = a if a in kb.actors else kb.country_of(a)
    sb = b if b in kb.actors else kb.country_of(b)
    return bool(sa and sb and sa != sb)


def same_event(kb: KnowledgeBase, x: Event, y: Event) -> bool:
    if x.type != y.type:
        return False
    if x.date and y.date and x.date != y.date and "reported" not in (x.date_precision, y.date_precision):
        gap = abs((dt.date.fromisoformat(x.date) - dt.date.fromisoformat(y.date)).days)
        if x.type != "CONSULT" or gap > 1:
            return False
    if x.type == "CONSULT" and (x.rule == "consult.planned") != (y.rule == "consult.planned") and \
            _apart(kb, x.location_id, y.location_id):
        return False  # (session 14) a planned visit to Tokyo and a meeting held in Tehran of the same two people
    if x.type != "CONSULT":
        # statements and acts merge only when the same actors did it (a spokesman is not his movement here)
        if x.date != y.date and "reported" not in (x.date_precision, y.date_precision):
            return False
        near = x.sentences and y.sentences and abs(x.sentences[0]["start"] - y.sentences[0]["start"]) < 2000
        if not (set(filter(None, x.source_ids)) & set(filter(None, y.source_ids))) and not (
                near and (x.date == y.date or _dated_once(x, y) and _state_and_its_body(kb, x, y)) and _same_act(x, y) and compatible(kb, x.source_ids, x.source, y.source_ids, y.source)
                and compatible(kb, x.target_ids, x.target, y.target_ids, y.target)
                and _same_or_member(kb, x.target_ids, y.target_ids)) and not (
                near and (not x.target or not y.target) and compatible(kb, x.source_ids, x.source, y.source_ids, y.source)):
            return False  # (the last: one act told once with its object, once without: "نفتکش ... توقیف شد")

    untold = x.type != "CONSULT" and (not x.target or not y.target)  # the act told once without its object
    direct = compatible(kb, x.source_ids, x.source, y.source_ids, y.source) and (
        untold or compatible(kb, x.target_ids, x.target, y.target_ids, y.target))
    if direct:
        return True
    return x.type in SYMMETRIC and compatible(kb, x.source_ids, x.source, y.target_ids, y.target) and \
        compatible(kb, x.target_ids, x.target, y.source_ids, y.source)


def _same_act(x: Event, y: Event) -> bool:
    """One act by its rule, or (session 21) by its mode told in two voices: "سپاه نفتکش انگلیسی را توقیف کرد" in the
    headline, "یک نفتکش انگلیسی ... توسط نیروی دریایی سپاه توقیف شد" in the body."""
    return x.rule == y.rule or bool(x.mode) and x.mode == y.mode and x.type == "COERCE"


def _dated_once(x: Event, y: Event) -> bool:
    """One of the two told with no date of its own (the publication's)."""
    return "reported" in (x.date_precision, y.date_precision)


def _state_and_its_body(kb: KnowledgeBase, x: Event, y: Event) -> bool:
    """(session 25 S) "آمریکا تحریم‌های سوریه را لغو کرد" and "وزارت خزانه‌داری آمریکا روز دوشنبه از لغو ... خبر داد":
    a state and its own ministry as the doers of one act, told once undated, are one doer (one event, dated by the
    report that names the day)."""
    a, b = set(filter(None, x.source_ids)), set(filter(None, y.source_ids))
    return _org_of_state(kb, a, b) or _org_of_state(kb, b, a)


def _same_or_member(kb: KnowledgeBase, a: list[str | None], b: list[str | None]) -> bool:
    """Two targets that share a party, or one names a state and the other its people (session 15: "ایران و
    روسیه ... امضا کردند" in the headline, "رؤسای جمهور ایران و روسیه ... امضا کردند" in the lead)."""
    xa, xb = set(filter(None, a)), set(filter(None, b))
    if xa & xb:
        return True
    states_a = {i for i in xa if kb.actors.get(i) is not None and kb.actors[i].type == "STATE"}
    states_b = {i for i in xb if kb.actors.get(i) is not None and kb.actors[i].type == "STATE"}
    return _people_of(kb, xb, states_a) or _people_of(kb, xa, states_b)


def _people_of(kb: KnowledgeBase, ids: set[str], states: set[str]) -> bool:
    """Every one of ``ids`` a person of one of ``states`` (people only: an armed group of a state is not the state,
    "جیش‌العدل" and Iran are two sides)."""
    return bool(states and ids) and all(kb.actors.get(i) is not None and kb.actors[i].type == "PERSON"
                                        and kb.country_of(i) in states for i in ids)


def _specificity(kb: KnowledgeBase, ids: list[str | None]) -> int:
    rank = {"PERSON": 3, "ORG": 2, "STATE": 1}
    return max((rank.get(kb.actors[i].type, 0) for i in ids if i and i in kb.actors), default=0)


def _only_planned_of_held(e: Event, home: Event) -> bool:
    """(session 19) A meeting only planned, told beside the visit held ("وزیر خارجه روسیه وارد دمشق شد. لاوروف
    بناست با اسد دیدار کند"), is part of that visit but names no party of it: the plan may not happen."""
    return e.rule == "consult.planned" and home.rule != "consult.planned"


def _finer_place(kb: KnowledgeBase, state: str | None, place: str | None) -> bool:
    """(session 27 P) "... در عراق کشته شد" in the headline, "... در بغداد، پایتخت عراق کشته شده است" in the body: one
    report names the state, another a place in it; the event keeps the finer one."""
    return bool(state and place) and state in kb.actors and kb.actors[state].type == "STATE" \
        and place in kb.places and kb.places[place].country == state


def merge_events(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    merged: list[Event] = []
    dated_by: dict[int, str] = {}  # (session 21) the rule whose report gave each merged event its date
    for e in events:
        home = next((m for m in merged if m.type == e.type and same_event(kb, m, e)), None)  # (no call per other type)
        if home is None:
            merged.append(e)
            dated_by[id(e)] = e.rule
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
        elif _only_planned_of_held(e, home):
            continue  # (session 19) "وارد دمشق شد. ... بناست با اسد دیدار کند": the visit held keeps its own host
        elif _specificity(kb, e.source_ids) + _specificity(kb, e.target_ids) > _specificity(kb, home.source_ids) + _specificity(kb, home.target_ids):
            flip = home.type in SYMMETRIC and not compatible(kb, home.source_ids, home.source, e.source_ids, e.source)
            home.source, home.target = (e.target, e.source) if flip else (e.source, e.target)
            home.source_ids, home.target_ids = (e.target_ids, e.source_ids) if flip else (e.source_ids, e.target_ids)
            home.summary_en = e.summary_en
        better = _PRECISION_RANK[e.date_precision] < _PRECISION_RANK[home.date_precision]
        meeting_over_arrival = (_PRECISION_RANK[e.date_precision] == _PRECISION_RANK[home.date_precision]
                                and dated_by[id(home)] == "consult.visit" and e.rule != "consult.visit")
        if (better or meeting_over_arrival) and (home.date, home.date_precision) != (e.date, e.date_precision):
            home.date, home.date_precision = e.date, e.date_precision
            dated_by[id(home)] = e.rule
        if e.location and (home.location is None or _finer_place(kb, home.location_id, e.location_id)):
            home.location, home.location_id, home.lat, home.lon = e.location, e.location_id, e.lat, e.lon
        if home.mode is None and e.mode:
            home.mode = e.mode
        if e.confidence > home.confidence:
            home.confidence, home.rule, home.trigger = e.confidence, e.rule, e.trigger
            home.sentence, home.offsets = e.sentence, e.offsets
    return merged


@lru_cache(maxsize=4)
def _headline_end(text: str) -> int:
    """Where the headline and lead end: the first "به گزارش ..." near the top (0 when there is none). Cached: the
    coder asks twice per article."""
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
