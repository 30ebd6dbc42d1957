"""Session 32 (slice WORD): wordings no pattern knew. Ground whose control was taken with "به دست" written as one
word ("کنترل ... را بدست گرفتند") or announced whole ("از کنترل کامل شهر X خبر داد"); ground that "fell into the
hands" of a side ("شهر X به دست Y افتاد", frame fell_to: the side after "دست", the place's state the target); a
protest gathering told in the past perfect ("تجمع ... برگزار شده بود"), and a gathering of mourners or pilgrims
that is none (protest.held unless_inside). Sentences are our own, modelled on real reports; guards are everyday sentences with
the same words."""

from __future__ import annotations

import pytest

from tests.event_text import sides_of


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("نیروهای داعش کنترل سه روستا در غرب رقه را بدست گرفتند.", "islamic-state", "SYR"),
    ("ارتش سوریه کنترل شهر تدمر را بار دیگر بدست گرفت.", "syrian-arab-army", "SYR"),
])
def test_control_taken_with_one_word_hand(kb, sentence: str, source: str, target: str) -> None:
    assert any(source in src and target in tgt for src, tgt in sides_of(sentence, kb, "ASSAULT"))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("شهر موصل به دست داعش افتاد.", "islamic-state", "IRQ"),
    ("پایگاه هوایی الطبقه بدست نیروهای داعش سقوط کرد.", "islamic-state", "SYR"),
    ("شهرک دیر حافر پس از سه روز نبرد به دست شبه‌نظامیان داعش افتاده است.", "islamic-state", "SYR"),
])
def test_ground_fell_to_a_side(kb, sentence: str, source: str, target: str) -> None:
    assert any(source in src and target in tgt for src, tgt in sides_of(sentence, kb, "ASSAULT"))


@pytest.mark.parametrize("sentence", [
    "مربی پرسپولیس کنترل بازی را بدست گرفت.",  # a match
    "توپ در منطقه جریمه به دست دروازه‌بان استقلال افتاد.",  # a ball
    "نامه وزیر در شهر مشهد به دست خبرنگاران افتاد.",  # a letter
    "کلید شهر به دست شهردار تهران افتاد.",  # a city's key
    "آتش‌نشانان کنترل آتش‌سوزی بازار را بدست گرفتند.",  # a fire
])
def test_no_ground_taken_here(kb, sentence: str) -> None:
    assert not sides_of(sentence, kb, "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "تجمع هایی در اصفهان و چند شهر دیگر برگزار شده بود.",
    "تجمعاتی در شهرهای رشت و لاهیجان برگزار شده بود.",
    "پیش از این هم تجمع کارگران شهرداری مقابل فرمانداری آبادان برگزار شده بود.",
])
def test_protest_gathering_in_other_tenses(kb, sentence: str) -> None:
    assert sides_of(sentence, kb, "PROTEST")


@pytest.mark.parametrize("sentence", [
    "مراسم تجمع عزاداران حسینی در کربلا برگزار گردید.",  # mourners
    "تجمع بزرگ زائران اربعین در مرز مهران برگزار شده است.",  # pilgrims
    "تیم ملی والیبال در اردوی تهران تمرین داشتند.",  # training
])
def test_no_protest_in_a_gathering_of_another_kind(kb, sentence: str) -> None:
    assert not sides_of(sentence, kb, "PROTEST")
