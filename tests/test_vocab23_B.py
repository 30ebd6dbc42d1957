"""Session 23 (slice B): threats and requests in the wordings real outlets use but rasad missed or misread — a
retaliation promised by the force it will take ("به X با قدرت پاسخ خواهد داد"), the party answered named after "به"
between the subject and the answer, a retaliation promised in the passive ("پاسخ این جنایت X داده خواهد شد"), and a
request whose "از" names a collective no knowledge base holds ("از جامعه جهانی خواست ..."), which asks neither the
party the asked act concerns nor the one its clause's object names. Each case is written anew (other actors, other
details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a retaliation promised by the force it will take
    ("وزیر دفاع ترکیه در آنکارا گفت ترکیه به هرگونه حمله پ‌ک‌ک به مرزهایش با تمام قوا پاسخ خواهد داد.",
     ("THREATEN", None, "kurdistan-workers-party")),
    ("نخست‌وزیر هند در سخنرانی خود گفت دهلی نو به پاکستان با قدرت پاسخ خواهد داد.",
     ("THREATEN", None, "PAK")),
    ("وزیر خارجه روسیه روز پنجشنبه گفت مسکو به انگلیس با ضربات سنگین پاسخ خواهد داد.",
     ("THREATEN", None, "GBR")),
    # the party answered after "به", between the subject and the answer
    ("رئیس‌جمهور ونزوئلا در کاراکاس گفت ونزوئلا به آمریکا پاسخ قاطع خواهد داد.",
     ("THREATEN", None, "USA")),
    # a retaliation promised in the passive, with what is answered
    ("فرمانده ارتش پاکستان در راولپندی گفت پاسخ تجاوز هند قطعاً داده خواهد شد.",
     ("THREATEN", None, "IND")),
    ("دبیرکل حزب‌الله در پیامی گفت پاسخ این جنایت اسرائیل داده خواهد شد.",
     ("THREATEN", None, "ISR")),
])
def test_session23_b_threats(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype,wrong_target", [
    # a collective asked: neither whom the asked act concerns nor its clause's object was asked
    ("وزیر خارجه اردن در امان از جامعه جهانی خواست کمک‌های انسانی به لبنان را افزایش دهد.", "REQUEST", "LBN"),
    ("حزب‌الله در بیانیه‌ای از کشورهای اسلامی خواست روابط خود با آمریکا را قطع کنند.", "REQUEST", "USA"),
])
def test_session23_b_collective_asked(kb, sentence, etype, wrong_target):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == etype and wrong_target in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def test_session23_b_named_body_still_asked(kb):
    """A body the knowledge base holds, asked the same way, is still the one asked."""
    assert_coded("وزیر خارجه اردن در امان از سازمان ملل خواست کمک‌های انسانی به لبنان را افزایش دهد.", kb,
                 ("REQUEST", None, "united-nations"))


@pytest.mark.parametrize("sentence,etype", [
    # answers to questions, letters and needs
    ("وزیر آموزش و پرورش گفت به سوالات داوطلبان کنکور با حوصله پاسخ داده خواهد شد.", "THREATEN"),
    ("سخنگوی دولت گفت دولت با قدرت به مطالبات مردم خوزستان پاسخ خواهد داد.", "THREATEN"),
    ("رئیس دانشگاه تهران گفت پاسخ این پرسش دانشجویان در جلسه بعد داده خواهد شد.", "THREATEN"),
    ("سخنگوی وزارت خارجه ایران گفت ایران به نامه آمریکا پاسخ خواهد داد.", "THREATEN"),
    # a weather warning and a doctor's advice are no threat or request between actors
    ("سازمان هواشناسی نسبت به بارش شدید باران در استان‌های شمالی هشدار داد.", "THREATEN"),
    ("وزیر بهداشت از مردم خواست در روزهای گرم از خانه خارج نشوند.", "REQUEST"),
])
def test_session23_b_no_event(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
