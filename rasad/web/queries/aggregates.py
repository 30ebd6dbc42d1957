"""Aggregates over the filtered events: the actor network, counts per type and week, places on the map."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles
from rasad.web.queries.filters import (
    PLOVER_TYPES,
    EventFilter,
)
from rasad.web.queries.units import (
    MAX_LISTED,
    _iso,
    _light_units,
    _node,
    _node_id,
    _padded,
    by_part,
    unit_id,
)


def graph(engine: Engine, kb: KnowledgeBase, f: EventFilter, max_edges: int = 500) -> dict[str, Any]:
    """Actors and source→target edges by type: the ``max_edges`` heaviest edges and their actors (all actors when
    every edge fits). Each edge lists up to MAX_LISTED of its events (newest first)."""
    with engine.connect() as conn:
        rows = _light_units(conn, kb, f, "type", "date", "source", "target", "source_ids", "target_ids")
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in rows:
        day = _iso(r.date)
        srcs = {(_node_id(i, n), n) for i, n in zip(_padded(r.source_ids, r.source), r.source or [])}
        tgts = {(_node_id(i, n), n) for i, n in zip(_padded(r.target_ids, r.target), r.target or [])}
        for nid, name in srcs | tgts:
            if nid not in nodes:
                nodes[nid] = _node(kb, nid, name)
            nodes[nid]["events"] += 1
        for s, _ in srcs:
            for t, _ in tgts:
                if s == t:
                    continue
                e = edges.get((s, t, r.type))
                if e is None:
                    e = edges[(s, t, r.type)] = {"source": s, "target": t, "type": r.type, "count": 0,
                                                 "first": None, "last": None, "events": []}
                e["count"] += 1
                if len(e["events"]) < MAX_LISTED:
                    e["events"].append(unit_id(r.kind, r.rid))
                if day:
                    e["first"] = day if e["first"] is None or day < e["first"] else e["first"]
                    e["last"] = day if e["last"] is None or day > e["last"] else e["last"]
    for e in edges.values():
        nodes[e["source"]]["degree"] += 1
        nodes[e["target"]]["degree"] += 1
    kept = sorted(edges.values(), key=lambda e: (-e["count"], e["source"], e["target"], e["type"]))[:max_edges]
    shown = nodes if len(kept) == len(edges) else {k: nodes[k] for e in kept for k in (e["source"], e["target"])}
    return {"filters": f.as_params(), "events": len(rows), "edges_total": len(edges), "nodes_total": len(nodes),
            "nodes": sorted(shown.values(), key=lambda n: (-n["events"], n["name"])), "edges": kept}


def stats(engine: Engine, kb: KnowledgeBase, f: EventFilter) -> dict[str, Any]:
    """Counts per type and ISO week, aggregated in the database by (type, day)."""
    with engine.connect() as conn:
        groups = by_part(conn, kb, f, lambda u: sa.select(u.c.type, u.c.date, sa.func.count()).group_by(u.c.type, u.c.date))
        n_articles = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
    by_type: Counter = Counter()
    weeks: dict[tuple[int, int], Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    for etype, day, n in groups:
        by_type[etype] += n
        if day:
            y, w, _ = (day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])).isocalendar()
            weeks[(y, w)][etype] += n
        else:
            undated[etype] += n
    by_week = []
    for (y, w), c in sorted(weeks.items()):
        by_week.append({"week": f"{y}-W{w:02d}", "start": dt.date.fromisocalendar(y, w, 1).isoformat(),
                        "total": sum(c.values()), "counts": dict(sorted(c.items()))})
    return {"filters": f.as_params(), "total": sum(by_type.values()), "articles": n_articles,
            "by_type": dict(sorted(by_type.items(), key=lambda x: (-x[1], x[0]))), "by_week": by_week,
            "undated": {"total": sum(undated.values()), "counts": dict(sorted(undated.items()))},
            "types": PLOVER_TYPES}


def places(engine: Engine, kb: KnowledgeBase, f: EventFilter) -> dict[str, Any]:
    """Places with coordinates, their event counts by type, and up to MAX_LISTED of their events (newest first)."""
    with engine.connect() as conn:
        units = _light_units(conn, kb, f, "type", "date", "location", "lat", "lon", "summary_en")
    rows = [r for r in units if r.lat is not None and r.lon is not None]
    out: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        key = (r.location, round(r.lat, 4), round(r.lon, 4))
        p = out.get(key)
        if p is None:
            p = out[key] = {"location": r.location, "lat": r.lat, "lon": r.lon, "count": 0, "types": Counter(),
                            "events": []}
        p["count"] += 1
        p["types"][r.type] += 1
        if len(p["events"]) < MAX_LISTED:
            p["events"].append({"id": unit_id(r.kind, r.rid), "date": _iso(r.date), "type": r.type,
                                "summary_en": r.summary_en})
    items = sorted(out.values(), key=lambda p: (-p["count"], p["location"] or ""))
    for p in items:
        p["types"] = dict(p["types"])
    return {"filters": f.as_params(), "places": items, "events": len(units), "without_place": len(units) - len(rows)}


def outlets(engine: Engine) -> list[dict[str, Any]]:
    q = sa.select(articles.c.outlet, sa.func.count()).where(articles.c.outlet.is_not(None)).group_by(
        articles.c.outlet).order_by(sa.func.count().desc(), articles.c.outlet)
    with engine.connect() as conn:
        return [{"outlet": o, "articles": n} for o, n in conn.execute(q)]
