"""Session 27: header lines of real pages — labelled fields run together on one line, a date printed year first or
with a comma before its year, a site's two-calendar clock, share-button rows and QR widgets (never the title)."""

import datetime as dt

import pytest

from rasad.clean.lines import clean_lines
from rasad.text.dates import find_dates

BODY = "متن خبر " + "و" * 300


@pytest.mark.parametrize("text, day, time", [
    ("1403 دوشنبه 12 آبان - 09:15", dt.date(2024, 11, 2), dt.time(9, 15)),
    ("۱۴۰۱ ۵ اسفند", dt.date(2023, 2, 24), None),
    ("پنجشنبه، ۳ خرداد ، ۱۴۰۲", dt.date(2023, 5, 24), None),
    ("7 March , 2019", dt.date(2019, 3, 7), None),
])
def test_year_first_and_comma_before_year_are_dates(text, day, time):
    found = find_dates(text)
    assert [(d.date, d.time) for d in found] == [(day, time)]


@pytest.mark.parametrize("text", ["در سال 1400 و 12 مهر", "از ۱۴۰۲ تا ۱۴۰۳ حدود ۸ مهر ماه"])
def test_a_year_then_a_day_with_other_words_between_is_no_date(text):
    assert find_dates(text) == []


def test_a_line_of_labelled_fields_is_read_and_never_the_title():
    kept, meta, removed = clean_lines("کد خبر : 512034 تاریخ : 1403 دوشنبه 12 آبان - 09:15\n"
                                      "وزیر نیرو از سدهای استان بازدید کرد\n\n" + BODY)
    assert meta.news_id == "512034"
    assert meta.published == "2024-11-02T09:15:00+03:30"
    assert kept[0].text.startswith("وزیر نیرو")


def test_a_date_field_then_a_code_field_on_one_line():
    _kept, meta, _removed = clean_lines("تاريخ انتشار : 1396/02/11 - 10:40 كد :48213\nعنوان خبر اینجاست\n" + BODY)
    assert (meta.news_id, meta.published) == ("48213", "2017-05-01T10:40:00+04:30")


def test_a_two_calendar_clock_with_the_english_weekday_is_not_the_publication_date():
    _kept, meta, _removed = clean_lines("تاریخ : جمعه, ۷ دی , ۱۴۰۳ Friday, 27 December , 2024\n"
                                        "• 3 شهریور 1400 - 11:05\n\nعنوان خبر اینجاست\n\n" + BODY)
    assert meta.published == "2021-08-25T11:05:00+04:30"


@pytest.mark.parametrize("line", ["twitter facebook telegram google plus instagram",
                                  "Telegram | WhatsApp | Facebook | X", "تلگرام توییتر واتساپ ایتا",
                                  "کد QR مطلبدریافت صفحه با کد QR"])
def test_share_rows_and_qr_widgets_are_dropped(line):
    kept, _meta, removed = clean_lines(f"{line}\nعنوان خبر اینجاست\n\n{BODY}")
    assert line in removed and kept[0].text == "عنوان خبر اینجاست"


def test_a_sentence_naming_two_networks_is_kept():
    line = "کاربران تلگرام و اینستاگرام از قطعی خبر دادند"
    kept, _meta, _removed = clean_lines(f"عنوان خبر اینجاست\n{line}\n{BODY}")
    assert any(k.text == line for k in kept)
