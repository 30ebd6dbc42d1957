"""Session 21 (slice A): requests as real Persian outlets word them but rasad missed — an "از" that names no one
asked before the one that does ("از سوی دیگر، X از Y خواست", "به نقل از ..."), a standing demand in the past
progressive ("از X می‌خواست"), a request renewed as a noun ("درخواست خود از X ... را تکرار کرد"), the one who is to
hand over or release named by "از سوی"/"توسط" inside "خواستار ... شد", a speaker's own "خواستار ... هستم", the Taliban
as "امارت اسلامی" and the IAEA as "the UN's nuclear watchdog", "آن کشور" (Dari "ان کشور") pointing back to the state
named before, and the Kurdistan Region standing for its government as a party, also towards Baghdad. Each case is
written anew (other actors, other details); the guards are everyday sentences with the same words that report no
such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # an "از" that names no one asked: a connective after it, a source quoted before it
    ("از سوی دیگر، چین از ژاپن خواست به تعهدات تاریخی خود پایبند بماند.", ("REQUEST", "CHN", "JPN")),
    ("از طرف دیگر، قطر از اسرائیل خواسته است که گذرگاه رفح را باز کند.", ("REQUEST", "QAT", "ISR")),
    ("به گزارش خبرگزاری تاس به نقل از یک منبع آگاه، روسیه از ترکیه خواست تنگه بسفر را بر کشتی‌های جنگی ببندد.",
     ("REQUEST", "RUS", "TUR")),
    # a standing demand in the past progressive
    ("مجمع عمومی سازمان ملل قطعنامه‌ای تصویب کرد که از روسیه می‌خواست نیروهایش را از اوکراین خارج کند.",
     ("REQUEST", None, "RUS")),
    ("اردوغان در آن سال‌ها از آمریکا می‌خواست فتح‌الله گولن را به ترکیه تحویل دهد.",
     ("REQUEST", "recep-tayyip-erdogan", "USA")),
    # a request renewed, told as a noun
    ("زلنسکی درخواست خود از آلمان برای ارسال موشک‌های دوربرد را تکرار کرد.", ("REQUEST", "volodymyr-zelenskyy", "DEU")),
    ("لاوروف درخواست خود را از ناتو برای توقف گسترش به سمت شرق تجدید کرد.", ("REQUEST", "sergey-lavrov", "nato")),
    # the one to hand over or release, named by "از سوی"/"توسط" inside the demand
    ("روسیه خواستار آزادی خدمه نفتکش ونزوئلا توسط آمریکا شد.", ("REQUEST", "RUS", "USA")),
    ("پاکستان خواستار تحویل سرکردگان تحریک طالبان پاکستان از سوی طالبان شد.", ("REQUEST", "PAK", "taliban")),
    # the speaker's own demand with the copula
    ("اردوغان گفت: من خواستار عقب‌نشینی کامل ارتش اسرائیل از نوار غزه هستم.",
     ("REQUEST", "recep-tayyip-erdogan", "israel-defense-forces")),
    # the Taliban by the name of their government; the IAEA as the UN's nuclear watchdog and its board's other name
    ("امارت اسلامی از ازبکستان خواست مرزهای خود را بر روی تاجران افغان باز کند.", ("REQUEST", "taliban", "UZB")),
    ("ناظر هسته‌ای سازمان ملل خواستار دسترسی کامل بازرسان به تاسیسات کره شمالی شد.",
     ("REQUEST", "international-atomic-energy-agency", "PRK")),
    ("هیئت حکام آژانس بین‌المللی انرژی اتمی از سوریه خواست به پرسش‌های آژانس پاسخ دهد.",
     ("REQUEST", "iaea-board-of-governors", "SYR")),
    # "آن کشور" (Dari "ان کشور") points back to the state named before
    ("دولت ترکیه روز دوشنبه بیانیه‌ای منتشر کرد. وزیر خارجه ان کشور از طالبان خواست مدارس دخترانه را بازگشایی کند.",
     ("REQUEST", "hakan-fidan", "taliban")),
    # the Kurdistan Region for its government: asked, and asking its federal state
    ("فرانسه از اقلیم کردستان خواست انتخابات پارلمانی را به تعویق نیندازد.",
     ("REQUEST", "FRA", "kurdistan-regional-government")),
    ("اقلیم کردستان از بغداد خواست سهم بودجه استان‌های شمالی را بی‌درنگ بپردازد.",
     ("REQUEST", "kurdistan-regional-government", "IRQ")),
    ("در همین حال، اقلیم کردستان از دولت فدرال عراق خواست صادرات نفت را از سر بگیرد.",
     ("REQUEST", "kurdistan-regional-government", "IRQ")),
])
def test_session21_a_requests(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session21_a_dari_that_state_is_no_iranian_office(kb):
    """"وزیر خارجه ان کشور" after Pakistan is Pakistan's, not Iran's foreign minister."""
    events = reported_events("اسحاق دار، معاون نخست وزیر پاکستان و وزیر خارجه ان کشور خواستار آزادی زندانیان "
                             "پاکستانی در هند شد.", kb)
    assert events and all("IRN" not in e.source_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    ("از سوی دیگر، دانشجویان از استاد درس خواستند امتحان را یک هفته عقب بیندازد.", "REQUEST"),
    ("به نقل از همسایگان، او از کودکی می‌خواست خلبان شود.", "REQUEST"),
    ("وکیل متهم درخواست خود را از دادگاه برای آزادی موقت موکلش پس گرفت.", "REQUEST"),
    ("هواداران خواستار برکناری سرمربی تیم از سوی باشگاه شدند.", "REQUEST"),
    ("گردشگران در اقلیم کردستان از آبشارهای گلی علی‌بگ دیدن کردند.", "REQUEST"),
])
def test_session21_a_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


def test_session21_a_regional_forces_are_not_the_government(kb):
    """"نیروهای امنیتی اقلیم کردستان اعلام کردند": the region's forces speak; its government is no party."""
    events = reported_events("نیروهای امنیتی اقلیم کردستان اعلام کردند که پهپادها از خارج از عراق پرتاب شده‌اند.", kb)
    assert all("kurdistan-regional-government" not in e.source_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]
