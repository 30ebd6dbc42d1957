"""Session 24 (slice T): dates and places real pages give in ways rasad did not read.

Dates: a lunar Hijri date in an event's sentence ("۱۵ شعبان ۱۴۴۶", converted by the tabular Islamic calendar) and a
Jalali date with a two-digit year closed by punctuation ("۲۰مرداد ۹۸،") are now read as the event's day; page date
lines (``find_dates`` without ``sentence``) still read neither, and a two-digit number after a month that runs on into
the sentence ("۲۰ مرداد ۱۵ نفر ...") is no year. Places: a place before a verb trigger is no longer cut off by the
commas of an apposition ("در آنکارا، پایتخت ترکیه ...", "از همتای خود، NAME، استقبال کرد") nor by the comma that
closes a "هم‌زمان با ..." adjunct; a meeting "در حاشیه مجمع عمومی سازمان ملل" (a body that sits in one city:
grammar.yaml seated_bodies) is placed in that city when the sentence names none; an attack on "خاک X" marked by "را"
happened in state X. Each case is written anew (other people, places, tenses); the guards keep a place the sentence
names itself, a clause cut by a real clause break, and page dates as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.text.dates import find_dates, resolve_event_date
from tests.event_text import reported_events

PUB = dt.date(2024, 7, 20)


@pytest.mark.parametrize("sentence,published,day", [
    ("عزاداران روز سه‌شنبه ۱۰ محرم ۱۴۴۶ در کربلا تجمع کردند.", dt.date(2024, 7, 30), dt.date(2024, 7, 16)),
    ("این توافق در ۲۷ رمضان ۱۴۴۴ امضا شد.", dt.date(2023, 4, 30), dt.date(2023, 4, 18)),
    ("مراسم در دوازدهم ربیع‌الاول ۱۴۴۵ برگزار شد.", dt.date(2023, 10, 1), dt.date(2023, 9, 27)),
    ("روز یکشنبه ۲۸ صفر ۱۴۴۶ زائران در مشهد تجمع کردند.", dt.date(2024, 9, 12), dt.date(2024, 9, 1)),
    ("عصر جمعه ۱۸ آبان ۹۷، کارگران مقابل استانداری تجمع کردند.", dt.date(2018, 11, 20), dt.date(2018, 11, 9)),
    ("پلیس روز ۳ اسفند ۰۱. چند نفر را بازداشت کرد", dt.date(2023, 2, 23), dt.date(2023, 2, 22)),
])
def test_hijri_and_short_years_read(sentence, published, day):
    assert resolve_event_date(sentence, published).date == day


@pytest.mark.parametrize("sentence", [
    "در ۲۰ مرداد ۱۵ نفر در این شهر بازداشت شدند.",  # a count after the month, not a year
    "ماه رمضان ۱۴۴۵ روز دوشنبه آغاز شد.",  # no day of the month
])
def test_no_false_dates(sentence):
    d = resolve_event_date(sentence, PUB)
    assert d.precision != "explicit", d


def test_page_date_lines_unchanged():
    assert find_dates("۱۶ شعبان ۱۴۴۶") == []
    assert find_dates("۲۰ مرداد ۹۸،") == []
    assert [d.date for d in find_dates("۲۶ بهمن ۱۴۰۳ برابر با ۱۶ شعبان ۱۴۴۶", sentence=True)][0] == dt.date(2025, 2, 14)


def _places(sentence, kb, etype):
    return [e.location_id for e in reported_events(sentence, kb) if e.type == etype]


@pytest.mark.parametrize("sentence,etype,place", [
    # a body that sits in one city
    ("وزیر امور خارجه ترکیه روز چهارشنبه در حاشیه اجلاس مجمع عمومی سازمان ملل با همتای مصری خود دیدار کرد.",
     "CONSULT", "new-york-city"),
    ("رئیس‌جمهور ایران در حاشیه هفتاد و نهمین مجمع عمومی سازمان ملل متحد با نخست‌وزیر ژاپن دیدار و گفت‌وگو کرد.",
     "CONSULT", "new-york-city"),
    ("وزیر امور خارجه ایران روز دوشنبه در حاشیه نشست شورای حقوق بشر سازمان ملل با وزیر خارجه نروژ دیدار کرد.",
     "CONSULT", "geneva"),
    # an apposition's commas part no clause
    ("نخست‌وزیر عراق روز دوشنبه در مسکو، پایتخت روسیه با ولادیمیر پوتین دیدار کرد.", "CONSULT", "moscow"),
    ("وزیر امور خارجه مصر روز یکشنبه در قاهره، پایتخت مصر از همتای اردنی خود، ایمن الصفدی، استقبال کرد.",
     "CONSULT", "cairo"),
    # the comma closing a "هم‌زمان با ..." adjunct
    ("هم‌زمان با برگزاری دادگاه دو فعال کارگری در اهواز، جمعی از فعالان مدنی و معلمان در حمایت از آنان یک تجمع اعتراضی برگزار کردند.",
     "PROTEST", "ahvaz"),
    # a state's ground as the object struck
    ("ارتش اسرائیل شامگاه شنبه خاک سوریه را هدف حملات هوایی قرار داد.", "ASSAULT", "SYR"),
    ("نیروهای روسیه دیشب با ده‌ها موشک خاک اوکراین را هدف قرار دادند.", "ASSAULT", "UKR"),
])
def test_place_found(sentence, kb, etype, place):
    assert place in _places(sentence, kb, etype)


@pytest.mark.parametrize("sentence,etype,place", [
    # the sentence names its own place: the body's seat does not override it
    ("عراقچی پس از بازگشت از نشست مجمع عمومی سازمان ملل، روز شنبه در تهران با سفیر ژاپن دیدار کرد.",
     "CONSULT", "new-york-city"),
    # a real clause break after the place still cuts it off
    ("رئیس‌جمهور دیروز در بغداد بود، اما وزیر امور خارجه امروز با همتای سوری خود دیدار کرد.", "CONSULT", "baghdad"),
    # the place nearer the trigger wins over the adjunct's
    ("هم‌زمان با دیدار دو وزیر در تهران، در بغداد صدها نفر تجمع کردند.", "PROTEST", "tehran"),
])
def test_place_not_taken(sentence, kb, etype, place):
    assert place not in _places(sentence, kb, etype)
