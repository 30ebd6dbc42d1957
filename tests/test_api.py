"""The HTTP API and the server-rendered pages through the ASGI test client, over a database of the seed articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web_fixtures import MAP_PLACES, MEETINGS, SEEDS, XSS_TEXT, drop_db, fresh_db_url, seeded_db

TOKEN = "api-test-token"
WEB = Path(__file__).parents[1] / "rasad" / "web"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def env():
    mp = pytest.MonkeyPatch()
    mp.delenv("RASAD_TOKEN", raising=False)
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, env):
    url = seeded_db(tmp_path_factory.mktemp("api"))
    yield url
    drop_db(url)


@pytest.fixture(scope="module")
def client(seeded):
    from rasad.web.app import create_app

    app = create_app(seeded)
    assert app.state.read_only
    with TestClient(app) as c:
        yield c


@pytest.fixture
def writable(tmp_path, env):
    """A server with ingest enabled, over an empty database of its own."""
    from rasad.web.app import create_app

    url = fresh_db_url(tmp_path, "writable")
    app = create_app(url, token=TOKEN)
    with TestClient(app) as c:
        yield c
    app.state.store.engine.dispose()
    drop_db(url)


def all_events(client, **params) -> list[dict]:
    res = client.get("/api/events", params={"per_page": 500, **params})
    assert res.status_code == 200, res.text
    return res.json()["items"]


def assert_error(res, status: int, code: str | None = None) -> dict:
    assert res.status_code == status, res.text
    body = res.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["code"], str)
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def pairs(events: list[dict]) -> set[tuple[str, str]]:
    return {(s, t) for ev in events for s in ev["source"] for t in ev["target"]}


def involves(ev: dict, kb_id: str) -> bool:
    return kb_id in ev["source_ids"] or kb_id in ev["target_ids"]


# --- events ---------------------------------------------------------------------------------------------------

def test_api_root_reports_counts_and_mode(client):
    body = client.get("/api").json()
    assert body["read_only"] is True
    assert body["counts"]["articles"] == 5 and body["counts"]["events"] >= 5


def test_events_list_the_five_meetings_with_english_summaries(client):
    events = all_events(client)
    assert len(events) >= 5
    meetings = [ev for ev in events if ev["type"] == "CONSULT"]
    assert len(meetings) == 5, [m["summary_en"] for m in meetings]
    assert pairs(meetings) == set(MEETINGS)
    for ev in events:
        assert ev["summary_en"] and re.search(r"[A-Za-z]", ev["summary_en"])
        assert not re.search(r"[\u0600-\u06FF]", ev["summary_en"]), ev["summary_en"]
        assert ev["num_sources"] >= 1 and ev["num_articles"] >= 1
        assert ev["outlets"], ev
    doha = next(ev for ev in meetings if ev["location"] == "Doha")
    assert doha["date"] == "2024-06-20" and doha["source"] == ["Ali Bagheri Kani"]
    assert doha["sources"][0]["id"] == "ali-bagheri-kani" and doha["sources"][0]["fa"]
    assert doha["lat"] == pytest.approx(25.2854) and doha["outlets"] == ["Mehr"]


def test_events_pagination_covers_every_event_once(client):
    total = client.get("/api/events").json()["total"]
    seen = []
    page = 1
    while True:
        body = client.get("/api/events", params={"page": page, "per_page": 4}).json()
        assert body["total"] == total and body["per_page"] == 4 and body["pages"] == -(-total // 4)
        if not body["items"]:
            break
        assert len(body["items"]) <= 4
        seen += [ev["id"] for ev in body["items"]]
        page += 1
    assert page == body["pages"] + 1
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("params,status", [({"per_page": 0}, 422), ({"per_page": 501}, 422), ({"page": 0}, 422),
                                           ({"sort": "title"}, 422), ({"since": "yesterday"}, 422),
                                           ({"type": "MEET"}, 422), ({"until": "0"}, 422), ({"since": "1718870700"}, 422),
                                           ({"since": "2024-02-30"}, 422), ({"type": "CONSULT,,AGREE"}, 422)])
def test_events_bad_parameters(client, params, status):
    assert_error(client.get("/api/events", params=params), status, "validation_error")


def test_events_sorting(client):
    newest = [ev["date"] for ev in all_events(client, sort="-date")]
    dated = [d for d in newest if d]
    assert dated == sorted(dated, reverse=True) and newest[: len(dated)] == dated  # undated last
    oldest = [ev["date"] for ev in all_events(client, sort="date")]
    assert [d for d in oldest if d] == sorted(dated)
    sources = [ev["num_sources"] for ev in all_events(client, sort="num_sources")]
    assert sources == sorted(sources, reverse=True)


def test_events_filter_by_type_and_dates(client):
    consult = all_events(client, type="consult")
    assert consult and all(ev["type"] == "CONSULT" for ev in consult)
    both = all_events(client, type="CONSULT,ACCUSE")
    assert {ev["type"] for ev in both} == {"CONSULT", "ACCUSE"}
    recent = all_events(client, since="2024-01-01")
    assert recent and all(ev["date"] and ev["date"] >= "2024-01-01" for ev in recent)
    old = all_events(client, until="2022-12-31")
    assert old and all(ev["date"] and ev["date"] <= "2022-12-31" for ev in old)
    window = all_events(client, since="2024-03-30", until="2024-03-30", type="CONSULT")
    assert pairs(window) == {("Ismail Haniyeh", "Ziyad al-Nakhalah")}


@pytest.mark.parametrize("actor", ["Ismail Haniyeh", "ismail haniyeh", "ismail-haniyeh", "اسماعیل هنیه", "هنیه"])
def test_events_filter_by_actor_in_english_or_persian(client, actor):
    events = all_events(client, actor=actor)
    assert events and all(involves(ev, "ismail-haniyeh") for ev in events)
    assert ("Ali Bagheri Kani", "Ismail Haniyeh") in pairs(events)  # as target
    assert ("Ismail Haniyeh", "Ziyad al-Nakhalah") in pairs(events)  # as source
    assert len(events) == len([ev for ev in all_events(client) if involves(ev, "ismail-haniyeh")])


def test_events_filter_by_unknown_actor_is_empty(client):
    body = client.get("/api/events", params={"actor": "Nobody At All"}).json()
    assert body["total"] == 0 and body["items"] == []


def test_events_filter_by_outlet_and_text(client):
    mehr = all_events(client, outlet="Mehr")
    assert mehr and all("Mehr" in ev["outlets"] for ev in mehr)
    assert all_events(client, outlet="mehr") == mehr
    doha = all_events(client, q="doha")
    assert doha and all("Doha" in ev["summary_en"] for ev in doha)
    persian = all_events(client, q="نسل‌کشی")  # in the Persian sentences only
    assert any(ev["type"] == "ACCUSE" for ev in persian)
    for ev in persian:
        reports = client.get(f"/api/events/{ev['id']}").json()["reports"]
        assert any("نسل‌کشی" in r["sentence"] for r in reports), ev["summary_en"]
    combined = all_events(client, q="Doha", type="CONSULT", outlet="Mehr", actor="Ali Bagheri Kani")
    assert pairs(combined) == {("Ali Bagheri Kani", "Ismail Haniyeh")}
    assert all_events(client, q="%") == [] and all_events(client, q="_") == []  # LIKE wildcards are literal


def test_event_with_its_reports_and_evidence(client):
    ev = next(e for e in all_events(client, type="CONSULT") if e["location"] == "Doha")
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["id"] == ev["id"] and detail["summary_en"] == ev["summary_en"]
    assert len(detail["reports"]) == detail["num_articles"] >= 1
    rep = detail["reports"][0]
    assert rep["outlet"] == "Mehr" and rep["published"].startswith("2024-06-20")
    article = client.get(f"/api/articles/{rep['article_id']}").json()
    body = article["body"]
    assert rep["sentence"] and rep["start"] < rep["end"]
    s, e = rep["trigger_offsets"]
    assert rep["start"] <= s < e <= rep["end"] or any(x["start"] <= s < e <= x["end"] for x in rep["sentences"])
    assert "دیدار" in body[s:e]
    kinds = set()
    for sent in rep["sentences"]:
        assert sent["text"] == body[sent["start"]:sent["end"]]
        for hl in sent["highlights"]:
            assert sent["start"] <= hl["start"] < hl["end"] <= sent["end"]
            kinds.add(hl["kind"])
            if hl["kind"] in ("source", "target"):
                assert hl["label"] and hl["id"]
    assert kinds == {"trigger", "source", "target"}
    # an article event's own id leads to the same event
    again = client.get(f"/api/events/{rep['event_id']}").json()
    assert again["id"] == detail["id"]
    assert client.get(f"/api/events/e{rep['event_id']}").json()["id"] == detail["id"]


@pytest.mark.parametrize("bad", ["e999999", "f999999", "999999", "nope", "e-1"])
def test_event_not_found(client, bad):
    assert_error(client.get(f"/api/events/{bad}"), 404, "not_found")


# --- actors ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("q,kb_id", [("Haniyeh", "ismail-haniyeh"), ("هنیه", "ismail-haniyeh"),
                                     ("bagheri", "ali-bagheri-kani"), ("زیاد النخاله", "ziyad-al-nakhalah"),
                                     ("Hamas", "hamas"), ("Syria", "SYR")])
def test_actor_search_english_and_persian(client, q, kb_id):
    items = client.get("/api/actors", params={"q": q}).json()["items"]
    assert items and items[0]["kb_id"] == kb_id, items[:3]
    assert items[0]["name"] and items[0]["fa"]


def test_actor_list_without_query_ranks_by_articles(client):
    items = client.get("/api/actors").json()["items"]
    assert items and all(a["articles"] >= 1 for a in items)
    counts = [a["articles"] for a in items if a["in_kb"]]
    assert counts == sorted(counts, reverse=True)
    assert {"ismail-haniyeh", "hamas", "ali-shamkhani"} <= {a["kb_id"] for a in items}


def test_actor_detail_names_positions_contacts_quotes(client):
    a = client.get("/api/actors/ismail-haniyeh").json()
    assert a["name"] == "Ismail Haniyeh" and "اسماعیل هنیه" in a["fa"] and a["in_kb"]
    assert "هنیه" in a["fa"] + a["aliases"]["short"]  # a distinctive surname is one of his names
    head = next(p for p in a["positions"] if p["title"] == "political-bureau-head")
    assert head["of"] == "hamas" and head["of_name"] == "Hamas" and head["start"] == "2017-05-06"
    assert head["title_en"] and not re.search(r"[\u0600-\u06FF]", head["title_en"])
    contacts = {c["kb_id"]: c for c in a["contacts"]}
    assert {"ziyad-al-nakhalah", "ali-bagheri-kani"} <= set(contacts)
    assert contacts["ali-bagheri-kani"]["types"]["CONSULT:in"] == 1
    assert contacts["ziyad-al-nakhalah"]["count"] >= 1
    assert a["quotes"] and all(q["text"] and q["article_id"] for q in a["quotes"])
    assert a["num_events"] == len(all_events(client, actor="ismail-haniyeh"))


def test_actor_not_found(client):
    assert_error(client.get("/api/actors/no-such-actor"), 404, "not_found")


# --- articles -------------------------------------------------------------------------------------------------

def test_articles_list_and_pagination(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 5 and len(body["items"]) == 5
    assert {a["outlet"] for a in body["items"]} == {"ISNA", "Borna", "Otagh Khabar", "Mouj", "Mehr"}
    first = client.get("/api/articles", params={"per_page": 2, "page": 1}).json()
    second = client.get("/api/articles", params={"per_page": 2, "page": 2}).json()
    assert first["pages"] == 3 and len(first["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    assert [a["outlet"] for a in client.get("/api/articles", params={"outlet": "borna"}).json()["items"]] == ["Borna"]


def test_article_body_and_annotations_as_offsets(client):
    items = client.get("/api/articles").json()["items"]
    borna = next(a for a in items if a["outlet"] == "Borna")
    art = client.get(f"/api/articles/{borna['id']}").json()
    body = art["body"]
    assert art["title"] and art["published"].startswith("2024-03-30") and body
    ann = art["annotations"]
    haniyeh = next(e for e in ann["entities"] if e["kb_id"] == "ismail-haniyeh")
    assert any(body[s:e] in haniyeh["forms"] for s, e in haniyeh["mentions"])
    for e in ann["entities"]:
        for s, t in e["mentions"]:
            assert 0 <= s < t <= len(body)
    for q in ann["quotes"]:
        assert q["text"] and 0 <= q["start"] < q["end"] <= len(body)
        assert body[q["start"]:q["end"]].strip() == q["text"].strip()
    for ev in ann["events"]:
        assert ev["trigger"] in body[ev["start"]:ev["end"]]
        assert ev["event"].startswith(("e", "f"))
        assert client.get(f"/api/events/{ev['event']}").status_code == 200
    assert isinstance(art["same_story"], list)


def test_article_not_found_and_bad_id(client):
    assert_error(client.get("/api/articles/99999"), 404, "not_found")
    assert_error(client.get("/api/articles/abc"), 422, "validation_error")


def test_same_story_lists_the_other_outlets(writable):
    """A story republished by another outlet: each copy's page names the other."""
    text = (SEEDS / "004_fc04969042098be9.txt").read_text(encoding="utf-8")
    headers = {"Authorization": f"Bearer {TOKEN}"}
    a = writable.post("/api/articles", json={"text": text}, headers=headers).json()["article_id"]
    copy = text.replace("مهر", "تسنیم", 1) + "\nانتهای پیام"
    b = writable.post("/api/articles", json={"text": copy, "outlet": "Tasnim"}, headers=headers).json()["article_id"]
    art_a = writable.get(f"/api/articles/{a}").json()
    art_b = writable.get(f"/api/articles/{b}").json()
    if art_a["story_id"] is None or art_a["story_id"] != art_b["story_id"]:
        pytest.skip("story grouping (rasad.fuse) did not group this copy")
    assert [s["id"] for s in art_a["same_story"]] == [b]
    assert [s["id"] for s in art_b["same_story"]] == [a]
    page = writable.get(f"/articles/{a}").text
    assert f'href="/articles/{b}"' in page


