"""`rasad watch` against a local news site (tests/feed_server.py, 127.0.0.1 only): feeds polled with conditional
GET, every article stored once, broken feeds named and skipped, alerts emitted exactly once per event (again when
sources grow) to a JSON Lines file and a webhook, and SIGTERM mid-round leaving a consistent database."""

from __future__ import annotations

import json
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

from rasad.fuse.fusion import unfused_article_ids
from rasad.store.schema import articles, feed_items, rejections
from rasad.store.store import Store
from rasad.watch import Fetcher, FetchSettings, Session, feeds_from_urls, load_feeds, run_round
from tests.feed_server import news_site, page_html

REPO = Path(__file__).resolve().parents[1]
RASAD = [sys.executable, "-m", "rasad.cli"]
FAST = ["--timeout", "1", "--retries", "1", "--backoff", "0.05", "--delay", "0"]
# What the rules below must alert on in the sample corpus: (PLOVER type, English summary, rules matched).
EXPECTED = {
    ("ASSAULT", "United States and United Kingdom attacked Yemen", ("strikes",)),
    # (session 16) "یگان پهپادی ارتش یمن ... یک کشتی کانتینری را ... هدف قرار داده است": a ship no one names, struck
    ("ASSAULT", "Houthis struck in Red Sea", ("strikes",)),
    # (session 30 BODY) "شماری از مقامات وزارت دفاع جمهوری اسلامی ایران را ... تحریم کرد": Iran's defence ministry is
    # reported as a body apart from its state, and both are the sanctions' targets
    ("SANCTION", "European Union imposed sanctions on Ministry of Defence and Armed Forces Logistics and Iran",
     ("sanctions-on-iran",)),
    ("ACCUSE", "Nasser Kanaani (Iran) condemned United States and United Kingdom", ("mehr-conflict",)),
    ("ACCUSE", "Nasser Kanaani (Iran) accused Israel", ("mehr-conflict",)),
}
RULES = [
    {"name": "strikes", "types": ["ASSAULT"], "actors": ["یمن"]},  # attacks on Yemen
    {"name": "sanctions-on-iran", "actors": ["ایران"], "types": ["SANCTION"]},  # Persian name
    {"name": "mehr-conflict", "outlets": ["خبرگزاری مهر"], "quad_classes": ["verbal conflict"]},
    {"name": "tehran-widely", "places": ["تهران"], "min_sources": 2},  # no event has two sources yet
]


def _setup(tmp_path: Path, site, feeds: list[str]) -> tuple[Path, Path, Path]:
    feeds_file, rules_file = tmp_path / "feeds.yaml", tmp_path / "watch.yaml"
    feeds_file.write_text(yaml.safe_dump({"feeds": [{"url": site.base + f} for f in feeds]}), encoding="utf-8")
    rules_file.write_text(yaml.safe_dump({
        "link_base": "http://127.0.0.1:8000", "realert_sources": 1, "rules": RULES,
        "outputs": {"jsonl": "alerts.jsonl", "webhook": {"url": site.base + "/hook", "retries": 1, "backoff": 0.05}},
    }, allow_unicode=True), encoding="utf-8")
    return feeds_file, rules_file, tmp_path / "alerts.jsonl"


def _watch(db_url: str, feeds_file: Path, rules_file: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RASAD, "watch", "--once", "--feeds", str(feeds_file), "--rules", str(rules_file),
                           "--db", db_url, *FAST, *extra], capture_output=True, text=True, timeout=300, cwd=REPO)


