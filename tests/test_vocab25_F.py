"""Session 25 (slice F): economy, sanctions and everyday news. Real pages showed four general causes, each written
anew here (other states, lenders, players, tenses):

- a match report told over several sentences: its sentences without a sport word of their own ("... هم در این
  مسابقه به میدان آمدند", "N پیروزی X در دیدار با Y را ... کسب کردند") coded meetings; an article most of whose
  sentences are about sport is now a match report throughout (officials' acts only, as in a sport sentence);
- a pair that travels together ("X و Y به دوحه رفتند") was split into a visitor and the visited: both visit the
  destination's state now, and where no place is named ("به میدان آمدند") no one visits anyone;
- sanctions lifted, told in the passive by whoever lifts them ("X اعلام کرد که تحریم‌های Y لغو شده است"), an order
  lifting "most" or "part of" them, and the sanctions' owner named inside ("تحریم‌های آمریکا علیه Y") as the one
  who lifts them, not a target;
- a lender's board approving a loan ("اعطای وام ... به X را تصویب کرد").

The guards are everyday sentences with the same words: a hope that sanctions be lifted, a domestic loan, a match."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, assert_not_coded


def _article_events(text, kb):
    doc = RawDocument(source="t.txt", text=text, published="2024-07-20T10:00:00+03:30")
    return annotate_document(doc, kb).events


# a match report: three sentences with a sport word or a score, two without one that tell of the same match
_MATCH = ("تیم ملی بسکتبال ژاپن در مرحله گروهی جام ملت‌ها با نتیجه ۸۰ بر ۷۲ کره جنوبی را شکست داد. "
          "سرمربی ژاپن پس از بازی از عملکرد شاگردانش راضی بود. "
          "تاکاهاشی و سوزوکی در این مسابقه به میدان آمدند. "
          "سه پیروزی پیاپی ژاپن در دیدار با کره جنوبی و چین این تیم را به صدر جدول رساند. "
          "تیم ملی بسکتبال ایران هم فردا در ورزشگاه آزادی به مصاف قطر می‌رود.")


def test_match_report_throughout(kb):
    events = _article_events(_MATCH, kb)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def test_match_report_keeps_an_official(kb):
    # an official's act in a sport article still stands (a minister meeting another state's minister)
    text = _MATCH + " وزیر امور خارجه ژاپن در حاشیه این رقابت‌ها با وزیر امور خارجه چین دیدار کرد."
    events = _article_events(text, kb)
    assert [e for e in events if e.type == "CONSULT" and "CHN" in {kb.country_of(i) for i in e.target_ids if i}], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # a pair travelling together: both visit the destination's state
    ("عباس عراقچی و هاکان فیدان به دوحه رفتند.", ("CONSULT", "hakan-fidan", "QAT")),
    ("سرگئی لاوروف و وانگ یی به تهران آمدند.", ("CONSULT", "wang-yi", "IRN")),
    # sanctions lifted, told in the passive by whoever lifts them
    ("وزارت خزانه‌داری کانادا اعلام کرد که تحریم‌های ونزوئلا لغو شده است.", ("RETREAT", "CAN", "VEN")),
    ("اتحادیه اروپا روز دوشنبه اعلام کرد تحریم‌ها علیه بلاروس لغو شد.", ("RETREAT", "european-union", "BLR")),
    # the sanctions' owner named inside lifts them, whoever tells it
    ("ایران اعلام کرد که تحریم‌های آمریکا علیه ایران لغو شده است.", ("RETREAT", "USA", "IRN")),
    # an order lifting most, or part, of them
    ("امانوئل مکرون دستور لغو اکثر تحریم‌ها علیه لبنان را صادر کرد.", ("RETREAT", "emmanuel-macron", "LBN")),
    ("دونالد ترامپ فرمان لغو بخشی از تحریم‌های ونزوئلا را صادر کرد.", ("RETREAT", "donald-trump", "VEN")),
    # a lender's board approving a loan
    ("بانک جهانی اعطای یک وام ۵۰۰ میلیون دلاری به پاکستان را تصویب کرد.", ("AID", "world-bank", "PAK")),
    ("بانک توسعه آسیایی روز پنجشنبه اعطای وام ۲۰۰ میلیون دلاری به سریلانکا برای بازسازی شبکه برق را تصویب کرده است.",
     ("AID", "asian-development-bank", "LKA")),
])
def test_coded(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # players coming on: no place, no visit
    ("عباس عراقچی و هاکان فیدان روز گذشته به میدان آمدند.", "CONSULT"),
    ("علی رضایی و حسن کریمی نیز در این دیدار به میدان آمدند.", "CONSULT"),
    # a hope or a demand that sanctions be lifted, and sanctions said to have no effect
    ("وزیر اقتصاد سوریه ابراز امیدواری کرد که تحریم‌های آمریکا علیه این کشور لغو شود.", "RETREAT"),
    ("وزیر نفت اعلام کرد که قیمت بنزین تغییر نمی‌کند و تحریم‌ها بی‌اثر شده است.", "RETREAT"),
    # a domestic loan
    ("مجلس اعطای وام ازدواج به زوج‌های جوان را تصویب کرد.", "AID"),
    ("هیئت مدیره بانک ملت اعطای وام به مشتریان خود را تصویب کرد.", "AID"),
])
def test_no_such_event(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
