"""Read queries behind the web API and pages: SQLAlchemy Core over :mod:`rasad.schema`, bound parameters only.

An *event* here is one real-world event: a fused event (``fused_events``, id ``f<N>``) where fusion has run, and an
article's own event (``events``, id ``e<N>``) where it has not (``events.fused_id`` is null or names no fused
row). Both kinds come from one UNION ALL, so filters, sorting and pagination run in the database.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..kb import KnowledgeBase
from ..normalize import char_normalize, match_key
from ..schema import articles, entities, events, fused_events, quotes

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SORTS = ("date", "-date", "num_sources")
_ESC = "^"


class NotFound(LookupError):
    """Nothing has this id."""


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    types: list[str] = field(default_factory=list)
    outlet: str | None = None
    q: str | None = None

    def as_params(self) -> dict[str, str]:
        out = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        for k in ("actor", "outlet", "q"):
            if getattr(self, k):
                out[k] = getattr(self, k)
        if self.types:
            out["type"] = ",".join(self.types)
        return out


def parse_types(value: str | None) -> list[str]:
    """``"consult, support"`` → ``["CONSULT", "SUPPORT"]``; unknown names raise ValueError."""
    if not value:
        return []
    out = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in out if t not in PLOVER_TYPES]
    if bad:
        raise ValueError(f"unknown event type {', '.join(bad)}; one of {', '.join(PLOVER_TYPES)}")
    return out


def safe_url(url: str | None) -> str | None:
    """A URL that may become a link: http(s) only (never javascript: or data:)."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url.strip(), re.I):
        return url.strip()
    return None


def _like(text: str) -> str:
    return "%" + text.replace(_ESC, _ESC * 2).replace("%", _ESC + "%").replace("_", _ESC + "_") + "%"


# --- the event units --------------------------------------------------------------------------------------

def _units(part: str | None = None) -> sa.Subquery:
    """Event units: fused events, and events not (yet) fused. ``part`` "fused" or "event" gives one kind only."""
    fe = fused_events
    fused = sa.select(
        sa.literal("fused", sa.String).label("kind"), fe.c.id.label("rid"), fe.c.type, fe.c.mode, fe.c.cameo,
        fe.c.source, fe.c.target, fe.c.source_ids, fe.c.target_ids, fe.c.date, fe.c.date_precision, fe.c.location,
        fe.c.lat, fe.c.lon, fe.c.summary_en, fe.c.num_articles, fe.c.num_sources, fe.c.first_reported,
        fe.c.last_reported, sa.cast(sa.null(), sa.Integer).label("article_id"),
        sa.cast(sa.null(), sa.String).label("outlet"), sa.cast(sa.null(), sa.Text).label("sentence"),
    )
    single = sa.select(
        sa.literal("event", sa.String).label("kind"), events.c.id.label("rid"), events.c.type, events.c.mode,
        events.c.cameo, events.c.source, events.c.target, events.c.source_ids, events.c.target_ids, events.c.date,
        events.c.date_precision, events.c.location, events.c.lat, events.c.lon, events.c.summary_en,
        sa.literal(1, sa.Integer).label("num_articles"), sa.literal(1, sa.Integer).label("num_sources"),
        articles.c.published.label("first_reported"), articles.c.published.label("last_reported"),
        events.c.article_id, articles.c.outlet, events.c.sentence,
    ).select_from(events.join(articles, events.c.article_id == articles.c.id)).where(
        ~sa.exists().where(fused_events.c.id == events.c.fused_id))
    if part == "fused":
        return fused.subquery("u")
    if part == "event":
        return single.subquery("u")
    return sa.union_all(fused, single).subquery("u")


_KEYS: dict[int, list[tuple[Any, str, list[str]]]] = {}


def _actor_keys(kb: KnowledgeBase) -> list[tuple[Any, str, list[str]]]:
    """(actor, folded English name, Persian match keys) for every KB actor, computed once per knowledge base."""
    if id(kb) not in _KEYS:
        _KEYS.clear()
        _KEYS[id(kb)] = [(a, a.name.casefold(), [k for k in (match_key(f) for f in [*a.fa, *a.short]) if k])
                         for a in kb.actors.values()]
    return _KEYS[id(kb)]