def _alerts(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _keys(alerts: list[dict]) -> set[tuple]:
    return {(a["type"], a["summary_en"], tuple(a["rules"])) for a in alerts}


@pytest.mark.slow
def test_watch_once_stores_alerts_and_a_second_round_fetches_nothing(tmp_path, db_url):
    with news_site() as site:
        feeds_file, rules_file, jsonl = _setup(tmp_path, site, ["/rss.xml", "/atom.xml", "/broken-500.xml",
                                                                "/slow.xml", "/malformed.xml"])
        run = _watch(db_url, feeds_file, rules_file)
        assert run.returncode == 1, run.stderr  # three feeds failed: named, and the round went on
        for feed, reason in (("/broken-500.xml", "http-500"), ("/slow.xml", "timeout"),
                             ("/malformed.xml", "malformed-feed")):
            assert f"feed {site.base}{feed} failed: {reason}" in run.stderr
        pages = site.gets("/news/")
        assert sorted(pages) == sorted(f"/news/{n}" for n in site.rss + site.atom)  # each page fetched once
        store = Store(db_url)
        assert store.count(articles) == 12
        assert not unfused_article_ids(store)
        sent = _alerts(jsonl)
        assert _keys(sent) == EXPECTED and len(sent) == len(EXPECTED)
        assert _keys(site.hooks) == EXPECTED and len(site.hooks) == len(EXPECTED)
        strike = next(a for a in sent if a["summary_en"] == "United States and United Kingdom attacked Yemen")
        assert strike["goldstein"] == -10.0 and strike["quad_class"] == "material conflict"
        assert strike["date"] == "2024-01-12" and strike["sources"][0]["outlet"] == "Mehr"
        assert strike["link"] == f"http://127.0.0.1:8000/?event={strike['event_id']}" and strike["alert"] == "new"

        site.clear()
        again = _watch(db_url, feeds_file, rules_file)
        assert site.gets("/news/") == []  # nothing fetched twice
        conditional = [h for m, p, h in site.requests if p in ("/rss.xml", "/atom.xml")]
        assert len(conditional) == 2 and all("if-none-match" in h for h in conditional)
        assert "5 feeds (2 not modified, 3 failed), 0 pages" in again.stdout
        assert len(_alerts(jsonl)) == len(EXPECTED) and len(site.hooks) == len(EXPECTED)

        # a new item: a copy of Mehr's report on the strikes, as Tasnim carried it → only it is fetched, and the
        # strike, now reported by two outlets, is alerted again (realert_sources: 1)
        site.pages["tasnim-yemen"] = page_html("003_mehr_yemen_condemnation.txt").replace(
            "خبرگزاری مهر".encode(), "خبرگزاری تسنیم".encode())
        site.rss.append("tasnim-yemen")
        site.clear()
        _watch(db_url, feeds_file, rules_file)
        assert site.gets("/news/") == ["/news/tasnim-yemen"]
        assert store.count(articles) == 13
        new = _alerts(jsonl)[len(EXPECTED):]  # the strike and Kanaani's two condemnations, all in the copy
        assert sorted((a["type"], a["alert"], a["num_sources"]) for a in new) == [
            ("ACCUSE", "more-sources", 2), ("ACCUSE", "more-sources", 2), ("ASSAULT", "more-sources", 2)]
        assert strike["event_id"] in {a["event_id"] for a in new} and len(site.hooks) == len(EXPECTED) + 3
        assert {o["outlet"] for a in new for o in a["sources"]} == {"Mehr", "Tasnim"}
        store.engine.dispose()


@pytest.mark.slow
def test_sigterm_during_a_round_leaves_the_database_consistent(tmp_path, db_url):
    with news_site() as site:
        site.page_delay = 0.4
        feeds_file, rules_file, _ = _setup(tmp_path, site, ["/rss.xml", "/atom.xml"])
        proc = subprocess.Popen([*RASAD, "watch", "--feeds", str(feeds_file), "--db", db_url, "--interval", "600",
                                 *FAST], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        try:
            deadline = time.monotonic() + 120
            while len(site.gets("/news/")) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        assert "SIGTERM: finishing the article in hand" in err and "(stopped early)" in out
        store = Store(db_url)
        with store.engine.connect() as conn:
            stored = conn.execute(sa.select(feed_items.c.article_id).where(feed_items.c.status == "stored")).scalars().all()
        n = store.count(articles)
        assert 3 <= n < 12 and len(stored) == n and None not in stored  # every item recorded is its article
        assert not unfused_article_ids(store)  # what was stored was fused before exiting
        run = _watch(db_url, feeds_file, rules_file)
        assert run.returncode == 0, run.stderr
        assert store.count(articles) == 12  # the rest, without duplicates
        assert sorted(site.gets("/news/")) == sorted(f"/news/{n}" for n in site.rss + site.atom)  # each once
        store.engine.dispose()


def test_pages_that_are_not_articles_are_recorded_and_not_fetched_again(tmp_path, db_url, kb):
    with news_site() as site:
        site.extra_pages["/news/photo"] = (200, "image/jpeg", b"\xff\xd8\xff\xe0 not an article")
        site.extra_pages["/news/english"] = (200, "text/html", b"<html><body><p>" + b"An English page. " * 40
                                             + b"</p></body></html>")
        site.extra_pages["/news/down"] = (503, "text/plain", b"busy")
        site.rss = ["photo", "english", "gone", "down", "001_isna_phone_call"]
        store = Store(db_url)
        session = Session(store, kb, Fetcher(FetchSettings(timeout=2, delay=0, retries=0)), max_attempts=2)
        feeds = feeds_from_urls([site.base + "/rss.xml"])
        report = run_round(session, feeds)
        assert report.ingest.stored == 1
        reasons = {Path(r.source).name: r.reason for r in report.ingest.failed}
        assert reasons == {"photo": "not-html", "english": "not-persian", "gone": "http-404"}
        assert [(Path(r.source).name, r.reason) for r in report.item_failures] == [("down", "http-503")]
        with store.engine.connect() as conn:
            recorded = {Path(s).name for s in conn.execute(sa.select(rejections.c.source)).scalars()}
        assert recorded == {"photo", "english", "gone", "down"}
        site.clear()
        run_round(session, feeds)  # the feed changed nothing, but a page that failed to download is retried
        assert site.gets("/news/") == ["/news/down"]
        site.clear()
        run_round(session, feeds)  # two attempts were allowed
        assert site.gets("/news/") == []
        session.fetcher.close()
        store.engine.dispose()


def test_fetcher_waits_between_requests_to_a_host_and_retries_with_backoff():
    from rasad.errors import FetchError

    with news_site() as site:
        fetcher = Fetcher(FetchSettings(timeout=2, delay=0.3, retries=2, backoff=0.1))
        start = time.monotonic()
        fetcher.get(site.base + "/rss.xml")
        fetcher.get(site.base + "/atom.xml")
        assert time.monotonic() - start >= 0.3
        site.clear()
        with pytest.raises(FetchError) as err:
            fetcher.get(site.base + "/broken-500.xml")
        assert err.value.reason == "http-500" and site.gets() == ["/broken-500.xml"] * 3
        site.clear()
        with pytest.raises(FetchError) as err:
            fetcher.get(site.base + "/nothing-here")
        assert err.value.reason == "http-404" and site.gets() == ["/nothing-here"]  # not retried
        got = fetcher.get(site.base + "/rss.xml")
        assert got.content.startswith(b"<?xml") and got.etag
        assert fetcher.get(site.base + "/rss.xml", etag=got.etag).not_modified
        fetcher.close()


def test_example_feeds_file_lists_known_outlets_with_feed_urls(kb):
    feeds = load_feeds(REPO / "examples" / "feeds.yaml")
    assert len(feeds) >= 12
    for f in feeds:
        assert f.url.startswith("https://") and " " not in f.url, f.url
        assert kb.outlet_named(f.outlet) is not None, f"{f.outlet} is not an outlet of the knowledge base"
    assert {"IRNA", "ISNA", "Mehr", "Tasnim", "Fars", "BBC Persian", "Radio Farda", "Independent Persian",
            "Euronews Persian", "Khabar Online", "Tabnak", "Hamshahri"} <= {f.outlet for f in feeds}


def test_bad_feeds_and_rules_files_are_usage_errors(tmp_path):
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: ftp://example.org/feed\n", encoding="utf-8")
    run = subprocess.run([*RASAD, "watch", "--once", "--feeds", str(bad), "--db", str(tmp_path / "x.db")],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert run.returncode == 2 and "not an http(s) URL" in run.stderr
    rules = tmp_path / "watch.yaml"
    rules.write_text("rules:\n  - name: x\n    types: [HUG]\n", encoding="utf-8")
    good = tmp_path / "ok.yaml"
    good.write_text("feeds:\n  - url: http://127.0.0.1:9/feed\n", encoding="utf-8")
    run = subprocess.run([*RASAD, "watch", "--once", "--feeds", str(good), "--rules", str(rules), "--db",
                          str(tmp_path / "x.db")], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert run.returncode == 2 and "unknown PLOVER type HUG" in run.stderr


class _SMTP(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib to hand over one message; what arrives goes to ``server.mails``."""

    def handle(self) -> None:
        self.wfile.write(b"220 localhost test\r\n")
        data: list[bytes] | None = None
        while line := self.rfile.readline():
            if data is not None:
                if line in (b".\r\n", b".\n"):
                    self.server.mails.append(b"".join(data).decode("utf-8"))
                    data = None
                    self.wfile.write(b"250 queued\r\n")
                else:
                    data.append(line[1:] if line.startswith(b"..") else line)
                continue
            verb = line[:4].upper()
            if verb == b"DATA":
                data = []
                self.wfile.write(b"354 go on\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def test_alert_by_email_and_a_failing_webhook_is_recorded_not_raised(tmp_path):
    from rasad.watch.alerts import deliver
    from rasad.watch.rules import WatchRules

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTP)
    server.mails = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        with news_site() as site:
            config = WatchRules.model_validate({"outputs": {
                "jsonl": str(tmp_path / "a.jsonl"),
                "webhook": {"url": site.base + "/no-hook", "retries": 1, "backoff": 0.01},
                "email": {"host": "127.0.0.1", "port": server.server_address[1], "from": "rasad@localhost",
                          "to": ["analyst@localhost"]}}})
            payload = {"event_id": "f7", "summary_en": "United States and United Kingdom attacked Yemen",
                       "type": "ASSAULT", "mode": "aerial", "cameo": "195", "goldstein": -10.0,
                       "quad_class": "material conflict", "date": "2024-01-12", "place": None, "num_sources": 1,
                       "sources": [{"outlet": "Mehr", "published": "2024-01-12T11:40:00+03:30", "url": None}],
                       "rules": ["strikes"], "link": "http://127.0.0.1:8000/?event=f7"}
            result = deliver(payload, config)
            assert [p for m, p, _ in site.requests] == ["/no-hook"]  # a 404 is not retried
    finally:
        server.shutdown()
        server.server_close()
    assert result["jsonl"] == "ok" and result["email"] == "ok" and "HTTP 404" in result["webhook"]
    assert json.loads((tmp_path / "a.jsonl").read_text(encoding="utf-8"))["event_id"] == "f7"
    (mail,) = server.mails
    assert "Subject: [rasad] ASSAULT: United States and United Kingdom attacked Yemen" in mail
    assert "Goldstein: -10.0" in mail and "http://127.0.0.1:8000/?event=f7" in mail
