"""Session 32 (slice PLC): places. Real pages name many places no list has by the head word before them ("منطقه X",
"پل X", "گردنه X"), an airport or an air base by its city ("فرودگاه X"), several villages after one head ("دو روستای
X و Y"), or a name in single quotes; and some towns and rivers of the wars and protests were missing from the
gazetteer or named otherwise than their Wikipedia titles. Sentences are our own, modelled on real reports; guards
are everyday sentences with the same head words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED
from tests.test_vocab27_G import _has, _unknown


def _doc(text: str, kb):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)


@pytest.mark.parametrize("sentence,form", [
    # a region, a quarter or a pass by its head word
    ("پهپادهای ارتش دیروز مواضعی در منطقه گورماچ ولایت بادغیس را هدف قرار دادند.", "منطقه گورماچ"),
    ("نیروها پس از درگیری به منطقه «الحاضر» در جنوب حلب رسیدند.", "الحاضر"),
    ("بهمن راه گردنه زردکمرک را بست و ده‌ها خودرو در برف ماندند.", "گردنه زردکمرک"),
    # a name in single quotes
    ("کودکان در روستای 'کاتسینا' ربوده شدند.", "کاتسینا"),
    # several names after one head
    ("پهپادها دو روستای «الدیر» و «الحمام» را هدف گرفتند.", "الحمام"),
    ("شبه‌نظامیان کنترل دو روستای گورماچ و شینکوزی را به دست گرفتند.", "روستای شینکوزی"),
    # an airport by its city's name: the airport, beside the city
    ("شبه‌نظامیان شامگاه دیروز به فرودگاه قندهار حمله کردند.", "فرودگاه قندهار"),
    ("هواپیماهای ائتلاف باند فرودگاه الحدیده را بمباران کردند.", "فرودگاه الحدیده"),
])
def test_places_named_after_a_head_word(sentence, form, kb):
    found = _unknown(sentence, kb)
    assert _has(found, "PLACE", form), [(e.type, e.forms) for e in found]


def test_an_airport_leaves_its_city_linked(kb):
    ids = {e.kb_id for e in _doc("شبه‌نظامیان شامگاه دیروز به فرودگاه قندهار حمله کردند.", kb).entities}
    assert "kandahar" in ids


@pytest.mark.parametrize("sentence", [
    "تیم ما در منطقه غربی بازی کرد و او در میدان نبرد زخمی شد.",            # common words after the heads
    "مسافران در فرودگاه منتظر ماندند و از خیابان اصلی و پل عابر گذشتند.",
    "پرواز از فرودگاه امام خمینی با تاخیر انجام شد.",                        # a known airport: no new place
    "کوهنوردان از گردنه گذشتند و در کنار رودخانه چادر زدند.",
])
def test_everyday_place_words_name_nothing(sentence, kb):
    assert _unknown(sentence, kb) == []


def test_a_joined_common_word_is_no_second_place(kb):
    found = _unknown("ساکنان روستای کلاتوک و مردم شهر در تجمع شرکت کردند.", kb)
    assert [e.forms[-1] for e in found] == ["کلاتوک"]


@pytest.mark.parametrize("sentence,place", [
    ("شورشیان پس از درگیری از راس لانوف عقب نشستند.", "ras-lanuf"),
    ("نیروهای دولتی بن جواد را دوباره گرفتند.", "bin-jawad"),
    ("کشاورزان در کنار رود کارون تجمع کردند.", "karun"),
    ("نیروهای عراقی به ساحل رود دجله رسیدند.", "tigris"),
    ("افراد مسلح چند دانش‌آموز را در ایالت بورنو ربودند.", "borno-state"),
    ("کارگران فولاد در لنجان دست به اعتصاب زدند.", "lenjan-county"),
    ("انتخابات در شهر تفت با حضور مردم برگزار شد.", "taft-iran"),
])
def test_gazetteer_towns_and_rivers(sentence, place, kb):
    assert place in {e.kb_id for e in _doc(sentence, kb).entities}


def test_an_everyday_word_is_no_town(kb):
    assert "taft-iran" not in {e.kb_id for e in _doc("پیاز را در روغن تفت دهید تا طلایی شود.", kb).entities}


@pytest.mark.parametrize("place,title", [("shush", "Shush, Iran"), ("gn-2212775", "Sabha, Libya"),
                                         ("gn-143860", "Shahriar, Iran")])
def test_towns_take_their_wikipedia_titles(place, title, kb):
    assert kb.places[place].name == title
