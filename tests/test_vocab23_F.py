"""Session 23 (slice F): the most specific actor the text names, on events rasad already finds — a strike on a place a
non-state group holds hits the group, not the place's state (actor ``holds``); a plural office ("روسای جمهور X و
Y") is the holder the article itself names in that office, even undated; a bare court placed in a state's city is
that state's judiciary (or the state); and a state named bare as the source of a sentence is its judiciary where the
knowledge base knows it (pattern ``acting_body``). Each case is written anew (other actors, places, details); the
guards are everyday sentences with the same words that must not change."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import assert_coded, reported_events


def _undated(text, kb):
    return annotate_document(RawDocument(source="t.txt", text=text, published=None), kb).events


@pytest.mark.parametrize("sentence,expected", [
    # a strike on a place the Houthis hold (Saada, Sanaa, Hodeidah) hits the Houthis
    ("جنگنده‌های آمریکایی بامداد شنبه انبارهای سلاح در شهر صعده را بمباران کردند.", ("ASSAULT", "USA", "houthis")),
    ("نیروی هوایی اسرائیل روز سه‌شنبه به نیروگاه برقی در شهر حدیده در غرب یمن حمله کرد.", ("ASSAULT", None, "houthis")),
    ("ناوهای آمریکایی در دریای سرخ چند موشک کروز به سمت صنعا شلیک کردند.", ("ASSAULT", "USA", "houthis")),
    # the state named only in the place's genitive
    ("بریتانیا بامداد جمعه به فرودگاه حدیده یمن حمله کرد و باند پرواز آسیب دید.", ("ASSAULT", "GBR", "houthis")),
    # a bare court placed in a state's city is its judiciary, or the state where the knowledge base names none
    ("دادگاهی در استانبول روز چهارشنبه یک روزنامه‌نگار را به ده سال زندان محکوم کرد.", ("COERCE", "TUR", None)),
    ("یک دادگاه در کویت روز یکشنبه سه نفر را به اتهام قاچاق مواد مخدر به اعدام محکوم کرد.", ("COERCE", "KWT", None)),
    ("دادگاهی در شیراز روز دوشنبه یک فعال صنفی را به شش سال حبس محکوم کرد.", ("COERCE", "judiciary-of-iran", None)),
    # a state named bare as the source of a sentence: its judiciary
    ("ایران روز پنجشنبه یک شهروند اتریشی را به اتهام جاسوسی به اعدام محکوم کرد.", ("COERCE", "judiciary-of-iran", None)),
    ("مقامات ایرانی یک مرد را به اتهام قتل یک مأمور پلیس به اعدام محکوم کردند.", ("COERCE", "judiciary-of-iran", None)),
])
def test_session23_f_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_a_plural_office_is_the_holder_the_article_names(kb):
    events = _undated("روسای جمهور ترکیه و مصر روز گذشته با یکدیگر تلفنی گفتگو کردند. رجب طیب اردوغان رئیس جمهور "
                      "ترکیه در این گفتگو بر لزوم برقراری آتش‌بس در غزه تاکید کرد.", kb)
    calls = [e for e in events if e.type == "CONSULT"]
    assert calls and "recep-tayyip-erdogan" in calls[0].source_ids + calls[0].target_ids, \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_a_plural_office_undated_and_unnamed_stays_the_states(kb):
    events = _undated("روسای جمهور ترکیه و مصر روز گذشته با یکدیگر تلفنی درباره تحولات غزه گفتگو کردند.", kb)
    calls = [e for e in events if e.type == "CONSULT"]
    assert calls and set(calls[0].source_ids + calls[0].target_ids) == {"TUR", "EGY"}, \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,published,target", [
    # a strike there before the group took the city hits the state
    ("هواپیماهای آمریکایی روز دوشنبه مواضعی در نزدیکی شهر صعده را بمباران کردند.", "2009-05-04T10:00:00+03:30", "YEM"),
])
def test_a_place_before_it_was_held_is_its_states(kb, sentence, published, target):
    events = [e for e in reported_events(sentence, kb, published) if e.type == "ASSAULT"]
    assert events and all(target in e.target_ids and "houthis" not in e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype,absent", [
    # the group holding a city is no target of its own fire from there
    ("حوثی‌ها از صنعا یک موشک بالستیک به سمت بندر ایلات شلیک کردند.", "ASSAULT", "houthis"),
    # a court as where someone appeared is no party
    ("این فعال سیاسی روز دوشنبه در دادگاهی در لندن حاضر شد و اتهامات را رد کرد.", "COERCE", None),
    # a state's other acts stay the state's
    ("ایران روز دوشنبه یک نفتکش خارجی را در خلیج فارس توقیف کرد.", "COERCE", "judiciary-of-iran"),
])
def test_session23_f_guards(kb, sentence, etype, absent):
    events = reported_events(sentence, kb)
    seen = [(e.type, e.source_ids, e.target_ids) for e in events]
    if absent is None:
        assert not [e for e in events if e.type == etype], seen
    else:
        assert not any(absent in e.target_ids + e.source_ids and e.type == etype
                       and (absent != "houthis" or absent in e.target_ids) for e in events), seen
