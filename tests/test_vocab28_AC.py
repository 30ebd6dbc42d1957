"""Session 28 (slice AC): accusations and coercion as real outlets word them, fixed as mechanisms. (1) Another's
charges or deeds called unjustified, projection or blameworthy at the end of a list ("... را ناموجه، بی‌مورد و فرافکنی
آشکار خواند": accuse.judge's words). (2) Criticism recalled in the past perfect ("از اقدام X انتقاد کرده بودند"), as
a charge is. (3) A formal protest whose grounds are told at length before the envoy (accuse.protest-conveyed.long).
(4) A reaction to another's deed or words ("به اقدام X ... واکنش نشان داد": accuse.reacted). (5) A public execution
told in the passive is a court's (grammar.yaml judicial_passive legal_cues "در ملاعام"). The sentences are the tests'
own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded

# ---------------------------------------------------------------- (1) charges called unjustified or projection


@pytest.mark.parametrize("text, day, source, target", [
    ("ناصر کنعانی ادعاهای مطرح‌شده توسط مقامات انگلیسی درباره توقیف کشتی را ناموجه، بی‌مورد و فرافکنی آشکار خواند.",
     "2023-01-10", "nasser-kanaani", "GBR"),
    ("ماریا زاخارووا گزارش اخیر وزارت خارجه آمریکا را مذموم و غیرحرفه‌ای خواند.", "2023-01-10", "maria-zakharova",
     "united-states-department-of-state"),
])
def test_charges_called_unjustified(kb, text, day, source, target):
    assert_coded(text, kb, ("ACCUSE", source, target), day=day)


@pytest.mark.parametrize("text", [
    "کارشناسان بازار افزایش قیمت بلیت هواپیما را ناموجه خواندند.",
    "روان‌شناسان این رفتار را نوعی فرافکنی دانستند.",
])
def test_unjustified_without_a_party(kb, text):
    assert_not_coded(text, kb, "ACCUSE")


# ---------------------------------------------------------------- (2) criticism in the past perfect


@pytest.mark.parametrize("text, day, source, target", [
    ("آلمان و فرانسه نیز از این اقدام اسرائیل انتقاد کرده بودند.", None, "DEU", "ISR"),
    ("مایک پمپئو پیش‌تر از دخالت‌های ایران در ونزوئلا انتقاد کرده بود.", "2019-04-14", "mike-pompeo", "IRN"),
])
def test_criticism_past_perfect(kb, text, day, source, target):
    assert_coded(text, kb, ("ACCUSE", source, target), day=day)


def test_film_criticism_past_perfect(kb):
    assert_not_coded("منتقدان سینما از بازی ضعیف بازیگران این فیلم انتقاد کرده بودند.", kb, "ACCUSE")


# ---------------------------------------------------------------- (3) a protest's grounds told at length


@pytest.mark.parametrize("text, day, target", [
    ("مدیرکل اروپای غربی وزارت امور خارجه مراتب اعتراض شدید جمهوری اسلامی ایران نسبت به اقدام غیرقانونی دولت هلند در "
     "بازداشت دو تبعه ایرانی در فرودگاه آمستردام را به سفیر هلند ابلاغ کرد.", "2023-03-01", "NLD"),
    ("رئیس اداره جنوب آسیا وزارت امور خارجه مراتب اعتراض جدی کشورمان به تیراندازی اخیر مرزبانان و کشته شدن شماری از "
     "سوخت‌بران ایرانی در نزدیکی مرز سیستان و بلوچستان را به کاردار سفارت پاکستان ابلاغ کرد.", "2023-03-01", "PAK"),
])
def test_protest_told_at_length(kb, text, day, target):
    assert_coded(text, kb, ("ACCUSE", None, target), day=day)


def test_workers_protest_to_manager(kb):
    text = ("نمایندگان کارگران مراتب اعتراض همکاران خود نسبت به تأخیر طولانی در پرداخت حقوق معوقه چند ماه گذشته را به "
            "مدیرعامل شرکت ابلاغ کردند.")
    assert_not_coded(text, kb, "ACCUSE")


# ---------------------------------------------------------------- (4) a reaction to another's deed or words


@pytest.mark.parametrize("text, day, source, target", [
    ("اردوغان به اقدام یونان در استقرار نیرو در جزایر دریای اژه واکنش نشان داد.", "2024-07-20", "recep-tayyip-erdogan",
     "GRC"),
    ("سخنگوی وزارت خارجه چین نسبت به تصمیم آمریکا برای افزایش تعرفه‌ها واکنش نشان داد.", "2025-04-10", None, "USA"),
    ("وزیر خارجه ترکیه به اظهارات نخست‌وزیر یونان درباره قبرس واکنش نشان داد.", "2025-04-10", "hakan-fidan",
     "kyriakos-mitsotakis"),
])
def test_reaction_to_deed(kb, text, day, source, target):
    assert_coded(text, kb, ("ACCUSE", source, target), day=day)


@pytest.mark.parametrize("text", [
    "بازار سهام به تصمیم بانک مرکزی برای کاهش نرخ بهره واکنش نشان داد.",
    "سرمربی پرسپولیس به اظهارات داور بازی واکنش نشان داد.",
    "مقامات اروپایی بلافاصله نسبت به این اقدام واکنش نشان دادند.",
])
def test_reaction_without_a_doer(kb, text):
    assert_not_coded(text, kb, "ACCUSE")


# ---------------------------------------------------------------- (5) a public execution


@pytest.mark.parametrize("text", [
    "بامداد امروز دو مرد در ملاعام در شهر شیراز اعدام شدند.",
    "سه جوان اهل مشهد صبح امروز در ملا عام در این شهر اعدام شدند.",
])
def test_public_execution_is_a_courts(kb, text):
    assert_coded(text, kb, ("COERCE", "judiciary-of-iran", None), day="2019-05-01")


def test_in_public_without_execution(kb):
    assert_not_coded("این نمایش برای نخستین بار در ملاعام در شهر شیراز اجرا شد.", kb, "COERCE")
