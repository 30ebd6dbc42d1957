"""Session 24 (slice D): sentence structure — a place named with its description in apposition, and a wish whose
clause a compound noun seemed to close, and a time between an object and its verb. Real outlets write a visit's destination with its description after a comma
("وارد مسکو، پایتخت روسیه شد"), which hid the arrival from its trigger as a second clause would; and they write
"گفت و گو" (talks) with spaces, whose first half read as the verb "گفت" closing the clause of a condition or wish, so
a meeting only wished for ("اگر ...، مایل به گفت و گو و دیدار با X است") was coded as held. Each case is written
anew (other names, places, tenses); the guards are everyday sentences with the same words that report no such
event. A time said between an object's "را" and a simple verb ("... را بامداد دیروز کشتند", "... را روز جمعه
در شمال عراق کشته است") parted the trigger's words as well; and an attack on a target after "به" whose light verb is shared with the next
clause ("به X حمله و ده نفر را زخمی کردند") was read only where "را" stood before the noun."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded

POSITIVE = [
    # an arrival, a departure and a trip whose place has its description after a comma (opened, or closed again)
    ("رجب طیب اردوغان صبح امروز وارد تهران، پایتخت ایران شد.", ("CONSULT", "recep-tayyip-erdogan", "IRN")),
    ("شهباز شریف شامگاه دوشنبه راهی ریاض، پایتخت عربستان سعودی شد.", ("CONSULT", "shehbaz-sharif", "SAU")),
    ("عباس عراقچی در رأس هیئتی بامداد امروز وارد بیروت، پایتخت لبنان، شد.", ("CONSULT", "abbas-araghchi", "LBN")),
    # a time between the object's "را" and a simple verb
    ("نیروهای آمریکایی دو فرمانده داعش را بامداد دیروز کشتند.", ("ASSAULT", "united-states-armed-forces", "islamic-state")),
    ("ارتش اسرائیل یک فرمانده حزب‌الله را شامگاه سه‌شنبه کشت.", ("ASSAULT", "israel-defense-forces", "hezbollah")),
    # and then where, in a reported clause
    ("ارتش ترکیه گفت که چهار عضو پ‌ک‌ک را روز جمعه در شمال عراق کشته است.",
     ("ASSAULT", "turkish-armed-forces", "kurdistan-workers-party")),
    ("رئیس‌جمهور الجزایر عباس عراقچی را روز دوشنبه پذیرفت.", ("CONSULT", "abbas-araghchi", "abdelmadjid-tebboune")),
    # an attack's light verb shared with the next clause, its target after "به"
    ("نیروهای ارتش روسیه به شهر خارکیف حمله و ده‌ها غیرنظامی را زخمی کردند.", ("ASSAULT", "russian-armed-forces", "UKR")),
    ("جنگنده‌های ارتش اسرائیل به جنوب لبنان حمله و چند خانه مسکونی را ویران کردند.",
     ("ASSAULT", "israel-defense-forces", "LBN")),
]

GUARDS = [
    # a meeting wished for on a condition, "گفت و گو" written with spaces (and "گفت وگو")
    ("سخنگوی کرملین گفت اگر واشنگتن آماده باشد، رئیس‌جمهور روسیه نیز مایل به گفت و گو و دیدار با دونالد ترامپ است.",
     "CONSULT"),
    ("عراقچی گفت در صورتی که طرف مقابل جدی باشد، ایران آماده گفت وگو و دیدار با نمایندگان اروپا است.", "CONSULT"),
    # a capital named in apposition in a sentence that reports no visit
    ("هوای تهران، پایتخت ایران امروز آلوده بود.", "CONSULT"),
    # a time before the verb of everyday objects
    ("مدیر مدرسه پیشنهاد معلمان را روز شنبه پذیرفت.", "CONSULT"),
    ("کشاورزان نهال‌های تازه را بامداد امروز کاشتند و علف‌های هرز را دیروز کشتند.", "ASSAULT"),
    # "به" before an attack named, not its target; an attack and another noun coordinated
    ("در واکنش به این حمله و کشتار غیرنظامیان، وزیر خارجه ترکیه اسرائیل را محکوم کرد.", "ASSAULT"),
    ("او نسبت به تکرار حمله و شلیک به مردم هشدار داد و دولت را مسئول دانست.", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_slice24_d_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize(("sentence", "etype"), GUARDS)
def test_slice24_d_guard(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
