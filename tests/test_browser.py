"""The web app in real headless Chromium (Debian's), driven by Playwright, against a live server over the seeds.

Skipped only where /usr/bin/chromium is missing and RASAD_REQUIRE_BROWSER is not set; CI sets it, so there a
missing browser fails the run instead of hiding it. Screenshots go to tests/_artifacts/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from tests.web_fixtures import ARTIFACTS, MAP_PLACES, MEETINGS, XSS_TEXT, drop_db, live_server, seeded_db

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = bool(os.environ.get("RASAD_REQUIRE_BROWSER"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "browser-test-token"

pytestmark = pytest.mark.browser
if not CHROMIUM.exists() and not REQUIRED:
    pytestmark = [pytest.mark.browser, pytest.mark.skip(reason="/usr/bin/chromium not installed "
                                                                 "(set RASAD_REQUIRE_BROWSER=1 to fail instead)")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from rasad.web.app import create_app

    url = seeded_db(tmp_path_factory.mktemp("browser"))
    app = create_app(url, token=TOKEN)
    with live_server(app) as base:
        res = httpx.post(f"{base}/api/articles", json={"text": XSS_TEXT, "outlet": "Mehr",
                                                       "published": "2024-01-02T10:00:00+03:30"},
                         headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert res.status_code == 201, res.text
        yield {"base": base, "xss_article": res.json()["article_id"]}
    app.state.store.engine.dispose()
    drop_db(url)


@pytest.fixture(scope="module")
def browser():
    if REQUIRED:
        from playwright.sync_api import sync_playwright
    else:
        sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, site):
    """A page that records script errors, dialogs (alert) and any request leaving the test server."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 950}, base_url=site["base"])
    pg = context.new_page()
    pg.errors, pg.dialogs, pg.outside = [], [], []
    host = urlparse(site["base"]).netloc

    def route(r):
        u = urlparse(r.request.url)
        if u.scheme in ("http", "https") and u.netloc != host:
            pg.outside.append(r.request.url)
            return r.abort()
        return r.continue_()

    pg.route("**/*", route)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)

    def on_dialog(d):
        pg.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def clean(pg) -> None:
    assert not pg.errors, pg.errors
    assert not pg.dialogs, pg.dialogs
    assert not pg.outside, f"requests left the server: {pg.outside}"


PAGES = [
    ("/", "table.events tbody tr.event-row", "events"),
    ("/timeline", "#timeline rect.bar", "timeline"),
    ("/network", "#network path.edge", "network"),
    ("/map", "#map g.marker", "map"),
    ("/actors", "table.actors-table tbody tr", "actors"),
    ("/actors/ismail-haniyeh", "table.positions", "actor"),
    ("/articles", "table.articles-table tbody tr", "articles"),
    ("/articles/2", "#article-body .trigger", "article"),
    ("/docs", "#swagger-ui .opblock", "docs"),
]


@pytest.mark.parametrize("path,ready,name", PAGES, ids=[p[2] for p in PAGES])
def test_every_page_loads(page, path, ready, name):
    res = page.goto(path)
    assert res.status == 200
    page.wait_for_selector(ready, timeout=15000)
    assert page.title().endswith("rasad") or name == "docs"
    shot(page, f"page-{name}")
    clean(page)


def test_events_table_lists_the_meetings_in_english(page):
    page.goto("/")
    page.wait_for_selector("tr.event-row")
    summaries = page.locator("tr.event-row td.c-summary").all_inner_texts()
    assert len(summaries) >= 5
    for src, tgt in MEETINGS:
        assert any(src in s and tgt in s and " met " in s for s in summaries), (src, tgt, summaries)
    row = page.locator("tr.event-row", has_text="Ali Bagheri Kani (Iran) met Ismail Haniyeh (Hamas) in Doha").first
    assert row.locator("td.c-date").inner_text() == "2024-06-20"
    assert row.locator("td.c-place").inner_text() == "Doha"
    assert row.locator("td.c-num").inner_text() == "1"
    clean(page)


