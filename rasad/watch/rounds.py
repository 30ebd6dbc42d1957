"""A watch round: poll every feed (conditional GET), fetch each new item's page, ingest it through the normal
pipeline (cleaning, annotation, dedup, rejection records), fuse, then alert. ``watch`` repeats rounds.

A broken feed or page is logged with its reason and recorded; the round goes on. ``stop`` (set by SIGINT/SIGTERM)
is checked between articles: the article in hand is finished and stored, what was stored is fused, and the round
ends — so the database is consistent whenever the watcher stops.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from rasad.errors import FetchError, InputError
from rasad.fuse.fusion import fuse_articles, unfused_article_ids
from rasad.kb.knowledge import KnowledgeBase
from rasad.read.decode import html_document
from rasad.records import Rejection
from rasad.run.batch import IngestReport, fuse_stored, process_batch, store_outcomes
from rasad.store.store import Store
from rasad.watch.alerts import AlertReport, run_alerts
from rasad.watch.feeds import Feed, Item, parse_feed
from rasad.watch.fetch import Fetcher
from rasad.watch.rules import WatchRules
from rasad.watch.state import feed_state, items_to_fetch, record_feed, record_item

log = logging.getLogger("rasad.watch")

FINAL_REASONS = {"http-404", "http-410", "too-large", "not-html", "bad-url", "too-many-redirects"}
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass
class RoundReport:
    feeds: int = 0  # feeds polled
    not_modified: int = 0  # feeds that answered 304
    feed_failures: list[Rejection] = field(default_factory=list)
    pages: int = 0  # item pages fetched
    item_failures: list[Rejection] = field(default_factory=list)  # pages not fetched (retried next round)
    ingest: IngestReport = field(default_factory=IngestReport)  # stored, present, rejected (ingest.failed)
    alerts: AlertReport | None = None
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return not (self.feed_failures or self.item_failures or self.ingest.failed
                    or (self.alerts is not None and self.alerts.failed))


@dataclass
class Session:
    """What a round needs: the database, knowledge base, HTTP client, rules and the stop flag."""

    store: Store
    kb: KnowledgeBase
    fetcher: Fetcher
    rules: WatchRules | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    max_attempts: int = 3  # rounds an item whose page failed is tried before it is given up


def run_round(s: Session, feeds: list[Feed]) -> RoundReport:
    """One pass over ``feeds``; returns what happened. Never raises for a feed's or a page's failure."""
    report = RoundReport()
    leftovers = unfused_article_ids(s.store)  # stored by a run killed before it could fuse
    if leftovers:
        fuse_articles(s.store, leftovers, s.kb)
    for feed in feeds:
        if s.stop.is_set():
            report.stopped = True
            break
        report.feeds += 1
        _poll_feed(s, feed, report)
    report.stopped = report.stopped or s.stop.is_set()
    fuse_stored(s.store, report.ingest, s.kb)
    if s.rules is not None:
        report.alerts = run_alerts(s.store, s.kb, s.rules)
    return report


def _poll_feed(s: Session, feed: Feed, report: RoundReport) -> None:
    state = feed_state(s.store, feed)
    try:
        got = s.fetcher.get(feed.url, state.etag, state.last_modified)
        if got.not_modified:
            report.not_modified += 1
            record_feed(s.store, state.id, "not-modified")
            return
        parsed = parse_feed(got.content or b"", got.url, got.content_type)
    except FetchError as exc:
        log.error("feed %s failed: %s%s", feed.url, exc.reason, f" ({exc.detail})" if exc.detail else "")
        report.feed_failures.append(Rejection(feed.url, exc.reason, exc.detail))
        record_feed(s.store, state.id, exc.reason, exc.detail, ok=False)
        return
    if parsed.warning:
        log.warning("feed %s: %s; %d items read anyway", feed.url, parsed.warning, len(parsed.items))
    for skipped in parsed.skipped:
        log.warning("feed %s: %s", feed.url, skipped)
    complete = True
    for item in items_to_fetch(s.store, state.id, parsed.items, s.max_attempts):
        if s.stop.is_set():
            complete = False
            break
        complete = _take_item(s, feed, state.id, item, report) and complete
    # validators only once every item reached an outcome, so a 304 never hides items still to fetch
    record_feed(s.store, state.id, "malformed-xml" if parsed.warning else "ok", parsed.warning or "",
                got.etag if complete else None, got.last_modified if complete else None)


def _take_item(s: Session, feed: Feed, feed_id: int, item: Item, report: RoundReport) -> bool:
    """Fetch an item's page and ingest it; False when it failed in a way worth retrying next round."""
    try:
        page = s.fetcher.get(item.url)
        report.pages += 1
        kind = (page.content_type or "text/html").split(";")[0].strip().lower()
        if kind not in PAGE_TYPES:
            raise FetchError(item.url, "not-html", f"content type {kind}")
        doc = html_document(page.content or b"", item.url)
    except FetchError as exc:
        return _item_failed(s, feed_id, item, Rejection(item.url, exc.reason, exc.detail), report)
    except InputError as exc:
        return _item_failed(s, feed_id, item, Rejection(item.url, exc.reason, exc.detail), report)
    doc.url, doc.published, doc.outlet = page.url, item.published, feed.outlet
    ingest = report.ingest
    before = (ingest.stored, len(ingest.failed))
    store_outcomes(s.store, process_batch([doc], s.kb, s.store.has, as_rows=True), ingest)
    if ingest.stored > before[0]:
        record_item(s.store, feed_id, item, "stored", article_id=ingest.article_ids[-1])
        s.store.clear_rejection(item.url)  # an earlier round's failed fetch of it is resolved
        log.info("stored %s (%s)", item.url, item.title or "untitled")
    elif len(ingest.failed) > before[1]:
        rej = ingest.failed[-1]
        record_item(s.store, feed_id, item, "rejected", rej.reason, rej.detail)
        log.warning("page %s is not an article: %s (%s)", item.url, rej.reason, rej.detail)
    else:
        record_item(s.store, feed_id, item, "present", "already stored")
    return True


def _item_failed(s: Session, feed_id: int, item: Item, rej: Rejection, report: RoundReport) -> bool:
    """Record a page that could not be read; final reasons (404, not HTML…) are never retried."""
    final = rej.reason in FINAL_REASONS or not rej.reason.startswith(("http-", "timeout", "connection"))
    log.error("page %s failed: %s%s", item.url, rej.reason, f" ({rej.detail})" if rej.detail else "")
    record_item(s.store, feed_id, item, "rejected" if final else "failed", rej.reason, rej.detail)
    s.store.add_rejection(rej)
    (report.ingest.failed if final else report.item_failures).append(rej)
    return final


def watch(s: Session, feeds: list[Feed], interval: float, once: bool = False,
          on_round: Callable[[RoundReport], None] | None = None) -> RoundReport:
    """Rounds every ``interval`` seconds until ``stop`` is set (or one round with ``once``); the last report."""
    while True:
        report = run_round(s, feeds)
        if on_round:
            on_round(report)
        if once or s.stop.is_set() or s.stop.wait(interval):
            return report