def resolve_actor(conn: sa.Connection, kb: KnowledgeBase, text: str) -> tuple[set[str], set[str]]:
    """An actor as typed (id, English or Persian name) → (knowledge-base ids, names) to look for in events."""
    text = text.strip()
    if not text:
        return set(), set()
    if text in kb.actors or text in kb.places:
        return {text}, set()
    if conn.execute(sa.select(entities.c.id).where(entities.c.kb_id == text).limit(1)).first():
        return {text}, set()
    fold, key = text.casefold(), match_key(text)
    ids: set[str] = set()
    for a, name, keys in _actor_keys(kb):
        if name == fold or (key and key in keys):
            ids.add(a.id)
    names: set[str] = set()
    for kb_id, name in conn.execute(sa.select(entities.c.kb_id, entities.c.name).where(
            sa.or_(sa.func.lower(entities.c.name) == fold, entities.c.name == char_normalize(text))).distinct()):
        if kb_id:
            ids.add(kb_id)
        else:
            names.add(name)
    if ids or names:
        return ids, names
    # nothing exact: English names containing the text, Persian forms containing it
    for a, name, keys in _actor_keys(kb):
        if fold in name or (key and any(key in k for k in keys)):
            ids.add(a.id)
    return ids, names or {text}


def _conditions(conn: sa.Connection, kb: KnowledgeBase, u: sa.Subquery, f: EventFilter) -> list:
    conds: list = []
    if f.since:
        conds.append(u.c.date >= f.since)
    if f.until:
        conds.append(u.c.date <= f.until)
    if f.types:
        conds.append(u.c.type.in_(f.types))
    if f.actor:
        ids, names = resolve_actor(conn, kb, f.actor)
        alts = []
        for needle, cols in ((ids, (u.c.source_ids, u.c.target_ids)), (names, (u.c.source, u.c.target))):
            for value in needle:
                pattern = _like(json.dumps(value))
                alts.extend(sa.cast(c, sa.Text).like(pattern, escape=_ESC) for c in cols)
        conds.append(sa.or_(*alts) if alts else sa.false())
    if f.outlet:
        name = f.outlet.strip()
        o = kb.outlets.get(name.lower())
        wanted = {name.lower()} | ({o.name.lower()} if o else set())
        member = sa.exists().where(events.c.fused_id == u.c.rid, events.c.article_id == articles.c.id,
                                   sa.func.lower(articles.c.outlet).in_(wanted))
        conds.append(sa.or_(sa.and_(u.c.kind == "event", sa.func.lower(u.c.outlet).in_(wanted)),
                            sa.and_(u.c.kind == "fused", member)))
    if f.q:
        q = char_normalize(f.q.strip())
        pat = _like(q.lower())
        member = sa.exists().where(events.c.fused_id == u.c.rid, sa.func.lower(events.c.sentence).like(pat, escape=_ESC))
        conds.append(sa.or_(sa.func.lower(u.c.summary_en).like(pat, escape=_ESC),
                            sa.and_(u.c.kind == "event", sa.func.lower(u.c.sentence).like(pat, escape=_ESC)),
                            sa.and_(u.c.kind == "fused", member)))
    return conds


def _order(u: sa.Subquery, sort: str) -> list:
    if sort == "date":
        return [u.c.date.asc().nulls_last(), u.c.kind, u.c.rid]
    if sort == "num_sources":
        return [u.c.num_sources.desc(), u.c.date.desc().nulls_last(), u.c.kind, u.c.rid]
    return [u.c.date.desc().nulls_last(), u.c.kind, u.c.rid]


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


def list_events(engine: Engine, kb: KnowledgeBase, f: EventFilter, page: int = 1, per_page: int = 50,
                sort: str = "-date") -> dict[str, Any]:
    """One page of event units. Fused and unfused units are counted and sorted in the database separately (each
    can use its own indexes), and the two sorted heads are merged here."""
    total, rows = 0, []
    with engine.connect() as conn:
        for part in ("fused", "event"):
            u = _units(part)
            conds = _conditions(conn, kb, u, f)
            n = conn.execute(sa.select(sa.func.count()).select_from(u).where(*conds)).scalar_one()
            total += n
            if n:
                rows += conn.execute(sa.select(u).where(*conds).order_by(*_order(u, sort)).limit(page * per_page)).all()
        rows = sorted(rows, key=_sort_key(sort))[(page - 1) * per_page: page * per_page]
        outlets = _fused_outlets(conn, [r.rid for r in rows if r.kind == "fused"])
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "sort": sort, "filters": f.as_params(), "items": [_unit(kb, r, outlets) for r in rows]}