def test_filter_and_open_evidence(page):
    page.goto("/")
    page.wait_for_selector("tr.event-row")
    total = page.locator("tr.event-row").count()
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_function("() => [...document.querySelectorAll('tr.event-row .type-badge')]"
                           ".every(b => b.textContent === 'CONSULT')")
    consult = page.locator("tr.event-row").count()
    assert 5 <= consult < total
    assert "type=CONSULT" in page.url
    page.fill("input[name=q]", "Doha")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('tr.event-row').length === 1")
    row = page.locator("tr.event-row").first
    assert "Ali Bagheri Kani" in row.inner_text()
    row.click()
    evidence = page.locator("tr.evidence-row .evidence")
    evidence.wait_for()
    block = evidence.locator(".evidence-text").first
    assert block.get_attribute("dir") == "rtl" and block.get_attribute("lang") == "fa"
    assert evidence.locator(".evidence-text mark.hl-trigger").count() >= 1
    assert evidence.locator(".evidence-text mark.hl-source").count() >= 1
    assert evidence.locator(".evidence-text mark.hl-target").count() >= 1
    assert "دیدار" in evidence.locator(".evidence-text mark.hl-trigger").first.inner_text()
    assert "Mehr" in evidence.locator(".report-head").first.inner_text()
    shot(page, "events-filtered-evidence")
    row.click()
    assert page.locator("tr.evidence-row").count() == 0
    clean(page)


def _edges(page) -> set[tuple[str, str, str]]:
    return {tuple(x) for x in page.eval_on_selector_all(
        "#network path.edge",
        "els => els.map(e => [e.dataset.sourceName, e.dataset.targetName, e.dataset.type])")}


def test_network_edges_and_node_click(page):
    page.goto("/network")
    page.wait_for_selector("#network path.edge")
    edges = _edges(page)
    pairs = {(s, t) for s, t, _ in edges}
    for src, tgt in MEETINGS:
        assert (src, tgt) in pairs or (tgt, src) in pairs, (src, tgt, sorted(pairs))
    assert ("Ismail Haniyeh", "Ziyad al-Nakhalah", "CONSULT") in edges
    # filter by type: only CONSULT arrows are left
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_function("() => { const e = [...document.querySelectorAll('#network path.edge')];"
                           " return e.length && e.every(x => x.dataset.type === 'CONSULT'); }")
    assert {t for _, _, t in _edges(page)} == {"CONSULT"}
    # filter by time: the 2022 Damascus meeting goes, the 2024 ones stay
    page.fill("input[name=since]", "2024-01-01")
    page.dispatch_event("input[name=since]", "change")
    page.wait_for_function("() => !document.querySelector('#network path.edge[data-target-name=\"Bashar al-Assad\"]')")
    assert ("Ali Bagheri Kani", "Ismail Haniyeh", "CONSULT") in _edges(page)
    shot(page, "network-filtered")
    page.locator("#network g.node[data-id='ismail-haniyeh'] circle").click()
    page.wait_for_url(re.compile(r"/actors/ismail-haniyeh$"))
    assert page.locator("h1").inner_text() == "Ismail Haniyeh"
    assert "Ziyad al-Nakhalah" in page.locator("table.contacts").inner_text()
    shot(page, "actor-from-network")
    clean(page)


def test_map_marks_the_meeting_places(page):
    page.goto("/map")
    page.wait_for_selector("#map g.marker")
    assert page.locator("#map path.country").count() > 100
    places = set(page.eval_on_selector_all("#map g.marker", "els => els.map(e => e.dataset.place)"))
    for name in MAP_PLACES:
        assert name in places, (name, places)
    for name in MAP_PLACES:
        box = page.locator(f"#map g.marker[data-place='{name}'] circle").bounding_box()
        assert box and box["width"] > 0, name
    page.locator("#map g.marker[data-place='Doha'] circle").click()
    assert "Ali Bagheri Kani (Iran) met Ismail Haniyeh (Hamas) in Doha" in page.locator("#map-side").inner_text()
    shot(page, "map-doha")
    # a place's event opens on the events page with its evidence
    page.locator("#map-side a", has_text="met Ismail Haniyeh").click()
    page.wait_for_selector("tr.evidence-row .evidence-text, #focused-event .evidence-text")
    assert "Ali Bagheri Kani" in page.locator(".evidence").first.inner_text()
    clean(page)


def test_timeline_stacks_weeks_by_type(page):
    page.goto("/timeline")
    page.wait_for_selector("#timeline rect.bar")
    weeks = set(page.eval_on_selector_all("#timeline rect.bar", "els => els.map(e => e.dataset.week)"))
    assert {"2022-W42", "2024-W13", "2024-W25"} <= weeks
    assert "CONSULT" in page.locator("#timeline-legend").inner_text()
    page.locator("#timeline rect.bar[data-week='2024-W25'][data-type='CONSULT']").click()
    page.wait_for_selector("#timeline-detail li")
    assert "Doha" in page.locator("#timeline-detail").inner_text()
    clean(page)


