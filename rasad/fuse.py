"""Fusion: republished copies become one story; reports of one real-world event become one fused event.

Near-duplicate articles are found with MinHash LSH (datasketch) over word 5-shingles of the normalised body.
Events from different articles are fused when they have the same type, compatible actors (equal, or a person and
the organisation or state they belong to), dates within each report's precision and compatible places. Fusion is
incremental — new articles join the fused events already stored — and every merge records why.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from datasketch import MinHash, MinHashLSH

from .kb import KnowledgeBase
from .normalize import match_key
from .schema import articles, events, fused_events
from .store import Store

NUM_PERM = 128
STORY_THRESHOLD = 0.5  # estimated Jaccard similarity of 5-shingles for "the same story, republished"
SHINGLE = 5
DATE_SLACK = {"explicit": 0, "relative": 1, "weekday-only": 3, "reported": 2, None: 2}
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def minhash(body: str) -> MinHash:
    words = [match_key(w) for w in body.split()]
    words = [w for w in words if w]
    m = MinHash(num_perm=NUM_PERM)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def _load_minhash(blob: bytes) -> MinHash:
    return pickle.loads(blob)


def assign_stories(store: Store, article_ids: Iterable[int], window_days: int = 7) -> dict[int, int]:
    """Give each new article a story id: that of a near-duplicate already stored (published within
    ``window_days``), else its own id. Returns {article_id: story_id}."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    with store.engine.connect() as conn:
        new_rows = conn.execute(sa.select(articles.c.id, articles.c.body, articles.c.published_day, articles.c.outlet)
                                .where(articles.c.id.in_(ids))).all()
        days = [r.published_day for r in new_rows if r.published_day]
        q = sa.select(articles.c.id, articles.c.minhash, articles.c.story_id).where(
            articles.c.minhash.is_not(None), articles.c.id.not_in(ids))
        if days and len(days) == len(new_rows):
            lo, hi = min(days) - dt.timedelta(days=window_days), max(days) + dt.timedelta(days=window_days)
            q = q.where(sa.or_(articles.c.published_day.is_(None), articles.c.published_day.between(lo, hi)))
        old = conn.execute(q).all()
    lsh = MinHashLSH(threshold=STORY_THRESHOLD, num_perm=NUM_PERM)
    story_of: dict[int, int] = {}
    for r in old:
        lsh.insert(str(r.id), _load_minhash(r.minhash))
        story_of[r.id] = r.story_id or r.id
    result: dict[int, int] = {}
    updates = []
    for r in new_rows:
        mh = minhash(r.body)
        near = [int(k) for k in lsh.query(mh)]
        story = min((story_of[k] for k in near), default=r.id)
        story_of[r.id] = story
        lsh.insert(str(r.id), mh)
        result[r.id] = story
        updates.append({"aid": r.id, "story": story, "mh": pickle.dumps(mh)})
    with store.engine.begin() as conn:
        conn.execute(articles.update().where(articles.c.id == sa.bindparam("aid"))
                     .values(story_id=sa.bindparam("story"), minhash=sa.bindparam("mh")), updates)
    return result


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
            sa.select(events, articles.c.outlet, articles.c.published, articles.c.story_id)
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
    """Fused events of one fusion run, in memory: stored ones near the new events' dates, and those created now."""

    def __init__(self, conn: sa.Connection, kb: KnowledgeBase, new_events: list[dict]):
        self.conn, self.kb = conn, kb
        self.by_key: dict[tuple[str, str], list[dict]] = {}
        self.undated: dict[str, list[dict]] = {}
        self.dirty: dict[int, dict] = {}
        self.assign: list[dict] = []
        days = [e["date"] for e in new_events if e["date"]]
        q = sa.select(fused_events).where(fused_events.c.type.in_({e["type"] for e in new_events} or {""}))
        if days:
            lo, hi = min(days) - dt.timedelta(days=3), max(days) + dt.timedelta(days=3)
            q = q.where(sa.or_(fused_events.c.date.is_(None), fused_events.c.date.between(lo, hi)))
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
                self._index(f)

    def _keys(self, ev: dict) -> set[str]:
        ids = _ids(ev["source_ids"]) | _ids(ev["target_ids"])
        return _expanded(self.kb, ids, list(ev["source"] or []) + list(ev["target"] or []))

    def _index(self, f: dict) -> None:
        if f["date"] is None:
            self.undated.setdefault(f["type"], []).append(f)
        for k in self._keys(f):
            self.by_key.setdefault((f["type"], k), []).append(f)

    def candidates(self, ev: dict) -> list[dict]:
        seen: dict[int, dict] = {}
        for k in self._keys(ev):
            for f in self.by_key.get((ev["type"], k), []):
                if ev["date"] is None or f["date"] is None or abs((f["date"] - ev["date"]).days) <= 3:
                    seen.setdefault(id(f), f)
        return sorted(seen.values(), key=lambda f: f.get("id") or 0)

    def create(self, ev: dict) -> None:
        reported = ev["published"] or None
        f = {k: ev[k] for k in ("type", "mode", "cameo", "source", "target", "source_ids", "target_ids", "date",
                                "date_precision", "location", "lat", "lon", "summary_en")}
        f.update(num_articles=1, num_sources=1 if ev["outlet"] else 0, first_reported=reported,
                 last_reported=reported, why=[{"event": ev["id"], "reasons": ["first report"]}])
        f["id"] = self.conn.execute(fused_events.insert().values(**f).returning(fused_events.c.id)).scalar_one()
        f.update(stories={ev["story_id"]}, articles={ev["article_id"]}, outlets={ev["outlet"]} - {None},
                 stamps=[reported] if reported else [], location_id=ev.get("location_id"))
        self._index(f)
        self.assign.append({"eid": ev["id"], "fid": f["id"]})

    def join(self, f: dict, ev: dict, reasons: list[str]) -> None:
        f["stories"].add(ev["story_id"])
        f["articles"].add(ev["article_id"])
        if ev["outlet"]:
            f["outlets"].add(ev["outlet"])
        if ev["published"]:
            f["stamps"].append(ev["published"])
        f["why"] = (f["why"] or []) + [{"event": ev["id"], "reasons": reasons}]
        if _RANK.get(ev["date_precision"], 4) < _RANK.get(f["date_precision"], 4):
            f["date"], f["date_precision"] = ev["date"], ev["date_precision"]
        if f["location"] is None and ev["location"]:
            f["location"], f["lat"], f["lon"] = ev["location"], ev["lat"], ev["lon"]
            f["location_id"] = ev.get("location_id")

        def spec(ids: Any) -> int:
            return max((_SPEC.get(self.kb.actors[i].type, 0) for i in (ids or []) if i in self.kb.actors), default=0)

        if spec(ev["source_ids"]) + spec(ev["target_ids"]) > spec(f["source_ids"]) + spec(f["target_ids"]):
            for k in ("source", "target", "source_ids", "target_ids", "summary_en"):
                f[k] = ev[k]
            self._index(f)
        self.dirty[f["id"]] = f
        self.assign.append({"eid": ev["id"], "fid": f["id"]})

    def flush(self) -> None:
        """Write joined fused events and every event's fused id, in bulk."""
        for f in self.dirty.values():
            self.conn.execute(fused_events.update().where(fused_events.c.id == f["id"]).values(
                num_articles=len(f["articles"]), num_sources=len(f["outlets"]),
                first_reported=min(f["stamps"]) if f["stamps"] else None,
                last_reported=max(f["stamps"]) if f["stamps"] else None, why=f["why"], date=f["date"],
                date_precision=f["date_precision"], location=f["location"], lat=f["lat"], lon=f["lon"],
                source=f["source"], target=f["target"], source_ids=f["source_ids"], target_ids=f["target_ids"],
                summary_en=f["summary_en"]))
        if self.assign:
            self.conn.execute(events.update().where(events.c.id == sa.bindparam("eid"))
                              .values(fused_id=sa.bindparam("fid")), self.assign)


def refuse_all(store: Store, kb: KnowledgeBase) -> dict[str, int]:
    """Rebuild every story and fused event from scratch (after a knowledge-base or pattern change)."""
    with store.engine.begin() as conn:
        conn.execute(events.update().values(fused_id=None))
        conn.execute(fused_events.delete())
        conn.execute(articles.update().values(story_id=None, minhash=None))
        ids = list(conn.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalars())
    totals = {"stories": 0, "fused": 0, "joined": 0}
    for i in range(0, len(ids), 500):
        r = fuse_new(store, ids[i:i + 500], kb)
        for k in totals:
            totals[k] += r[k]
    return totals