def all_units(conn: sa.Connection, kb: KnowledgeBase, f: EventFilter) -> list[dict[str, Any]]:
    u = _units()
    rows = conn.execute(sa.select(u).where(*_conditions(conn, kb, u, f)).order_by(*_order(u, "date"))).all()
    outlets = _fused_outlets(conn, [r.rid for r in rows if r.kind == "fused"])
    return [_unit(kb, r, outlets) for r in rows]


# --- one event with its reports ---------------------------------------------------------------------------

def parse_event_id(text: str) -> tuple[str, int]:
    m = re.fullmatch(r"([ef]?)(\d{1,12})", text.strip().lower())
    if not m:
        raise NotFound(f"no event {text!r}: ids look like e12 (one article's event) or f3 (a fused event)")
    return ("fused" if m.group(1) == "f" else "event"), int(m.group(2))


def get_event(engine: Engine, kb: KnowledgeBase, event_id: str) -> dict[str, Any]:
    kind, rid = parse_event_id(event_id)
    u = _units()
    with engine.connect() as conn:
        if kind == "event":
            fid = conn.execute(sa.select(events.c.fused_id).where(events.c.id == rid)).first()
            if fid is None:
                raise NotFound(f"no event {event_id}")
            if fid[0] is not None and conn.execute(sa.select(fused_events.c.id).where(fused_events.c.id == fid[0])).first():
                kind, rid = "fused", fid[0]
        row = conn.execute(sa.select(u).where(u.c.kind == kind, u.c.rid == rid)).first()
        if row is None:
            raise NotFound(f"no event {event_id}")
        member = events.c.fused_id == rid if kind == "fused" else events.c.id == rid
        reps = conn.execute(sa.select(events, articles.c.outlet, articles.c.published, articles.c.title,
                                      articles.c.url, articles.c.annotation, articles.c.body)
                            .select_from(events.join(articles, events.c.article_id == articles.c.id))
                            .where(member).order_by(articles.c.published, events.c.id)).all()
        why = None
        if kind == "fused":
            why = conn.execute(sa.select(fused_events.c.why).where(fused_events.c.id == rid)).scalar()
    outlets = {rid: [{"article_id": r.article_id, "outlet": r.outlet} for r in reps]} if kind == "fused" else None
    out = _unit(kb, row, outlets)
    out["why"] = why
    out["reports"] = [_report(kb, r) for r in reps]
    return out


def _report(kb: KnowledgeBase, r: Any) -> dict[str, Any]:
    m = r._mapping
    body: str = m["body"] or ""
    record = m["record"] or {}
    sents = record.get("sentences") or []
    if not sents and m["start"] is not None:
        s, e = m["start"], m["end"]
        pos = body.find(m["trigger"] or "\0", s, e) if m["trigger"] else -1
        sents = [{"start": s, "end": e, "trigger": [pos, pos + len(m["trigger"])] if pos >= 0 else None,
                  "rule": m["rule"]}]
    seen, sentences = set(), []
    for s in sents:
        key = (s.get("start"), s.get("end"), tuple(s.get("trigger") or ()))
        if key in seen or s.get("start") is None:
            continue
        seen.add(key)
        start, end = int(s["start"]), int(s["end"])
        trig = s.get("trigger")
        sentences.append({
            "text": body[start:end] if body else s.get("text", ""), "start": start, "end": end,
            "trigger": list(trig) if trig else None, "rule": s.get("rule"),
            "highlights": evidence_highlights(kb, m["annotation"] or {}, m["source_ids"] or [],
                                              m["target_ids"] or [], start, end, trig, m["date"]),
        })
    return {
        "event_id": m["id"], "article_id": m["article_id"], "outlet": m["outlet"], "published": m["published"],
        "title": m["title"], "url": safe_url(m["url"]), "type": m["type"], "mode": m["mode"],
        "summary_en": m["summary_en"], "sentence": m["sentence"], "start": m["start"], "end": m["end"],
        "trigger": m["trigger"], "trigger_offsets": sentences[0]["trigger"] if sentences else None,
        "rule": m["rule"], "confidence": m["confidence"], "sentences": sentences,
    }


