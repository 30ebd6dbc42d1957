"""Session 20 (slice P): Turkey, the Caucasus, Central Asia, India and Pakistan as Persian outlets tell them — a
subject after a fronted phrase that ends in a bare plural, an object placed in a place of many words, fire both
ways, peace reached by two sides, an apology in a call, a "با" in a purpose clause, and a participle asked for.
Each case is written anew (other actors, other details); the guards are everyday sentences with the same words
that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a fronted phrase with no comma, ending in a plural with no ezafe: the subject follows it
    ("در ادامه درگیری‌ها نیروهای پاکستانی به مواضع هند در کشمیر حمله کردند.", ("ASSAULT", "PAK", "IND")),
    ("پس از تشدید اختلاف‌ها نیروهای ترکیه به مواضع پ.ک.ک حمله کردند.",
     ("ASSAULT", None, "kurdistan-workers-party")),
    # the object placed in a place the knowledge base names in three words or more
    ("هواپیماهای ترکیه مقرهای پ.ک.ک در استان دهوک عراق را بمباران کردند.",
     ("ASSAULT", None, "kurdistan-workers-party")),
    ("ارتش پاکستان پناهگاه‌های طالبان در ولایت کنر افغانستان را هدف قرار داد.", ("ASSAULT", None, "taliban")),
    # fire both ways between two sides named before
    ("مرزبانان ازبکستان و تاجیکستان دیروز به سوی یکدیگر آتش گشودند.", ("ASSAULT", "UZB", "TJK")),
    ("نیروهای هند و پاکستان در خط کنترل به سمت یکدیگر شلیک کردند.", ("ASSAULT", "IND", "PAK")),
    # peace reached by two sides
    ("قرقیزستان و تاجیکستان پس از ماه‌ها گفت‌وگو به صلح دست یافتند.", ("AGREE", "KGZ", "TJK")),
    # an apology made in a call or a meeting goes to the one called or met
    ("رئیس‌جمهور ترکیه در تماس تلفنی با ولادیمیر پوتین به خاطر سرنگونی جنگنده روسی عذرخواهی کرد.",
     ("CONCEDE", None, "vladimir-putin")),
    # a "با" past "تا" after the trigger is in the agreement's purpose, not its partner
    ("ازبکستان و ترکمنستان توافق کردند تا خط آهن جدید را با مشارکت چین بسازند.", ("AGREE", "UZB", "TKM")),
    # a ministry's name with "و" inside between "با" and the state
    ("وزیر نیروی ایران با وزیر انرژی و منابع آب تاجیکستان در دوشنبه گفت‌وگو کرد.", ("CONSULT", None, "TJK")),
    ("سفیر ایران در باکو با معاون وزیر حمل و نقل گرجستان دیدار کرد.", ("CONSULT", None, "GEO")),
])
def test_session20_p_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,expected", [
    # a plural joined by "و" is still inside the preposition's phrase
    ("وزیر خارجه ایران با مقامات و نمایندگان روسیه دیدار کرد.", ("CONSULT", None, "RUS")),
    # a "با" before the trigger is still the partner
    ("ایران با روسیه توافق کرد که خط لوله جدیدی بسازد.", ("AGREE", "IRN", "RUS")),
])
def test_session20_p_still_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("هواداران دو تیم پس از پایان بازی به یکدیگر حمله کردند.", "ASSAULT"),
    ("بچه‌ها در حیاط مدرسه به سمت یکدیگر شلیک کردند و خندیدند.", "ASSAULT"),
    ("دو برادر پس از سال‌ها اختلاف سرانجام به صلح رسیدند.", "AGREE"),
    ("وزارت خارجه ترکیه از سوئد خواست که از مردم ترکیه عذرخواهی کرده و عاملان را مجازات کند.", "CONCEDE"),
    ("مدیر مدرسه در تماس تلفنی با پدر دانش‌آموز به خاطر تاخیر عذرخواهی کرد.", "CONCEDE"),
])
def test_session20_p_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
