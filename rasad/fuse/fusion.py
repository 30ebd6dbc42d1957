"""Fusion: republished copies become one story; reports of one real-world event become one fused event.

Near-duplicate articles are found with MinHash LSH (datasketch) over word 5-shingles of the normalised body.
Events from different articles are fused when they have the same type, compatible actors (equal, or a person and
the organisation or state they belong to), dates within each report's precision and compatible places. Fusion is
incremental — new articles join the fused events already stored — and every merge records why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from rasad.fuse.stories import assign_stories
from rasad.kb.knowledge import KnowledgeBase
from rasad.store.actors import index_fused_actors
from rasad.store.schema import articles, events, fused_events
from rasad.store.store import Store

DATE_SLACK = {"explicit": 0, "relative": 1, "weekday-only": 3, "reported": 2, None: 2}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def _ids(values: Any) -> set[str]:
    return {v for v in (values or []) if v}


def _expanded(kb: KnowledgeBase, ids: set[str], names: list[str]) -> set[str]:
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
    ea, eb = _expanded(kb, a_ids, a_names), _expanded(kb, b_ids, b_names)
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
    es, et = _ids(ev["source_ids"]), _ids(ev["target_ids"])
    fs, ft = _ids(fused["source_ids"]), _ids(fused["target_ids"])
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


_REPORT_COLUMNS = ("id", "article_id", "type", "mode", "cameo", "source", "target", "source_ids", "target_ids", "date",
                   "date_precision", "location", "location_id", "lat", "lon", "summary_en", "goldstein", "quad_class")


def fuse_new(store: Store, article_ids: Iterable[int], kb: KnowledgeBase) -> dict[str, int]:
    """Assign stories and fuse the events of ``article_ids`` into fused events. Returns counts.

    Candidates are the stored fused events of the same type near the new events' dates, loaded once per call and
    indexed in memory by actor (and the organisations and states actors belong to), so fusing is linear in the
    number of new events, not in the size of the database.
    """
    ids = sorted(set(article_ids))
    if not ids:
        return {"stories": 0, "fused": 0, "joined": 0}
    stories = assign_stories(store, ids)
    created = joined = 0
    with store.engine.begin() as conn:
        new_events = [dict(r) for r in conn.execute(
            sa.select(*(events.c[k] for k in _REPORT_COLUMNS), articles.c.outlet, articles.c.published,
                      articles.c.story_id)
            .join(articles, events.c.article_id == articles.c.id)
            .where(events.c.article_id.in_(ids), events.c.fused_id.is_(None))
            .order_by(events.c.article_id, events.c.seq)).mappings()]
        pool = _Pool(conn, kb, new_events)
        for ev in new_events:
            best, reasons = None, None
            for f in pool.candidates(ev):
                r = match_fused(kb, ev, f, ev["story_id"] in f["stories"])
                if r:
                    best, reasons = f, r
                    break
            if best is None:
                pool.create(ev)
                created += 1
            else:
                pool.join(best, ev, reasons)
                joined += 1
        pool.flush()
    return {"stories": len(set(stories.values())), "fused": created, "joined": joined}


_RANK = {"explicit": 0, "relative": 1, "weekday-only": 2, "reported": 3, None: 4}
_SPEC = {"PERSON": 3, "ORG": 2, "STATE": 1}


class _Pool:
    """Fused events of one fusion run, in memory: stored ones near the new events' dates, and those created now.

    ``match_fused`` joins a report to a fused event only if, on each side, one's actors meet the other's actors or
    the organisations and states they belong to, and the dates are at most 3 days apart — or if both come from the
    same story. So each fused event is indexed by (type, actor, day) for each side, once with its own actors and once
    with their expansion, and by (type, story); a report looks up only those keys, and the full comparison runs on a
    handful of candidates instead of every event of the same type and week.
    """

    def __init__(self, conn: sa.Connection, kb: KnowledgeBase, new_events: list[dict]):
        self.conn, self.kb = conn, kb
        # side → (type, actor key, day) → fused events; "own" holds their own actors, "wide" the expansion
        self.own: dict[str, dict[tuple, list[dict]]] = {"source": {}, "target": {}}
        self.wide: dict[str, dict[tuple, list[dict]]] = {"source": {}, "target": {}}
        self.by_story: dict[tuple[str, int], list[dict]] = {}  # every fused event, for undated reports
        self.undated: dict[tuple[str, int], list[dict]] = {}  # undated fused events, for dated reports
        self.dirty: dict[int, dict] = {}
        self.created: list[dict] = []
        self.assign: list[tuple[int, dict]] = []
        # what a new report can join: fused events of its type dated within 3 days of the chunk's reports, and the
        # undated fused events of its story (an undated fused event only takes reports of its own story). An undated
        # report joins what is loaded for its chunk: chunks come in date order, so that is its story's undated
        # fused events and the latest weeks, which bounds memory where stories chain over years.
        days = [e["date"] for e in new_events if e["date"]]
        stories = sorted({e["story_id"] for e in new_events if e["story_id"] is not None})
        of_stories = sa.select(events.c.fused_id).join(articles, events.c.article_id == articles.c.id).where(
            articles.c.story_id.in_(stories), events.c.fused_id.is_not(None))
        near = sa.and_(fused_events.c.date.is_(None), fused_events.c.id.in_(of_stories))
        if days:
            lo, hi = min(days) - dt.timedelta(days=3), max(days) + dt.timedelta(days=3)
            near = sa.or_(fused_events.c.date.between(lo, hi), near)
        q = sa.select(fused_events).where(fused_events.c.type.in_({e["type"] for e in new_events} or {""}), near)
        rows = [dict(r) for r in conn.execute(q.order_by(fused_events.c.id)).mappings()]
        if rows:
            fids = [r["id"] for r in rows]
            reports: dict[int, list] = {}
            for i in range(0, len(fids), 500):
                for r in conn.execute(
                        sa.select(events.c.fused_id, events.c.article_id, events.c.location_id, articles.c.story_id,
                                  articles.c.outlet, articles.c.published)
                        .join(articles, events.c.article_id == articles.c.id)
                        .where(events.c.fused_id.in_(fids[i:i + 500]))):
                    reports.setdefault(r.fused_id, []).append(r)
            for f in rows:
                reps = reports.get(f["id"], [])
                f["stories"] = {r.story_id for r in reps}
                f["articles"] = {r.article_id for r in reps}
                f["outlets"] = {r.outlet for r in reps if r.outlet}
                f["stamps"] = [r.published for r in reps if r.published]
                f["location_id"] = next((r.location_id for r in reps if r.location_id), None)
                f["order"] = f["id"]
                self._index(f)

    @staticmethod
    def _own(ev: dict, side: str) -> set[str]:
        return _ids(ev[f"{side}_ids"]) | set(ev[side] or [])

    def _wide(self, ev: dict, side: str) -> set[str]:
        return _expanded(self.kb, _ids(ev[f"{side}_ids"]), list(ev[side] or []))

    def _index(self, f: dict) -> None:
        for story in f["stories"]:
            self._index_story(f, story)
        self._index_actors(f)

    def _index_story(self, f: dict, story: int) -> None:
        self.by_story.setdefault((f["type"], story), []).append(f)
        if f["date"] is None:  # an undated fused event only takes reports of its own stories
            self.undated.setdefault((f["type"], story), []).append(f)

    def _index_actors(self, f: dict) -> None:
        """Old entries stay when actors or date change: ``match_fused`` checks each candidate's current values."""
        if f["date"] is None:
            return
        t = f["type"]
        for side in ("source", "target"):
            for k in self._own(f, side):
                self.own[side].setdefault((t, k, f["date"]), []).append(f)
            for k in self._wide(f, side):
                self.wide[side].setdefault((t, k, f["date"]), []).append(f)

    def _side(self, index_side: str, t: str, own: set[str], wide: set[str], days: list[dt.date]) -> dict[int, dict]:
        """Fused events whose ``index_side`` can be the same party as a report side with these actor keys."""
        hits: dict[int, dict] = {}
        for d in days:
            for k in own:
                for f in self.wide[index_side].get((t, k, d), ()):
                    hits[id(f)] = f
            for k in wide:
                for f in self.own[index_side].get((t, k, d), ()):
                    hits[id(f)] = f
        return hits

    def candidates(self, ev: dict) -> list[dict]:
        t = ev["type"]
        if ev["date"] is None:  # only a copy of the same story can place an undated report
            return sorted({id(f): f for f in self.by_story.get((t, ev["story_id"]), ())}.values(), key=lambda f: f["order"])
        found = {id(f): f for f in self.undated.get((t, ev["story_id"]), ())}
        src, tgt = self._own(ev, "source"), self._own(ev, "target")
        if src and tgt:
            days = [ev["date"] + dt.timedelta(days=k) for k in range(-3, 4)]
            wsrc, wtgt = self._wide(ev, "source"), self._wide(ev, "target")
            by_src = self._side("source", t, src, wsrc, days)
            found.update({k: f for k, f in self._side("target", t, tgt, wtgt, days).items() if k in by_src})
            if t in SYMMETRIC:
                by_src = self._side("source", t, tgt, wtgt, days)
                found.update({k: f for k, f in self._side("target", t, src, wsrc, days).items() if k in by_src})
        return sorted(found.values(), key=lambda f: f["order"])

    def create(self, ev: dict) -> None:
        reported = ev["published"] or None
        f = {k: ev[k] for k in ("type", "mode", "cameo", "source", "target", "source_ids", "target_ids", "date",
                                "date_precision", "location", "lat", "lon", "summary_en", "goldstein", "quad_class")}
        f.update(id=None, order=(1 << 62) + len(self.created), why=[{"event": ev["id"], "reasons": ["first report"]}],
                 stories={ev["story_id"]}, articles={ev["article_id"]}, outlets={ev["outlet"]} - {None},
                 stamps=[reported] if reported else [], location_id=ev.get("location_id"))
        self.created.append(f)
        self._index(f)
        self.assign.append((ev["id"], f))

    def join(self, f: dict, ev: dict, reasons: list[str]) -> None:
        if ev["story_id"] not in f["stories"]:
            f["stories"].add(ev["story_id"])
            self._index_story(f, ev["story_id"])
        reindex = False
        f["articles"].add(ev["article_id"])
        if ev["outlet"]:
            f["outlets"].add(ev["outlet"])
        if ev["published"]:
            f["stamps"].append(ev["published"])
        f["why"] = (f["why"] or []) + [{"event": ev["id"], "reasons": reasons}]
        if _RANK.get(ev["date_precision"], 4) < _RANK.get(f["date_precision"], 4):
            reindex = reindex or ev["date"] != f["date"]
            f["date"], f["date_precision"] = ev["date"], ev["date_precision"]
        if f["location"] is None and ev["location"]:
            f["location"], f["lat"], f["lon"] = ev["location"], ev["lat"], ev["lon"]
            f["location_id"] = ev.get("location_id")

        def spec(ids: Any) -> int:
            return max((_SPEC.get(self.kb.actors[i].type, 0) for i in (ids or []) if i in self.kb.actors), default=0)

        if spec(ev["source_ids"]) + spec(ev["target_ids"]) > spec(f["source_ids"]) + spec(f["target_ids"]):
            for k in ("source", "target", "source_ids", "target_ids", "summary_en"):
                f[k] = ev[k]
            reindex = True
        if reindex:
            self._index_actors(f)
        if f["id"] is not None:
            self.dirty[f["id"]] = f
        self.assign.append((ev["id"], f))

    @staticmethod
    def _values(f: dict) -> dict:
        return dict(num_articles=len(f["articles"]), num_sources=len(f["outlets"]),
                    first_reported=min(f["stamps"]) if f["stamps"] else None,
                    last_reported=max(f["stamps"]) if f["stamps"] else None, why=f["why"], date=f["date"],
                    date_precision=f["date_precision"], location=f["location"], lat=f["lat"], lon=f["lon"],
                    source=f["source"], target=f["target"], source_ids=f["source_ids"], target_ids=f["target_ids"],
                    summary_en=f["summary_en"])

    def flush(self) -> None:
        """Write new fused events, joined ones and every event's fused id, in bulk."""
        if self.created:
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            rows = [dict(self._values(f), type=f["type"], mode=f["mode"], cameo=f["cameo"], goldstein=f["goldstein"],
                         quad_class=f["quad_class"], created_at=now) for f in self.created]
            new_ids = self.conn.execute(fused_events.insert().returning(fused_events.c.id, sort_by_parameter_order=True),
                                        rows).scalars().all()
            for f, fid in zip(self.created, new_ids):
                f["id"] = fid
        if self.dirty:
            self.conn.execute(fused_events.update().where(fused_events.c.id == sa.bindparam("fid")),
                              [dict(self._values(f), fid=fid) for fid, f in self.dirty.items()])
        if self.assign:
            self.conn.execute(events.update().where(events.c.id == sa.bindparam("eid"))
                              .values(fused_id=sa.bindparam("fid")), [{"eid": e, "fid": f["id"]} for e, f in self.assign])
        index_fused_actors(self.conn, [f["id"] for f in self.created] + list(self.dirty))


def fuse_articles(store: Store, article_ids: Iterable[int], kb: KnowledgeBase, chunk: int = 2000) -> dict[str, int]:
    """Fuse many articles in chunks of articles close in time: each chunk compares only with the stories and fused
    events of a few weeks around it, so fusing stays linear in the corpus and memory stays bounded."""
    totals = {"stories": 0, "fused": 0, "joined": 0}
    for ids in store.ids_by_date(list(article_ids), chunk):
        r = fuse_new(store, ids, kb)
        for k in totals:
            totals[k] += r[k]
    return totals


def refuse_all(store: Store, kb: KnowledgeBase) -> dict[str, int]:
    """Rebuild every story and fused event from scratch (after a knowledge-base or pattern change)."""
    with store.engine.begin() as conn:
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