def evidence_highlights(kb: KnowledgeBase, annotation: dict, source_ids: list, target_ids: list, start: int,
                        end: int, trigger: list | None, day: dt.date | None = None) -> list[dict[str, Any]]:
    """Spans (body offsets) inside [start, end) to highlight: the trigger, the actors, their organisations."""
    roles: dict[str, str] = {}
    for i in source_ids:
        if i:
            roles.setdefault(i, "source")
    for i in target_ids:
        if i:
            roles.setdefault(i, "target")
    orgs: dict[str, tuple[str, str]] = {}
    for i, role in list(roles.items()):
        org = kb.affiliation(i, day if isinstance(day, dt.date) else None)
        if org and org not in roles:
            orgs.setdefault(org, (role, i))
    spans: list[tuple[int, int, int, dict[str, Any]]] = []  # (priority, start, end, info)
    if trigger and trigger[0] is not None and start <= trigger[0] < trigger[1] <= end:
        spans.append((0, trigger[0], trigger[1], {"kind": "trigger", "label": "trigger"}))
    for role_ in annotation.get("roles") or []:
        kb_id = role_.get("kb_id")
        if kb_id in roles and role_.get("start") is not None:
            spans.append((1, role_["start"], role_["end"], {"kind": roles[kb_id], "id": kb_id,
                                                            "label": role_.get("refers_to") or kb_id}))
    for ent in annotation.get("entities") or []:
        kb_id = ent.get("kb_id")
        if kb_id in roles:
            info = {"kind": roles[kb_id], "id": kb_id, "label": ent.get("name")}
            prio = 1
        elif kb_id in orgs:
            role, who = orgs[kb_id]
            person = kb.actors.get(who)
            info = {"kind": role, "id": kb_id, "label": f"{ent.get('name')} ({person.name if person else who})",
                    "via": who}
            prio = 2
        else:
            continue
        for s, e in ent.get("mentions") or []:
            spans.append((prio, s, e, info))
    taken: list[tuple[int, int]] = []
    out = []
    for _prio, s, e, info in sorted(spans, key=lambda x: (x[0], x[1], -(x[2] - x[1]))):
        if not (start <= s < e <= end) or any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append({"start": s, "end": e, **info})
    out.sort(key=lambda h: h["start"])
    return out


# --- aggregates -------------------------------------------------------------------------------------------

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
    u = _units()
    cols = [u.c.kind, u.c.rid] + [u.c[c] for c in columns]
    return conn.execute(sa.select(*cols).where(*_conditions(conn, kb, u, f)).order_by(*_order(u, "-date"))).all()


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


def _padded(ids: list | None, names: list | None) -> list:
    ids = list(ids or [])
    return ids + [None] * (len(names or []) - len(ids))


def stats(engine: Engine, kb: KnowledgeBase, f: EventFilter) -> dict[str, Any]:
    """Counts per type and ISO week, aggregated in the database by (type, day)."""
    u = _units()
    with engine.connect() as conn:
        groups = conn.execute(sa.select(u.c.type, u.c.date, sa.func.count()).where(*_conditions(conn, kb, u, f))
                              .group_by(u.c.type, u.c.date)).all()
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


# --- actors -----------------------------------------------------------------------------------------------

def _mention_counts(conn: sa.Connection, kb_ids: list[str] | None = None) -> dict[str, tuple[int, int]]:
    q = sa.select(entities.c.kb_id, sa.func.count(sa.distinct(entities.c.article_id)),
                  sa.func.coalesce(sa.func.sum(entities.c.count), 0)).where(entities.c.kb_id.is_not(None))
    if kb_ids is not None:
        q = q.where(entities.c.kb_id.in_(kb_ids))
    return {k: (a, m) for k, a, m in conn.execute(q.group_by(entities.c.kb_id))}


def _actor_summary(kb: KnowledgeBase, kb_id: str, counts: dict[str, tuple[int, int]]) -> dict[str, Any]:
    a = kb.actors.get(kb_id)
    n_art, n_men = counts.get(kb_id, (0, 0))
    return {"kb_id": kb_id, "name": a.name if a else kb_id, "fa": list(a.fa) if a else [],
            "type": a.type if a else None, "country": a.country if a else None, "sector": a.sector if a else None,
            "in_kb": a is not None, "articles": n_art, "mentions": n_men}


