"""Session 23 (slice C): material conflict as Persian outlets report it — an arrest in the passive coded as an arrest
(not a seizure of property), the Guards named by their bare name "سپاه", a toll left in the perfect or the wounded
last ("... کشته و زخمی برجای گذاشته است"), responsibility claimed with a count before the attack's noun ("مسئولیت دو
انفجار ..."), a hanging or shelling with the place between the object and the verb, air strikes of "نیروهای X‌ی" as
a casualty's cause, and attacks begun "علیه" a place. Each case is written anew (other actors, places and details);
the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # the Guards by their bare name
    ("سپاه روز سه‌شنبه یک کشتی پانامایی حامل گازوئیل قاچاق را در تنگه هرمز توقیف کرد.",
     ("COERCE", "islamic-revolutionary-guard-corps", "PAN")),
    ("سپاه بامداد امروز مقرهای گروهک‌های تجزیه‌طلب در اقلیم کردستان عراق را با موشک و پهپاد هدف قرار داد.",
     ("ASSAULT", "islamic-revolutionary-guard-corps", "IRQ")),
    # the toll left in the perfect, the wounded last
    ("خبرگزاری رسمی سوریه گزارش داد که حمله جنگنده‌های اسرائیلی به حومه حمص دو کشته و پنج زخمی برجای گذاشته است.",
     ("ASSAULT", "ISR", "SYR")),
    ("منابع محلی اعلام کردند که حمله شبه‌نظامیان الشباب به یک پایگاه ارتش کنیا سه کشته و شش زخمی بر جای گذاشته است.",
     ("ASSAULT", "al-shabaab", "KEN")),
    # a count or a word before the claimed attack's noun
    ("شاخه خراسان داعش روز یکشنبه مسئولیت سه انفجار پیاپی در شهر جلال‌آباد را بر عهده گرفت.",
     ("ASSAULT", "islamic-state-khorasan-province", "AFG")),
    ("ارتش آزادی‌بخش بلوچستان مسئولیت چند بمب‌گذاری در شهر کویته را بر عهده گرفت.",
     ("ASSAULT", None, "PAK")),
    # hanged, the prison between the object and the verb
    ("مقامات عربستان سعودی هفت محکوم را در زندانی در شهر ریاض به دار آویختند.",
     ("COERCE", "SAU", None)),
    # shelled, the place between the object and the verb
    ("ارتش آذربایجان روز دوشنبه مواضع نیروهای ارمنستان را در منطقه مرزی گلوله‌باران کرد.",
     ("ASSAULT", None, "ARM")),
    # "نیروهای X‌ی" with the attack's kind between: the forces attacked
    ("در حملات هوایی نیروهای ترکیه‌ای به روستاهای استان دهوک عراق دست‌کم پنج نفر جان باختند.",
     ("ASSAULT", "TUR", "IRQ")),
    ("در حملات پهپادی نیروهای پاکستانی به ولسوالی‌های ولایت خوست افغانستان شش غیرنظامی کشته شدند.",
     ("ASSAULT", "PAK", "AFG")),
    # attacks begun "علیه" a place
    ("ارتش اسرائیل بامداد شنبه موج تازه‌ای از حملات را علیه نوار غزه آغاز کرد.",
     ("ASSAULT", "israel-defense-forces", "PSE")),
])
def test_session23_c_material(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "دو شهروند فرانسوی روز جمعه از سوی نیروهای امنیتی ایران در فرودگاه تهران بازداشت شدند.",
    "سه فعال مدنی در شهر سنندج توسط ماموران وزارت اطلاعات بازداشت و به زندان منتقل شدند.",
])
def test_session23_c_passive_arrest_is_an_arrest(kb, sentence):
    """An arrest in the passive is CAMEO 173 (mode arrest), not 1711 (property seized)."""
    found = [e for e in reported_events(sentence, kb) if e.type == "COERCE"]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in reported_events(sentence, kb)]
    assert all(e.mode == "arrest" and e.cameo == "173" for e in found), [(e.mode, e.cameo, e.rule) for e in found]


def test_session23_c_seizure_in_the_passive_stays_a_seizure(kb):
    sentence = "یک نفتکش یونانی روز پنجشنبه توسط نیروی دریایی سپاه پاسداران در دریای عمان توقیف شد."
    found = [e for e in reported_events(sentence, kb) if e.type == "COERCE"]
    assert found and all(e.mode == "seize" and e.cameo == "1711" for e in found), [(e.mode, e.cameo) for e in found]


@pytest.mark.parametrize("sentence,etype", [
    # a heart attack, a football attack, a verbal or cyber "attack" in an opinion piece
    ("پدر این بازیکن شب گذشته بر اثر حمله قلبی در بیمارستان جان باخت.", "ASSAULT"),
    ("مهاجم تیم سپاهان در دقیقه ۸۰ حمله‌ای را آغاز کرد که به گل پیروزی انجامید.", "ASSAULT"),
    ("این روزنامه در سرمقاله خود حملات لفظی نمایندگان علیه دولت را نشانه ضعف مجلس دانست.", "ASSAULT"),
    ("کارشناسان امنیت سایبری گفتند حملات سایبری به بانک‌ها در سال گذشته دو برابر شد.", "ASSAULT"),
    # a toll left by an accident, a responsibility taken for a ministry
    ("تصادف زنجیره‌ای در جاده هراز دو کشته و هشت زخمی برجای گذاشته است.", "ASSAULT"),
    ("وزیر جدید مسئولیت دو وزارتخانه ادغام‌شده را بر عهده گرفت.", "ASSAULT"),
    # other bodies called "سپاه": no Guards
    ("گروه سپاه صحابه در دهه نود در پنجاب فعال بود و رهبرانش بارها بازداشت شدند.", "ASSAULT"),
])
def test_session23_c_no_event(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


def test_session23_c_other_corps_are_not_the_guards(kb):
    """An army corps numbered ("سپاه ششم ارتش روسیه") is that army's, not Iran's Guards."""
    sentence = "سپاه ششم ارتش روسیه روز پنجشنبه مواضع ارتش اوکراین در نزدیکی خارکیف را هدف قرار داد."
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert not any("islamic-revolutionary-guard-corps" in e.source_ids for e in events), \
        [(e.source_ids, e.target_ids) for e in events]
