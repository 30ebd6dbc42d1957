"""Session 29 (slice ENT): bodies named by a head phrase and a known place or state, which real pages name and the
knowledge base lacked: a city's council and municipality ("شورای شهر گرگان", "شهرداری ساری"). rasad/data/kb/composed.yaml makes each as an actor from the places and
states the knowledge base has; the linker reports the body and its place as two mentions (rasad/annotate/link/
seats.py), and an act on such a body with no place of its own happened at the body's place. Sentences are our own,
modelled on real reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _doc(text: str, kb):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)


def _names(text: str, kb) -> set[str]:
    return {e.name for e in _doc(text, kb).entities}


@pytest.mark.parametrize("sentence,body,place", [
    ("شورای اسلامی شهر کرمان طرح تازه حمل‌ونقل عمومی را تصویب کرد.", "Kerman City Council", "Kerman"),
    ("دادستان از بازداشت دو عضو شورای شهر یزد به اتهام رشوه خبر داد.", "Yazd City Council", "Yazd"),
    ("شهرداری اهواز از آغاز لایروبی کانال‌های شهر خبر داد.", "Ahvaz Municipality", "Ahvaz"),
    ("شهرداری زنجان قرارداد ساخت پل شمالی شهر را لغو کرد.", "Zanjan Municipality", "Zanjan, Iran"),
])
def test_council_and_municipality_of_a_city(sentence, body, place, kb):
    names = _names(sentence, kb)
    assert body in names and place in names
    assert "Local councils of Iran" not in names


def test_act_on_a_council_is_at_its_city(kb):
    doc = _doc("ماموران وزارت اطلاعات اعضای شورای شهر بیرجند را بازداشت کردند.", kb)
    ev = next(e for e in doc.events if e.type == "COERCE")
    assert "city-council-birjand" in ev.target_ids and ev.location_id == "birjand"


@pytest.mark.parametrize("sentence,absent", [
    ("انتخابات شوراهای اسلامی شهر و روستا در خرداد برگزار شد.", "City Council"),   # the councils at large
    ("او سال‌ها در شهر کرمان زندگی کرده و در شهرداری کار نکرده است.", "Municipality"),
    # (embassies are entities since slice 29 ENT2: tests/test_vocab29_ENT2.py)
])
def test_guards(sentence, absent, kb):
    assert not any(absent in n for n in _names(sentence, kb))


def test_curated_body_wins(kb):
    """"شهرداری تهران" is the curated Municipality of Tehran, not a composed copy."""
    assert "Municipality of Tehran" in _names("شهرداری تهران بودجه سال آینده را به شورا ارائه کرد.", kb)