# --- graph, stats, places -------------------------------------------------------------------------------------

def test_graph_has_the_meeting_edges(client):
    g = client.get("/api/graph").json()
    names = {n["id"]: n["name"] for n in g["nodes"]}
    edges = {(names[e["source"]], names[e["target"]], e["type"]) for e in g["edges"]}
    for src, tgt in MEETINGS:
        assert (src, tgt, "CONSULT") in edges
    haniyeh = next(n for n in g["nodes"] if n["id"] == "ismail-haniyeh")
    assert haniyeh["type"] == "PERSON" and haniyeh["country"] == "PSE" and haniyeh["fa"]
    meet = next(e for e in g["edges"] if e["source"] == "ali-bagheri-kani" and e["target"] == "ismail-haniyeh")
    assert meet["count"] == 1 and meet["first"] == meet["last"] == "2024-06-20" and meet["events"]
    for e in g["edges"]:
        assert e["source"] in names and e["target"] in names and e["count"] >= 1


def test_graph_filters(client):
    consult = client.get("/api/graph", params={"type": "CONSULT"}).json()
    assert {e["type"] for e in consult["edges"]} == {"CONSULT"} and len(consult["edges"]) == 5
    recent = client.get("/api/graph", params={"type": "CONSULT", "since": "2024-01-01"}).json()
    ids = {(e["source"], e["target"]) for e in recent["edges"]}
    assert ids == {("ismail-haniyeh", "ziyad-al-nakhalah"), ("ali-bagheri-kani", "ismail-haniyeh")}
    assert_error(client.get("/api/graph", params={"type": "nope"}), 422)


