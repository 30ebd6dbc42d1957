"""``rasad watch``: poll feeds, ingest new articles, alert on matching events (joins the click group through
``register``). SIGINT/SIGTERM finish the article in hand, fuse and alert what was stored, and exit 0."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from dataclasses import asdict
from typing import Any

import click


def _summary(report) -> dict[str, Any]:
    ing, al = report.ingest, report.alerts
    return {"feeds": report.feeds, "not_modified": report.not_modified,
            "feed_failures": [asdict(f) for f in report.feed_failures], "pages": report.pages,
            "stored": ing.stored, "already_present": ing.present, "events": ing.events,
            "rejected": [asdict(f) for f in ing.failed], "retry_later": [asdict(f) for f in report.item_failures],
            "alerts": len(al.sent) if al else 0, "alert_failures": al.failed if al else [],
            "stopped": report.stopped}


def _print_round(report, as_json: bool) -> None:
    s = _summary(report)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False))
        return
    click.echo(f"round: {s['feeds']} feeds ({s['not_modified']} not modified, {len(s['feed_failures'])} failed), "
               f"{s['pages']} pages: stored {s['stored']}, already present {s['already_present']}, "
               f"rejected {len(s['rejected'])}, to retry {len(s['retry_later'])}; {s['events']} events; "
               f"{s['alerts']} alerts" + (" (stopped early)" if s["stopped"] else ""))
    for kind, rows in (("feed failed", s["feed_failures"]), ("rejected", s["rejected"]),
                       ("retry later", s["retry_later"])):
        for f in rows:
            click.echo(f"  {kind} {f['source']}: {f['reason']}" + (f" — {f['detail']}" if f["detail"] else ""))
    for f in s["alert_failures"]:
        click.echo(f"  alert not delivered: {f}")


def _print_status(store) -> None:
    from rasad.watch.state import list_feeds

    for f in list_feeds(store):
        items = ", ".join(f"{k} {v}" for k, v in sorted(f["items"].items())) or "no items yet"
        checked = f["checked_at"].isoformat(sep=" ", timespec="seconds") if f["checked_at"] else "never"
        click.echo(f"{f['url']}  [{f['outlet'] or '—'}]  {f['status'] or '—'}"
                   + (f" ({f['detail']})" if f["detail"] else "") + f"; checked {checked} UTC; {items}")


def _feeds(urls: tuple[str, ...], feeds_file: str | None) -> list:
    from rasad.watch.feeds import feeds_from_urls, load_feeds, unique_feeds

    feeds = (load_feeds(feeds_file) if feeds_file else []) + feeds_from_urls(list(urls))
    if not feeds:
        raise click.UsageError("give feed URLs or --feeds FEEDS.yaml")
    return unique_feeds(feeds)


def _stop_on_signals() -> threading.Event:
    """A flag set by SIGINT or SIGTERM: the watcher finishes the article in hand and stops."""
    stop = threading.Event()

    def handler(signum, _frame) -> None:
        logging.getLogger("rasad.watch").warning("%s: finishing the article in hand, then stopping",
                                                 signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    return stop


def register(cli: click.Group) -> None:
    @cli.command("watch")
    @click.argument("urls", nargs=-1)
    @click.option("--feeds", "feeds_file", type=click.Path(exists=True, dir_okay=False),
                  help="YAML file of outlets and their feed URLs (see examples/feeds.yaml).")
    @click.option("--rules", "rules_file", type=click.Path(exists=True, dir_okay=False),
                  help="watch.yaml: alert rules and outputs (see examples/watch.yaml).")
    @click.option("--db", "db", envvar="RASAD_DB", default=None, help="Database URL or SQLite path (env RASAD_DB).")
    @click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                  help="Extra knowledge-base folder layered over the packaged one (repeatable).")
    @click.option("--once", is_flag=True, help="One round, then exit (for cron).")
    @click.option("--interval", default=900.0, show_default=True, type=click.FloatRange(min=1),
                  help="Seconds to wait after a round before the next one.")
    @click.option("--delay", default=2.0, show_default=True, type=click.FloatRange(min=0),
                  help="Seconds between two requests to one host (politeness).")
    @click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.1),
                  help="Seconds to connect and for each read.")
    @click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
                  help="Further tries after a timeout, connection error, 5xx or 429 (exponential backoff).")
    @click.option("--backoff", default=2.0, show_default=True, type=click.FloatRange(min=0),
                  help="Seconds before the first retry, doubled for each next one.")
    @click.option("--max-attempts", default=3, show_default=True, type=click.IntRange(1, 100),
                  help="Rounds in which a page that failed to download is tried again.")
    @click.option("--status", is_flag=True, help="List the feeds watched so far and their last outcome, then exit.")
    @click.option("--json", "as_json", is_flag=True, help="Each round's summary as one line of JSON.")
    @click.option("--quiet", "-q", is_flag=True, help="Log only problems, not every article stored.")
    def watch_cmd(urls, feeds_file, rules_file, db, kb_dirs, once, interval, delay, timeout, retries, backoff,
                  max_attempts, status, as_json, quiet) -> None:
        """Poll RSS/Atom feeds (FEED_URL... and/or --feeds), ingest every new article, alert on matching events."""
        from rasad.kb.knowledge import load_kb
        from rasad.store.store import Store
        from rasad.watch import Fetcher, FetchSettings, Session, load_rules, watch

        store = Store(db)
        if status:
            _print_status(store)
            return
        logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(message)s")
        logging.getLogger("httpx").setLevel(logging.WARNING)  # rasad logs each outcome itself
        feeds = _feeds(urls, feeds_file)
        rules = load_rules(rules_file) if rules_file else None
        stop = _stop_on_signals()
        fetcher = Fetcher(FetchSettings(timeout=timeout, delay=delay, retries=retries, backoff=backoff), stop)
        session = Session(store, load_kb(kb_dirs), fetcher, rules, stop, max_attempts)
        try:
            last = watch(session, feeds, interval, once=once, on_round=lambda r: _print_round(r, as_json))
        finally:
            fetcher.close()
        sys.exit(1 if once and not last.ok and not last.stopped else 0)
