"""Stories: republished copies of one article, as connected components of near-duplicates.

Two articles are near-duplicates when their MinHash signatures collide in one of the LSH bands (the banding
datasketch's ``MinHashLSH`` uses for the threshold) and they were published within ``WINDOW_DAYS`` days of each other
(or are both undated). A story is a connected component of that relation and its id is the smallest article id in
it. Components do not depend on the order in which articles arrive or on how a corpus is split into runs: adding
articles only merges components, so each run extends the stories where they are. Each article's band keys are kept
in ``story_bands`` so a run looks its candidates up by index instead of rebuilding an LSH index over the history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from datasketch import MinHashLSH

from rasad.fuse.common import UnionFind, key64, rows_in
from rasad.store.bulk import insert_rows, update_column
from rasad.store.schema import articles, story_bands
from rasad.text.minhash import NUM_PERM, load_minhash, minhash, signature_bytes

STORY_THRESHOLD = 0.5  # estimated Jaccard similarity of 5-shingles for "the same story, republished"
WINDOW_DAYS = 7
_BANDS, _ROWS = (lambda lsh: (lsh.b, lsh.r))(MinHashLSH(threshold=STORY_THRESHOLD, num_perm=NUM_PERM))


def band_keys(values, buckets: Iterable[int]) -> list[int]:
    """Keys of a signature's LSH bands in time buckets: two articles are candidates when a band is equal and they
    share a key, so an article stores the keys of its own bucket and looks up those of the buckets around it."""
    raw = values.astype("<u8").tobytes()
    width = _ROWS * 8
    bands = [bytes([b]) + raw[b * width:(b + 1) * width] for b in range(_BANDS)]
    return [key64(band + w.to_bytes(4, "little", signed=True)) for w in buckets for band in bands]


def bucket(day: dt.date | None) -> int:
    """Weeks (of ``WINDOW_DAYS``): articles within the window are in the same or adjacent buckets; undated ones in
    one bucket of their own."""
    return -1 if day is None else day.toordinal() // WINDOW_DAYS


def _around(day: dt.date | None) -> list[int]:
    return [-1] if day is None else [bucket(day) - 1, bucket(day), bucket(day) + 1]


def near(a: dt.date | None, b: dt.date | None, window: int = WINDOW_DAYS) -> bool:
    """Whether two publication days can belong to one story: both undated, or both dated within ``window`` days."""
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= window


@dataclass
class StoryChanges:
    """What a :class:`StoryPlan` changes: each new article's story, and stories merged into another."""

    story_of: dict[int, int] = field(default_factory=dict)
    merged: dict[int, int] = field(default_factory=dict)  # old story id → the story it is now part of


def _new_articles(conn: sa.Connection, ids: list[int]) -> list:
    """The articles among ``ids`` that have no story yet, with their signature (or body where none is stored)."""
    q = sa.select(articles.c.id, articles.c.minhash, articles.c.published_day).where(articles.c.story_id.is_(None))
    rows = rows_in(conn, q, articles.c.id, ids)
    missing = [r.id for r in rows if r.minhash is None]  # stored without a signature (older databases)
    bodies = dict(rows_in(conn, sa.select(articles.c.id, articles.c.body), articles.c.id, missing))
    return [(r.id, r.published_day, r.minhash, bodies.get(r.id)) for r in sorted(rows, key=lambda r: r.id)]


def _stored_neighbours(conn: sa.Connection, keys: set[int]) -> dict[int, list]:
    """band key → (day, story) of the stored articles that have it (copies of one day in one story count once)."""
    q = (sa.select(story_bands.c.band_key, articles.c.published_day, articles.c.story_id)
         .join(articles, story_bands.c.article_id == articles.c.id).distinct())
    found: dict[int, list] = {}
    for r in rows_in(conn, q, story_bands.c.band_key, sorted(keys)):
        found.setdefault(r.band_key, []).append(r)
    return found


@dataclass
class StoryPlan:
    """What putting new articles into stories will write: the changes, each new article's band keys, and the
    signatures of articles stored without one."""

    changes: StoryChanges = field(default_factory=StoryChanges)
    keys: dict[int, list[int]] = field(default_factory=dict)
    signatures: list[dict] = field(default_factory=list)

    def story(self, article_id: int, story_id: int | None) -> int | None:
        """An article's story once this plan is written, from the one it has now."""
        new = self.changes.story_of.get(article_id)
        return new if new is not None else self.changes.merged.get(story_id, story_id)


def plan_stories(conn: sa.Connection, article_ids: Iterable[int]) -> StoryPlan:
    """The stories of the articles of ``article_ids`` that have none yet, merging stories they connect — read, not
    written (:func:`write_stories` writes them, in the transaction that writes their fused events)."""
    new = _new_articles(conn, sorted(set(article_ids)))
    plan = StoryPlan()
    if not new:
        return plan
    probes: dict[int, list[int]] = {}
    for aid, day, blob, body in new:
        mh = minhash(body) if blob is None else load_minhash(blob)
        plan.keys[aid] = band_keys(mh.hashvalues, [bucket(day)])
        probes[aid] = band_keys(mh.hashvalues, _around(day))
        if blob is None:
            plan.signatures.append({"aid": aid, "mh": signature_bytes(mh)})
    stored = _stored_neighbours(conn, {k for ks in probes.values() for k in ks})
    uf = UnionFind()
    day_of = {aid: day for aid, day, _b, _s in new}
    by_key: dict[int, list[int]] = {}
    for aid, day, _b, _s in new:
        uf.find(("a", aid))
        for k in probes[aid]:
            for r in stored.get(k, ()):
                if r.story_id is not None and near(day, r.published_day):
                    uf.union(("a", aid), ("s", r.story_id))
            for other in by_key.get(k, ()):
                if near(day, day_of[other]):
                    uf.union(("a", aid), ("a", other))
        for k in plan.keys[aid]:
            by_key.setdefault(k, []).append(aid)
    for group in uf.groups():
        label = min(n[1] for n in group)
        plan.changes.story_of.update({n[1]: label for n in group if n[0] == "a"})
        plan.changes.merged.update({n[1]: label for n in group if n[0] == "s" and n[1] != label})
    return plan


def write_stories(conn: sa.Connection, plan: StoryPlan) -> None:
    changes = plan.changes
    update_column(conn, articles, "story_id", "story_id", sorted(changes.merged.items()))
    update_column(conn, articles, "story_id", "id", list(changes.story_of.items()))
    insert_rows(conn, story_bands, [{"article_id": a, "band_key": k} for a, ks in plan.keys.items() for k in ks])
    if plan.signatures:
        conn.execute(articles.update().where(articles.c.id == sa.bindparam("aid")).values(minhash=sa.bindparam("mh")),
                     plan.signatures)
