"""Session 24 (slice H): the day and the place of an event as real pages write them. A day and month whose month
carries "ماه" with no space ("۱۴ مهرماه"), a day written as an ordinal word ("یازدهم مارس"), a count of days back
("سه روز پیش"); a weekday inside a relative clause before the trigger ("X که دوشنبه شب وارد بغداد شده بود، صبح
امروز ... دیدار کرد") is that clause's verb's day, not the trigger's when the trigger's own clause names one; and
where a party stays ("که ... در باکو به سر می‌برد، ... دیدار کرد") is where its meetings are. Each case is written
anew (other actors, places and days than the pages'); the guards are everyday phrases with the same words that name
no day (an ordinal before a month name that is also a word, a part of a month, a count past two weeks) or no place
(a call from where a party stays)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.text.dates import resolve_event_date
from tests.event_text import reported_events


def _event(sentence, kb, etype, published):
    """The event of the type, the one whose trigger comes last when several (the main verb closes the sentence)."""
    coded = reported_events(sentence, kb, published + "T10:00:00+03:30")
    events = [e for e in coded if e.type == etype]
    assert events, [(e.type, e.source_ids, e.target_ids) for e in coded]
    return max(events, key=lambda e: e.sentences[0].get("trigger", [0])[0] if e.sentences else 0)


@pytest.mark.parametrize("sentence,etype,published,day", [
    # the month with "ماه" glued to it
    ("پلیس ترکیه ۱۴ مهرماه چند روزنامه‌نگار را در استانبول بازداشت کرد.", "COERCE", "2024-10-20", "2024-10-05"),
    ("اتحادیه اروپا ۳ اسفندماه تحریم‌های تازه‌ای علیه روسیه وضع کرد.", "SANCTION", "2024-03-01", "2024-02-22"),
    # the day as an ordinal word
    ("وزارت خزانه‌داری آمریکا یازدهم مارس تحریم‌های تازه‌ای علیه ونزوئلا وضع کرد.", "SANCTION", "2025-03-20", "2025-03-11"),
    ("ارتش پاکستان بیست و ششم آبان مواضعی را در ولایت خوست هدف قرار داد.", "ASSAULT", "2024-11-20", "2024-11-16"),
    # a count of days back
    ("ارتش پاکستان سه روز پیش مواضعی را در ولایت پکتیکا هدف قرار داد.", "ASSAULT", "2025-10-15", "2025-10-12"),
    ("پلیس آلمان ۲ روز قبل یک تبعه ایرانی را در برلین بازداشت کرد.", "COERCE", "2025-06-05", "2025-06-03"),
    # a weekday in a relative clause yields to the trigger's own day
    ("وزیر امور خارجه ترکیه که دوشنبه شب وارد بغداد شده بود، صبح امروز با نخست‌وزیر عراق دیدار کرد.", "CONSULT",
     "2025-04-10", "2025-04-10"),
])
def test_event_day(sentence, etype, published, day, kb):
    assert _event(sentence, kb, etype, published).date == day


def test_relative_clause_day_kept_when_alone(kb):
    """With no day of its own, the trigger keeps the relative clause's (a visit's arrival, then its meeting)."""
    e = _event("وزیر امور خارجه ترکیه که دوشنبه شب وارد بغداد شده بود، با نخست‌وزیر عراق دیدار کرد.", kb, "CONSULT",
               "2025-04-10")
    assert e.date == "2025-04-07"


def test_staying_place(kb):
    e = _event("امامعلی رحمان که برای شرکت در نشست سران کشورهای ترک‌زبان در باکو به سر می‌برد، در حاشیه این نشست با "
               "ولادیمیر پوتین دیدار کرد.", kb, "CONSULT", "2024-07-04")
    assert e.location_id == "baku"


def test_staying_place_not_for_a_call(kb):
    e = _event("وزیر امور خارجه عمان که در مسقط به سر می‌برد، با عباس عراقچی گفت‌وگوی تلفنی کرد.", kb, "CONSULT",
               "2025-05-01")
    assert e.location_id is None


@pytest.mark.parametrize("phrase", [
    "بار دوم مهر را روی سند زد",  # "مهر" a seal
    "دانشجویان در هفته سوم آبان امتحان دارند",  # a part of the month
    "این پرونده ۲۰ روز پیش بسته شد",  # past two weeks: no day counted
    "چند روز پیش به شهر بازگشت",
])
def test_no_day(phrase):
    assert resolve_event_date(phrase, dt.date(2025, 9, 17)).precision == "reported"
