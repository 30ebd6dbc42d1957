"""Session 24 (slice W5): whole security and crime pages (arrests, sentences, border clashes). Three general causes
left such pages with no event at all:

- Iran's border guard was known only by its national names ("مرزبانی فراجا"); security news names it by its
  provincial command or its regiment ("مرزبانی سیستان و بلوچستان", "مرزبانان استان خراسان رضوی", "هنگ مرزی
  میرجاوه"), so the guards were never linked and their arrests and clashes had no party. These are now aliases of
  the border guard (a "هنگ مرزی" is a regiment of Iran's force; other states' border forces are named otherwise).
- A sentence passed "با حکم <court>" ("شش فعال با حکم شعبه ۱۵ دادگاه انقلاب به ۱۰ سال حبس محکوم شدند"): the court
  after the ruling is the doer of the passive, as after "توسط" (grammar.yaml ruling_agent_before, a court's branch
  and number between).
- Fire opened with "اقدام به تیراندازی ... کردند" / "دست به تیراندازی ... زدند" is an attack undertaken, as
  "اقدام به حمله" is (events.yaml assault.undertaken).

Each case is written anew (other courts, provinces, places, tenses); the guards are everyday sentences with the same
words that report no such event (a shooting range, a ruling about money, a regiment's ceremony)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # Iran's border guard by its provincial command or regiment
    ("مرزبانی خراسان جنوبی روز گذشته سه قاچاقچی مسلح را در نزدیکی مرز دستگیر کرد.",
     ("COERCE", "border-guard-command-iran", None)),
    ("مرزبانان استان آذربایجان غربی دو نفر از اعضای یک باند قاچاق سلاح را بازداشت کردند.",
     ("COERCE", "border-guard-command-iran", None)),
    ("ماموران هنگ مرزی سراوان پنج عضو یک گروه مسلح را دستگیر کردند.",
     ("COERCE", "border-guard-command-iran", None)),
    ("طالبان شب گذشته به سمت هنگ مرزی زابل تیراندازی کردند.",
     ("ASSAULT", "taliban", "border-guard-command-iran")),
    # the issuer of a ruling carries the passive
    ("چهار روزنامه‌نگار با حکم شعبه ۲۶ دادگاه انقلاب به پنج سال زندان محکوم شدند.",
     ("COERCE", "islamic-revolutionary-court", None)),
    ("دو کارگر معترض با حکم دادگاه انقلاب به یک سال حبس محکوم شده‌اند.",
     ("COERCE", "islamic-revolutionary-court", None)),
    # fire opened as a deed undertaken
    ("افراد ناشناس دست به شلیک به سمت پاسگاه پلیس ایران زدند.",
     ("ASSAULT", None, "law-enforcement-command-of-islamic-republic-of-iran")),
    ("مهاجمان مسلح دست به تیراندازی به سوی هنگ مرزی میرجاوه زدند.",
     ("ASSAULT", None, "border-guard-command-iran")),
])
def test_security_page_cases(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("سربازان پادگان در میدان تیر اقدام به تیراندازی کردند و تمرین را به پایان رساندند.", "ASSAULT"),
    ("فرمانده هنگ مرزی میرجاوه در مراسم صبحگاه از خانواده شهدا تجلیل کرد.", "COERCE"),
    ("طبق حکم دادگاه، مالک ساختمان باید خسارت همسایه را بپردازد.", "COERCE"),
    ("مرزبانی سیستان و بلوچستان از آغاز طرح کاشت درخت در نوار مرزی خبر داد.", "COERCE"),
])
def test_security_page_guards(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)


def test_border_regiment_page(kb):
    """A short page of its own: the regiment named once, then its clash and its arrest."""
    text = ("مرزبانی استان کرمانشاه اعلام کرد ماموران هنگ مرزی قصرشیرین در یک کمین چهار قاچاقچی را دستگیر کردند. "
            "به گفته این فرماندهی، محموله بزرگی از مشروبات الکلی نیز کشف شد.")
    events = reported_events(text, kb)
    assert any(e.type == "COERCE" and "border-guard-command-iran" in e.source_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]
