"""Session 26 (slice A5): older dev pages whose required events were still missed. The general causes found there,
each written anew (other people, courts, places, tenses), with guards for the everyday sentences that use the same
words:

- a prison term in months, or a term followed by further penalties after "و", told in the passive ("توسط دادگاه
  انقلاب به شش ماه حبس و دو سال محرومیت از ... محکوم شد", "به ۱۱ ماه و ۱۰ روز زندان محکوم شد") coded nothing: only
  terms in years with nothing after them were known in the passive;
- an operation that led to arrests ("عملیات X منجر به دستگیری N نفر شد", "اقدامات X به بازداشت ... انجامید") coded
  nothing; protests or unrest that "led to" arrests were not made by their subject and stay uncoded;
- an office with an epithet saying it is a guest's or a neighbour's ("رئیس جمهور دوست و همسایه", "رئیس‌جمهور کشور
  میهمان") was given to the outlet's own state's holder (Iran's president met his guest's host)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, published_on, reported_events

# --- a sentence in months, or with further penalties, in the passive ----------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("نسرین ستوده توسط قوه قضاییه به ۸ ماه حبس محکوم شد.", ("COERCE", "judiciary-of-iran", "nasrin-sotoudeh")),
    ("نرگس محمدی روز گذشته توسط دادگاه انقلاب به هفت ماه زندان محکوم شد.",
     ("COERCE", "islamic-revolutionary-court", "narges-mohammadi")),
    ("مهدی کروبی از سوی دادگاه انقلاب تهران به ۸ ماه حبس و دو سال ممنوعیت خروج از کشور محکوم شده است.",
     ("COERCE", "islamic-revolutionary-court", "mehdi-karroubi")),
    ("مهدی کروبی از سوی دادگاه انقلاب به ۸ سال حبس و دو سال محرومیت از فعالیت سیاسی محکوم شد.",
     ("COERCE", "islamic-revolutionary-court", "mehdi-karroubi")),
    ("نرگس محمدی توسط دادگاه انقلاب به ۱۱ ماه و ۱۰ روز زندان محکوم شد.",
     ("COERCE", "islamic-revolutionary-court", "narges-mohammadi")),
])
def test_passive_sentence_months_and_penalties(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    # a player banned by his league: no prison, no event
    "مدافع تیم پرسپولیس از سوی کمیته انضباطی به ۶ ماه محرومیت و پرداخت جریمه نقدی محکوم شد.",
    # a ruling condemned, not a sentence passed
    "حکم دادگاه به ۶ ماه حبس و جریمه نقدی را منتقدان محکوم کردند و گفتند این حکم ناعادلانه است.",
])
def test_passive_sentence_guards(sentence, kb):
    assert_not_coded(sentence, kb, "COERCE")


# --- an operation that led to arrests -------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("عملیات وزارت اطلاعات در کرمان منجر به دستگیری ۵ عضو یک تیم تروریستی شد.",
     ("COERCE", "ministry-of-intelligence-iran", None)),
    ("یورش سپاه پاسداران به مخفیگاه گروهک در سراوان منجر به بازداشت چهار نفر گردید.",
     ("COERCE", "islamic-revolutionary-guard-corps", None)),
    ("اقدامات پلیس به بازداشت سه متهم انجامید.", ("COERCE", "law-enforcement-command-of-islamic-republic-of-iran", None)),
])
def test_operation_led_to_arrests(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "اعتراضات دانشجویان دانشگاه تهران منجر به بازداشت ۳۰ نفر شد.",
    "گل دقیقه ۹۰ منجر به پیروزی تیم استقلال و صعود به فینال شد.",
])
def test_led_to_guards(sentence, kb):
    assert_not_coded(sentence, kb, "COERCE")


# --- a guest's or a neighbour's office is not the outlet's own ------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "رئیس جمهور دوست و همسایه در سفر رسمی خود با امامعلی رحمان، رئیس جمهور تاجیکستان دیدار و گفتگو کرد.",
    "رئیس‌جمهور کشور میهمان با محمدباقر قالیباف رئیس مجلس دیدار کرد.",
])
def test_foreign_epithet_office_not_irans(sentence, kb):
    events = reported_events(sentence, kb, published_on("2023-06-11"))
    assert not [e for e in events if "ebrahim-raisi" in e.source_ids], [(e.type, e.source_ids, e.target_ids) for e in events]


def test_unqualified_office_still_irans(kb):
    """Guard: an office with nothing after it stays the outlet's own state's."""
    assert_coded("رئیس جمهور با نخست وزیر عراق دیدار کرد.", kb, ("CONSULT", "ebrahim-raisi", None), day="2023-06-11")
