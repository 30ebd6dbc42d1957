"""Session 26 (slice B): dev texts 211-220 that rasad scored far below the rest of dev, fixed as mechanisms.
(1) A page's outlet from its address when the host is shared: a domain written with a path
("rfe.pangea-cms.com/preview/prs-af") names the outlet of that path only, before any host-wide domain; and sites whose
pages name themselves only by host or masthead (outlets.yaml, session 26 B). (2) "وزارت کار" alone is Iran's labour
ministry (as "وزارت کشور" is its interior ministry), while Afghanistan's "وزارت کار و امور اجتماعی" never links to it;
a protest "در برابر"/"جلوی" a body, or before its building ("مقابل ساختمان X"), is against it, as "مقابل" was.
(3) Mortar or rocket rounds fired toward a place with the place and the rounds' count between ("X به سمت یک ساختمان
مسکونی در منطقه Y سه گلوله خمپاره شلیک کردند", events.yaml assault.fired-rounds: too far for assault.target's gap).
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.clean.outlets import outlet_from_url
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded

# ---------------------------------------------------------------- (1) outlets by address


@pytest.mark.parametrize("url, outlet", [
    ("https://rfe.pangea-cms.com/preview/prs-AF/a/31000000.html", "Radio Azadi"),
    ("https://www.zendegi.online/news/1234567", "Zendegi Online"),
    ("https://namanews.com/News/100/عنوان", "Nama News"),
    ("https://jinhaagency1.com/fa/news/abc-123", "JINHA"),
    ("https://hambastegimeli.com/1000_عنوان", "Hambastegi Meli"),
])
def test_outlet_from_address(kb, url, outlet):
    assert outlet_from_url(url, kb) == outlet


@pytest.mark.parametrize("url", [
    "https://rfe.pangea-cms.com/preview/ru-RU/a/31000000.html",  # another service on the shared host
    "https://rfe.pangea-cms.com/preview/prs-afx/a/1.html",        # a path that only starts with the same letters
])
def test_shared_host_other_path_is_not_the_outlet(kb, url):
    assert outlet_from_url(url, kb) != "Radio Azadi"


def test_republished_agency_copy_cites_the_agency(kb):
    """A site republishing an agency's copy is the outlet; the agency named in the text is cited."""
    text = ("به گزارش خبرگزاری فارس، نیروهای ارتش و گروه‌های مسلح در شمال کشور بر سر یک آتش‌بس موقت توافق کردند و "
            "ناظران از آن استقبال کردند.")
    doc = RawDocument(source="t.txt", text=text, url="https://www.zendegi.online/news/7654321")
    meta = annotate_document(doc, kb).meta
    assert meta.outlet == "Zendegi Online" and "Fars" in meta.cites


# ---------------------------------------------------------------- (2) "وزارت کار"

LABOUR = "ministry-of-cooperatives-labour-and-social-welfare"


@pytest.mark.parametrize("text", [
    "بازنشستگان فولاد روز دوشنبه در مقابل وزارت کار در تهران تجمع اعتراضی برگزار کردند.",
    "گروهی از معلمان حق‌التدریسی در برابر ساختمان وزارت کار تجمع اعتراضی برگزار کردند.",
    "شماری از کارگران بیکارشده صبح امروز جلوی وزارت کار تجمع اعتراضی برگزار کردند.",
])
def test_labour_ministry_short_name_is_protested(kb, text):
    assert_coded(text, kb, ("PROTEST", None, LABOUR))


def _linked(text, kb):
    doc = RawDocument(source="t.txt", text=text + " به گزارش خبرگزاری مهر، این خبر بازتاب زیادی داشت.",
                      published="2024-07-20T10:00:00+03:30")
    return {e.kb_id for e in annotate_document(doc, kb).entities}


def test_labour_ministry_short_name_links(kb):
    assert LABOUR in _linked("وزیر کار گفت وزارت کار برای پرداخت حقوق معوقه کارگران برنامه دارد.", kb)


@pytest.mark.parametrize("text", [
    "وزارت کار و امور اجتماعی طالبان از اعزام هزار کارگر به قطر خبر داد.",
    "سخنگوی وزارت کار و امور اجتماعی عراق گفت حقوق کارگران ماه آینده پرداخت می‌شود.",
])
def test_other_labour_ministries_are_not_irans(kb, text):
    assert LABOUR not in _linked(text, kb)


def test_labour_protest_guard(kb):
    """Work in its everyday sense ("ساعات کار"): no ministry, no protest."""
    assert_not_coded("کارگران کارخانه پس از پایان ساعات کار در مقابل در ورودی عکس یادگاری گرفتند.", kb, "PROTEST")


def test_facing_a_side_in_sport_is_no_protest(kb):
    assert_not_coded("تیم ملی والیبال ایران امشب در برابر ژاپن به میدان می‌رود و هواداران جلوی ورزشگاه جمع شدند.",
                     kb, "PROTEST")


# ---------------------------------------------------------------- (3) mortar or rocket rounds fired toward a place


@pytest.mark.parametrize("text, source", [
    ("عناصر ارتش آزاد سوریه به سمت یک مدرسه در شهر حمص چند گلوله خمپاره شلیک کردند.", "free-syrian-army"),
    ("شبه‌نظامیان حوثی به سوی یک پایگاه ارتش عربستان در نجران چندین فروند راکت شلیک کردند.", "houthis"),
    ("نیروهای ارتش اسرائیل بامداد امروز به طرف خانه‌های روستای عیتا الشعب در جنوب لبنان ده‌ها گلوله خمپاره شلیک "
     "کرده‌اند.", "israel-defense-forces"),
])
def test_rounds_fired_toward_a_place(kb, text, source):
    assert_coded(text, kb, ("ASSAULT", source, None))


def test_fireworks_and_salutes_are_no_shelling(kb):
    assert_not_coded("هواداران تیم پس از پایان بازی به سمت آسمان ورزشگاه چند فشفشه و ترقه پرتاب کردند.", kb, "ASSAULT")