def test_script_in_an_article_stays_inert(page, site):
    aid = site["xss_article"]
    page.goto(f"/articles/{aid}")
    page.wait_for_selector("#article-body")
    body = page.locator("#article-body").inner_text()
    assert "<script>" in body and "<img src=x onerror=" in body
    assert "<script>" in page.locator("#article-title").inner_text()
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#article-body script, #article-body img, #article-body svg").count() == 0
    shot(page, "article-xss")
    # the same strings through the JS-built evidence rows
    page.goto("/?q=" + "شمخانی" + "&since=2024-01-01")
    page.wait_for_selector("tr.event-row")
    page.locator("tr.event-row").first.click()
    page.wait_for_selector("tr.evidence-row .evidence-text")
    assert "<img src=x onerror=" in page.locator("tr.evidence-row").inner_text()
    assert page.locator("tr.evidence-row script, tr.evidence-row img").count() == 0
    for path in ("/articles", "/actors/saleh-al-arouri", "/network", "/map"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    assert page.evaluate("() => window.__xss") is None
    clean(page)


# --- the watcher's pages: alerts and the dyad chart, over a database `rasad watch` filled from a local news site ---

@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    """A database filled by one watch round over the local news site (tests/feed_server.py), with alerts."""
    from rasad.kb import load_kb
    from rasad.store.store import Store
    from rasad.watch import Fetcher, FetchSettings, Session, WatchRules, feeds_from_urls, run_round
    from rasad.web.app import create_app
    from tests.feed_server import news_site
    from tests.web_fixtures import fresh_db_url

    folder = tmp_path_factory.mktemp("watched")
    url = fresh_db_url(folder, "watched")
    store = Store(url)
    rules = WatchRules.model_validate({"rules": [{"name": "conflict", "quad_classes": ["material conflict"]}],
                                       "outputs": {"jsonl": str(folder / "alerts.jsonl")}})
    with news_site() as news:
        session = Session(store, load_kb(), Fetcher(FetchSettings(timeout=5, delay=0, retries=0)), rules)
        report = run_round(session, feeds_from_urls([news.base + "/rss.xml", news.base + "/atom.xml"]))
        session.fetcher.close()
    assert report.ingest.stored == 12 and len(report.alerts.sent) >= 3, report
    store.engine.dispose()
    app = create_app(url)
    with live_server(app) as base:
        yield {"base": base, "alerts": report.alerts.sent}
    app.state.store.engine.dispose()
    drop_db(url)


@pytest.fixture
def wpage(browser, watched):
    context = browser.new_context(viewport={"width": 1400, "height": 950}, base_url=watched["base"])
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()


def test_alerts_page_lists_the_alerted_events_newest_first(wpage, watched):
    ARTIFACTS.mkdir(exist_ok=True)
    assert wpage.goto("/alerts").status == 200
    wpage.wait_for_selector("#alerts-table[data-loaded='true'] tr.alert-row", timeout=15000)
    rows = wpage.locator("tr.alert-row")
    assert rows.count() == len(watched["alerts"])
    shown = {rows.nth(i).locator("td.c-summary").inner_text() for i in range(rows.count())}
    assert shown == {a["summary_en"] for a in watched["alerts"]}
    assert "ASSAULT" in wpage.locator("table.alerts-table").inner_text()
    shot(wpage, "page-alerts")
    assert not wpage.errors, wpage.errors


def test_dyad_chart_draws_weekly_mean_goldstein_from_real_events(wpage):
    ARTIFACTS.mkdir(exist_ok=True)
    assert wpage.goto("/dyad?a=ایران&b=Israel").status == 200
    wpage.wait_for_selector("#dyad[data-loaded='true'] circle.week", timeout=15000)
    dots = wpage.locator("#dyad circle.week")
    assert dots.count() >= 1
    means = [float(dots.nth(i).get_attribute("data-mean")) for i in range(dots.count())]
    assert all(-10 <= m < 0 for m in means)  # Iran and Israel: accusations and threats, all conflict
    assert wpage.locator("#dyad path.mean-line").count() == 1
    assert wpage.locator("#dyad-table tbody tr").count() == dots.count()
    assert "Iran ↔ Israel" in wpage.locator("#dyad-status").inner_text()
    shot(wpage, "page-dyad")
    assert not wpage.errors, wpage.errors


def test_events_page_new_since_and_goldstein_filters(wpage):
    assert wpage.goto("/?min_goldstein=-10&max_goldstein=-9").status == 200
    wpage.wait_for_selector("#events-table[data-loaded='true']", timeout=15000)
    golds = wpage.locator("tr.event-row td.c-gold").all_inner_texts()
    assert golds and all(-10 <= float(g) <= -9 for g in golds)
    wpage.goto("/?new_since=2999-01-01T00:00")
    wpage.wait_for_selector("#events-table[data-loaded='true'] td.empty", timeout=15000)
    assert "0 events" in wpage.locator("#events-status").inner_text()
    assert not wpage.errors, wpage.errors
