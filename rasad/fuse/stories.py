"""Stories: republished copies of one article found by MinHash LSH over stored signatures, within a window of days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from datasketch import MinHashLSH

from rasad.store.schema import articles
from rasad.store.store import Store
from rasad.text.minhash import NUM_PERM, load_minhash, minhash, signature_bytes

STORY_THRESHOLD = 0.5  # estimated Jaccard similarity of 5-shingles for "the same story, republished"


STORY_THRESHOLD = 0.5  # estimated Jaccard similarity of 5-shingles for "the same story, republished"


def assign_stories(store: Store, article_ids: Iterable[int], window_days: int = 7) -> dict[int, int]:
    """Give each new article a story id: that of a near-duplicate already stored (published within
    ``window_days``), else its own id. Returns {article_id: story_id}."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    new_rows = []
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            new_rows += conn.execute(sa.select(articles.c.id, articles.c.minhash, articles.c.published_day)
                                     .where(articles.c.id.in_(ids[i:i + 500]))).all()
        new_rows.sort(key=lambda r: r.id)
        days = [r.published_day for r in new_rows if r.published_day]
        q = sa.select(articles.c.id, articles.c.minhash, articles.c.story_id).where(
            articles.c.minhash.is_not(None), articles.c.story_id.is_not(None))
        # stored articles published near the chunk's dates, and undated ones; an undated new article is compared
        # with those too (chunks come in date order, undated last), not with the whole history, to bound memory
        near = articles.c.published_day.is_(None)
        if days:
            lo, hi = min(days) - dt.timedelta(days=window_days), max(days) + dt.timedelta(days=window_days)
            near = sa.or_(near, articles.c.published_day.between(lo, hi))
        q = q.where(near)
        new_ids = set(ids)
        old = [r for r in conn.execute(q) if r.id not in new_ids]
        missing = [r.id for r in new_rows if r.minhash is None]  # stored without a signature (older databases)
        bodies = dict(conn.execute(sa.select(articles.c.id, articles.c.body).where(articles.c.id.in_(missing))).all()) if missing else {}
    lsh = MinHashLSH(threshold=STORY_THRESHOLD, num_perm=NUM_PERM)
    story_of: dict[int, int] = {}
    for r in old:
        lsh.insert(r.id, load_minhash(r.minhash))
        story_of[r.id] = r.story_id
    result: dict[int, int] = {}
    stories, signatures = [], []
    for r in new_rows:
        mh = minhash(bodies[r.id]) if r.minhash is None else load_minhash(r.minhash)
        story = min((story_of[k] for k in lsh.query(mh)), default=r.id)
        story_of[r.id] = story
        lsh.insert(r.id, mh)
        result[r.id] = story
        stories.append({"aid": r.id, "story": story})
        if r.minhash is None:
            signatures.append({"aid": r.id, "mh": signature_bytes(mh)})
    with store.engine.begin() as conn:
        by_id = articles.c.id == sa.bindparam("aid")
        conn.execute(articles.update().where(by_id).values(story_id=sa.bindparam("story")), stories)
        if signatures:
            conn.execute(articles.update().where(by_id).values(minhash=sa.bindparam("mh")), signatures)
    return result
