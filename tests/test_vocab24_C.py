"""Session 24 (slice C): PROTEST, MOBILIZE and COERCE short of force as real Persian pages tell them — the internet
cut or blocked by whoever rules ("اینترنت ... را قطع کردند", "دست به قطعی اینترنت زدند"), goods and equipment
confiscated with "ضبط" (only with what was taken named first: a voice or an album "را ضبط کرد" is recorded), a
crossing closed with its partner named before "را", a military exercise under way ("در حال برگزاری رزمایش نظامی"),
held in the present or announced by the force that holds it, warships sent or their dispatch ordered, units of a
force as the force ("یگان‌هایی از ارتش X"), people who took to the streets "تا علیه X اعتراض کنند", and supporters
of a state ("فعالان حامی X") who are not that state. Each case is written anew (other actors, places and details);
the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # the internet cut or blocked
    ("مقامات میانمار روز دوشنبه اینترنت تلفن همراه را در ایالت راخین به طور کامل قطع کردند.",
     ("COERCE", "MMR", None)),
    ("دولت پاکستان دسترسی به اینترنت موبایل را در ایالت بلوچستان برای سه روز مسدود کرد.",
     ("COERCE", "PAK", None)),
    ("مقامات اتیوپی پس از درگیری‌ها در منطقه امهره دست به قطع کامل اینترنت زدند.",
     ("COERCE", "ETH", None)),
    # confiscated with "ضبط"
    ("پلیس ترکیه در عملیاتی در استانبول سلاح‌ها و مهمات این گروه را ضبط کرد.",
     ("COERCE", "TUR", None)),
    ("ماموران گمرک عراق محموله‌های کالای قاچاق را در بندر ام‌قصر ضبط کردند.",
     ("COERCE", "IRQ", None)),
    # a crossing closed, its partner named before "را"
    ("ایران روز پنجشنبه گذرگاه مرزی میلک با افغانستان را بست.",
     ("SANCTION", "IRN", "AFG")),
    ("ترکیه روز سه‌شنبه مرز زمینی خود با سوریه را مسدود کرد.",
     ("SANCTION", "TUR", "SYR")),
    # an exercise under way, in the present, announced by its force
    ("ارتش چین در حال برگزاری رزمایش نظامی گسترده در نزدیکی تایوان است.",
     ("MOBILIZE", None, None)),
    ("نیروی دریایی روسیه رزمایش دریایی بزرگی در دریای بالتیک برگزار می‌کند.",
     ("MOBILIZE", None, None)),
    ("ارتش یونان از برگزاری رزمایش نظامی در جزایر دریای اژه خبر داد.",
     ("MOBILIZE", None, None)),
    # units of a force are the force
    ("یگان‌هایی از ارتش آذربایجان در نزدیکی مرز ارمنستان رزمایش نظامی برگزار کردند.",
     ("MOBILIZE", None, "ARM")),
    # warships sent, their dispatch ordered
    ("وزارت دفاع انگلیس از اعزام یک ناوشکن دیگر به دریای سرخ خبر داد.",
     ("MOBILIZE", None, None)),
    ("رئیس‌جمهور فرانسه دستور اعزام ناو هواپیمابر شارل دوگل به شرق مدیترانه را صادر کرد.",
     ("MOBILIZE", None, None)),
    # took to the streets to protest against a party
    ("هزاران نفر در شهر برلین به خیابان‌ها ریختند تا علیه سیاست‌های روسیه اعتراض کنند.",
     ("PROTEST", None, "RUS")),
    ("ساکنان شهر بصره روز جمعه به خیابان‌ها آمدند تا علیه ترکیه به دلیل کم‌آبی اعتراض کنند.",
     ("PROTEST", None, "TUR")),
])
def test_session24_c_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session24_c_supporters_are_not_the_state(kb):
    """Activists for a state ("فعالان حامی اوکراین") are a crowd, not that state protesting."""
    sentence = "صدها فعال حامی اوکراین در میدان اصلی شهر ورشو تظاهرات کردند."
    events = [e for e in reported_events(sentence, kb) if e.type == "PROTEST"]
    assert not any("UKR" in e.source_ids for e in events), [(e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    # recorded, not confiscated
    ("این خواننده آلبوم جدید خود را در استودیویی در تهران ضبط کرد.", "COERCE"),
    ("خبرنگار صدای گفت‌وگو را با تلفن همراه خود ضبط کرد.", "COERCE"),
    # an outage with no one cutting, a subscriber's bill
    ("اینترنت بخشی از شهر مشهد به دلیل قطعی برق برای دو ساعت قطع شد.", "COERCE"),
    # a drill of schools or hospitals, a football match "exercise"
    ("مدارس استان تهران روز چهارشنبه رزمایش زلزله برگزار می‌کنند.", "MOBILIZE"),
    ("بیمارستان‌های شهر در حال برگزاری رزمایش آمادگی در برابر بحران هستند.", "MOBILIZE"),
    # a border opened, a bank account closed
    ("ایران گذرگاه مرزی میلک با افغانستان را پس از دو روز بازگشایی کرد.", "SANCTION"),
    # people in the streets for a celebration
    ("هواداران پرسپولیس پس از قهرمانی به خیابان‌ها آمدند تا جشن بگیرند.", "PROTEST"),
    ("فناوری‌های جدید از اعزام کارشناسان به مناطق دورافتاده خبر داد.", "MOBILIZE"),
])
def test_session24_c_no_event(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
