"""Event units as the API returns them: a fused event or an article's own event, with actor references and outlets."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, events
from rasad.web.queries.filters import (
    EventFilter,
    _conditions,
    _units,
    actor_filter,
    unit_parts,
)


def unit_id(kind: str, rid: int) -> str:
    return f"{'f' if kind == 'fused' else 'e'}{rid}"


def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, (dt.date, dt.datetime)) else d


def _actor_refs(kb: KnowledgeBase, names: list | None, ids: list | None) -> list[dict[str, Any]]:
    names, ids = list(names or []), list(ids or [])
    out = []
    for i, name in enumerate(names):
        kb_id = ids[i] if i < len(ids) else None
        a = kb.actors.get(kb_id) if kb_id else None
        out.append({"name": name, "id": kb_id, "type": a.type if a else None,
                    "fa": (a.fa[0] if a and a.fa else None)})
    return out


def _unit(kb: KnowledgeBase, r: Any, outlets: dict | None = None) -> dict[str, Any]:
    m = r._mapping
    uid = unit_id(m["kind"], m["rid"])
    if outlets is not None and m["kind"] == "fused":
        reps = outlets.get(m["rid"], [])
    else:
        reps = [{"article_id": m["article_id"], "outlet": m["outlet"]}]
    return {
        "id": uid, "kind": m["kind"], "type": m["type"], "mode": m["mode"], "cameo": m["cameo"],
        "goldstein": m["goldstein"], "quad_class": m["quad_class"], "stored_at": _iso(m["created_at"]),
        "date": _iso(m["date"]), "date_precision": m["date_precision"],
        "source": list(m["source"] or []), "target": list(m["target"] or []),
        "source_ids": list(m["source_ids"] or []), "target_ids": list(m["target_ids"] or []),
        "sources": _actor_refs(kb, m["source"], m["source_ids"]),
        "targets": _actor_refs(kb, m["target"], m["target_ids"]),
        "location": m["location"], "lat": m["lat"], "lon": m["lon"], "summary_en": m["summary_en"],
        "num_articles": m["num_articles"], "num_sources": m["num_sources"],
        "first_reported": m["first_reported"], "last_reported": m["last_reported"],
        "outlets": sorted({x["outlet"] for x in reps if x.get("outlet")}),
        "article_ids": sorted({x["article_id"] for x in reps if x.get("article_id") is not None}),
        "sentence": m["sentence"],
    }


def _fused_outlets(conn: sa.Connection, fused_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if fused_ids:
        q = sa.select(events.c.fused_id, events.c.article_id, articles.c.outlet).select_from(
            events.join(articles, events.c.article_id == articles.c.id)).where(events.c.fused_id.in_(fused_ids))
        for fid, aid, outlet in conn.execute(q):
            out[fid].append({"article_id": aid, "outlet": outlet})
    return out


def _sort_key(sort: str):
    """The Python twin of ``_order``, to merge the two kinds of units page by page."""
    def key(r: Any) -> tuple:
        day = r.date.toordinal() if isinstance(r.date, dt.date) else None
        if sort == "date":
            return (day is None, day or 0, r.kind, r.rid)
        newest = (day is None, -(day or 0))
        return ((-r.num_sources,) if sort == "num_sources" else ()) + newest + (r.kind, r.rid)
    return key


def by_part(conn: sa.Connection, kb: KnowledgeBase, f: EventFilter, select, sort: str | None = None) -> list[Any]:
    """``select(u)`` run over fused units and over unfused events separately (each filtered through its own indexes;
    over the UNION of both, SQLite scans everything before filtering), optionally merged in ``sort`` order."""
    rows: list[Any] = []
    keys = actor_filter(conn, kb, f)
    for part in unit_parts(conn):
        u = _units(part)
        rows += conn.execute(select(u).where(*_conditions(conn, kb, u, f, keys))).all()
    return sorted(rows, key=_sort_key(sort)) if sort else rows


def all_units(conn: sa.Connection, kb: KnowledgeBase, f: EventFilter) -> list[dict[str, Any]]:
    rows = by_part(conn, kb, f, sa.select, "date")
    outlets = _fused_outlets(conn, [r.rid for r in rows if r.kind == "fused"])
    return [_unit(kb, r, outlets) for r in rows]


def _node_id(kb_id: str | None, name: str) -> str:
    return kb_id or f"name:{name}"


def _node(kb: KnowledgeBase, node_id: str, name: str) -> dict[str, Any]:
    a = kb.actors.get(node_id)
    return {"id": node_id, "kb_id": node_id if not node_id.startswith("name:") else None, "name": a.name if a else name,
            "fa": a.fa[0] if a and a.fa else None, "type": a.type if a else None,
            "country": a.country if a else None, "sector": a.sector if a else None,
            "wikidata": a.wikidata if a else None, "events": 0, "degree": 0}


MAX_LISTED = 50  # event ids listed per network edge or map place; counts are always complete


def _light_units(conn: sa.Connection, kb: KnowledgeBase, f: EventFilter, *columns: str) -> list[Any]:
    """Only the columns an aggregate needs, for every event unit that passes the filter, newest first."""
    return by_part(conn, kb, f, lambda u: sa.select(u.c.kind, u.c.rid, *(u.c[c] for c in columns)), "-date")


def _padded(ids: list | None, names: list | None) -> list:
    ids = list(ids or [])
    return ids + [None] * (len(names or []) - len(ids))