def search_actors(engine: Engine, kb: KnowledgeBase, q: str | None, limit: int = 50) -> dict[str, Any]:
    with engine.connect() as conn:
        results: list[tuple[int, dict[str, Any]]] = []
        if not q or not q.strip():
            counts = _mention_counts(conn)
            for kb_id in sorted(counts, key=lambda k: (-counts[k][0], -counts[k][1], k)):
                if kb_id in kb.actors:
                    results.append((0, _actor_summary(kb, kb_id, counts)))
            unknown_q = sa.select(entities.c.name, entities.c.type, sa.func.count(sa.distinct(entities.c.article_id)))
            unknown_q = unknown_q.where(entities.c.kb_id.is_(None), entities.c.type.in_(["PERSON", "ORG"]))
        else:
            text = q.strip()
            fold, key = text.casefold(), match_key(text)
            ranked: list[tuple[int, str]] = []
            for a, name, keys in _actor_keys(kb):
                if a.id == text or name == fold or (key and key in keys):
                    ranked.append((0, a.id))
                elif fold in name or (key and any(key in k for k in keys)):
                    ranked.append((1, a.id))
            counts = _mention_counts(conn, [i for _, i in ranked])  # only the matches: the table can be large
            results += [(rank, _actor_summary(kb, i, counts)) for rank, i in ranked]
            pat = _like(char_normalize(text).lower())
            unknown_q = sa.select(entities.c.name, entities.c.type, sa.func.count(sa.distinct(entities.c.article_id)))
            unknown_q = unknown_q.where(entities.c.kb_id.is_(None), sa.func.lower(entities.c.name).like(pat, escape=_ESC))
        for name, etype, n in conn.execute(unknown_q.group_by(entities.c.name, entities.c.type).limit(limit)):
            results.append((2, {"kb_id": None, "name": name, "fa": [name], "type": etype, "country": None,
                                "sector": None, "in_kb": False, "articles": n, "mentions": n}))
    results.sort(key=lambda x: (x[0], -x[1]["articles"], x[1]["name"]))
    items = [r for _, r in results[:limit]]
    return {"q": q, "total": len(results), "items": items}


def _span(kb: KnowledgeBase, s: Any, title: str | None = None) -> dict[str, Any]:
    of = kb.actors.get(s.of)
    at = kb.actors.get(s.at) if getattr(s, "at", None) else None
    t = kb.titles.get(title) if title else None
    if title and t is None:
        base = re.sub(r"^(deputy|acting|first|former)-", "", title)
        t = kb.titles.get(base)
        label = (title.split("-")[0].capitalize() + " " + t.en) if t and t.en else title.replace("-", " ").capitalize()
    else:
        label = t.en if t and t.en else (title.replace("-", " ").capitalize() if title else None)
    return {"title": title, "title_en": label, "of": s.of, "of_name": of.name if of else s.of,
            "at": getattr(s, "at", None), "at_name": at.name if at else getattr(s, "at", None),
            "start": _iso(s.start), "end": _iso(s.end)}


