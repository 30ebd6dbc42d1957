"""Session 21 (slice G): support, protest and accusation in the wordings real outlets use but rasad missed — support
for a state named with its people and government before it ("از مردم و دولت منتخب X"), a protest "علیه" a named
party by protesters left unnamed, a gathering held outside an embassy told in the passive with its organisers
between, and a gathering before an embassy's or consulate's building. Each case is written anew (other actors,
other details); the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # support for a state named with its people and government before it
    ("لاوروف بر حمایت روسیه از مردم و دولت منتخب بلاروس تأکید کرد.", ("SUPPORT", "sergey-lavrov", "BLR")),
    ("وانگ یی بر ادامه حمایت چین از ملت و دولت کوبا تاکید کرد.", ("SUPPORT", "wang-yi", "CUB")),
    ("اردوغان بر حمایت قاطع ترکیه از دولت و ملت برادر پاکستان تأکید کرد.", ("SUPPORT", "recep-tayyip-erdogan", "PAK")),
    # a protest against a named party, the protesters unnamed
    ("شماری از دانشجویان در هرات علیه طالبان اعتراض کردند.", ("PROTEST", None, "taliban")),
    ("ده‌ها نفر در شهر بصره علیه ترکیه اعتراض کردند.", ("PROTEST", None, "TUR")),
    # a gathering held outside an embassy, the organisers between
    ("این تظاهرات به دعوت چند تشکل دانشجویی در مقابل سفارت دانمارک در تهران برگزار شد.", ("PROTEST", None, "DNK")),
    ("تجمع امروز با حضور صدها نفر از فعالان در بیرون ساختمان سفارت اسرائیل در آنکارا برگزار شد.",
     ("PROTEST", None, "ISR")),
    # a gathering before the building of an embassy or consulate
    ("جمعی از شهروندان با تجمع در مقابل ساختمان کنسولگری فرانسه در استانبول، این اقدام را محکوم کردند.",
     ("PROTEST", None, "FRA")),
])
def test_session21_g_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("مراسم بزرگداشت روز ملی در مقابل سفارت فرانسه در تهران برگزار شد.", "PROTEST"),
    ("جلسه هماهنگی مسابقات در مقابل ساختمان کنسولگری قدیمی شهر برگزار شد.", "PROTEST"),
    ("بازیکنان تیم پس از پایان بازی علیه تصمیم داور اعتراض کردند.", "PROTEST"),
    ("وزیر کشاورزی بر حمایت دولت از کشاورزان و دامداران تأکید کرد.", "SUPPORT"),
    ("مدیر مدرسه بر حمایت از دانش‌آموزان و خانواده‌های آنان تأکید کرد.", "SUPPORT"),
])
def test_session21_g_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


@pytest.mark.parametrize("sentence,expected", [
    # rebels or opposition condemning or charging their own state
    ("تحریک طالبان پاکستان در بیانیه‌ای حملات پهپادی پاکستان به ولایت‌های پکتیا و کنر را محکوم کرد.",
     ("ACCUSE", "tehrik-i-taliban-pakistan", "PAK")),
    ("ارتش آزادی‌بخش بلوچستان عملیات نظامی پاکستان در منطقه کیچ را به شدت محکوم کرد.",
     ("ACCUSE", "balochistan-liberation-army", "PAK")),
])
def test_session21_g_rebels_charge_their_own_state(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session21_g_a_state_body_still_charges_no_own_state(kb):
    """A state's own organ charging its state is still no event between actors."""
    events = reported_events("وزارت خارجه پاکستان حملات تروریستی به پاکستان را محکوم کرد.", kb)
    assert not [e for e in events if e.type == "ACCUSE" and "PAK" in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,targets", [
    # a list of the accused whose next item opens with its head noun ("و گروه X")
    ("وزارت خارجه آمریکا حکومت ونزوئلا و گروه حزب‌الله را به قاچاق مواد مخدر متهم کرد.", {"VEN", "hezbollah"}),
    ("اردوغان دولت سوریه و گروه داعش را مسئول این حمله دانست.", {"SYR", "islamic-state"}),
])
def test_session21_g_next_party_after_its_head_noun(kb, sentence, targets):
    events = [e for e in reported_events(sentence, kb) if e.type == "ACCUSE"]
    assert any(targets <= set(e.target_ids) for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]