def test_stats_per_type_and_week(client):
    st = client.get("/api/stats").json()
    assert sum(st["by_type"].values()) == st["total"] == len(all_events(client))
    assert sum(w["total"] for w in st["by_week"]) + st["undated"]["total"] == st["total"]
    weeks = {w["week"]: w for w in st["by_week"]}
    assert weeks["2024-W25"]["start"] == "2024-06-17" and weeks["2024-W25"]["counts"]["CONSULT"] == 1
    assert {"2022-W42", "2024-W13", "2024-W25"} <= set(weeks)
    only = client.get("/api/stats", params={"type": "CONSULT"}).json()
    assert set(only["by_type"]) == {"CONSULT"} and only["total"] == 5


def test_places_for_the_map(client):
    places = {p["location"]: p for p in client.get("/api/places").json()["places"]}
    for name in MAP_PLACES:
        assert name in places and places[name]["count"] >= 1
    assert places["Tehran"]["lat"] == pytest.approx(35.6892) and places["Tehran"]["lon"] == pytest.approx(51.389)
    assert client.get("/api/outlets").json()["items"]


# --- errors, read-only, ingest ---------------------------------------------------------------------------------

def test_error_shape_for_404_405_and_500(seeded, env, monkeypatch):
    from rasad.web import app as web_app

    app = web_app.create_app(seeded)
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.get("/api/nothing-here"), 404, "not_found")
        assert_error(c.delete("/api/events"), 405, "method_not_allowed")

        def boom(*a, **k):
            raise RuntimeError("secret detail")

        monkeypatch.setattr(web_app.api.Q, "list_events", boom)
        err = assert_error(c.get("/api/events"), 500, "internal_error")
        assert "secret" not in err["message"]
        page = c.get("/nothing-here")
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def test_read_only_refuses_posts(client):
    err = assert_error(client.post("/api/articles", json={"text": XSS_TEXT}), 403, "read_only")
    assert "RASAD_TOKEN" in err["message"]
    assert_error(client.post("/api/articles", json={"text": XSS_TEXT}, headers={"Authorization": "Bearer x"}), 403)
    assert_error(client.post("/api/articles", json={}), 403)  # before the body is even looked at
    assert client.get("/api").json()["counts"]["articles"] == 5


