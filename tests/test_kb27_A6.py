"""Session 27 (slice A6): two towns the knowledge base lacked, met on dev pages as the place of a bombing and of a
road crash: Harnai in Balochistan (Pakistan) and Farmahin in Markazi (Iran)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _annotated(text, kb):
    return annotate_document(RawDocument(source="t.txt", text=text, published="2024-03-10T10:00:00+03:30"), kb)


@pytest.mark.parametrize("text,place", [
    ("پلیس پاکستان گفت نیروهای امنیتی در منطقه هرنای چند مظنون را بازداشت کردند.", "harnai"),
    ("فرماندار فرمهین از افتتاح یک بیمارستان تازه در این شهرستان خبر داد.", "farmahin"),
])
def test_town_linked(text, place, kb):
    doc = _annotated(text, kb)
    assert place in {e.kb_id for e in doc.entities}, [(e.name, e.kb_id) for e in doc.entities]
    assert kb.places[place].country == ("PAK" if place == "harnai" else "IRN")
