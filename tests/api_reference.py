"""The event list as rasad computed it before the fast path (commit bb61f4a), kept frozen as a reference: plain
SQL over each kind of unit with every filter in one WHERE, a COUNT and a sorted head per kind, merged in Python.
tests/test_api_paths.py checks that :func:`rasad.web.queries.list_events` answers exactly what this does, and
``python -m tests.api_reference DB`` does the same on any database (e.g. the 100,000-article benchmark).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, entities, event_actors, events
from rasad.text.normalize import char_normalize, match_key
from rasad.web.queries.filters import _ESC, EventFilter, _like, _order, _units, text_param
from rasad.web.queries.units import _fused_outlets, _sort_key, _unit


def resolve_actor(conn: sa.Connection, kb: KnowledgeBase, text: str) -> tuple[set[str], set[str]]:
    """The old actor resolution: a loop over every actor of the knowledge base."""
    text = text.strip()
    if not text:
        return set(), set()
    if text in kb.actors or text in kb.places:
        return {text}, set()
    if conn.execute(sa.select(entities.c.id).where(entities.c.kb_id == text).limit(1)).first():
        return {text}, set()
    fold, key = text.casefold(), match_key(text)
    keyed = [(a, a.name.casefold(), [k for k in (match_key(f) for f in [*a.fa, *a.short]) if k])
             for a in kb.actors.values()]
    ids = {a.id for a, name, keys in keyed if name == fold or (key and key in keys)}
    names: set[str] = set()
    conds = [sa.func.lower(entities.c.name) == fold] + ([] if text.isascii() else [entities.c.name == char_normalize(text)])
    for cond in conds:
        q = sa.select(entities.c.kb_id, entities.c.name).where(cond, *([entities.c.kb_id.is_(None)] if ids else []))
        for kb_id, name in conn.execute(q.distinct()):
            if kb_id:
                ids.add(kb_id)
            else:
                names.add(name)
    if ids or names:
        return ids, names
    if len(text) < 3:
        return ids, {text}
    for a, name, keys in keyed:
        if fold in name or (key and any(key in k for k in keys)):
            ids.add(a.id)
    return ids, names or {text}


def _with_actor(u: sa.Subquery, part: str, keys: list[str]) -> sa.ColumnElement:
    if not keys:
        return sa.false()
    col = event_actors.c.fused_id if part == "fused" else event_actors.c.event_id
    return u.c.rid.in_(sa.select(col).where(event_actors.c.actor.in_(keys), col.is_not(None)))


def conditions(conn: sa.Connection, kb: KnowledgeBase, u: sa.Subquery, part: str, f: EventFilter) -> list:
    conds: list = []
    for value, cond in ((f.since, lambda: u.c.date >= f.since), (f.until, lambda: u.c.date <= f.until),
                        (f.types, lambda: u.c.type.in_(f.types)), (f.quad_class, lambda: u.c.quad_class == f.quad_class),
                        (f.new_since, lambda: u.c.created_at >= f.new_since)):
        if value:
            conds.append(cond())
    if f.min_goldstein is not None:
        conds.append(u.c.goldstein >= f.min_goldstein)
    if f.max_goldstein is not None:
        conds.append(u.c.goldstein <= f.max_goldstein)
    actor, outlet, q = text_param(f.actor), text_param(f.outlet), text_param(f.q)
    if actor:
        ids, names = resolve_actor(conn, kb, actor)
        conds.append(_with_actor(u, part, sorted(ids) + [f"name:{n}" for n in sorted(names)]))
    if outlet:
        o = kb.outlets.get(outlet.lower())
        wanted = {outlet.lower()} | ({o.name.lower()} if o else set())
        if part == "event":
            conds.append(sa.func.lower(u.c.outlet).in_(wanted))
        else:
            conds.append(sa.exists().where(events.c.fused_id == u.c.rid, events.c.article_id == articles.c.id,
                                           sa.func.lower(articles.c.outlet).in_(wanted)))
    if q:
        pat = _like(char_normalize(q).lower())
        text = (sa.func.lower(u.c.sentence).like(pat, escape=_ESC) if part == "event" else
                sa.exists().where(events.c.fused_id == u.c.rid, sa.func.lower(events.c.sentence).like(pat, escape=_ESC)))
        conds.append(sa.or_(sa.func.lower(u.c.summary_en).like(pat, escape=_ESC), text))
    return conds


def list_events(engine, kb: KnowledgeBase, f: EventFilter, page: int = 1, per_page: int = 50,
                sort: str = "-date") -> dict:
    total, rows = 0, []
    with engine.connect() as conn:
        for part in ("fused", "event"):
            u = _units(part)
            conds = conditions(conn, kb, u, part, f)
            n = conn.execute(sa.select(sa.func.count()).select_from(u).where(*conds)).scalar_one()
            total += n
            if n:
                rows += conn.execute(sa.select(u).where(*conds).order_by(*_order(u, sort)).limit(page * per_page)).all()
        rows = sorted(rows, key=_sort_key(sort))[(page - 1) * per_page: page * per_page]
        outlets = _fused_outlets(conn, [r.rid for r in rows if r.kind == "fused"])
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "sort": sort, "filters": f.as_params(), "items": [_unit(kb, r, outlets) for r in rows]}


def compare(url: str, n: int = 400, seed: int = 7) -> tuple[int, list[str]]:
    """Both paths over ``n`` of the benchmark's event URLs (with and without an actor) on the database at ``url``:
    (URLs compared, those whose answers differ)."""
    import sys
    import urllib.parse
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_api import _sample, build_urls

    from rasad.kb import load_kb
    from rasad.store.store import Store
    from rasad.web import queries as Q

    kb, engine = load_kb(), Store(url).engine
    urls = build_urls(_sample(url), n, seed, ("events+actor", "events"))
    differ = []
    for _kind, path in urls:
        q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query))
        day = {k: dt.date.fromisoformat(q[k]) if k in q else None for k in ("since", "until")}
        f = EventFilter(actor=q.get("actor"), types=Q.parse_types(q.get("type")), outlet=q.get("outlet"),
                        q=q.get("q"), **day)
        args = {"page": int(q.get("page", 1)), "sort": q.get("sort", "-date")}
        if Q.list_events(engine, kb, f, **args) != list_events(engine, kb, f, **args):
            differ.append(path)
    return len(urls), differ


if __name__ == "__main__":
    import sys

    done, bad = compare(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 400)
    print(f"{done} URLs compared, {len(bad)} differ", *bad, sep="\n")
    sys.exit(1 if bad else 0)
