"""Fusion: republished copies become one story; reports of one real-world event become one fused event.

A fused event is a connected component of event reports that match pairwise (``rules.match_fused``: same type,
compatible actors, dates within each report's precision, compatible places; undated reports only with undated
reports of the same story). Its fields come from its reports in a fixed order (publication time, content hash,
position in the article): the most precise date, the most specific actors, the first place. So the stored result
depends only on which articles are stored — not on the order they came in, on how a corpus was split into runs,
or on where a run was interrupted — and fusion can run on any part of the new articles at any time: a part joins
the components it touches and merges those it connects.

Candidates come from the database, not from an index rebuilt per run: each fused dated report keeps its keys
(type, source and target actor keys, day) in ``fusion_keys``, and a new report looks up the keys of its days ±3.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasad.fuse.common import UnionFind, key64, rows_in
from rasad.fuse.rules import NARROW_SLACK, date_slack, ids_of, match_fused, probe_keys, stored_keys
from rasad.fuse.stories import StoryPlan, plan_stories, write_stories
from rasad.kb.knowledge import KnowledgeBase
from rasad.store.actors import index_fused_actors
from rasad.store.bulk import SharedJson, insert_returning_ids, insert_rows, update_column
from rasad.store.generation import bump_generation, generation
from rasad.store.schema import articles, event_actors, events, fused_events, fusion_keys, story_bands
from rasad.store.store import Store

_REPORT_COLUMNS = ("id", "article_id", "seq", "type", "mode", "cameo", "source", "target", "source_ids", "target_ids",
                   "date", "date_precision", "location", "location_id", "lat", "lon", "summary_en", "fused_id",
                   "goldstein", "quad_class")
_SHARED = ("source", "target", "source_ids", "target_ids")  # read through a cache: reports never change them


def _report_select(as_text: bool) -> sa.Select:
    """Event reports with their article's outlet, time, story and hash. ``as_text``: the shared JSON columns come
    as text (PostgreSQL's driver would decode every value itself, and the cache would not see them)."""
    def shared(k: str) -> sa.ColumnElement:
        col = sa.cast(events.c[k], sa.Text) if as_text else events.c[k]
        return sa.type_coerce(col, SharedJson).label(k)

    return sa.select(*(shared(k) if k in _SHARED else events.c[k] for k in _REPORT_COLUMNS), articles.c.outlet,
                     articles.c.published, articles.c.story_id,
                     articles.c.content_hash).join(articles, events.c.article_id == articles.c.id)


_REPORT = _report_select(False)
_REPORT_TEXT = _report_select(True)
_RANK = {"explicit": 0, "relative": 1, "month": 2, "year": 2, "weekday-only": 2, "reported": 3, None: 4}
_SPEC = {"PERSON": 3, "ORG": 2, "STATE": 1}


def _reports(conn: sa.Connection, where_in: sa.ColumnElement, values: list, extra=None) -> list[dict]:
    """Event reports (with their article's outlet, time, story and hash) whose ``where_in`` column is in ``values``."""
    q = _REPORT_TEXT if conn.dialect.name == "postgresql" else _REPORT
    q = q if extra is None else q.where(extra)
    return [dict(r._mapping) for r in rows_in(conn, q, where_in, values)]


@dataclass
class _Reader:
    """Reads for a fusion step planned before its stories are written: every report comes with the story its
    article will have once the step is written."""

    conn: sa.Connection
    stories: StoryPlan

    def reports(self, where_in: sa.ColumnElement, values: list, extra=None) -> list[dict]:
        found = _reports(self.conn, where_in, values, extra)
        for r in found:
            r["story_id"] = self.stories.story(r["article_id"], r["story_id"])
        return found


def _order(ev: dict) -> tuple:
    """The fixed order of a fused event's reports: publication time, article content, position in the article."""
    return (ev["published"] or "", ev["content_hash"], ev["seq"])


def _key(pair: tuple[str, ...], bucket: int) -> int:
    """A 64-bit key of (type, source key, target key, week). Keys only propose candidates (each is checked with
    ``match_fused``), so a rare collision costs a comparison, never a wrong merge."""
    return _pair_key(pair) + bucket * _STEP


_STEP = 0x9E3779B97F4A7C15 % (1 << 31)
_BUCKET_DAYS = 7  # reports are keyed by week: days ±3 of a report fall in at most two weeks


def _bucket(day: dt.date) -> int:
    return day.toordinal() // _BUCKET_DAYS


@functools.lru_cache(maxsize=1 << 16)
def _pair_key(pair: tuple[str, ...]) -> int:
    return key64("\x1f".join(pair).encode("utf-8")) >> 8  # room for the day term within a signed 64-bit BIGINT


def _bucket_of(ev: dict) -> int:
    """Where a report is keyed: its week, or (undated: only its own story can place it) its story, below zero."""
    return _bucket(ev["date"]) if ev["date"] is not None else -ev["story_id"] - 1


def _weeks(day: dt.date, slack: int) -> range:
    return range(_bucket(day - dt.timedelta(days=slack)), _bucket(day + dt.timedelta(days=slack)) + 1)


def _stored_keys(kb: KnowledgeBase, ev: dict) -> set[int]:
    """The keys a fused report is found by: its actor pairs with its week (undated: with its story). A report dated
    only to its month or year is keyed in every week it may fall in, so that a report dated to the day finds it by
    probing its own few days; probing a year around every report instead made fusion fifty times costlier."""
    pairs = stored_keys(kb, ev)
    slack = date_slack(ev["date_precision"])
    if ev["date"] is None or slack <= NARROW_SLACK:
        return {_key(p, _bucket_of(ev)) for p in pairs}
    return {_key(p, w) for p in pairs for w in _weeks(ev["date"], slack)}


def _probe_keys(kb: KnowledgeBase, ev: dict) -> set[int]:
    """The keys of every report this one could match: its actor pairs (both orders for symmetric types) with the
    weeks its date may be off by (days ±3, or its month or year; undated: its story). Two reports match within the
    wider of their slacks: the wider one's probes or keys span it."""
    pairs = probe_keys(kb, ev)
    if ev["date"] is None:
        return {_key(p, _bucket_of(ev)) for p in pairs}
    weeks = _weeks(ev["date"], max(date_slack(ev["date_precision"]), NARROW_SLACK))
    return {_key(p, w) for p in pairs for w in weeks}


def _stored_candidates(read: _Reader, probes: set[int]) -> dict[int, list[dict]]:
    """key → fused reports stored under it."""
    by_key: dict[int, list[int]] = {}
    for k, eid in rows_in(read.conn, sa.select(fusion_keys.c.key, fusion_keys.c.event_id), fusion_keys.c.key,
                          sorted(probes)):
        by_key.setdefault(k, []).append(eid)
    reports = {r["id"]: r for r in read.reports(events.c.id, sorted({e for ids in by_key.values() for e in ids}))}
    return {k: [reports[e] for e in ids if e in reports] for k, ids in by_key.items()}


def _node(ev: dict) -> tuple[str, int]:
    """A report's node in the components: its fused event if it has one, else itself."""
    return ("f", ev["fused_id"]) if ev["fused_id"] is not None else ("e", ev["id"])


def _link(read: _Reader, kb: KnowledgeBase, reports: list[dict], uf: UnionFind) -> dict[int, set[int]]:
    """Union each of ``reports`` with every report it matches, among them or stored (through its fused event).
    Returns each report's keys."""
    keys = {ev["id"]: _stored_keys(kb, ev) for ev in reports}
    probes = {ev["id"]: _probe_keys(kb, ev) for ev in reports}
    stored = _stored_candidates(read, set().union(*probes.values()) if probes else set())
    here: dict[int, list[dict]] = {}
    for ev in reports:
        for k in keys[ev["id"]]:
            here.setdefault(k, []).append(ev)
    for ev in reports:
        uf.find(_node(ev))
        seen: set[int] = set()
        for k in probes[ev["id"]]:
            for c in (*stored.get(k, ()), *here.get(k, ())):
                if c["id"] in seen or c["id"] == ev["id"]:
                    continue
                seen.add(c["id"])
                if uf.find(_node(ev)) == uf.find(_node(c)):
                    continue  # already joined (through another report of its fused event): nothing to learn
                if match_fused(kb, ev, c, ev["story_id"] == c["story_id"]):
                    uf.union(_node(ev), _node(c))
    return keys


def _why(kb: KnowledgeBase, members: list[dict]) -> list[dict]:
    """Why each report is in the fused event: the first report, then for each the reasons it matches the earliest
    report it matches (reports can also be joined through others)."""
    out = [{"event": members[0]["id"], "reasons": ["first report"]}]
    for i, ev in enumerate(members[1:], 1):
        reasons = None
        for other in members[:i] + members[i + 1:]:
            reasons = match_fused(kb, ev, other, ev["story_id"] == other["story_id"])
            if reasons:
                break
        out.append({"event": ev["id"], "reasons": reasons or ["matches a report joined to this event"]})
    return out


def fused_values(kb: KnowledgeBase, members: list[dict]) -> dict[str, Any]:
    """A fused event's row from its reports in their fixed order: type and mode of the first, the most precise date,
    the most specific actors (persons over organisations over states), the first place, counts and times."""
    first = members[0]

    def spec(ids: Any) -> int:
        return max((_SPEC.get(kb.actors[i].type, 0) for i in (ids or []) if i in kb.actors), default=0)

    dated = min(members, key=lambda e: _RANK.get(e["date_precision"], 4))
    actors = max(members, key=lambda e: spec(e["source_ids"]) + spec(e["target_ids"]))  # first of the most specific
    placed = next((e for e in members if e["location"]), first)
    stamps = [e["published"] for e in members if e["published"]]
    return dict(type=first["type"], mode=first["mode"], cameo=first["cameo"], goldstein=first["goldstein"],
                quad_class=first["quad_class"],
                date=dated["date"], date_precision=dated["date_precision"],
                **{k: actors[k] for k in ("source", "target", "source_ids", "target_ids", "summary_en")},
                location=placed["location"], lat=placed["lat"], lon=placed["lon"],
                num_articles=len({e["article_id"] for e in members}),
                num_sources=len({e["outlet"] for e in members if e["outlet"]}),
                first_reported=min(stamps) if stamps else None, last_reported=max(stamps) if stamps else None,
                why=_why(kb, members))


class _Writes:
    """What one fusion step writes, collected and then written in bulk."""

    def __init__(self) -> None:
        self.created: list[tuple[tuple, dict, list[int]]] = []  # order of its first report, new fused row, reports
        self.updated: list[tuple[int, dict, list[int]]] = []  # fused id, row, reports to (re)assign
        self.dropped: list[tuple[int, int]] = []  # merged fused id → the fused id it joins
        self.rekeyed: list[int] = []  # fused reports whose keys change (undated reports of merged stories)
        self.keys: list[dict] = []

    def group(self, kb: KnowledgeBase, fids: list[int], members: list[dict], fresh: list[int]) -> None:
        """One component: ``fids`` (stored fused events it contains), all its ``members``, the ``fresh`` reports."""
        members.sort(key=_order)
        row = fused_values(kb, members)
        if fids:
            self.updated.append((fids[0], row, fresh))
            self.dropped += [(f, fids[0]) for f in fids[1:]]
        else:
            self.created.append((_order(members[0]), row, [e["id"] for e in members]))

    def flush(self, conn: sa.Connection) -> None:
        for i in range(0, len(self.rekeyed), 500):
            conn.execute(fusion_keys.delete().where(fusion_keys.c.event_id.in_(self.rekeyed[i:i + 500])))
        assign: list[tuple[int, int]] = []
        ids: list[int] = []
        if self.created:
            self.created.sort(key=lambda c: c[0])  # ids in a fixed order, whatever order the database returned rows in
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # "new since" for the web app and alerts
            ids = insert_returning_ids(conn, fused_events, [dict(row, created_at=now) for _, row, _ in self.created])
            assign += [(e, fid) for fid, (_, _, reps) in zip(ids, self.created) for e in reps]
        if self.updated:
            conn.execute(fused_events.update().where(fused_events.c.id == sa.bindparam("fid")),
                         [dict(row, fid=fid) for fid, row, _ in self.updated])
            assign += [(e, fid) for fid, _, reps in self.updated for e in reps]
        if self.dropped:
            update_column(conn, events, "fused_id", "fused_id", self.dropped)
            for i in range(0, len(self.dropped), 500):
                gone = [o for o, _ in self.dropped[i:i + 500]]
                conn.execute(event_actors.delete().where(event_actors.c.fused_id.in_(gone)))
                conn.execute(fused_events.delete().where(fused_events.c.id.in_(gone)))
        update_column(conn, events, "fused_id", "id", assign)
        insert_rows(conn, fusion_keys, self.keys)
        index_fused_actors(conn, list(ids) + [fid for fid, _, _ in self.updated])  # the API's actor index


def _fuse(read: _Reader, kb: KnowledgeBase, reports: list[dict], writes: _Writes) -> int:
    """Join ``reports`` (new ones, and fused ones whose story merged with another) to the fused events they match,
    merging those they connect. Returns how many new reports joined another report."""
    if not reports:
        return 0
    uf = UnionFind()
    keys = _link(read, kb, reports, uf)
    writes.rekeyed += [ev["id"] for ev in reports if ev["fused_id"] is not None]
    fresh_by_id = {ev["id"]: ev for ev in reports if ev["fused_id"] is None}
    groups = [(sorted(n[1] for n in g if n[0] == "f"), sorted(n[1] for n in g if n[0] == "e")) for g in uf.groups()]
    groups = [(fids, fresh) for fids, fresh in groups if fresh or len(fids) > 1]  # the rest did not change
    of_fused: dict[int, list[dict]] = {}
    for r in read.reports(events.c.fused_id, sorted({f for fids, _ in groups for f in fids})):
        of_fused.setdefault(r["fused_id"], []).append(r)
    joined = 0
    for fids, fresh in groups:
        stored = [r for f in fids for r in of_fused.get(f, ())]
        members = stored + [fresh_by_id[e] for e in fresh]
        joined += len(fresh) - (0 if fids else 1)
        for e in _redundant(stored, [fresh_by_id[e] for e in fresh]):
            del keys[e]
        writes.group(kb, fids, members, fresh)
    writes.keys += [{"event_id": e, "key": k} for e, ks in keys.items() for k in sorted(ks)]
    return joined


def _signature(ev: dict) -> tuple | None:
    """What ``match_fused`` and the keys read of a dated report as a candidate (undated ones: None, always keyed)."""
    if ev["date"] is None:
        return None
    return (ev["type"], ev["date"], ev["date_precision"], ev["location_id"],
            frozenset(ids_of(ev["source_ids"])), frozenset(ids_of(ev["target_ids"])),
            frozenset(ev["source"] or ()), frozenset(ev["target"] or ()))


def _redundant(stored: list[dict], fresh: list[dict]) -> list[int]:
    """Fresh reports of one fused event that need no keys: a report of the same fused event with the same signature
    is already found under the same keys and matches whatever this one would. Fused events only grow and merge, so
    a stored report with the signature is (or shares it with) a keyed one. Keeps the keys, and the candidates every
    later step reads, to one per fused event and signature: outlets repeat the same event with the same fields."""
    seen = {sig for sig in map(_signature, stored) if sig is not None}
    out = []
    for ev in sorted(fresh, key=_order):
        sig = _signature(ev)
        if sig is None:
            continue
        if sig in seen:
            out.append(ev["id"])
        seen.add(sig)
    return out


@dataclass
class FusionPlan:
    """One fusion step, read and decided but not written: its stories and what it writes to fused events."""

    stories: StoryPlan
    writes: _Writes
    counts: dict[str, int]


def plan_fusion(conn: sa.Connection, ids: list[int], kb: KnowledgeBase) -> FusionPlan:
    """Put the articles of ``ids`` into stories and their unfused events into fused events — only reading: the
    result depends on the stored stories and fused events, which only fusion steps change, one at a time."""
    stories = plan_stories(conn, ids)
    read = _Reader(conn, stories)
    now = {stories.story(row.id, row.story_id)
           for row in rows_in(conn, sa.select(articles.c.id, articles.c.story_id), articles.c.id, ids)}
    reports = read.reports(events.c.article_id, ids, extra=events.c.fused_id.is_(None))
    # their undated reports now match across the old stories: the reports of every article of a merged story
    merged = sorted(set(stories.changes.merged) | set(stories.changes.merged.values()))
    reports += read.reports(articles.c.story_id, merged,
                            extra=sa.and_(events.c.date.is_(None), events.c.fused_id.is_not(None)))
    writes = _Writes()
    joined = _fuse(read, kb, reports, writes)
    return FusionPlan(stories, writes, {"stories": len(now), "fused": len(writes.created), "joined": joined})


def apply_fusion(conn: sa.Connection, plan: FusionPlan) -> None:
    write_stories(conn, plan.stories)
    plan.writes.flush(conn)
    bump_generation(conn)


def fuse_new(store: Store, article_ids: Iterable[int], kb: KnowledgeBase, planned_apart: bool = False) -> dict[str, int]:
    """Put the articles of ``article_ids`` into stories and their unfused events into fused events, in one
    transaction. Returns counts: stories of these articles, fused events created, reports joined to others.

    ``planned_apart``: the step is planned in a read snapshot and only written under the write lock, so that on
    SQLite (one write lock) a worker fuses while the writer goes on storing. Should another step have been written
    in between (another process fusing the same database), it is planned again under the lock."""
    ids = sorted(set(article_ids))
    if not ids:
        return {"stories": 0, "fused": 0, "joined": 0}
    plan, seen = None, None
    if planned_apart:
        with store.read_snapshot() as conn:
            seen, plan = generation(conn), plan_fusion(conn, ids, kb)
    with store.write_transaction() as conn:
        if generation(conn, lock=True) != seen or plan is None:
            plan = plan_fusion(conn, ids, kb)
        apply_fusion(conn, plan)
    return plan.counts


def fuse_articles(store: Store, article_ids: Iterable[int], kb: KnowledgeBase, chunk: int = 2048,
                  planned_apart: bool = False) -> dict[str, int]:
    """Fuse many articles in chunks of articles close in time (any split gives the same result; close dates make
    each chunk's look-ups touch fewer keys), each chunk in one transaction (``planned_apart``: see ``fuse_new``)."""
    totals = {"stories": 0, "fused": 0, "joined": 0}
    for ids in store.ids_by_date(list(article_ids), chunk):
        r = fuse_new(store, ids, kb, planned_apart)
        for k in totals:
            totals[k] += r[k]
    return totals


def refuse_all(store: Store, kb: KnowledgeBase) -> dict[str, int]:
    """Rebuild every story and fused event from scratch (after a knowledge-base or pattern change)."""
    with store.engine.begin() as conn:
        conn.execute(fusion_keys.delete())
        conn.execute(story_bands.delete())
        conn.execute(events.update().values(fused_id=None))
        conn.execute(fused_events.delete())
        conn.execute(articles.update().values(story_id=None))
        ids = list(conn.execute(sa.select(articles.c.id)).scalars())
    return fuse_articles(store, ids, kb)


def unfused_article_ids(store: Store) -> list[int]:
    """Articles without a story yet, or with events not yet fused (an interrupted run, ``--no-fuse``)."""
    with store.engine.connect() as conn:
        ids = set(conn.execute(sa.select(articles.c.id).where(articles.c.story_id.is_(None))).scalars())
        ids |= set(conn.execute(sa.select(events.c.article_id).where(events.c.fused_id.is_(None)).distinct()).scalars())
    return sorted(ids)
