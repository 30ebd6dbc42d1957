"""Session 27 (slice A3): the chief justice of Golestan province, whose surname is an ordinary word ("آسیابی"), so
that only the knowledge base can name him; the sentences he reports in the passive are his court's acts."""

from __future__ import annotations

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import found_of_type, shown


def _annotated(text, kb):
    return annotate_document(RawDocument(source="t.txt", text=text, published="2024-03-10T10:00:00+03:30"), kb)


def test_golestan_chief_justice_named_and_resolved(kb):
    doc = _annotated("رئیس کل دادگستری گلستان از صدور حکم در پرونده زمین خواری خبر داد. حیدر آسیابی گفت: "
                     "این پرونده به سرعت رسیدگی شد.", kb)
    assert "heydar-asiabi" in {e.kb_id for e in doc.entities}
    assert any(r.kb_id == "heydar-asiabi" for r in doc.roles), [(r.text, r.kb_id) for r in doc.roles]


def test_his_reported_sentences_are_his_courts(kb):
    text = "حیدر آسیابی اظهار کرد: پنج متهم پرونده قاچاق سوخت به حبس و جزای نقدی محکوم شدند."
    found, events = found_of_type(text, kb, "2024-03-10", "COERCE")
    assert any("heydar-asiabi" in e.source_ids for e in found), shown(events)


def test_surname_alone_is_a_word(kb):
    doc = _annotated("آرد گندم آسیابی در بازار شهر گرگان به قیمت تازه‌ای به فروش رسید و کشاورزان از آن راضی بودند.", kb)
    assert "heydar-asiabi" not in {e.kb_id for e in doc.entities}
