"""Session 24 (slice X3): common words linked as names. Four mechanisms, each for a class of everyday phrasing:

- a given name that is an everyday noun ("نظام" system, "پیمان" pact) with only a rare word after it and no office,
  verb or list beside them is the noun, not a person ("نظام دیدگاهش را ..." was "Nezam Didgahsh"); and a "surname"
  that is a common noun with a possessive pronoun ("دیدگاهش", "برنامه‌اش") is no surname;
- a place name followed by a joined "های" where the name plus "ه" is a common word ("رشتهای" is "رشته‌ای" without
  its ZWNJ) is that word, no plural of the place (Rasht);
- after a region noun ("منطقه", "مناطق") a non-curated place name that is itself a Persian word is the region's
  adjective ("منطقه حائل": a buffer zone, no Ha'il);
- a bare state office joined by "و" to another state's government ("رئیس‌جمهور و دولت کنونی فرانسه") is that
  state's office, not the home state's.
Each case is written anew (other words, states, tenses); the guards keep real names and places linking."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _entities(sentence, kb, published="2025-06-10T10:00:00+03:30"):
    doc = RawDocument(source="t.txt", text=sentence + _REPORTED, published=published)
    return annotate_document(doc, kb).entities


def _ids(sentence, kb):
    return {m.kb_id or m.uid for m in _entities(sentence, kb)}


def _persons(sentence, kb):
    return [m.name for m in _entities(sentence, kb) if m.type == "PERSON"]


@pytest.mark.parametrize("sentence", [
    "نظام دیدگاهش را درباره لایحه جدید به صراحت بیان کرد.",
    "نظام رویکردش در قبال این پرونده را تغییر نداد.",
    "نظام فکریش را در این کتاب توضیح داده است.",
])
def test_common_noun_no_person(sentence, kb):
    assert not _persons(sentence, kb)


@pytest.mark.parametrize("sentence,name", [
    ("نظام جیرودی گفت که این طرح را بررسی می‌کند.", "Nezam"),
    ("پرویز دهدار در مراسم افتتاحیه حضور داشت.", "Parviz"),
])
def test_given_names_still_found(sentence, name, kb):
    assert any(p.startswith(name) for p in _persons(sentence, kb)), _persons(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "این دانشجو در رشتهای مختلف مهندسی ثبت‌نام کرده است.",
    "قهرمانان رشتهای رزمی در این مسابقات شرکت کردند.",
])
def test_joined_word_no_rasht(sentence, kb):
    assert "rasht" not in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "استاندار گیلان دیروز در رشت با کشاورزان دیدار کرد.",
    "هیئت دولت فردا به رشت سفر می‌کند.",
])
def test_rasht_still_linked(sentence, kb):
    assert "rasht" in _ids(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "ترکیه خواستار ایجاد یک منطقه حائل در شمال سوریه شد.",
    "نیروهای حافظ صلح در مناطق حائل میان دو کشور مستقر شدند.",
])
def test_buffer_zone_no_hail(sentence, kb):
    assert "gn-106281" not in _ids(sentence, kb)


def test_hail_city_still_linked(kb):
    assert "gn-106281" in _ids("سیل در شهر حائل در شمال عربستان خسارت زیادی به بار آورد.", kb)


@pytest.mark.parametrize("sentence,state_head", [
    ("رسانه‌ها از سیاست‌های رئیس‌جمهور و دولت کنونی فرانسه انتقاد کردند.", "emmanuel-macron"),
    ("مخالفان، رئیس‌جمهور و دولت فعلی ایالات متحده را مسئول این بحران دانستند.", "donald-trump"),
])
def test_office_joined_to_government(sentence, state_head, kb):
    ids = _ids(sentence, kb)
    assert state_head in ids and "masoud-pezeshkian" not in ids, ids


def test_bare_office_stays_home(kb):
    assert "masoud-pezeshkian" in _ids("رئیس‌جمهور و دولت در این باره تصمیم گرفتند.", kb)
