"""Session 24 (slice W2): whole pages on Iran and its neighbours (Iraq, the Gulf states, Turkey, Azerbaijan, Armenia,
Afghanistan, Pakistan) showed four general misses: a border clash between two named forces whose verb stands too far
for the clash pattern ("درگیری مرزی بین مرزبانان X و نیروهای Y در ... رخ داد"); a deed judged a crime with the
indefinite or in quotation marks ("حملات X را «جنایتی» خواند"); an envoy recalled "in the wake of" another party's act,
whose state was taken for the target instead of the state the envoy left ("سفیر خود در تهران را در پی حمله سپاه ...
فراخواند"); and a condemnation aimed at the victims' nationality ("... که به کشته شدن پنج شهروند افغان منجر شد را
محکوم کرد"). Each case is written anew (other actors, places, tenses); the guards are everyday sentences with the
same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a border clash between two named forces, told as a noun
    ("صبح امروز درگیری مرزی میان نیروهای مرزبانی پاکستان و نیروهای طالبان در نزدیکی گذرگاه تورخم در ولایت ننگرهار رخ داد.",
     ("ASSAULT", "PAK", "taliban")),
    ("درگیری‌های مرزی بین ارتش ارمنستان و ارتش جمهوری آذربایجان در منطقه تاووش دیشب بار دیگر از سر گرفته شد.",
     ("ASSAULT", "armed-forces-of-armenia", "azerbaijani-armed-forces")),
    # a deed judged a crime with the indefinite or in quotation marks
    ("محمد شیاع السودانی نخست‌وزیر عراق حملات ترکیه به روستاهای دهوک را «جنایتی» خواند که نباید بی‌پاسخ بماند.",
     ("ACCUSE", "mohammed-shia-al-sudani", "TUR")),
    ("هاکان فیدان بمباران بیمارستان‌های غزه از سوی اسرائیل را «جنایت» دانست.", ("ACCUSE", "hakan-fidan", "ISR")),
    # an envoy recalled in the wake of another party's act: the state left is the target
    ("بحرین سفیر خود در بیروت را در پی اظهارات تند سخنگوی حزب‌الله فراخواند.", ("SANCTION", "BHR", "LBN")),
])
def test_session24_w2_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session24_w2_recall_cause_is_no_target(kb):
    """The party whose act the recall answers is not the state the envoy left."""
    events = reported_events("بحرین سفیر خود در بیروت را در پی اظهارات تند سخنگوی حزب‌الله فراخواند.", kb)
    assert all("hezbollah" not in e.target_ids for e in events if e.type == "SANCTION"), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_session24_w2_victims_nationality_is_no_target(kb):
    """A condemnation of a deed that killed people of a nationality is not aimed at their state."""
    sentence = "وزارت خارجه پاکستان تیراندازی دیروز در زاهدان را که به کشته شدن پنج شهروند افغان منجر شد به شدت محکوم کرد."
    events = reported_events(sentence, kb)
    assert all("AFG" not in e.target_ids for e in events if e.type == "ACCUSE"), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_session24_w2_condemned_doer_still_target(kb):
    """The doer named beside counted victims stays the target."""
    assert_coded("ترکیه بازداشت سه شهروند ترکیه‌ای توسط پلیس یونان را محکوم کرد.", kb, ("ACCUSE", "TUR", "GRC"))


@pytest.mark.parametrize("sentence,etype", [
    ("کارشناسان نسبت به خطر درگیری مرزی میان ارمنستان و آذربایجان در ماه‌های آینده هشدار دادند.", "ASSAULT"),
    ("معاون استاندار وقوع هر گونه درگیری مرزی بین مرزبانان ایران و نیروهای طالبان را تکذیب کرد.", "ASSAULT"),
    ("منتقدان این فیلم را «جنایی» خواندند.", "ACCUSE"),
    ("سفیر خود در تهران را در پی تصمیم دولت به مشورت فراخواند.", "SANCTION"),
])
def test_session24_w2_guards(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
