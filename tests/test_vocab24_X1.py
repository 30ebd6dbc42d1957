"""Session 24 (slice X1): an event whose own sentence names only a month and year ("در ژانویه ۲۰۱۲ ...", "در اسفند
۱۳۹۸ ...") or a year ("در سال ۲۰۱۹ ...") was dated with the article's publication day ("reported"): only full dates,
days without a year and relative phrases were read. Such a time adjunct (after "در", "طی", "اوایل/اواسط/اواخر") now
dates the event by the first day of that Jalali or Gregorian month or year, at precision "month" or "year" (fusion
allows a month's or a year's slack). The guards: a year that modifies a noun ("توافق سال ۲۰۱۵") dates nothing; a
period that holds the publication day gives way to the day's own reading; a period inside a relative clause closed by
a comma, or after the trigger in a clause "که" opens ("درخواست کرد که ... در سال ۲۰۱۴ ..."), is that clause's, not
the trigger's; a full date still wins. Sentences are written anew."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.text.dates import resolve_event_date
from tests.event_text import reported_events

PUB = "2024-07-20T10:00:00+03:30"


def _dates(sentence, kb, etype):
    return [(e.date, e.date_precision) for e in reported_events(sentence, kb, PUB) if e.type == etype]


@pytest.mark.parametrize("sentence,etype,expected", [
    ("در فوریه ۲۰۱۹ اتحادیه اروپا سپاه پاسداران را تحریم کرد.", "SANCTION", ("2019-02-01", "month")),
    ("در ماه مه ۲۰۱۸ آمریکا ایران را تحریم کرد.", "SANCTION", ("2018-05-01", "month")),
    ("اواخر آوریل ۲۰۲۰ چین به ایتالیا کمک پزشکی ارسال کرد.", "AID", ("2020-04-01", "month")),
    ("در آبان ماه ۱۳۹۹ ایران آمریکا را به شدت محکوم کرد.", "ACCUSE", ("2020-10-22", "month")),
    ("در سال ۲۰۱۷ آمریکا روسیه را تحریم کرد.", "SANCTION", ("2017-01-01", "year")),
    ("در سال ۱۳۹۷ ایران عربستان را به شدت محکوم کرد.", "ACCUSE", ("2018-03-21", "year")),
])
def test_month_or_year_dates_the_event(sentence, etype, expected, kb):
    assert expected in _dates(sentence, kb, etype), _dates(sentence, kb, etype)


@pytest.mark.parametrize("sentence,etype", [
    # a year modifying a noun
    ("آمریکا خواستار بازگشت ایران به توافق سال ۲۰۱۵ شد.", "REQUEST"),
    # the publication's own month and year: the day is the publication's
    ("در ژوئیه ۲۰۲۴ آمریکا روسیه را تحریم کرد.", "SANCTION"),
])
def test_no_period_date(sentence, etype, kb):
    found = _dates(sentence, kb, etype)
    assert found and all(p not in ("month", "year") for _, p in found), found


def test_relative_clause_period_is_not_the_trigger(kb):
    found = _dates("ایران که در سال ۲۰۱۶ عضو این پیمان شده بود، دیروز آمریکا را محکوم کرد.", kb, "ACCUSE")
    assert ("2024-07-19", "relative") in found, found


def test_period_in_complement_clause_is_not_the_trigger(kb):
    found = _dates("قطر طی نامه‌ای از دبیر کل سازمان ملل درخواست کرده است که این پرونده در سال ۲۰۲۶ بررسی شود.",
                   kb, "REQUEST")
    assert found and all(p not in ("month", "year") for _, p in found), found


def test_month_and_year_with_sal_needs_no_opener():
    d = resolve_event_date("نخست‌وزیر پیشین ژاپن خرداد سال ۱۳۹۸ به تهران سفر کرد", dt.date(2024, 7, 20))
    assert (d.date, d.precision) == (dt.date(2019, 5, 22), "month")
    assert resolve_event_date("تحریم‌های ژانویه ۲۰۱۲ را لغو کرد", dt.date(2024, 7, 20)).precision == "reported"


def test_full_date_still_wins():
    d = resolve_event_date("در سال ۲۰۱۹ و در ۱۲ مارس ۲۰۱۹ دیدار کرد", dt.date(2024, 7, 20))
    assert (d.date, d.precision) == (dt.date(2019, 3, 12), "explicit")
    assert resolve_event_date("در سال‌های اخیر دیدار کرد", dt.date(2024, 7, 20)).precision == "reported"
