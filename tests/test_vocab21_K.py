"""Session 21 (slice K): the loaded wordings of Iranian state and hardline outlets, coded with neutral actors and
event types — a regime named by epithets before "صهیونیستی" ("رژیم منحوس صهیونیستی", "رژیم جنایتکار و کودک‌کش
صهیونیستی") is Israel; a condemned deed's doer found past the comma that closes the subject's apposition ("X سخنگوی
وزارت خارجه، هتک حرمت Y به ... را محکوم کرد"); a hand in crimes ("در جنایات ... دست دارد"), charged to the subject of
its own clause after a present verb and "و"; a raid "انجام داد"; positions pounded in the perfect ("درهم کوبیده است");
protests reported as riots ("اغتشاشگران ... را آتش زدند"); and "شمار زیادی از" a force as the force. Each case is written anew (other actors, other
details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a regime named by loaded epithets before the state's adjective is the state
    ("رژیم منحوس صهیونیستی بامداد امروز یک مجتمع مسکونی در حومه حمص را بمباران کرد.", ("ASSAULT", "ISR", "SYR")),
    ("رژیم جنایتکار و کودک‌کش صهیونیستی شامگاه دیروز چند روستا در جنوب لبنان را بمباران کرد.",
     ("ASSAULT", "ISR", "LBN")),
    ("رژیم ددمنش صهیونیستی روز سه‌شنبه به بندر الحدیده در یمن حمله کرد.", ("ASSAULT", "ISR", "houthis")),  # (session 23) held
    # the comma closing the subject's apposition opens no new clause: the deed's doer is condemned
    ("ناصر کنعانی سخنگوی وزارت امور خارجه، هتک حرمت اسرائیل به مسجدالاقصی را محکوم کرد.",
     ("ACCUSE", "nasser-kanaani", "ISR")),
    ("اسماعیل بقائی سخنگوی وزارت امور خارجه، بی‌احترامی اسرائیل به قرآن کریم را به شدت محکوم کرد.",
     ("ACCUSE", "esmaeil-baghaei", "ISR")),
    # a hand in the crimes, charged to the subject of the charge's own clause
    ("امیرعبداللهیان گفت دولت آمریکا در جنایات رژیم صهیونیستی در کرانه باختری دست دارد.",
     ("ACCUSE", "hossein-amir-abdollahian", "USA")),
    ("کنعانی گفت رژیم صهیونیستی مرتکب جنایت جنگی می‌شود و حامیان غربی آن به‌ویژه انگلیس در این جنایات دست دارند.",
     ("ACCUSE", "nasser-kanaani", "GBR")),
    # a raid "carried out"
    ("ارتش رژیم صهیونیستی بامداد امروز یورش گسترده‌ای به شهر طولکرم در کرانه باختری انجام داد.",
     ("ASSAULT", "israel-defense-forces", "PSE")),
    # positions pounded, in the perfect
    ("حزب‌الله لبنان اعلام کرد مواضع ارتش رژیم صهیونیستی در مزارع شبعا را درهم کوبیده است.",
     ("ASSAULT", "hezbollah", "israel-defense-forces")),
    # many of a force are the force
    ("شمار زیادی از نظامیان صهیونیست بامداد امروز به اردوگاه نورشمس در کرانه باختری یورش بردند.",
     ("ASSAULT", "israel-defense-forces", None)),
])
def test_session21_k_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "اغتشاشگران شب گذشته چند خودروی شخصی و یک شعبه بانک را در مرکز شهر آتش زدند.",
    "آشوبگران در چند خیابان شهر اقدام به تخریب اموال عمومی و شکستن شیشه مغازه‌ها کردند.",
    "گروهی از اغتشاشگران ساختمان فرمانداری، دو دستگاه اتوبوس و یک کیوسک پلیس را به آتش کشیدند.",
])
def test_session21_k_riots(kb, sentence):
    """A protest reported as a riot is a violent protest (PROTEST, mode riot), its loaded noun no actor."""
    events = reported_events(sentence, kb)
    assert any(e.type == "PROTEST" and e.mode == "riot" for e in events), events


@pytest.mark.parametrize("sentence,etype", [
    # a regime's epithet without the state's adjective names no state
    ("این نویسنده در کتاب خود از رژیم منحوس پهلوی و ساواک انتقاد کرد.", "ASSAULT"),
    # a hand in the work, not in crimes
    ("مدیر موزه گفت هنرمندان محلی در ساخت این مجموعه دست دارند.", "ACCUSE"),
    # burning and pulling down with no rioters
    ("کشاورزان پس از برداشت محصول، کاه باقی‌مانده در مزرعه را آتش زدند.", "PROTEST"),
    ("شهرداری ساختمان‌های فرسوده بافت قدیمی شهر را تخریب کرد.", "PROTEST"),
    ("پلیس اعلام کرد اغتشاشگران بازداشت شده‌اند و آرامش به شهر بازگشته است.", "PROTEST"),
    # a team crushing its rival is sport
    ("تیم ملی والیبال ایران حریف خود را در هم کوبیده است.", "ASSAULT"),
])
def test_session21_k_guards(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