def test_token_from_environment(seeded, monkeypatch):
    from rasad.web.app import create_app

    monkeypatch.setenv("RASAD_TOKEN", "from-env")
    with TestClient(create_app(seeded)) as c:
        assert c.get("/api").json()["read_only"] is False
        assert_error(c.post("/api/articles", json={"text": "x"}), 401, "unauthorized")


def test_token_post_ingests(writable):
    assert_error(writable.post("/api/articles", json={"text": XSS_TEXT}), 401, "unauthorized")
    res = writable.post("/api/articles", json={"text": XSS_TEXT}, headers={"Authorization": "Bearer wrong"})
    assert_error(res, 401)
    assert res.headers["www-authenticate"] == "Bearer"
    assert_error(writable.post("/api/articles", json={"text": XSS_TEXT}, headers={"Authorization": TOKEN}), 401)
    good = {"Authorization": f"Bearer {TOKEN}"}
    res = writable.post("/api/articles", headers=good, json={
        "text": XSS_TEXT, "outlet": "Mehr", "published": "2024-01-02T10:00:00+03:30",
        "url": "javascript:alert(1)"})
    assert res.status_code == 201, res.text
    body = res.json()
    assert body["status"] == "stored" and body["article_id"] >= 1
    assert "Saleh al-Arouri (Hamas) met Ali Shamkhani (Iran) in Tehran" in [e["summary_en"] for e in body["events"]]
    art = writable.get(f"/api/articles/{body['article_id']}").json()
    assert art["outlet"] == "Mehr" and art["published"].startswith("2024-01-02") and art["safe_url"] is None
    meeting = writable.get("/api/events", params={"type": "CONSULT"}).json()["items"]
    assert pairs(meeting) == {("Saleh al-Arouri", "Ali Shamkhani")}
    assert meeting[0]["date"] == "2024-01-02" and meeting[0]["location"] == "Tehran"
    # the same article again is recognised, not stored twice
    again = writable.post("/api/articles", headers=good, json={"text": XSS_TEXT})
    assert again.status_code == 200 and again.json() | {"status": "present"} == again.json()
    assert again.json()["article_id"] == body["article_id"]
    assert writable.get("/api").json()["counts"]["articles"] == 1
    # HTML works too; bodies that are not articles are refused with a reason
    html = f"<html><head><title>t</title></head><body><article><p>{XSS_TEXT}</p><p>{XSS_TEXT[::-1]}</p></article></body></html>"
    assert writable.post("/api/articles", headers=good, json={"html": html}).status_code in (200, 201)
    assert_error(writable.post("/api/articles", headers=good, json={"text": "hello"}), 422, "rejected")
    assert_error(writable.post("/api/articles", headers=good, json={"text": "a", "html": "b"}), 422)
    assert_error(writable.post("/api/articles", headers=good, json={}), 422)
    assert_error(writable.post("/api/articles", headers=good, json={"text": "x", "extra": 1}), 422)


