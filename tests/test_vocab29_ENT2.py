"""Session 29 (slice ENT2): entities real pages name and rasad did not report.

1. A state's embassy named with the place it is in ("سفارت X در Y", a host state: its capital): an entity the
   knowledge base lacks (rasad/annotate/link/missions.py, rasad/data/kb/missions.yaml), while the state keeps its
   own mention, so every event pattern that reads the state after "سفارت" still gets the state as its party.
2. Bare "آذربایجان" (also Iran's provinces) is the Republic in an article that names one of its places (Baku,
   Karabakh, Lachin), as it was where the article names one of its people or bodies; not after "مردم", "استان"
   (grammar.yaml region_people; rasad/annotate/link/linker.py).
Sentences are our own, modelled on real reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _doc(text: str, kb):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)


def _names(text: str, kb) -> set[str]:
    return {e.name for e in _doc(text, kb).entities}


@pytest.mark.parametrize("sentence,embassy", [
    ("سفارت هلند در تهران در اطلاعیه‌ای ساعات کار بخش روادید را اعلام کرد.", "Embassy of the Netherlands, Tehran"),
    ("سفارت جمهوری اسلامی ایران در مسکو مراسم سالگرد پیروزی انقلاب را برگزار کرد.", "Embassy of Iran, Moscow"),
    ("سفارت ژاپن در ایران از ارسال کمک‌های امدادی برای سیل‌زدگان خبر داد.", "Embassy of Japan, Tehran"),
    ("سفارت ایران در شهر بیروت خبر آتش‌سوزی در ساختمان خود را تکذیب کرد.", "Embassy of Iran, Beirut"),
])
def test_embassy_with_its_place(sentence, embassy, kb):
    assert embassy in _names(sentence, kb)


def test_embassy_forms_and_state(kb):
    """The embassy's forms are its whole name and the state with the head; the state is still reported."""
    doc = _doc("سفارت کانادا در آنکارا بیانیه‌ای درباره سفر وزیر منتشر کرد.", kb)
    emb = next(e for e in doc.entities if e.name == "Embassy of Canada, Ankara")
    assert emb.kb_id is None and emb.uid and emb.country == "CAN"
    assert "سفارت کانادا در آنکارا" in emb.forms and "سفارت کانادا" in emb.forms
    assert "Canada" in {e.name for e in doc.entities}


def test_protest_at_an_embassy_is_against_its_state(kb):
    doc = _doc("صدها دانشجو روز گذشته مقابل سفارت فرانسه در تهران تجمع کردند.", kb)
    assert "Embassy of France, Tehran" in {e.name for e in doc.entities}
    assert any(ev.type == "PROTEST" and "FRA" in ev.target_ids for ev in doc.events)


@pytest.mark.parametrize("sentence", [
    "سال‌ها پیش دانشجویان سفارت آمریکا را تسخیر کردند و این ماجرا ۴۴۴ روز طول کشید.",  # no place: the phrase, not the mission
    "بخش کنسولی سفارت ایتالیا در تهران تا پایان هفته تعطیل است.",                    # a section of the mission
    "او سال‌ها در سفارت کار کرده و اکنون در تهران زندگی می‌کند.",                     # no state
    "کنسولگری ایران در کربلا خدمات زائران را افزایش داد.",                              # consulates: not made (gold lists none)
])
def test_embassy_guards(sentence, kb):
    assert not any(n.startswith(("Embassy of", "Consulate of")) for n in _names(sentence, kb))


@pytest.mark.parametrize("sentence", [
    "نیروهای آذربایجان در نزدیکی لاچین به مواضع جدایی‌طلبان حمله کردند.",
    "آذربایجان پس از نشست باکو آمادگی خود را برای امضای توافق صلح اعلام کرد.",
])
def test_azerbaijan_where_its_place_is_named(sentence, kb):
    assert "Azerbaijan" in _names(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "کشاورزان آذربایجان از کم‌آبی دریاچه ارومیه گلایه کردند.",              # Iran's provinces: no place of the Republic
    "مردم آذربایجان پس از بازگشت تیم از باکو در تبریز جشن گرفتند.",          # the region's people, even beside Baku
])
def test_azerbaijan_guards(sentence, kb):
    assert "Azerbaijan" not in _names(sentence, kb)
