"""Session 19 (slice J): wordings real news uses for rejections, arrests, aid, withdrawals, releases and ceasefires
accepted that the coder missed. Each case is written anew (other actors, other details), with the event's wording
as outlets use it; the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a veto or refusal announced for later; a resolution blocked
    ("روسیه پیش‌نویس قطعنامه فرانسه را وتو خواهد کرد.", ("REJECT", "RUS", "FRA")),
    ("چین مانع از تصویب قطعنامه شورای امنیت درباره میانمار شد.",
     ("REJECT", "CHN", "united-nations-security-council")),
    # an agreement refused, in the past or for later
    ("عربستان با پیشنهاد ایران موافقت نکرد.", ("REJECT", "SAU", "IRN")),
    ("حزب‌الله با طرح آمریکا موافقت نخواهد کرد.", ("REJECT", "hezbollah", "USA")),
    # arms pledged with equipment, an arms package earmarked
    ("آلمان به اوکراین تسلیحات و تجهیزات به ارزش دو میلیارد یورو ارسال خواهد کرد.", ("AID", "DEU", "UKR")),
    ("بریتانیا بسته تازه تسلیحات به ارزش ۱۰۰ میلیون پوند را به اوکراین اختصاص داد.", ("AID", "GBR", "UKR")),
    # consent to a longer truce announced
    ("نیروهای واکنش سریع موافقت خود را با تمدید آتش‌بس بشردوستانه به مدت یک هفته اعلام کردند.",
     ("RETREAT", "rapid-support-forces", None)),
    # an arrest warrant issued for someone or against him; a wave of arrests launched
    ("دیوان کیفری بین‌المللی حکم بازداشت ولادیمیر پوتین را صادر کرد.",
     ("COERCE", "international-criminal-court", "vladimir-putin")),
    ("دیوان کیفری بین‌المللی روز جمعه علیه ولادیمیر پوتین حکم بازداشت صادر کرد.",
     ("COERCE", "international-criminal-court", "vladimir-putin")),
    ("ارتش اسرائیل موج بازداشت‌ها علیه اعضای جهاد اسلامی در شهر جنین را آغاز کرد.",
     ("COERCE", "israel-defense-forces", "palestinian-islamic-jihad")),
    # a withdrawal completed; prisoners freed from a country's prisons
    ("ارتش روسیه خروج نیروهای خود از شهر خرسون را تکمیل کرد.", ("RETREAT", "russian-armed-forces", "UKR")),
    ("دولت پاکستان ۵۰ ماهیگیر هندی را از زندان‌های کراچی رها کرد.", ("RETREAT", "PAK", "IND")),
    # aid told by its recipient: the giver after "از"
    ("ارتش لبنان از دریافت محموله تجهیزات نظامی از قطر خبر داد.", ("AID", "QAT", "lebanese-armed-forces")),
    ("اردن کمک‌های مالی از اتحادیه اروپا دریافت کرد.", ("AID", "european-union", "JOR")),
    # aid sent "به سوی" a state: a direction, not "از سوی"
    ("ترکیه کمک‌های انسانی را به سوی سوریه فرستاد.", ("AID", "TUR", "SYR")),
    # a draft failed for a veto: the vetoer inside, whose draft it was the subject
    ("پیش‌نویس فرانسه درباره مالی با وتوی روسیه تصویب نشد.", ("REJECT", "RUS", "FRA")),
    ("قطعنامه پیشنهادی روسیه با مخالفت آمریکا و بریتانیا وتو شد.", ("REJECT", "USA", "RUS")),
    # a withdrawal told as under way, from the state of the place named
    ("خروج نیروهای ترکیه از عراق آغاز شد.", ("RETREAT", "TUR", "IRQ")),
    ("روند خروج نیروهای آمریکایی از افغانستان آغاز شده است.", ("RETREAT", "united-states-armed-forces", "AFG")),
    # arrested in a raid: the raiders are the arresters
    ("۲۰ فلسطینی در جریان یورش ارتش اسرائیل به اردوگاه جنین بازداشت شدند.", ("COERCE", "israel-defense-forces", None)),
])
def test_session19_j_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("قاضی پرونده گفت حکم بازداشت هنوز صادر نشده است.", "COERCE"),
    ("کارگران خروج تجهیزات خود از کارگاه را تکمیل کردند.", "RETREAT"),
    ("باشگاه با تمدید قرارداد سرمربی موافقت نکرد.", "REJECT"),
    ("پدرش با ازدواج او موافقت نخواهد کرد.", "REJECT"),
    ("شهرداری بودجه تازه‌ای را به ساخت پارک اختصاص داد.", "AID"),
    ("بیمارستان کمک‌های مردمی از خیرین دریافت کرد.", "AID"),
    ("خروج مسافران از فرودگاه آغاز شد.", "RETREAT"),
    ("طرح شهرداری با وتوی شورای شهر تصویب نشد.", "REJECT"),
    ("سه هوادار در جریان یورش تماشاگران به زمین بازی بازداشت شدند.", "ASSAULT"),
])
def test_session19_j_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
