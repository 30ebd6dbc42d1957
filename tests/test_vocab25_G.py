"""Session 25 (slice G): leftovers slice B diagnosed on real diplomacy pages, fixed as general mechanisms. A summons
whose passive "شد" is shared with what was told the envoy ("سفیر X ... احضار و «اعتراض» ... مطرح شد"). An official's
"اعتراض کرد" (a state, a ministry, a minister) is a protest in words, ACCUSE as PLOVER codes it, not a demonstration.
A month of a year named relative to publication ("در دی ماه سال گذشته", "بهمن امسال") dates the event. A trip adjunct
with no visitor inside ("X در جریان سفر دو روزه خود به Y گفت") is the subject's visit, unless only planned. A
subjunctive after a verb of success ("موفق شد ... به امضا برساند") reports the act done. A "ضمن ..." or "پس از ..."
adjunct closed by a comma is a clause of its own: its "از" is not the verb's, and a support inside it is an event
beside the verb's. Sentences are written anew (other actors, places, tenses); the guards are everyday sentences with
the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.text.dates import resolve_event_date
from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a summons sharing its passive "شد" with what the envoy was told
    ("سفیر ایران در باکو به وزارت خارجه جمهوری آذربایجان احضار و «اعتراض» این کشور به وی مطرح شد.",
     ("ACCUSE", "ministry-of-foreign-affairs-azerbaijan", None)),
    ("کاردار سفارت کانادا در مسکو به وزارت خارجه روسیه احضار و اعتراض مسکو به او اعلام شد.",
     ("ACCUSE", "ministry-of-foreign-affairs-russia", "CAN")),
    ("دیروز کاردار سفارت مجارستان در تهران به وزارت امور خارجه احضار و اعتراض ایران به اطلاع وی رسید.",
     ("ACCUSE", "ministry-of-foreign-affairs-iran", "HUN")),
    # an official's objection is a protest in words
    ("وزارت امور خارجه عراق به این اقدام ترکیه اعتراض کرد.", ("ACCUSE", "ministry-of-foreign-affairs-iraq", "TUR")),
    ("وزارت خارجه کویت به اظهارات مقامات ایرانی اعتراض کرد.", ("ACCUSE", "ministry-of-foreign-affairs-kuwait", "IRN")),
    ("عراقچی به بیانیه پایانی نشست سران اتحادیه اروپا اعتراض کرد.", ("ACCUSE", "abbas-araghchi", "european-union")),
    # the subject's own trip, the sentence's verb another
    ("عراقچی در جریان سفر دو روزه خود به مسکو گفت که روابط دو کشور راهبردی است.", ("CONSULT", "abbas-araghchi", "RUS")),
    # a subjunctive after a verb of success
    ("ایران و عراق موفق شدند سند همکاری امنیتی را امضا کنند.", ("AGREE", "IRN", "IRQ")),
    ("پزشکیان در این سفر موفق شد دوازده سند همکاری را با پاکستان به امضا برساند.",
     ("AGREE", "masoud-pezeshkian", "PAK")),
    ("پلیس موفق شد سه قاچاقچی را در مرز بازداشت کند.", ("COERCE", None, None)),
    # an adjunct closed by a comma is a clause of its own
    ("شهباز شریف ضمن اعلام حمایت از مردم فلسطین، از ایران قدردانی کرد.", ("SUPPORT", "shehbaz-sharif", "IRN")),
    ("شهباز شریف ضمن اعلام حمایت از مردم فلسطین، از ایران قدردانی کرد.", ("SUPPORT", "shehbaz-sharif", "PSE")),
    ("پزشکیان در کنفرانس خبری پس از دیدار با شهباز شریف، از حمایت‌های پاکستان قدردانی کرد.",
     ("SUPPORT", "masoud-pezeshkian", "PAK")),
    ("اردوغان ضمن ابراز حمایت از مردم لبنان، حمایت کامل کشورش از قطر را اعلام کرد.", ("SUPPORT", "recep-tayyip-erdogan", "LBN")),
])
def test_session25_g_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a court's or a club's summons; an objection on the pitch or by workers
    ("این بازیکن به کمیته انضباطی احضار و جریمه شد.", "ACCUSE"),
    ("سفیر سابق ایران در لندن به دادسرا احضار و با قرار وثیقه آزاد شد.", "ACCUSE"),
    ("مربی تیم استقلال به تصمیم داور اعتراض کرد.", "ACCUSE"),
    ("صدها نفر از کارگران معدن در کرمان به تعویق حقوق خود اعتراض کردند.", "ACCUSE"),
    # a trip only intended, at home, or a team's
    ("شینزو آبه قصد داشت در سفر به ایران با حسن روحانی دیدار کند.", "CONSULT"),
    ("رئیس جمهور در سفر به تبریز از چند کارخانه بازدید کرد.", "CONSULT"),
    ("تیم ملی فوتبال ایران در سفر به دوحه با قطر بازی کرد.", "CONSULT"),
    # a subjunctive with no success before it; a match won
    ("ایران و عراق قصد دارند سند همکاری امنیتی را امضا کنند.", "AGREE"),
    ("پرسپولیس موفق شد با گل دقیقه نود استقلال را شکست دهد.", "ASSAULT"),
])
def test_session25_g_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


def test_session25_g_adjunct_support_takes_no_later_party(kb):
    """"ضمن حمایت از آتش‌بس در غزه، از مصر قدردانی کرد": the ceasefire backed names no party; Egypt is only thanked."""
    events = reported_events("وزیر خارجه قطر ضمن حمایت از آتش بس در غزه، از مصر قدردانی کرد.", kb)
    assert [e.rule for e in events if e.type == "SUPPORT"] == ["support.praise"], \
        [(e.rule, e.source_ids, e.target_ids) for e in events]


def test_session25_g_complement_support_still_folded(kb):
    """"از نقش عمان در حمایت از فلسطین قدردانی کرد": the support is what is thanked, no event of its own."""
    events = reported_events("عراقچی از نقش عمان در حمایت از فلسطین قدردانی کرد.", kb)
    assert [(e.type, e.target_ids) for e in events] == [("SUPPORT", ["OMN"])], [(e.rule, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,published,expected", [
    ("کویت در دی ماه سال گذشته سفیر خود را از تهران فراخواند.", dt.date(2017, 3, 1), (dt.date(2015, 12, 22), "month")),
    ("دی ماه پارسال سفیر خود را فراخواند.", dt.date(2017, 3, 1), (dt.date(2015, 12, 22), "month")),
    ("در ژانویه سال گذشته سفیر را فراخواند.", dt.date(2017, 3, 1), (dt.date(2016, 1, 1), "month")),
    ("در بهمن ماه امسال به تهران آمد.", dt.date(2017, 3, 1), (dt.date(2017, 1, 20), "month")),
    ("فؤاد حسین دوم دی ماه سال گذشته نیز سفری به تهران داشت.", dt.date(2017, 3, 1), (dt.date(2015, 12, 23), "explicit")),
    # guards: a year alone, or this year's month that holds the publication day, date nothing new
    ("در سال گذشته به تهران آمد.", dt.date(2017, 3, 1), (dt.date(2017, 3, 1), "reported")),
    ("در اسفند امسال به تهران آمد.", dt.date(2017, 3, 1), (dt.date(2017, 3, 1), "reported")),
])
def test_session25_g_month_of_a_relative_year(sentence, published, expected):
    d = resolve_event_date(sentence, published)
    assert (d.date, d.precision) == expected, d
