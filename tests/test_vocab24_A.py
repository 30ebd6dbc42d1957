"""Session 24 (slice A): whose state "این کشور" means. Real pages point back with it to a state named only by the
nationality adjective of whoever speaks ("یک مقام آمریکایی می‌گوید جنگنده‌های ارتش این کشور ...", "منابع روسی",
"رسانه‌های اسرائیلی"), which rasad skipped (adjectives were never antecedents), so the event lost its source. A
speaker's adjective now counts (an adjective of a thing still does not: "نفتکش ایرانی ... ارتش این کشور" is not
Iran's). "<force noun> این کشور" is then that state's force where the knowledge base knows "<noun> <state>" ("ارتش این
کشور": the state's armed forces), but not after an office's head ("رئیس مجلس نمایندگان این کشور" stays a role of the
state). Each case is written anew (other states, places, tenses); the guards keep the state named last where the
sentence before opens with a person (a visit's host: "X به قطر سفر کرد. امیر این کشور ..."), keep an adjective of a
thing out, and report nothing where nothing happened."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # a state named only by its speaker's nationality adjective
    ("یک مقام اسرائیلی گفت جنگنده‌های ارتش این کشور مواضعی در جنوب لبنان را هدف قرار دادند.",
     ("ASSAULT", "israel-defense-forces", "LBN")),
    ("منابع روسی اعلام کردند که ارتش این کشور شهر خارکیف را بمباران کرد.",
     ("ASSAULT", "russian-armed-forces", "UKR")),
    ("یک مسئول آمریکایی می‌گوید ارتش این کشور دیشب مواضع حوثی‌ها در الحدیده را هدف قرار داده است.",
     ("ASSAULT", "united-states-armed-forces", None)),
])
def test_this_country_meant(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,expected", [
    # a person opening the sentence before: "این کشور" is still the state named last (the host of a visit)
    ("عراقچی به قطر سفر کرد. امیر این کشور در دوحه با عراقچی دیدار کرد.", ("CONSULT", "abbas-araghchi", None)),
])
def test_state_named_last_kept(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("یک مقام آمریکایی گفت ارتش این کشور در حال بررسی گزارش‌ها درباره حادثه است.", "ASSAULT"),
    ("رسانه‌های اسرائیلی نوشتند ارتش این کشور با کمبود نیرو روبه‌رو است.", "ASSAULT"),
    ("کالاهای چینی به بازار روسیه رسید و دولت این کشور از ورود آنها استقبال کرد.", "CONSULT"),
    ("ترکیه میزبان نشست اقتصادی بود. ارتش این کشور رزمایش سالانه خود را برگزار کرد.", "ASSAULT"),
    # an adjective of a thing, not of a speaker: "این کشور" is the state named by name
    ("نفتکش ایرانی به بندر لاذقیه رسید و ارتش این کشور از آن محافظت کرد.", "ASSAULT"),
])
def test_no_such_event(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
