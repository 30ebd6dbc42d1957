import datetime as dt

from rasad.text.dates import parse_datetime, parse_iso, resolve_event_date


def test_seed_date_forms():
    assert parse_datetime("  • شنبه/ ۳۰ مهر ۱۴۰۱ / ۱۲:۰۳").iso() == "2022-10-22T12:03:00+03:30"
    assert parse_datetime("۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱").iso() == "2024-03-30T11:00:01+03:30"
    assert parse_datetime("۳۱ خرداد ۱۴۰۳، ۱۱:۰۵").iso() == "2024-06-20T11:05:00+03:30"


def test_other_forms_and_digits():
    assert parse_datetime("1402/08/15 09:45").iso() == "2023-11-06T09:45:00+03:30"
    assert parse_datetime("۱۲ آبان ۱۳۹۹").iso() == "2020-11-02"
    assert parse_datetime("2023-11-06").iso() == "2023-11-06"
    assert parse_datetime("6 November 2023 10:20").iso() == "2023-11-06T10:20:00+03:30"
    assert parse_datetime("۱۰ دي ۱۴۰۲").iso() == "2023-12-31"  # Arabic ي in دی
    assert parse_datetime("١٥ امرداد ١٤٠٠").iso() == "2021-08-06"  # Arabic-Indic digits, old month name


def test_tehran_daylight_saving_before_2023():
    assert parse_datetime("۱۵ مرداد ۱۴۰۰ - ۱۴:۳۰").iso().endswith("+04:30")  # summer 2021
    assert parse_datetime("۱۵ مرداد ۱۴۰۲ - ۱۴:۳۰").iso().endswith("+03:30")  # summer 2023: no DST
    assert parse_iso("2024-06-20T07:35:00Z").iso() == "2024-06-20T11:05:00+03:30"


def test_relative_event_dates():
    saturday = dt.date(2022, 10, 22)
    assert resolve_event_date("حملات موشکی شامگاه جمعه", saturday).date == dt.date(2022, 10, 21)
    assert resolve_event_date("چهارشنبه و پس از دیدار", saturday).date == dt.date(2022, 10, 19)
    assert resolve_event_date("دیروز گفت", saturday).date == dt.date(2022, 10, 21)
    assert resolve_event_date("هفته گذشته", saturday).date == dt.date(2022, 10, 15)
    reported = resolve_event_date("گفت", saturday)
    assert (reported.date, reported.precision) == (saturday, "reported")
    unknown = resolve_event_date("صبح امروز دوشنبه دیدار", None)
    assert (unknown.date, unknown.precision, unknown.weekday) == (None, "weekday-only", 0)
    assert resolve_event_date("صبح امروز", None).date is None


def test_dari_month_names_and_afghan_spellings_of_gregorian_months():
    """Afghan outlets write the solar months by their Dari names and Gregorian months their own way; a month name
    that is also a word ("میزان", "اسد") counts only in a full date with its year."""
    from rasad.text.dates import find_dates

    assert [d.iso() for d in find_dates("روز سه شنبه ۲۰ جوزا ۱۳۹۹ گفت")] == ["2020-06-09"]
    assert [d.iso() for d in find_dates("در ۹ جون ۲۰۲۰ اعلام شد")] == ["2020-06-09"]
    assert find_dates("به میزان ۱۲ درصد افزایش یافت و شیر اسد ۱۴ ساله بود") == []


def test_a_weekday_and_day_month_in_an_undated_texts_era_is_one_day():
    import datetime as dt

    from rasad.text.dates import yearless_in_era
    # 18 Mehr fell on a Tuesday in 1396 (2017) and in 1402 (2023): the era decides
    assert yearless_in_era("روز سه‌شنبه ۱۸ مهر در نشست خبری", dt.date(2022, 7, 1), dt.date(2024, 6, 1)) == dt.date(2023, 10, 10)
    assert yearless_in_era("روز سه‌شنبه ۱۸ مهر در نشست خبری", dt.date(2015, 1, 1), dt.date(2024, 6, 1)) is None
    assert yearless_in_era("روز چهارشنبه ۱۸ مهر", dt.date(2022, 7, 1), dt.date(2024, 6, 1)) is None  # never a Wednesday then
    assert yearless_in_era("۱۸ مهر", dt.date(2022, 7, 1), dt.date(2024, 6, 1)) is None  # no weekday, no day
    # "امروز (یکشنبه) ۲۱ شهریور ماه": the weekday in brackets
    assert yearless_in_era("امروز (یکشنبه) ۲۱ شهریور ماه با", dt.date(2021, 8, 25), dt.date(2026, 1, 1)) == dt.date(2021, 9, 12)
    # "روز سه‌شنبه (۱۷ مهر)": the date in brackets after the weekday
    assert yearless_in_era("روز سه‌شنبه (۱۷ مهر) وزیر خارجه", dt.date(2024, 8, 21), dt.date(2026, 1, 1)) == dt.date(2024, 10, 8)


def test_dari_month_names_and_a_year_after_sal():
    """Afghan outlets name the solar months in Dari ("اسد" is Mordad) and write "سال" before the year; a Dari month
    is a date without a year only after "روز" or a weekday (the names are words too)."""
    import datetime as dt

    from rasad.text.dates import find_dates, yearless_date

    assert [d.iso() for d in find_dates("کابل. ۲۵ اسد سال ۱۳۹۷")] == ["2018-08-16"]
    assert [d.iso() for d in find_dates("۲۵ مرداد سال ۱۳۹۷")] == ["2018-08-16"]
    assert yearless_date("رئیس جمهور روز ۲۶ اسد عازم تاشکند می‌شود", dt.date(2018, 8, 16)) == dt.date(2018, 8, 17)
    assert yearless_date("در ۲۶ اسد", dt.date(2018, 8, 16)) is None  # no "روز", no weekday: "اسد" may be a word
    assert yearless_date("۲۵ مرداد سال ۱۳۹۷", dt.date(2018, 8, 16)) is None  # a year follows: not yearless