def actor_detail(engine: Engine, kb: KnowledgeBase, kb_id: str) -> dict[str, Any]:
    a = kb.actors.get(kb_id)
    place = kb.places.get(kb_id)
    with engine.connect() as conn:
        ent_rows = conn.execute(sa.select(entities.c.name, entities.c.type, entities.c.forms, entities.c.article_id,
                                          entities.c.country, entities.c.sector)
                                .where(entities.c.kb_id == kb_id)).all()
        if a is None and place is None and not ent_rows:
            raise NotFound(f"no actor {kb_id!r}")
        units = all_units(conn, kb, EventFilter(actor=kb_id))
        qrows = conn.execute(sa.select(quotes, articles.c.outlet, articles.c.published, articles.c.title)
                             .select_from(quotes.join(articles, quotes.c.article_id == articles.c.id))
                             .where(quotes.c.speaker_id == kb_id)
                             .order_by(articles.c.published.desc(), quotes.c.start).limit(200)).all()
    forms_seen: Counter = Counter()
    for r in ent_rows:
        for form in r.forms or []:
            forms_seen[form] += 1
    name = a.name if a else (place.name if place else ent_rows[0].name)
    contacts: dict[str, dict[str, Any]] = {}
    for ev in units:
        mine = kb_id in ev["source_ids"]
        others = ev["targets"] if mine else ev["sources"]
        if kb_id not in ev["source_ids"] and kb_id not in ev["target_ids"]:
            continue
        # co-actors on the same side count too (two leaders who jointly praised someone)
        side = ev["sources"] if mine else ev["targets"]
        for other, relation in [*((o, "out" if mine else "in") for o in others),
                                *((o, "with") for o in side)]:
            oid = _node_id(other["id"], other["name"])
            if oid == kb_id:
                continue
            c = contacts.setdefault(oid, {"id": oid, "kb_id": other["id"], "name": other["name"], "fa": other["fa"],
                                          "type": other["type"], "count": 0, "types": Counter(),
                                          "first": None, "last": None, "events": []})
            if ev["id"] in c["events"]:
                continue
            c["count"] += 1
            c["types"][f"{ev['type']}:{relation}"] += 1
            c["events"].append(ev["id"])
            if ev["date"]:
                c["first"] = min(filter(None, [c["first"], ev["date"]]))
                c["last"] = max(filter(None, [c["last"], ev["date"]]))
    contact_list = sorted(contacts.values(), key=lambda c: (-c["count"], c["name"]))
    for c in contact_list:
        c["types"] = dict(c["types"])
    positions = sorted((_span(kb, p, p.title) for p in a.positions) if a else [],
                       key=lambda p: (p["start"] or "0000"), reverse=True)
    affiliations = [_span(kb, s) for s in a.affiliations] if a else []
    return {
        "kb_id": kb_id, "name": name, "in_kb": a is not None,
        "type": a.type if a else ("PLACE" if place else ent_rows[0].type),
        "country": a.country if a else (place.country if place else ent_rows[0].country),
        "sector": a.sector if a else None, "wikidata": (a.wikidata if a else (place.wikidata if place else None)),
        "fa": list(a.fa) if a else (list(place.fa) if place else []),
        "aliases": {"short": list(a.short) if a else [], "adjectives": list(a.adj) if a else [],
                    "seen_in_articles": [f for f, _ in forms_seen.most_common()]},
        "positions": positions, "affiliations": affiliations,
        "articles": len({r.article_id for r in ent_rows}), "num_events": len(units),
        "contacts": contact_list,
        "quotes": [{"id": q.id, "article_id": q.article_id, "outlet": q.outlet, "published": q.published,
                    "title": q.title, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "cue": q.cue,
                    "text": q.text, "direct": q.direct, "start": q.start, "end": q.end} for q in qrows],
        "events": list(reversed(units))[:100],
    }


# --- articles ---------------------------------------------------------------------------------------------

def list_articles(engine: Engine, page: int = 1, per_page: int = 50, outlet: str | None = None,
                  q: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
    conds = []
    if outlet:
        conds.append(sa.func.lower(articles.c.outlet) == outlet.strip().lower())
    if q:
        pat = _like(char_normalize(q.strip()).lower())
        conds.append(sa.or_(sa.func.lower(articles.c.title).like(pat, escape=_ESC),
                            sa.func.lower(articles.c.body).like(pat, escape=_ESC)))
    if since:
        conds.append(articles.c.published_day >= since)
    if until:
        conds.append(articles.c.published_day <= until)
    n_events = sa.select(sa.func.count()).where(events.c.article_id == articles.c.id).scalar_subquery()
    sel = sa.select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.cites, articles.c.published,
                    articles.c.url, articles.c.story_id, articles.c.source,
                    sa.func.length(articles.c.body).label("chars"), n_events.label("events")).where(*conds)
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(articles).where(*conds)).scalar_one()
        rows = conn.execute(sel.order_by(articles.c.published_day.desc().nulls_last(), articles.c.id.desc())
                            .limit(per_page).offset((page - 1) * per_page)).all()
    items = []
    for r in rows:
        d = dict(r._mapping)
        d["url"] = d["url"]
        d["cites"] = list(d["cites"] or [])
        items.append(d)
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "items": items}


def article_id_by_hash(engine: Engine, content_hash: str) -> int | None:
    with engine.connect() as conn:
        return conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == content_hash)).scalar()


