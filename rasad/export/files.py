"""Exports in the formats event-data researchers use: CSV, JSON Lines, Parquet, PLOVER JSON, GraphML and GEXF.

Events are exported fused (one row per real-world event, with every report); filters select by date, actor
(English or Persian name, or knowledge-base id), PLOVER type and outlet.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.scales import quad_code
from rasad.store.schema import articles, events, fused_events
from rasad.store.store import Store
from rasad.text.normalize import match_key


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    type: str | None = None
    outlet: str | None = None
    min_goldstein: float | None = None
    max_goldstein: float | None = None
    quad_class: str | None = None


def actor_ids(kb: KnowledgeBase, query: str) -> set[str]:
    """Knowledge-base ids and English names an --actor value can mean."""
    q, key = query.casefold(), match_key(query)
    out = set()
    for a in kb.actors.values():
        if a.id == query or a.name.casefold() == q or key in {match_key(f) for f in [*a.fa, *a.short]}:
            out |= {a.id, a.name}
    return out or {query}


def fused_records(store: Store, kb: KnowledgeBase, flt: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """Fused events with their reports, oldest first, filtered."""
    flt = flt or EventFilter()
    q = sa.select(fused_events).order_by(fused_events.c.date.is_(None), fused_events.c.date, fused_events.c.id)
    if flt.since:
        q = q.where(fused_events.c.date >= flt.since)
    if flt.until:
        q = q.where(fused_events.c.date <= flt.until)
    if flt.type:
        q = q.where(fused_events.c.type == flt.type.upper())
    if flt.min_goldstein is not None:
        q = q.where(fused_events.c.goldstein >= flt.min_goldstein)
    if flt.max_goldstein is not None:
        q = q.where(fused_events.c.goldstein <= flt.max_goldstein)
    if flt.quad_class:
        q = q.where(fused_events.c.quad_class == flt.quad_class)
    wanted = actor_ids(kb, flt.actor) if flt.actor else None
    with store.engine.connect() as conn:
        for row in conn.execute(q).mappings():
            rec = dict(row)
            if wanted is not None:
                slots = set(rec["source"] or []) | set(rec["target"] or []) | set(rec["source_ids"] or []) | set(rec["target_ids"] or [])
                if not slots & wanted:
                    continue
            reports = conn.execute(
                sa.select(events.c.id, events.c.article_id, events.c.sentence, events.c.trigger, events.c.rule,
                          events.c.confidence, articles.c.outlet, articles.c.published, articles.c.url, articles.c.source)
                .join(articles, events.c.article_id == articles.c.id).where(events.c.fused_id == rec["id"])
                .order_by(articles.c.published, events.c.id)).mappings().all()
            rec["reports"] = [dict(r) for r in reports]
            if flt.outlet and not any((r["outlet"] or "").casefold() == flt.outlet.casefold() for r in rec["reports"]):
                continue
            yield rec


def _actor_fields(kb: KnowledgeBase, ids: list[str | None], names: list[str]) -> dict[str, Any]:
    countries, sectors, wikidata = [], [], []
    for i in ids or []:
        a = kb.actors.get(i) if i else None
        countries.append(a.country if a else None)
        sectors.append(a.sector if a else None)
        wikidata.append(a.wikidata if a else None)
    return {"names": names or [], "ids": ids or [], "countries": countries, "sectors": sectors, "wikidata": wikidata}


def flat_row(rec: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    src = _actor_fields(kb, rec["source_ids"], rec["source"])
    tgt = _actor_fields(kb, rec["target_ids"], rec["target"])
    return {
        "id": rec["id"], "date": rec["date"].isoformat() if rec["date"] else None, "date_precision": rec["date_precision"],
        "type": rec["type"], "mode": rec["mode"], "cameo": rec["cameo"],
        "goldstein": rec["goldstein"], "quad_class": rec["quad_class"],
        "source": "; ".join(src["names"]), "source_country": "; ".join(c or "" for c in src["countries"]),
        "source_sector": "; ".join(c or "" for c in src["sectors"]),
        "target": "; ".join(tgt["names"]), "target_country": "; ".join(c or "" for c in tgt["countries"]),
        "target_sector": "; ".join(c or "" for c in tgt["sectors"]),
        "location": rec["location"], "lat": rec["lat"], "lon": rec["lon"], "summary_en": rec["summary_en"],
        "num_articles": rec["num_articles"], "num_sources": rec["num_sources"],
        "first_reported": rec["first_reported"], "last_reported": rec["last_reported"],
        "outlets": "; ".join(sorted({r["outlet"] for r in rec["reports"] if r["outlet"]})),
        "text": rec["reports"][0]["sentence"] if rec["reports"] else None,
    }


def plover_record(rec: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """A PLOVER-style record (openeventdata/PLOVER): id, date, actor, recipient, event, mode, context, event_loc, text."""
    src = _actor_fields(kb, rec["source_ids"], rec["source"])
    tgt = _actor_fields(kb, rec["target_ids"], rec["target"])

    def actor(f: dict[str, Any], i: int) -> dict[str, Any]:
        return {"name": f["names"][i], "country": f["countries"][i] if i < len(f["countries"]) else None,
                "sector": f["sectors"][i] if i < len(f["sectors"]) else None,
                "wikidata": f["wikidata"][i] if i < len(f["wikidata"]) else None}

    return {
        "id": f"rasad-{rec['id']}", "date": rec["date"].isoformat() if rec["date"] else None,
        "date_precision": rec["date_precision"],
        "actor": [actor(src, i) for i in range(len(src["names"]))],
        "recipient": [actor(tgt, i) for i in range(len(tgt["names"]))],
        "event": rec["type"], "mode": rec["mode"], "cameo": rec["cameo"], "context": [],
        "quad_code": quad_code(rec["type"]), "quad_class": rec["quad_class"], "goldstein": rec["goldstein"],
        "event_loc": {"name": rec["location"], "lat": rec["lat"], "lon": rec["lon"]} if rec["location"] else None,
        "text": rec["reports"][0]["sentence"] if rec["reports"] else None, "summary_en": rec["summary_en"],
        "num_articles": rec["num_articles"], "num_sources": rec["num_sources"],
        "sources": [{"outlet": r["outlet"], "published": r["published"], "url": r["url"], "article_id": r["article_id"],
                     "sentence": r["sentence"], "trigger": r["trigger"], "rule": r["rule"]} for r in rec["reports"]],
        "language": "fa",
    }


@contextlib.contextmanager
def _text_out(out: io.TextIOBase | str):
    """A path is opened (and closed) here; an open stream is used as it is."""
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def write_events(store: Store, kb: KnowledgeBase, fmt: str, out: io.TextIOBase | str, flt: EventFilter | None = None) -> int:
    recs = list(fused_records(store, kb, flt))
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_row(r, kb) for r in recs]
        table = pa.Table.from_pylist(rows) if rows else pa.table({k: pa.array([], pa.string()) for k in ("id", "date", "type")})
        pq.write_table(table, out)
        return len(rows)
    with _text_out(out) as fh:
        if fmt == "csv":
            rows = [flat_row(r, kb) for r in recs]
            if rows:
                w = csv.DictWriter(fh, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(rows)
        elif fmt == "jsonl":
            for r in recs:
                fh.write(json.dumps({**flat_row(r, kb), "reports": r["reports"]}, ensure_ascii=False, default=str) + "\n")
        elif fmt == "plover":
            json.dump([plover_record(r, kb) for r in recs], fh, ensure_ascii=False, indent=1, default=str)
            fh.write("\n")
        else:
            raise ValueError(f"unknown format {fmt!r}")
    return len(recs)


def build_graph(store: Store, kb: KnowledgeBase, flt: EventFilter | None = None):
    """Actors as nodes (name, type, country, sector, wikidata), contacts as edges weighted by count, by type."""
    import networkx as nx

    g = nx.DiGraph()
    for rec in fused_records(store, kb, flt):
        for s_id, s_name in zip(rec["source_ids"] or [], rec["source"] or []):
            for t_id, t_name in zip(rec["target_ids"] or [], rec["target"] or []):
                for node_id, name in ((s_id or s_name, s_name), (t_id or t_name, t_name)):
                    if node_id not in g:
                        a = kb.actors.get(node_id)
                        g.add_node(node_id, label=name, type=(a.entity_type if a else "UNKNOWN"),
                                   country=(a.country or "") if a else "", sector=(a.sector or "") if a else "",
                                   wikidata=(a.wikidata or "") if a else "")
                u, v = s_id or s_name, t_id or t_name
                if u == v:
                    continue
                date = rec["date"].isoformat() if rec["date"] else ""
                if g.has_edge(u, v):
                    e = g[u][v]
                    e["weight"] += 1
                    e[f"n_{rec['type']}"] = e.get(f"n_{rec['type']}", 0) + 1
                    if date:
                        e["first"] = min(filter(None, [e["first"], date]))
                        e["last"] = max(e["last"], date)
                    types = set(e["types"].split(",")) | {rec["type"]}
                    e["types"] = ",".join(sorted(types))
                else:
                    g.add_edge(u, v, weight=1, types=rec["type"], first=date, last=date, **{f"n_{rec['type']}": 1})
    return g


def write_graph(store: Store, kb: KnowledgeBase, fmt: str, out: str, flt: EventFilter | None = None) -> tuple[int, int]:
    import networkx as nx

    g = build_graph(store, kb, flt)
    if fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "gexf":
        nx.write_gexf(g, out)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return g.number_of_nodes(), g.number_of_edges()


def write_articles(store: Store, fmt: str, out: io.TextIOBase | str) -> int:
    cols = ["id", "source", "url", "outlet", "cites", "published", "news_id", "category", "title", "story_id", "body"]
    rows = []
    for r in store.iter_articles():
        row = {c: r[c] for c in cols}
        row["annotation"] = r["annotation"]
        rows.append(row)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [{**{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()}} for r in rows]
        pq.write_table(pa.Table.from_pylist(flat), out)
        return len(rows)
    with _text_out(out) as fh:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            for r in rows:
                w.writerow({c: (json.dumps(r[c], ensure_ascii=False) if isinstance(r[c], list) else r[c]) for c in cols})
        else:
            raise ValueError(f"unknown format {fmt!r}")
    return len(rows)
