"""Shapes real Persian news pages take that the project's own articles do not: named people the knowledge base
lacks, offices without a date, pages with their frame (masthead, breadcrumb, menu), dates in their many forms,
text without ZWNJs, RETREAT/CONCEDE, future threats, match reports. Each test is one general mechanism."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from rasad import annotate_document
from rasad.read import read_inputs
from rasad.records import RawDocument

REPO = Path(__file__).resolve().parents[1]


def _annotate(text: str, kb, **container):
    return annotate_document(RawDocument(source="t.txt", text=text, **container), kb)


def test_a_named_person_keeps_the_office_next_to_their_name(kb):
    """The Tabnak shape (issue 15) with a person the KB does not know: the office beside the name is theirs and
    both statements are theirs; "نائب" with ئ and words run together still read; "date 2025-12-02" dates it."""
    text = (" date 2025-12-02 نایبرییس مجلس گفت: امضاهای استیضاح ۵ وزیر به حد نصاب رسیده است.\n\n"
            "حمیدرضا نیک‌فرجام نائب رئیس مجلس شورای اسلامی، در برنامه بزنگاه گفت: دولت هم این موضوع را میداند و تمام"
            " تلاش این هست که حقی از مجلس ضایع نشود.\n\n"
            "به گزارش تابناک، وی افزود: اگر نصف به علاوه یک وزرا استیضاح شوند کل هیئت دولت از حدنصاب می افتد.")
    ann = _annotate(text, kb)
    assert ann.meta.published == "2025-12-02"
    speaker = "Hamid-Reza Nik-Farjam"
    people = {e.name: e for e in ann.entities if e.type == "PERSON"}
    assert speaker in people and people[speaker].kb_id is None and people[speaker].uid == "unknown:hamid-reza-nik-farjam"
    assert people[speaker].country == "IRN"  # from the office: deputy speaker of Iran's parliament
    said = [q for q in ann.quotes if q.text.startswith(("دولت هم", "اگر نصف"))]
    assert len(said) == 2 and all(q.speaker == speaker for q in said)
    office = next(r for r in ann.roles if r.text.startswith("نائب رئیس مجلس"))
    assert office.refers_to == speaker and office.title == "deputy-speaker"


def test_an_office_without_a_date_names_no_one(kb):
    """No date in the page or its text: "رئیس مجلس" is the office, with every holder as a candidate."""
    ann = _annotate("رئیس مجلس شورای اسلامی در نشست علنی امروز گفت: بودجه سال آینده باید با دقت بیشتری بررسی شود"
                    " و نمایندگان در این باره تصمیم خواهند گرفت.", kb)
    office = next(r for r in ann.roles if r.title == "speaker")
    assert office.kb_id is None and office.refers_to == "Speaker of Islamic Consultative Assembly"
    assert {"Ali Larijani", "Mohammad Bagher Ghalibaf"} <= set(office.candidates)
    assert all(q.speaker == "Speaker of Islamic Consultative Assembly" for q in ann.quotes)


def test_the_page_frame_is_not_the_title_and_names_the_outlet(kb):
    text = ("ایندیپندنت فارسی\nسیاست > ایران\nخاورمیانه\n\nتیتر اصلی خبر درباره سفر وزیر خارجه به مسکو\n\n"
            "عباس عراقچی وزیر امور خارجه ایران روز سه‌شنبه در سفر به مسکو با سرگئی لاوروف همتای روس خود دیدار کرد"
            " و دو طرف درباره تحولات منطقه گفت‌وگو کردند.")
    ann = _annotate(text, kb)
    assert ann.meta.title == "تیتر اصلی خبر درباره سفر وزیر خارجه به مسکو"
    assert ann.meta.outlet == "Independent Persian"
    assert "ایندیپندنت فارسی" not in ann.body


@pytest.mark.parametrize("head,published", [
    ("تاریخ انتشار: ۱۴۰۳/۰۷/۲۲ - ۱۴:۳۱:۰۸", "2024-10-13T14:31:08+03:30"),
    ("کد خبر: 747886 | ۱۴۰۴/۰۸/۲۷ ۱۱:۲۳:۱۰", "2025-11-18T11:23:10+03:30"),
    ("منتشر شده در ۲ دسامبر ۲۰۲۵", "2025-12-02"),
])
def test_publication_dates_in_the_forms_pages_carry(kb, head, published):
    body = "عباس عراقچی وزیر امور خارجه ایران با سرگئی لاوروف همتای روس خود در مسکو دیدار و گفت‌وگو کرد."
    assert _annotate(f"{head}\n\n{body}", kb).meta.published == published


def test_a_date_in_the_url_dates_a_page_without_one(kb):
    body = "عباس عراقچی وزیر امور خارجه ایران با سرگئی لاوروف همتای روس خود در مسکو دیدار و گفت‌وگو کرد."
    ann = _annotate(body, kb, url="https://example.org/fa/news/2024/06/20/12345/")
    assert ann.meta.published == "2024-06-20"


def _event_keys(ann) -> list:
    return sorted((e.type, tuple(sorted(filter(None, e.source_ids))), tuple(sorted(filter(None, e.target_ids))))
                  for e in ann.events)


def test_the_same_events_without_any_zwnj(kb):
    """Real pages drop zero-width non-joiners wholesale ("میگویند", "نخستوزیر"): every project article codes the
    same events with every ZWNJ removed."""
    docs = [d for d in read_inputs([REPO / "tests" / "articles" / "events", REPO / "examples" / "corpus"])
            if isinstance(d, RawDocument)]
    assert len(docs) > 50
    for doc in docs:
        stripped = dataclasses.replace(doc, text=doc.text.replace("\u200c", "") if doc.text else None,
                                       html=doc.html.replace("\u200c", "") if doc.html else None)
        assert _event_keys(annotate_document(stripped, kb)) == _event_keys(annotate_document(doc, kb)), doc.source


@pytest.mark.parametrize("sentence,expected", [
    ("جنبش حماس روز شنبه سه گروگان اسرائیلی را آزاد کرد.", ("RETREAT", "hamas", "ISR")),
    ("محمدجواد ظریف روز دوشنبه از سمت خود استعفا داد.", ("CONCEDE", "mohammad-javad-zarif", None)),
    ("سپاه پاسداران انقلاب اسلامی روز جمعه یک نفتکش انگلیسی را در تنگه هرمز توقیف کرد.",
     ("COERCE", "islamic-revolutionary-guard-corps", "GBR")),
    ("عبدالملک الحوثی گفت: ناوهای آمریکا را هدف قرار خواهیم داد.", ("THREATEN", "abdul-malik-al-houthi", "USA")),
    ("ارتش رژیم صهیونیستی مواضع حزب‌الله در جنوب لبنان را هدف قرار داده است.",
     ("ASSAULT", "israel-defense-forces", "hezbollah")),
])
def test_event_shapes_of_real_news(kb, sentence, expected):
    text = f"{sentence} به گزارش خبرگزاری مهر، این اقدام واکنش‌های زیادی به دنبال داشت و ناظران آن را مهم دانستند."
    ann = _annotate(text, kb, published="2024-07-20T10:00:00+03:30")
    etype, source, target = expected
    found = [e for e in ann.events if e.type == etype and source in e.source_ids]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in ann.events]
    if target:
        assert any(target in e.target_ids for e in found), [(e.type, e.source_ids, e.target_ids) for e in found]


def test_a_match_report_is_no_event(kb):
    text = ("تیم ملی فوتبال ایران در دیداری تدارکاتی برابر تیم ملی عراق شکست خورد و شاگردان سرمربی در ورزشگاه آزادی"
            " میزبان چین خواهند بود. به گزارش خبرگزاری مهر، حمله تیم ملی در نیمه دوم بهتر شد.")
    assert _annotate(text, kb, published="2024-07-20T10:00:00+03:30").events == []


def test_a_trip_inside_ones_own_country_is_no_visit(kb):
    home = _annotate("ابراهیم رئیسی رئیس‌جمهور کشورمان امروز به استان فارس سفر کرد و با مردم شیراز دیدار کرد."
                     " به گزارش ایرنا، او در این سفر از چند طرح عمرانی بازدید کرد.", kb,
                     published="2023-05-04T10:00:00+03:30")
    assert not [e for e in home.events if e.rule == "consult.visit"]
    abroad = _annotate("ابراهیم رئیسی رئیس‌جمهور کشورمان امروز به سوریه سفر کرد. به گزارش ایرنا، این نخستین سفر"
                       " رئیس‌جمهور ایران به دمشق در سال‌های اخیر است.", kb, published="2023-05-03T10:00:00+03:30")
    assert any(e.type == "CONSULT" and "SYR" in e.target_ids for e in abroad.events)


def test_an_ambassador_is_the_one_posted_where_the_text_says(kb):
    """Ambassadors are many at once: "سفیر ایران در عراق" is the one posted to Iraq on the day; "سفیر ایران" alone
    names no one, even when the knowledge base records a single ambassador of Iran then."""
    head = "تهران - ۱۴۰۰/۰۲/۱۰\n"
    posted = _annotate(head + "سفیر ایران در عراق امروز با وزیر خارجه این کشور دیدار و گفت‌وگو کرد.", kb)
    role = next(r for r in posted.roles if r.title == "ambassador")
    assert role.refers_to == "Iraj Masjedi"
    alone = _annotate(head + "سفیر ایران امروز با وزیر خارجه این کشور دیدار و گفت‌وگو کرد.", kb)
    assert all(r.kb_id is None for r in alone.roles if r.title == "ambassador")


def test_a_newspaper_imprint_and_its_issue_date_are_frame_not_the_article(kb):
    """Owner, managing editor and editor-in-chief lines are boilerplate; the date printed beside them is today's
    issue, so the article keeps no publication date from it. A yearless "جمعه، 9 مارچ" is then dated by no page."""
    text = ("صاحب امتیاز: علی رضایی\n\nمدیر مسوول: حسن کریمی\n\nپنجشنبه ۱ حمل ۱۳۹۸\n\n"
            "روسای جمهوری دو کشور دیدار کردند\n\nرئیس جمهوری ازبکستان دیروز جمعه، 9 مارچ، وارد دوشنبه پایتخت تاجیکستان شد.")
    ann = _annotate(text, kb)
    assert ann.meta.published is None
    assert "صاحب امتیاز" not in ann.body and "مدیر مسوول" not in ann.body


def test_a_day_and_month_without_a_year_take_the_year_their_weekday_fits():
    """"دیروز جمعه، 9 مارچ" read on 2019-03-21: 9 March was a Friday in 2018, not in 2019; "۱۸ آبان" alone is the
    latest 18 Aban before the page; "در دوشنبه" / "وارد دوشنبه پایتخت" is Tajikistan's capital, not Monday."""
    import datetime as dt

    from rasad.text.dates import resolve_event_date

    assert resolve_event_date("دیروز جمعه، 9 مارچ، وارد شد", dt.date(2019, 3, 21)).date == dt.date(2018, 3, 9)
    assert resolve_event_date("۱۸ آبان در تهران دیدار کرد", dt.date(2025, 3, 25)).date == dt.date(2024, 11, 8)
    assert resolve_event_date("دو رئیس جمهور در دوشنبه دیدار کردند", dt.date(2019, 3, 21)).precision == "reported"
    assert resolve_event_date("وزیر روز دوشنبه دیدار کرد", dt.date(2019, 3, 21)).date == dt.date(2019, 3, 18)