def article_detail(engine: Engine, kb: KnowledgeBase, article_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            raise NotFound(f"no article {article_id}")
        a = row._mapping
        same = []
        if a["story_id"] is not None:
            same = [dict(r._mapping) for r in conn.execute(
                sa.select(articles.c.id, articles.c.outlet, articles.c.published, articles.c.title, articles.c.url)
                .where(articles.c.story_id == a["story_id"], articles.c.id != article_id)
                .order_by(articles.c.published))]
        evrows = conn.execute(sa.select(events).where(events.c.article_id == article_id).order_by(events.c.seq)).all()
        fused_ok = {fid for (fid,) in conn.execute(sa.select(fused_events.c.id).where(
            fused_events.c.id.in_([r.fused_id for r in evrows if r.fused_id is not None])))}
        qrows = conn.execute(sa.select(quotes).where(quotes.c.article_id == article_id).order_by(quotes.c.start)).all()
    for s in same:
        s["url"] = safe_url(s["url"])
    evs = []
    for r in evrows:
        m = r._mapping
        record = m["record"] or {}
        evs.append({
            "id": m["id"], "event": unit_id("fused", m["fused_id"]) if m["fused_id"] in fused_ok else unit_id("event", m["id"]),
            "seq": m["seq"], "type": m["type"], "mode": m["mode"], "cameo": m["cameo"],
            "source": m["source"], "target": m["target"], "source_ids": m["source_ids"], "target_ids": m["target_ids"],
            "date": _iso(m["date"]), "location": m["location"], "trigger": m["trigger"], "start": m["start"],
            "end": m["end"], "summary_en": m["summary_en"], "rule": m["rule"], "confidence": m["confidence"],
            "sentences": [{"start": s.get("start"), "end": s.get("end"), "trigger": s.get("trigger")}
                          for s in record.get("sentences") or []],
        })
    ann = a["annotation"] or {}
    return {
        "id": a["id"], "title": a["title"], "kicker": a["kicker"], "lead": a["lead"], "outlet": a["outlet"],
        "cites": list(a["cites"] or []), "published": a["published"], "published_precision": a["published_precision"],
        "url": a["url"], "safe_url": safe_url(a["url"]), "news_id": a["news_id"], "category": a["category"],
        "tags": list(a["tags"] or []), "source": a["source"], "story_id": a["story_id"], "body": a["body"],
        "annotations": {"entities": ann.get("entities") or [], "roles": ann.get("roles") or [],
                        "quotes": [{"id": q.id, "speaker": q.speaker, "speaker_id": q.speaker_id,
                                    "speaker_mention": q.speaker_mention, "cue": q.cue, "text": q.text,
                                    "direct": q.direct, "start": q.start, "end": q.end} for q in qrows],
                        "events": evs},
        "same_story": same,
    }


def body_segments(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Split an article body at every annotation boundary; each piece carries the layers covering it.

    The pieces are rendered by the article page template (autoescaped), never as markup from the data.
    """
    body: str = article["body"] or ""
    n = len(body)
    ann = article["annotations"]
    spans: list[tuple[int, int, str, str]] = []  # start, end, css class, tooltip
    for ent in ann["entities"]:
        label = f"{ent.get('name')} · {ent.get('type') or ''}".strip(" ·")
        cls = f"ent ent-{(ent.get('type') or 'x').lower()}" + ("" if ent.get("kb_id") else " ent-unknown")
        for s, e in ent.get("mentions") or []:
            spans.append((s, e, cls, label))
    for r in ann["roles"]:
        if r.get("start") is not None and r.get("refers_to"):
            spans.append((r["start"], r["end"], "role", f"role → {r['refers_to']}"))
    for q in ann["quotes"]:
        if q["start"] is not None:
            spans.append((q["start"], q["end"], "quote", f"quote · {q['speaker'] or 'unknown speaker'}"))
    for ev in ann["events"]:
        trig = [s["trigger"] for s in ev["sentences"] if s.get("trigger")]
        if not trig and ev["trigger"] and ev["start"] is not None:
            pos = body.find(ev["trigger"], ev["start"], ev["end"])
            trig = [[pos, pos + len(ev["trigger"])]] if pos >= 0 else []
        for s, e in trig:
            spans.append((s, e, f"trigger t-{ev['type'].lower()}", f"{ev['type']}: {ev['summary_en']}"))
    spans = [(max(0, s), min(n, e), c, t) for s, e, c, t in spans if s is not None and e is not None and s < e]
    cuts = sorted({0, n, *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        active = [(c, t) for s, e, c, t in spans if s <= a and b <= e]
        classes: list[str] = []
        tips: list[str] = []
        for c, t in active:
            for part in c.split():
                if part not in classes:
                    classes.append(part)
            if t not in tips:
                tips.append(t)
        out.append({"text": body[a:b], "cls": " ".join(classes), "title": "\n".join(tips)})
    return out
