"""Alerts that `rasad watch` sent, and the dyad chart: the mean Goldstein score between two actors per week."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import alerts
from rasad.web.queries.filters import EventFilter, _units, resolve_actor, text_param
from rasad.web.queries.units import _fused_outlets, _iso, _light_units, _padded, _unit

MAX_PREFILTER = 40


def list_alerts(engine: Engine, kb: KnowledgeBase, page: int = 1, per_page: int = 50,
                since: dt.datetime | None = None) -> dict[str, Any]:
    """Alerted events, the most recently alerted first, each with the rules it matched and when."""
    u = _units("fused")
    conds = [alerts.c.alerted_sources.is_not(None)] + ([alerts.c.last_alerted >= since] if since else [])
    base = sa.select(u, alerts.c.rules, alerts.c.times, alerts.c.first_alerted, alerts.c.last_alerted,
                     alerts.c.alerted_sources, alerts.c.delivery).join(alerts, alerts.c.fused_id == u.c.rid)
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(alerts).where(*conds)).scalar_one()
        rows = conn.execute(base.where(*conds).order_by(alerts.c.last_alerted.desc(), alerts.c.id.desc())
                            .limit(per_page).offset((page - 1) * per_page)).all()
        outlets = _fused_outlets(conn, [r.rid for r in rows])
    items = []
    for r in rows:
        item = _unit(kb, r, outlets)
        m = r._mapping
        item.update(rules=list(m["rules"] or []), alerts=m["times"], alerted_sources=m["alerted_sources"],
                    first_alerted=_iso(m["first_alerted"]), last_alerted=_iso(m["last_alerted"]),
                    delivery=m["delivery"] or {})
        items.append(item)
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "items": items}


def _side(kb: KnowledgeBase, ids: list | None, names: list | None) -> set[str]:
    """One side of an event as everything it stands for: ids, their organisations and states, unlinked names."""
    return kb.with_groups(i for i in _padded(ids, names) if i) | set(names or [])


def _members(kb: KnowledgeBase, ids: set[str]) -> set[str]:
    """``ids`` and every actor belonging to one of them (Iran → its officials), for the SQL pre-filter."""
    return ids | {a.id for a in kb.actors.values() if kb.with_groups({a.id}) & ids}


def dyad(engine: Engine, kb: KnowledgeBase, f: EventFilter, a: str, b: str) -> dict[str, Any]:
    """Events between ``a`` and ``b`` (either as source, the other as target; members count for their state or
    organisation) and their mean Goldstein score per ISO week — the classic dyad chart."""
    a, b = text_param(a) or "", text_param(b) or ""  # NUL-free: PostgreSQL refuses NUL in text
    with engine.connect() as conn:
        ids_a, names_a = resolve_actor(conn, kb, a)
        ids_b, names_b = resolve_actor(conn, kb, b)
        members = _members(kb, ids_a) | names_a
        # an SQL pre-filter for an actor with few members; a state's hundreds of officials would overflow the
        # database's expression limit, so then every event passing the other filters is read
        narrowed = replace(f, actor_ids=members) if len(members) <= MAX_PREFILTER else f
        rows = _light_units(conn, kb, narrowed, "date", "goldstein", "source", "target", "source_ids", "target_ids")
    want_a, want_b = ids_a | names_a, ids_b | names_b
    weeks: dict[tuple[int, int], list] = {}
    undated = 0
    for r in rows:
        src, tgt = _side(kb, r.source_ids, r.source), _side(kb, r.target_ids, r.target)
        a_to_b, b_to_a = bool(want_a & src and want_b & tgt), bool(want_b & src and want_a & tgt)
        if not (a_to_b or b_to_a) or r.goldstein is None:
            continue
        if not isinstance(r.date, dt.date):
            undated += 1
            continue
        y, w, _ = r.date.isocalendar()
        weeks.setdefault((y, w), []).append((r.goldstein, a_to_b, b_to_a))
    out = [_week(y, w, vals) for (y, w), vals in sorted(weeks.items())]
    scores = [g for vals in weeks.values() for g, _, _ in vals]
    return {"a": _who(kb, a, ids_a), "b": _who(kb, b, ids_b), "filters": f.as_params(), "weeks": out,
            "events": len(scores), "undated": undated,
            "mean": round(sum(scores) / len(scores), 2) if scores else None}


def _week(y: int, w: int, vals: list[tuple[float, bool, bool]]) -> dict[str, Any]:
    scores = [g for g, _, _ in vals]
    return {"week": f"{y}-W{w:02d}", "start": dt.date.fromisocalendar(y, w, 1).isoformat(),
            "mean": round(sum(scores) / len(scores), 2), "count": len(scores), "min": min(scores),
            "max": max(scores), "a_to_b": sum(1 for v in vals if v[1]), "b_to_a": sum(1 for v in vals if v[2])}


def _who(kb: KnowledgeBase, query: str, ids: set[str]) -> dict[str, Any]:
    names = sorted(kb.actors[i].name for i in ids if i in kb.actors)
    return {"query": query, "ids": sorted(ids), "name": names[0] if len(names) == 1 else query}
