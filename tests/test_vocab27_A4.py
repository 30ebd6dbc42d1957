"""Session 27 (slice A4): whole real dev pages 329-340 (a rights group's condemnation of prison terms, two tanker
seizures, a UN chief pressed not to attend a summit, a border clash told by a blog, a machine-translated war report).
The general causes found there, each written anew (other parties, places, tenses), with guards for the everyday
sentences that use the same words:

- "گفته می‌شود ..." / "گفته شده است که ..." (it is said) was quoted as the words of the subject before it;
- a cue after a clause of cause ("... زیرا X ادعا می‌کنند که ...") was given the main clause's subject as speaker;
- a party named after "برای" inside the ground an actor gives for a seizure ("را با این ادعا که حامل نفت برای
  سوریه بوده، توقیف کرد") was made the one whose property was seized;
- fighting told with "جنگیدن" ("شورشیان با نیروهای دولتی می‌جنگند") coded nothing;
- an attack with no attacker told, on a unit named with its town ("مرزبانان هنگ مرزی سراوان"), was placed in the
  unit's state, not its town;
- Blogger's Persian date header ("۱۳۹۲ آبان ۴, شنبه") was no date: the page had no publication date, and the header
  became its title;
- WordPress's comment form ("Leave a reply", "You may use these HTML tags and attributes") stayed in the body."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from rasad.text.dates import find_dates
from tests.event_text import _REPORTED, assert_coded, assert_not_coded, reported_events


def _annotation(text, kb, published="2024-07-20T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


# --- "it is said": no speaker ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "آنالنا بربوک گفت که برلین از آتش‌بس در غزه حمایت می‌کند. گفته می‌شود این موضع خشم دولت اسرائیل را برانگیخته است.",
    "ولادیمیر پوتین گفت که روسیه آماده مذاکره است. گفته شده است که نشست بعدی در استانبول برگزار خواهد شد.",
    "رجب طیب اردوغان به خبرنگاران گفت که ترکیه مرز را نمی‌بندد. گفته می شود آنکارا با اروپا در این باره اختلاف دارد.",
])
def test_impersonal_passive_is_no_quote(text, kb):
    doc = _annotation(text, kb)
    assert not [q for q in doc.quotes if q.cue.startswith("گفته")], [(q.speaker_id, q.cue, q.text) for q in doc.quotes]


@pytest.mark.parametrize("text,speaker", [
    # a guard: a participle cue with its subject still quotes ("گفته است", "گفته بود")
    ("عباس عراقچی گفته است که تهران آماده گفت‌وگو با همسایگان است.", "abbas-araghchi"),
    ("بنیامین نتانیاهو به خبرنگاران گفته بود که حمله به رفح ادامه خواهد یافت.", "benjamin-netanyahu"),
])
def test_participle_cue_with_subject_still_quotes(text, speaker, kb):
    doc = _annotation(text, kb)
    assert any(q.speaker_id == speaker for q in doc.quotes), [(q.speaker_id, q.cue) for q in doc.quotes]


# --- a clause of cause opens its own speaker's clause ------------------------------------------------------------

@pytest.mark.parametrize("text,wrong", [
    ("ارتش سودان از شهر عقب‌نشینی کرد زیرا شورشیان ادعا می‌کنند که کنترل فرودگاه را به دست گرفته‌اند.", "sudanese-armed-forces"),
    ("طالبان به مذاکره ادامه نمی‌دهند چرا که مقامات پاکستان اعلام کرده‌اند که مرز بسته می‌ماند.", "taliban"),
])
def test_cue_after_cause_is_not_the_main_subjects(text, wrong, kb):
    doc = _annotation(text, kb)
    assert not [q for q in doc.quotes if q.speaker_id == wrong], [(q.speaker_id, q.cue) for q in doc.quotes]


def test_cue_before_cause_keeps_its_speaker(kb):
    """A guard: "X گفت که ... زیرا ..." is X's statement, the cause inside it."""
    doc = _annotation("عباس عراقچی گفت که تهران مذاکره نمی‌کند زیرا آمریکا به تعهداتش عمل نکرده است.", kb)
    assert any(q.speaker_id == "abbas-araghchi" for q in doc.quotes), [(q.speaker_id, q.cue) for q in doc.quotes]