# --- pages ----------------------------------------------------------------------------------------------------

def test_pages_render(client):
    for path in ("/", "/timeline", "/network", "/map", "/actors", "/actors?q=هنیه", "/actors/ismail-haniyeh",
                 "/actors/SYR", "/articles", "/articles?outlet=Mehr", "/articles/1", "/docs"):
        res = client.get(path)
        assert res.status_code == 200, path
        assert res.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in res.headers["content-security-policy"]
        html = res.text
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert re.search(r'\ssrc="/static/', tag), (path, tag)  # no inline scripts, nothing from elsewhere
        assert not re.search(r'(src|href)="(https?:)?//(?!www\.wikidata\.org)', html), path
    assert client.head("/").status_code == 200
    actor = client.get("/actors/ismail-haniyeh").text
    assert "Ismail Haniyeh" in actor and 'dir="rtl" lang="fa"' in actor and "Head of the Political Bureau" in actor
    assert client.get("/actors/nobody").status_code == 404
    assert client.get("/articles/99999").status_code == 404


def test_article_page_escapes_markup(writable):
    res = writable.post("/api/articles", json={"text": XSS_TEXT, "url": "javascript:alert(1)"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    aid = res.json()["article_id"]
    html = writable.get(f"/articles/{aid}").text
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html and "&lt;svg onload=" in html
    assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert 'href="javascript:' not in html
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/static/' in tag
    assert not re.search(r"<(img|svg|iframe)\b", html)
    # the article list and the actor page carry the same strings, escaped as well
    for path in ("/articles", "/actors/saleh-al-arouri", "/actors/ali-shamkhani"):
        page = writable.get(path).text
        assert "<script>window" not in page and "<img src=x" not in page, path
    # the JSON keeps the text as it was: escaping is the renderer's job
    assert "<script>" in writable.get(f"/api/articles/{aid}").json()["body"]


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{kb_id}", "/api/articles",
                 "/api/articles/{article_id}", "/api/graph", "/api/stats"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_front_end_ships_its_libraries():
    vendor = WEB / "static" / "vendor"
    text = (vendor / "VENDORED.md").read_text(encoding="utf-8")
    for lib in ("d3", "topojson-client", "world-atlas", "swagger-ui"):
        assert (vendor / lib / "LICENSE").is_file(), lib
        assert lib in text
    for path in [*(WEB / "templates").glob("*.html"), *(WEB / "static" / "js").glob("*.js")]:
        src = path.read_text(encoding="utf-8")
        assert "innerHTML" not in src and "cdn." not in src.lower(), path
        # resources come from /static; the only outside URLs are links a reader may follow (Wikidata)
        assert not re.search(r"""src=["']https?://|<link[^>]*href=["']https?://|url\(["']?https?://""", src), path


# --- without fusion -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def unfused(tmp_path_factory, env):
    from rasad.web.app import create_app

    url = seeded_db(tmp_path_factory.mktemp("unfused"), fuse=False)
    app = create_app(url)
    with TestClient(app) as c:
        yield c
    app.state.store.engine.dispose()
    drop_db(url)


def test_per_article_events_when_nothing_is_fused(unfused):
    events = all_events(unfused)
    assert events and all(ev["kind"] == "event" and ev["id"].startswith("e") for ev in events)
    assert pairs([ev for ev in events if ev["type"] == "CONSULT"]) == set(MEETINGS)
    detail = unfused.get(f"/api/events/{events[0]['id']}").json()
    assert len(detail["reports"]) == 1 and detail["reports"][0]["sentences"]
    g = unfused.get("/api/graph", params={"type": "CONSULT"}).json()
    assert len(g["edges"]) == 5
    assert unfused.get("/api/stats").json()["total"] == len(events)
    assert all(ev["outlets"] for ev in all_events(unfused, outlet="Borna"))


# --- the serve command ----------------------------------------------------------------------------------------

def test_serve_command(seeded, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from rasad.cli import cli
    from rasad.cli.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.10")
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv("RASAD_TOKEN", raising=False)
    res = CliRunner().invoke(cli, ["serve", "--db", seeded, "--port", "8765"])
    assert res.exit_code == 0, res.output
    assert "read-only" in res.output and "warning" not in res.output
    assert calls[-1][1]["host"] == "127.0.0.1" and calls[-1][1]["port"] == 8765
    monkeypatch.setenv("RASAD_TOKEN", "t")
    monkeypatch.setenv("RASAD_DB", seeded)
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert res.exit_code == 0, res.output
    assert "not a loopback address" in res.output and "ingest enabled" in res.output
    assert calls[-1][1]["host"] == "0.0.0.0" and calls[-1][0].state.read_only is False


def test_graph_keeps_the_heaviest_edges_and_says_how_many_there_are(client):
    full = client.get("/api/graph").json()
    assert full["edges_total"] == len(full["edges"]) >= 2 and full["nodes_total"] == len(full["nodes"])
    top = client.get("/api/graph", params={"max_edges": 1}).json()
    assert len(top["edges"]) == 1 and top["edges_total"] == full["edges_total"]
    assert top["edges"][0]["count"] == max(e["count"] for e in full["edges"])
    assert {n["id"] for n in top["nodes"]} == {top["edges"][0]["source"], top["edges"][0]["target"]}
    assert client.get("/api/graph", params={"max_edges": 0}).status_code == 422


# --- Goldstein, quad class, new since, dyad, alerts ---------------------------------------------------------------

def test_goldstein_and_quad_class_filters(client):
    everything = all_events(client)
    assert everything and all(ev["goldstein"] is not None and ev["quad_class"] for ev in everything)
    high = all_events(client, min_goldstein=1.5)
    assert high and all(ev["goldstein"] >= 1.5 for ev in high)
    assert {ev["id"] for ev in all_events(client, max_goldstein=1.4)} == {
        ev["id"] for ev in everything if ev["goldstein"] <= 1.4}
    verbal = all_events(client, quad_class="verbal cooperation")
    assert {ev["id"] for ev in verbal} == {ev["id"] for ev in everything if ev["quad_class"] == "verbal cooperation"}
    assert_error(client.get("/api/events", params={"quad_class": "friendly"}), 422)
    assert all_events(client, min_goldstein=3, max_goldstein=-3) == []  # an empty range holds no events
    assert_error(client.get("/api/events", params={"min_goldstein": 11}), 422)


def test_new_since_keeps_events_stored_after_the_time(client):
    assert len(all_events(client, new_since="2000-01-01T00:00:00Z")) == len(all_events(client))
    assert all_events(client, new_since="2999-01-01T00:00:00+03:30") == []


def test_dyad_gives_weekly_mean_goldstein_between_two_actors(client):
    res = client.get("/api/dyad", params={"a": "Iran", "b": "حماس"})
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["a"]["name"] == "Iran" and body["events"] >= 2  # Bagheri Kani ↔ Haniyeh, al-Arouri ↔ Shamkhani
    assert sum(w["count"] for w in body["weeks"]) == body["events"]
    for w in body["weeks"]:
        assert w["min"] <= w["mean"] <= w["max"] and w["a_to_b"] + w["b_to_a"] >= w["count"]
    assert client.get("/api/dyad", params={"a": "Iran", "b": "Vladimir Putin"}).json()["events"] == 0
    assert_error(client.get("/api/dyad", params={"a": "Iran"}), 422)


def test_alerts_are_empty_without_a_watcher(client):
    res = client.get("/api/alerts")
    assert res.status_code == 200 and res.json()["total"] == 0 and res.json()["items"] == []
