"""When two reports of events are one event: same type, compatible actors, dates and places (the rules fusion applies).

Actors are compatible when equal, or when one is a person or organisation within the other party (its affiliation or
state); dates must agree within each report's precision; places must be equal or in the same country. Two reports
of one story (republished copies) need no date where either has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasad.kb.knowledge import KnowledgeBase

DATE_SLACK = {"explicit": 0, "relative": 1, "weekday-only": 3, "reported": 2, None: 2}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def ids_of(values: Any) -> set[str]:
    return {v for v in (values or []) if v}


def expanded(kb: KnowledgeBase, ids: set[str], names: list[str]) -> set[str]:
    out = set(ids) | set(names or [])
    for i in ids:
        aff = kb.affiliation(i)
        if aff:
            out.add(aff)
        c = kb.country_of(i)
        if c:
            out.add(c)
    return out


def actors_compatible(kb: KnowledgeBase, a_ids: set[str], a_names: list[str], b_ids: set[str], b_names: list[str]) -> str | None:
    """Why two actor slots can be one party ('same actor', 'X belongs to Y'), or None."""
    sa_, sb_ = set(a_ids) | set(a_names or []), set(b_ids) | set(b_names or [])
    if sa_ & sb_:
        return "same actor"
    ea, eb = expanded(kb, a_ids, a_names), expanded(kb, b_ids, b_names)
    if ea & sb_ or eb & sa_:
        return "person or organisation within the other party"
    return None


def _date_ok(a: dt.date | None, a_prec: str | None, b: dt.date | None, b_prec: str | None) -> tuple[bool, str]:
    if a is None or b is None:
        return False, "no date"
    slack = max(DATE_SLACK.get(a_prec, 2), DATE_SLACK.get(b_prec, 2))
    return abs((a - b).days) <= slack, f"dates {a} and {b} within {slack} day(s)"


def _place_ok(kb: KnowledgeBase, a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    ca = kb.country_of(a) or (a if a in kb.actors else None)
    cb = kb.country_of(b) or (b if b in kb.actors else None)
    return bool(ca and cb and ca == cb)


def match_fused(kb: KnowledgeBase, ev: dict, fused: dict, same_story: bool) -> list[str] | None:
    """Reasons to fuse an event report into a fused event, or None."""
    if ev["type"] != fused["type"]:
        return None
    reasons = [f"same type {ev['type']}"]
    if same_story:
        reasons.append("republished copy of the same story")
        date_ok = ev["date"] is None or fused["date"] is None or _date_ok(ev["date"], ev["date_precision"], fused["date"], fused["date_precision"])[0]
        if not date_ok:
            return None
    else:
        ok, why = _date_ok(ev["date"], ev["date_precision"], fused["date"], fused["date_precision"])
        if not ok:
            return None
        reasons.append(why)
    es, et = ids_of(ev["source_ids"]), ids_of(ev["target_ids"])
    fs, ft = ids_of(fused["source_ids"]), ids_of(fused["target_ids"])
    s_why = actors_compatible(kb, es, ev["source"], fs, fused["source"])
    t_why = actors_compatible(kb, et, ev["target"], ft, fused["target"])
    if not (s_why and t_why) and ev["type"] in SYMMETRIC:
        s_why = actors_compatible(kb, es, ev["source"], ft, fused["target"])
        t_why = actors_compatible(kb, et, ev["target"], fs, fused["source"])
        if s_why and t_why:
            reasons.append("same parties in the other order (symmetric type)")
    if not (s_why and t_why):
        return None
    reasons += [f"source: {s_why}", f"target: {t_why}"]
    if not _place_ok(kb, ev["location_id"], fused.get("location_id")):
        return None
    return reasons




MAX_SLACK = max(DATE_SLACK.values())


def side_keys(kb: KnowledgeBase, ev: dict, side: str) -> set[str]:
    """Coarse keys of one side of a report: its actors, their organisations and states, each mapped to its country
    where it has one. Two sides that ``actors_compatible`` accepts always share a key (both contain the key of the
    actor they have in common), so these keys find every candidate without missing a match."""
    return {kb.country_of(x) or x for x in expanded(kb, ids_of(ev[f"{side}_ids"]), list(ev[side] or []))}


def pair_keys(kb: KnowledgeBase, ev: dict, swapped: bool = False) -> set[tuple[str, str, str]]:
    """(type, source key, target key) of a report; with ``swapped`` also the parties in the other order for the
    symmetric types. Empty when a side has no actor: such a report fuses with nothing (``match_fused``)."""
    src, tgt = side_keys(kb, ev, "source"), side_keys(kb, ev, "target")
    keys = {(ev["type"], s, t) for s in src for t in tgt}
    if swapped and ev["type"] in SYMMETRIC:
        keys |= {(ev["type"], t, s) for s in src for t in tgt}
    return keys
