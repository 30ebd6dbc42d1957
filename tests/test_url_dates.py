"""Dates a page's URL carries when its text has none (session 23): an outlet's two-digit Jalali year in its ids, and a
permalink's year and month with no day, a window an undated article's offices resolve in."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad import annotate_document
from rasad.records import RawDocument
from rasad.text.dates import url_month

_CALL = "وزیر امور خارجه ایران در تماس تلفنی با وزیر امور خارجه ترکیه درباره تحولات منطقه گفت‌وگو کرد."


def _annotate(text: str, kb, url: str | None):
    return annotate_document(RawDocument(source="t.txt", text=text, url=url), kb)


@pytest.mark.parametrize("url,window", [
    ("https://site.example/1403/12/some-slug/", (dt.date(2025, 2, 19), dt.date(2025, 3, 20))),
    ("https://site.example/far/2021/06/30298", (dt.date(2021, 6, 1), dt.date(2021, 6, 30))),
    ("https://site.example/1399/12/x", (dt.date(2021, 2, 19), dt.date(2021, 3, 20))),  # Esfand of a leap year
    ("https://site.example/2024/06/20/x", None),  # a full date is the page's date, read elsewhere
    ("https://site.example/2024/13/x", None),
    ("https://site.example/news/1234/12/x", None),
    (None, None),
])
def test_the_month_a_permalink_files_a_page_under(url, window):
    assert url_month(url) == window


@pytest.mark.parametrize("url,minister", [
    ("https://site.example/1403/12/slug", "abbas-araghchi"),
    ("https://site.example/1397/05/slug", "mohammad-javad-zarif"),
    ("https://site.example/2022/03/slug", "hossein-amir-abdollahian"),
])
def test_an_undated_page_resolves_its_offices_in_its_permalink_month(kb, url, minister):
    ann = _annotate(_CALL, kb, url)
    assert ann.meta.published is None
    assert minister in {r.kb_id for r in ann.roles}
    assert [e.source_ids for e in ann.events if e.type == "CONSULT"] == [[minister]]


def test_without_a_date_or_permalink_month_the_office_names_no_one(kb):
    ann = _annotate(_CALL, kb, "https://site.example/news/55812/slug")
    assert ann.meta.published is None
    assert not {r.kb_id for r in ann.roles} & {"abbas-araghchi", "mohammad-javad-zarif", "hossein-amir-abdollahian"}


@pytest.mark.parametrize("url,published", [
    ("https://www.isna.ir/amp/99083020743", "2020-11-20"),  # 1399/08/30
    ("https://www.isna.ir/news/99083020743/slug", "2020-11-20"),
    ("https://www.isna.ir/news/1402051107047/slug", "2023-08-02"),
    ("https://www.isna.ir/news/7083020743/slug", None),  # no such id
])
def test_isna_ids_date_their_pages(kb, url, published):
    assert _annotate(_CALL, kb, url).meta.published == published
