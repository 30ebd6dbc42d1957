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
    """Assign stories and fuse the events of ``article_ids`` into fused events. Returns counts."""
    ids = sorted(set(article_ids))
    if not ids:
        return {"stories": 0, "fused": 0, "joined": 0}
    stories = assign_stories(store, ids)
    created = joined = 0
    with store.engine.begin() as conn:
        new_events = conn.execute(
            sa.select(events, articles.c.outlet, articles.c.published, articles.c.story_id)
            .join(articles, events.c.article_id == articles.c.id)
            .where(events.c.article_id.in_(ids), events.c.fused_id.is_(None))
            .order_by(events.c.article_id, events.c.seq)).mappings().all()
        for ev in new_events:
            ev = dict(ev)
            ev["location_id"] = ev.get("location_id")
            cands = _candidates(conn, ev)
            best, reasons = None, None
            for f in cands:
                same_story = ev["story_id"] in f["stories"]
                r = match_fused(kb, ev, f, same_story)
                if r:
                    best, reasons = f, r
                    break
            reported = ev["published"] or None
            if best is None:
                fid = conn.execute(fused_events.insert().values(
                    type=ev["type"], mode=ev["mode"], cameo=ev["cameo"], source=ev["source"], target=ev["target"],
                    source_ids=ev["source_ids"], target_ids=ev["target_ids"], date=ev["date"],
                    date_precision=ev["date_precision"], location=ev["location"], lat=ev["lat"], lon=ev["lon"],
                    summary_en=ev["summary_en"], num_articles=1, num_sources=1 if ev["outlet"] else 0,
                    first_reported=reported, last_reported=reported,
                    why=[{"event": ev["id"], "reasons": ["first report"]}],
                ).returning(fused_events.c.id)).scalar_one()
                created += 1
            else:
                fid = best["id"]
                _join(conn, best, ev, reasons, kb)
                joined += 1
            conn.execute(events.update().where(events.c.id == ev["id"]).values(fused_id=fid))
    return {"stories": len(set(stories.values())), "fused": created, "joined": joined}


def _candidates(conn: sa.Connection, ev: dict) -> list[dict]:
    q = sa.select(fused_events).where(fused_events.c.type == ev["type"])
    if ev["date"] is not None:
        q = q.where(sa.or_(fused_events.c.date.is_(None),
                           fused_events.c.date.between(ev["date"] - dt.timedelta(days=3), ev["date"] + dt.timedelta(days=3))))
    rows = [dict(r) for r in conn.execute(q.order_by(fused_events.c.id)).mappings()]
    for r in rows:
        r["stories"] = set(conn.execute(
            sa.select(articles.c.story_id).join(events, events.c.article_id == articles.c.id)
            .where(events.c.fused_id == r["id"])).scalars())
        r["location_id"] = conn.execute(sa.select(events.c.location_id).where(
            events.c.fused_id == r["id"], events.c.location_id.is_not(None)).limit(1)).scalar()
    return rows


def _join(conn: sa.Connection, fused: dict, ev: dict, reasons: list[str], kb: KnowledgeBase) -> None:
    reports = conn.execute(
        sa.select(events.c.article_id, articles.c.outlet, articles.c.published)
        .join(articles, events.c.article_id == articles.c.id).where(events.c.fused_id == fused["id"])).all()
    art_ids = {r.article_id for r in reports} | {ev["article_id"]}
    outlets = {r.outlet for r in reports if r.outlet} | ({ev["outlet"]} if ev["outlet"] else set())
    stamps = [r.published for r in reports if r.published] + ([ev["published"]] if ev["published"] else [])
    values: dict[str, Any] = {
        "num_articles": len(art_ids), "num_sources": len(outlets),
        "first_reported": min(stamps) if stamps else None, "last_reported": max(stamps) if stamps else None,
        "why": (fused["why"] or []) + [{"event": ev["id"], "reasons": reasons}],
    }
    rank = {"explicit": 0, "relative": 1, "weekday-only": 2, "reported": 3, None: 4}
    if rank.get(ev["date_precision"], 4) < rank.get(fused["date_precision"], 4):
        values.update(date=ev["date"], date_precision=ev["date_precision"])
    if fused["location"] is None and ev["location"]:
        values.update(location=ev["location"], lat=ev["lat"], lon=ev["lon"])
    spec = {"PERSON": 3, "ORG": 2, "STATE": 1}

    def specificity(ids: Any) -> int:
        return max((spec.get(kb.actors[i].type, 0) for i in (ids or []) if i in kb.actors), default=0)

    if specificity(ev["source_ids"]) + specificity(ev["target_ids"]) > specificity(fused["source_ids"]) + specificity(fused["target_ids"]):
        values.update(source=ev["source"], target=ev["target"], source_ids=ev["source_ids"],
                      target_ids=ev["target_ids"], summary_en=ev["summary_en"])
    conn.execute(fused_events.update().where(fused_events.c.id == fused["id"]).values(**values))


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