# --- the ground given for a seizure names no party --------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target,wrong", [
    ("پلیس ترکیه یک کشتی حامل سلاح عراق را با این ادعا که محموله آن برای سوریه بوده، توقیف کرد.", "TUR", "IRQ", "SYR"),
    ("دولت محلی جبل‌الطارق یک نفتکش ایرانی را به این بهانه که نفت برای سوریه می‌برد توقیف کرد.",
     "hm-government-of-gibraltar", "IRN", "SYR"),
])
def test_claim_clause_party_is_not_the_target(sentence, source, target, wrong, kb):
    assert_coded(sentence, kb, ("COERCE", source, target))
    coerce = [e for e in reported_events(sentence, kb) if e.type == "COERCE"]
    assert not any(wrong in e.target_ids for e in coerce), [(e.source_ids, e.target_ids) for e in coerce]


def test_seized_for_a_party_still_names_it(kb):
    """A guard: with no claim before it, the party after "برای" stays the one acted against."""
    assert_coded("ایران اموال این شرکت را برای آمریکا توقیف کرد.", kb, ("COERCE", "IRN", "USA"))


# --- fighting told with "جنگیدن" --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("شورشیان حوثی سال‌ها با نیروهای دولتی یمن جنگیدند.", "houthis", "YEM"),
    ("جبهه آزادی‌بخش مردم تیگرای در شمال با ارتش اتیوپی می‌جنگد.", "tigray-peoples-liberation-front", "ETH"),
    ("طالبان در ولایت هلمند با نیروهای ناتو می‌جنگیدند.", "taliban", "nato"),
])
def test_fought_with_is_assault(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "پدرش سال‌ها با سرطان جنگید و سرانجام درگذشت.",
    "تیم ملی والیبال ایران امروز با صربستان برای صعود می‌جنگد.",
    "کشاورزان استان کرمان با خشکسالی و کم‌آبی می‌جنگند.",
])
def test_fought_with_everyday_is_no_assault(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- an attacked unit named with its town ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,place", [
    ("شب گذشته در درگیری مرزبانان هنگ مرزی میرجاوه با اشرار مسلح، سه تن از مرزبانان کشته شدند.", "mirjaveh"),
    ("بامداد امروز در درگیری ماموران هنگ مرزی سراوان با قاچاقچیان مسلح، دو مرزبان به شهادت رسیدند.", "saravan"),
])
def test_unit_town_is_the_place(sentence, place, kb):
    found = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert any(e.location_id == place for e in found), [(e.target_ids, e.location_id) for e in found]


def test_unit_without_town_keeps_home_state(kb):
    """A guard: with no town after the unit, the attack stays in the unit's state."""
    found = [e for e in reported_events("شب گذشته در درگیری مرزبانان با اشرار مسلح، سه تن از مرزبانان هنگ مرزی کشته شدند.", kb)
             if e.type == "ASSAULT"]
    assert all(e.location_id in (None, "IRN") for e in found), [(e.target_ids, e.location_id) for e in found]


# --- Blogger's Persian date header --------------------------------------------------------------------------------

@pytest.mark.parametrize("line,day", [
    ("۱۳۹۸ مهر ۱۲, جمعه", dt.date(2019, 10, 4)),
    ("۱۴۰۱ دی ۳, شنبه", dt.date(2022, 12, 24)),
])
def test_blogger_date_header(line, day):
    assert [d.date for d in find_dates(line)] == [day]


@pytest.mark.parametrize("text", [
    "در سال ۱۳۹۸ مهر ۱۲ نفر از اعضای شورا استعفا کردند",   # a count after the month, no comma: no date
    "بودجه ۱۴۰۱ دی ۳ بار در مجلس بررسی شد",
])
def test_year_month_count_is_no_date(text):
    assert find_dates(text) == []


def test_blogger_header_dates_the_page_and_is_no_title(kb):
    text = ("۱۳۹۷ اسفند ۲۰, دوشنبه\n\nحمله به پاسگاه مرزی در میرجاوه\n\n"
            "شب گذشته افراد مسلح به پاسگاه مرزی میرجاوه حمله کردند و دو مرزبان را زخمی کردند.")
    doc = annotate_document(RawDocument(source="blog.txt", text=text), kb)
    assert doc.meta.published and doc.meta.published.startswith("2019-03-11"), doc.meta.published
    assert doc.meta.title != "۱۳۹۷ اسفند ۲۰, دوشنبه", doc.meta.title


# --- WordPress's comment form --------------------------------------------------------------------------------------

def test_wordpress_comment_form_is_boilerplate(kb):
    text = ("نشست وزیران خارجه در آنکارا\n\nوزیران خارجه ترکیه و ایران روز دوشنبه در آنکارا دیدار و گفت‌وگو کردند.\n\n"
            "Leave a reply\n\nYou may use these HTML tags and attributes: <a href=\"\" title=\"\"> <b> <em>\n")
    doc = annotate_document(RawDocument(source="wp.txt", text=text), kb)
    assert "Leave a reply" not in doc.body and "HTML tags" not in doc.body, doc.body[-200:]
