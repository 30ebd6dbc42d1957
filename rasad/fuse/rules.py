"""When two reports of events are one event: same type, compatible actors, dates and places (the rules fusion applies).

Actors are compatible when equal, or when one is a person or organisation within the other party (its affiliation or
state); dates must agree within each report's precision; places must be equal or in the same country. Two reports
of one story (republished copies) need no date where either has none.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from rasad.kb.knowledge import KnowledgeBase

DATE_SLACK = {"explicit": 0, "relative": 1, "weekday-only": 3, "reported": 2, None: 2, "month": 31, "year": 366}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
NARROW_SLACK = max(s for s in DATE_SLACK.values() if s < 7)  # the slacks a week's bucket and its neighbours cover


def date_slack(precision: str | None) -> int:
    """How many days a report's date may be off, by its precision."""
    return DATE_SLACK.get(precision, 2)


def ids_of(values: Any) -> set[str]:
    return {v for v in (values or []) if v}


_EXPANDED: dict[int, tuple[weakref.ref, dict]] = {}  # id(kb) → (the kb, its cache)


def expanded(kb: KnowledgeBase, ids: set[str], names: list[str]) -> frozenset[str]:
    """Actors with the organisations and states they belong to (cached per knowledge base: fusion asks for the same
    actors hundreds of thousands of times)."""
    ref, cache = _EXPANDED.get(id(kb), (None, None))
    if ref is None or ref() is not kb:
        cache = {}
        _EXPANDED[id(kb)] = (weakref.ref(kb), cache)
    key = (frozenset(ids), tuple(names or ()))
    out = cache.get(key)
    if out is None:
        found = set(key[0]) | set(key[1])
        for i in key[0]:
            found |= {x for x in (kb.affiliation(i), kb.country_of(i)) if x}
        out = cache[key] = frozenset(found)
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
    slack = max(date_slack(a_prec), date_slack(b_prec))
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




def _own(ev: dict, side: str) -> frozenset[str]:
    return frozenset(ids_of(ev[f"{side}_ids"])) | frozenset(ev[side] or ())


def _wide(kb: KnowledgeBase, ev: dict, side: str) -> frozenset[str]:
    return expanded(kb, ids_of(ev[f"{side}_ids"]), list(ev[side] or []))


def _coarse(kb: KnowledgeBase, ev: dict, side: str) -> set[str]:
    """A side's actors, organisations and states, each mapped to its country where it has one: two sides that
    ``actors_compatible`` accepts always share one (the key of the actor they have in common)."""
    return {kb.country_of(x) or x for x in _wide(kb, ev, side)}


def _keys(kb: KnowledgeBase, ev: dict, src: str, tgt: str, probe: bool) -> set[tuple[str, ...]]:
    """(type, kind, source actor, target country) keys. ``actors_compatible`` accepts two sources only if one's own
    actors meet the other's wide set (actors with their organisations and states): a report is stored under
    ("W", x) for x in its wide set and ("O", x) for its own actors, and looks up ("W", x) for its own actors and
    ("O", x) for its wide set. Targets are matched on their coarse keys."""
    own, wide = _own(ev, src), _wide(kb, ev, src)
    kinds = (("W", own), ("O", wide)) if probe else (("W", wide), ("O", own))
    targets = _coarse(kb, ev, tgt)
    return {(ev["type"], kind, x, t) for kind, actors in kinds for x in actors for t in targets}


def stored_keys(kb: KnowledgeBase, ev: dict) -> set[tuple[str, ...]]:
    """The keys a fused report is found under. Empty when a side has no actor: such a report fuses with nothing."""
    return _keys(kb, ev, "source", "target", probe=False)


def probe_keys(kb: KnowledgeBase, ev: dict) -> set[tuple[str, ...]]:
    """The keys of every report this one could match (with the parties in the other order for symmetric types)."""
    keys = _keys(kb, ev, "source", "target", probe=True)
    if ev["type"] in SYMMETRIC:
        keys |= _keys(kb, ev, "target", "source", probe=True)
    return keys
