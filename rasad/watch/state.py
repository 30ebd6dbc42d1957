"""What the watcher remembers, in the database: each feed's validators and last outcome, and every item seen with
what became of it, so that an item is fetched once (failed fetches are retried a few rounds) across restarts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasad.store.schema import feed_items, feeds
from rasad.store.store import Store
from rasad.watch.feeds import Feed, Item

DONE = ("stored", "present", "rejected")  # outcomes after which an item is never fetched again


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass
class FeedState:
    id: int
    etag: str | None
    last_modified: str | None


def feed_state(store: Store, feed: Feed) -> FeedState:
    """The feed's row, created on first sight (its outlet updated when the feeds file names another)."""
    with store.engine.begin() as conn:
        row = conn.execute(sa.select(feeds.c.id, feeds.c.etag, feeds.c.last_modified, feeds.c.outlet)
                           .where(feeds.c.url == feed.url)).first()
        if row is None:
            fid = conn.execute(feeds.insert().values(url=feed.url, outlet=feed.outlet).returning(feeds.c.id)).scalar_one()
            return FeedState(fid, None, None)
        if feed.outlet and feed.outlet != row.outlet:
            conn.execute(feeds.update().where(feeds.c.id == row.id).values(outlet=feed.outlet))
        return FeedState(row.id, row.etag, row.last_modified)


def record_feed(store: Store, feed_id: int, status: str, detail: str = "", etag: str | None = None,
                last_modified: str | None = None, ok: bool = True) -> None:
    """A round's outcome for a feed; validators are kept only from a successful read."""
    values: dict[str, Any] = dict(status=status, detail=detail or None, checked_at=utcnow())
    if ok:
        values["failures"] = 0
        if etag is not None or last_modified is not None:
            values.update(etag=etag, last_modified=last_modified)
    else:
        values["failures"] = feeds.c.failures + 1
    with store.engine.begin() as conn:
        conn.execute(feeds.update().where(feeds.c.id == feed_id).values(**values))


def items_to_fetch(store: Store, feed_id: int, items: list[Item], max_attempts: int) -> list[Item]:
    """The items not seen before on this feed, nor stored through another feed, plus failed ones with tries left."""
    keys = [i.key for i in items]
    urls = [i.url for i in items]
    with store.engine.connect() as conn:
        known = {r.item_key: r for r in conn.execute(
            sa.select(feed_items.c.item_key, feed_items.c.status, feed_items.c.attempts)
            .where(feed_items.c.feed_id == feed_id, feed_items.c.item_key.in_(keys or [""])))}
        elsewhere = set(conn.execute(sa.select(feed_items.c.url).where(
            feed_items.c.url.in_(urls or [""]), feed_items.c.status.in_(DONE))).scalars())
    out, seen = [], set()
    for item in items:
        row = known.get(item.key)
        if item.key in seen or (row is not None and (row.status in DONE or row.attempts >= max_attempts)):
            continue
        if row is None and item.url in elsewhere:
            record_item(store, feed_id, item, "present", "same URL in another feed")
            continue
        seen.add(item.key)
        out.append(item)
    return out


def record_item(store: Store, feed_id: int, item: Item, status: str, reason: str | None = None, detail: str = "",
                article_id: int | None = None) -> None:
    """What became of an item (one row per feed and item; a retried item counts its attempts)."""
    values = dict(url=item.url, status=status, reason=reason, detail=detail or None, article_id=article_id,
                  seen_at=utcnow())
    with store.engine.begin() as conn:
        updated = conn.execute(feed_items.update().where(feed_items.c.feed_id == feed_id,
                                                         feed_items.c.item_key == item.key)
                               .values(attempts=feed_items.c.attempts + 1, **values)).rowcount
        if not updated:
            conn.execute(feed_items.insert().values(feed_id=feed_id, item_key=item.key, **values))


def list_feeds(store: Store) -> list[dict[str, Any]]:
    """Every feed with its last outcome and how many of its items were stored, for `rasad watch --status`."""
    counts = sa.select(feed_items.c.feed_id, feed_items.c.status, sa.func.count().label("n")).group_by(
        feed_items.c.feed_id, feed_items.c.status)
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sa.select(feeds).order_by(feeds.c.id))]
        tally: dict[int, dict[str, int]] = {}
        for fid, status, n in conn.execute(counts):
            tally.setdefault(fid, {})[status] = n
    for r in rows:
        r["items"] = tally.get(r["id"], {})
    return rows
