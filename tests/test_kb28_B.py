"""Session 28 (slice B): actors, places and outlets of dev pages 305-316 the knowledge base lacked: Fatemeh and Ali
Karroubi, the Green Movement, Zahak County and the Zayandeh River (a county and a river named bare), and four
Persian news sites named by their host, a dateline or a byline."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _linked(text, kb):
    doc = annotate_document(RawDocument(source="t.txt", text=text, published="2024-03-10T10:00:00+03:30"), kb)
    return {e.kb_id for e in doc.entities}


@pytest.mark.parametrize("text, kb_id", [
    ("فاطمه کروبی در نامه‌ای به رئیس قوه قضاییه از وضعیت همسرش گفت.", "fatemeh-karroubi"),
    ("علی کروبی پس از چند روز بازداشت آزاد شد.", "ali-karroubi"),
    ("حامیان جنبش سبز در سالگرد انتخابات بیانیه‌ای منتشر کردند.", "iranian-green-movement"),
    ("درگیری مرزبانان در منطقه زهک حدود یک ساعت ادامه داشت.", "zahak-county"),
    ("کشاورزان شرق اصفهان خواستار بازگشایی زاینده‌رود شدند.", "zayandeh-river"),
])
def test_linked(kb, text, kb_id):
    assert kb_id in _linked(text, kb)


@pytest.mark.parametrize("outlet, host", [
    ("iran-news-24", "irannews24.ir"), ("daneshjoo-salam", "daneshjo-salam.ir"),
    ("khabar-machine", "khabarmachine.ir"), ("zirnevis-news", "zirnevisnews.ir"),
])
def test_outlet_hosts(kb, outlet, host):
    assert host in kb.outlets[outlet].domains
    assert kb.outlets[outlet].country == "IRN"


def test_places_are_iranian(kb):
    assert kb.places["zahak-county"].country == "IRN" and kb.places["zayandeh-river"].country == "IRN"
