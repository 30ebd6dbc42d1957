"""Session 28 (slice K): bodies and outlets the knowledge base lacked, added as knowledge (kb28K.yaml, outlets.yaml):
provincial and medical universities named after their city, labour bodies, and
spelling variants of outlets' names ("سکای"/"اسکای", "اندیپندنت"/"ایندیپندنت"). The sentences are written for the
tests; the guards keep the city, and bare common words, from linking a body."""

from __future__ import annotations

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _ids(text: str, kb) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2024-03-10T10:00:00+03:30"), kb)
    return {e.kb_id for e in doc.entities}


def test_its_chief_stays_a_role(kb):
    doc = annotate_document(RawDocument(source="t.txt", text="رئیس ستاد کل نیروهای مسلح از یگان‌های مرزی بازدید کرد.",
                                        published="2024-03-10T10:00:00+03:30"), kb)
    assert doc.roles, "the chief's title must still be read as a role"


def test_university_named_after_its_city(kb):
    ids = _ids("دانشجویان دانشگاه یزد مقابل ساختمان مرکزی دانشگاه تجمع کردند.", kb)
    assert "yazd-university" in ids and "yazd" not in ids
    ids = _ids("رئیس دانشگاه رازی کرمانشاه از افتتاح دو آزمایشگاه تازه خبر داد.", kb)
    assert "razi-university" in ids


def test_universities_with_common_words(kb):
    ids = _ids("استادان دانشگاه صنعتی سهند و دانشگاه محقق اردبیلی در همایش تبریز سخنرانی کردند.", kb)
    assert {"sahand-university-of-technology", "university-of-mohaghegh-ardabili"} <= ids
    ids = _ids("گروهی از دانشجویان دانشگاه شهید چمران اهواز به کمبود آب در خوابگاه‌ها اعتراض کردند.", kb)
    assert "shahid-chamran-university-of-ahvaz" in ids


def test_labour_and_regional_bodies(kb):
    assert "workers-house" in _ids("دبیرکل خانه کارگر خواستار افزایش حداقل دستمزد کارگران شد.", kb)
    assert "non-aligned-movement" in _ids("وزیر خارجه ونزوئلا در نشست جنبش عدم تعهد در باکو شرکت کرد.", kb)
    assert "inter-services-public-relations" in _ids(
        "اداره روابط عمومی ارتش پاکستان از کشته شدن شش شبه‌نظامی در وزیرستان خبر داد.", kb)


def test_outlet_spelling_variants(kb):
    assert "sky-news-arabia" in _ids("به گزارش سکای نیوز عربی، مذاکرات در دوحه ادامه دارد.", kb)
    assert "independent-arabia" in _ids("به گزارش اندیپندنت عربی، هیئت سودانی به جده رفت.", kb)
    assert "bna-bahrain" in _ids("به نقل از خبرگزاری بنا، پادشاه بحرین با وزیر خارجه دیدار کرد.", kb)


def test_newspapers_with_their_kind(kb):
    assert "19-dey" in _ids("روزنامه ۱۹ دی در سرمقاله امروز از سیاست ارزی دولت انتقاد کرد.", kb)
    assert "syrian-arab-television" in _ids("تلویزیون دولتی سوریه تصاویری از ورود کاروان کمک به حلب پخش کرد.", kb)


def test_guards_city_and_bare_words(kb):
    ids = _ids("باران شدید در شهر یزد خیابان‌ها را آب گرفت.", kb)
    assert "yazd" in ids and "yazd-university" not in ids
    ids = _ids("ثبت‌نام دانشگاه‌های کشور از هفته آینده آغاز می‌شود و ستاد برگزاری آزمون آماده است.", kb)
    assert not ids & {"yazd-university", "razi-university"}
    ids = _ids("در روز ۱۹ دی هوای تهران سرد بود و اسرار این پرونده هنوز روشن نیست.", kb)
    assert not ids & {"19-dey", "asrar-newspaper"}
