"""WARC input as Common Crawl News ships it: only Persian pages are kept, with their URL and crawl date."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from rasad.run.local import ingest
from rasad.store.schema import articles, rejections
from rasad.store.store import Store

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
EVENTS = REPO / "tests" / "articles" / "events"

ENGLISH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers meet in Ankara</title></head>
<body><article><h1>Ministers meet in Ankara</h1>
<p>The foreign ministers of Turkey and Iran met in Ankara on Monday to discuss the situation in the region and
ways to expand trade between the two countries, officials said.</p>
<p>Both ministers called for an immediate ceasefire in Gaza and for humanitarian aid to reach civilians without
delay. They agreed to meet again next month in Tehran.</p></article></body></html>"""

ARABIC = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>وزير الخارجية يلتقي نظيره</title></head>
<body><article><h1>وزير الخارجية يلتقي نظيره الأردني في القاهرة</h1>
<p>أعلنت وزارة الخارجية المصرية في بيان صدر اليوم أن الوزير التقى نظيره الأردني في القاهرة لبحث التطورات
الإقليمية والعلاقات الثنائية بين البلدين.</p>
<p>وأكد الجانبان على ضرورة وقف إطلاق النار في غزة وإيصال المساعدات الإنسانية إلى السكان المدنيين دون عوائق، كما
ناقشا سبل تعزيز التعاون الاقتصادي والتجاري بين مصر والأردن.</p></article></body></html>"""


def _page(txt: Path) -> str:
    """A Persian article file as a web page."""
    lines = [ln.strip() for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
    paras = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    return (f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(lines[1])}'
            f"</title></head><body><article>{paras}</article></body></html>")


PERSIAN = {  # url → (page, WARC-Date)
    "https://www.mehrnews.com/news/6231457/": (lambda: _page(EVENTS / "001_phone_araghchi_fidan.txt"),
                                               "2024-10-06T08:12:45Z"),
    "https://www.irna.ir/news/85660421/": (lambda: (CORPUS / "009_irna_grossi_visit.html").read_text(encoding="utf-8"),
                                           "2024-11-14T11:02:10Z"),
    "https://www.bbc.com/persian/articles/c0000000": (lambda: _page(EVENTS / "030_turkey_arrests_mossad_suspects.txt"),
                                                      "2024-01-02T15:40:00Z"),
}
OTHER = {
    "https://www.reuters.com/world/ministers-meet": ("text/html; charset=utf-8", ENGLISH.encode("utf-8")),
    "https://www.aljazeera.net/news/2024/1/1/meeting": ("text/html; charset=utf-8", ARABIC.encode("utf-8")),
}
IMAGE = "https://www.irna.ir/static/photo.jpg"


def write_warc(path: Path, gzip: bool) -> None:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "rasad test", "format": "WARC File Format 1.1"}))
        for url, (page, date) in PERSIAN.items():
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", http_headers=req, warc_headers_dict={"WARC-Date": date}))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page().encode("utf-8")),
                                                http_headers=http, warc_headers_dict={"WARC-Date": date}))
        for url, (ctype, body) in OTHER.items():
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": "2024-01-01T10:00:00Z"}))
        jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8 + b"\xff\xd9"
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(IMAGE, "response", payload=io.BytesIO(jpeg), http_headers=http))
        w.write_record(w.create_warc_record(IMAGE, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                                            warc_content_type="application/warc-fields"))


@pytest.fixture(scope="module")
def warcs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("warc")
    plain, gz = folder / "CC-NEWS-test.warc", folder / "CC-NEWS-test.warc.gz"
    write_warc(plain, gzip=False)
    write_warc(gz, gzip=True)
    return {"warc": plain, "gz": gz}


def _stored(url: str) -> dict[str, tuple[str, dt.date]]:
    store = Store(url, migrate=False)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.url, articles.c.published, articles.c.published_day, articles.c.source)).all()
        assert conn.execute(sa.select(sa.func.count()).select_from(rejections)).scalar_one() == 0
    store.engine.dispose()
    return {r.url: (r.published, r.published_day, r.source) for r in rows}


def _check(stored: dict, warc: Path) -> None:
    assert set(stored) == set(PERSIAN)
    for url, (published, day, source) in stored.items():
        crawled = dt.datetime.fromisoformat(PERSIAN[url][1].replace("Z", "+00:00"))
        assert dt.datetime.fromisoformat(published) == crawled  # the crawl date, as one instant
        assert day == crawled.date()
        assert source == f"{warc}#{url}"


@pytest.mark.parametrize("kind", ["warc", "gz"])
def test_library_keeps_only_persian_pages(warcs, kind, tmp_path):
    from rasad.read import read_inputs
    from rasad.records import RawDocument

    warc = warcs[kind]
    items = list(read_inputs([warc]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert sorted(d.url for d in docs) == sorted(PERSIAN)
    assert all(d.published == PERSIAN[d.url][1] for d in docs)

    url = f"sqlite:///{tmp_path / 'warc.db'}"
    report = ingest([str(warc)], Store(url))
    assert report.ok and report.failed == []
    assert report.stored == len(PERSIAN) and report.events > 0
    ignored = {i.source: i.reason for i in report.ignored}
    # English and Arabic pages: ignored, not failures. The image is no page: neither stored nor failed (read_warc
    # passes non-HTML responses over; should it list them as ignored, that is allowed here too).
    assert {s: r for s, r in ignored.items() if IMAGE not in s} == {f"{warc}#{u}": "not Persian" for u in OTHER}
    _check(_stored(url), warc)


def test_cli_ingest_warc_gz(warcs, tmp_path):
    from rasad.cli import cli

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(warcs["gz"]), "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["stored"], summary["failed"]) == (len(PERSIAN), 0)
    assert summary["ignored"] in (len(OTHER), len(OTHER) + 1)  # + the image, if it is listed
    _check(_stored(url), warcs["gz"])

    # the same pages from the uncompressed file (and in two worker processes) are already there
    result = runner.invoke(cli, ["ingest", str(warcs["warc"]), "--db", url, "--json", "--workers", "2"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["stored"], summary["already_present"], summary["failed"]) == (0, len(PERSIAN), 0)


def test_persian_is_told_from_letters():
    from rasad.read.decode import is_persian

    assert is_persian((EVENTS / "001_phone_araghchi_fidan.txt").read_text(encoding="utf-8"))
    assert not is_persian(ARABIC)
    assert not is_persian(ENGLISH)
