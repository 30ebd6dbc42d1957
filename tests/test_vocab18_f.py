"""Session 18 (slice F): wordings real news uses for aid, protests, deployments and cooperation that the coder
missed. Each case is written anew (other actors, other details), with the event's wording as outlets use it; the
guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # aid handed out to families where they live (Afghan outlets), the province naming the state
    ("هلال احمر قطر برای هزار خانواده نیازمند در ولایت هرات کمک‌های غذایی توزیع کرد.",
     ("AID", "qatar-red-crescent-society", "AFG")),
    # a sum set aside "برای کمک به" refugees of a nationality
    ("اتحادیه اروپا ۲۰ میلیون یورو برای کمک به پناهجویان سوری اختصاص داد.", ("AID", "european-union", "SYR")),
    # a sum given in the present (a headline), or "یاری" with the recipients before the sum
    ("ژاپن ۵ میلیون دلار به ترکیه کمک می‌کند.", ("AID", "JPN", "TUR")),
    ("آلمان به پناهجویان در داخل لبنان بیش از ۳۰۰ میلیون دلار یاری کرده است.", ("AID", "DEU", "LBN")),
    # help to the quake-stricken (Dari spelling), goods given as "کمک"
    ("عربستان سعودی به زلزله‌زده‌گان هرات کمک کرده است.", ("AID", "SAU", "AFG")),
    ("پاکستان به افغانستان آرد و مواد غذایی کمک کرد.", ("AID", "PAK", "AFG")),
    ("هلال احمر ایران به زلزله‌زدگان هرات کمک‌رسانی کرد.", ("AID", "iranian-red-crescent-society", "AFG")),
    # a cargo: the singular "محموله کمک", or a convoy "راهی X شد" past an aside
    ("محموله کمک بشردوستانه امارات به کابل رسید.", ("AID", "ARE", "AFG")),
    ("کاروان کمک‌های بشردوستانه ترکیه، متشکل از ۵۰ کامیون، راهی شمال سوریه شد.", ("AID", "TUR", "SYR")),
    # places that "witnessed" protests; the opponents of someone protest against him; at a consulate
    ("شهرهای مختلف فرانسه روز شنبه شاهد برگزاری تظاهرات گسترده‌ای علیه امانوئل مکرون بودند.",
     ("PROTEST", None, "emmanuel-macron")),
    ("مخالفان بنیامین نتانیاهو شامگاه شنبه در تل‌آویو تظاهرات کردند.", ("PROTEST", None, "benjamin-netanyahu")),
    ("صدها نفر با برگزاری تظاهرات در برابر کنسولگری فرانسه در استانبول به این تصمیم اعتراض کردند.",
     ("PROTEST", None, "FRA")),
    # deployments: in a headline's present, troops sent, forces dispatched in the passive, an alert
    ("بریتانیا به دریای سرخ ناوشکن اعزام می‌کند.", ("MOBILIZE", "GBR", None)),
    ("فرانسه ۳۰۰ نیروی نظامی دیگر به چاد می‌فرستد.", ("MOBILIZE", "FRA", "TCD")),
    ("تکاوران ارتش پاکستان به مرز با افغانستان اعزام شدند.", ("MOBILIZE", "pakistan-army", "AFG")),
    ("وزارت دفاع انگلیس از اعزام ۵۰۰ سرباز دیگر به استونی خبر می‌دهد.", ("MOBILIZE", "ministry-of-defence-united-kingdom", "EST")),
    ("ارتش چین رزمایش بزرگ دریایی را در آب‌های اطراف جزیره تایوان و نزدیک تنگه آغاز کرد.", ("MOBILIZE", "peoples-liberation-army", None)),
    # cooperation: military ties expanded over a long aside, joint patrols
    ("پکن و اسلام‌آباد همکاری‌های نظامی خود را در دهه گذشته و پس از سفرهای متعدد به شکل چشمگیری گسترش داده‌اند.",
     ("COOPERATE", "CHN", "PAK")),
    ("گشت مشترک میان نیروهای روسیه و ترکیه در شمال سوریه انجام شد.", ("COOPERATE", "RUS", "TUR")),
])
def test_session18_f_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("او سال گذشته به خانواده‌اش در خرید خانه کمک کرد.", "AID"),
    ("این کتاب به دانش‌آموزان کمک کرد تا درس را بهتر بفهمند.", "AID"),
    ("مدیر مدرسه کارنامه‌ها را میان دانش‌آموزان توزیع کرد.", "AID"),
    ("ورزشگاه آزادی شاهد تشویق هزاران تماشاگر بود.", "PROTEST"),
    ("هواداران تیم استقلال پس از پیروزی در خیابان‌ها جشن گرفتند.", "PROTEST"),
    ("کاروان زائران ایرانی راهی کربلا شد.", "AID"),
    ("زائران ایرانی به عتبات عالیات اعزام شدند.", "MOBILIZE"),
    ("شرکت پست بسته را برای مشتری فرستاد.", "MOBILIZE"),
    ("دانشگاه تهران و دانشگاه شیراز همکاری‌های علمی خود را گسترش دادند.", "COOPERATE"),
])
def test_session18_f_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
