"""Session 27 (slice G): entities the knowledge base does not have. A village, a district, a hospital, a camp or a
small news agency is seldom in any list, but the head word before its name says what it is ("روستای X", "ولسوالی
X", "بیمارستان X", "خبرگزاری X"). rasad now reports such a name (a rare word or two, or a quoted name) as an entity
of the head's type with a stable id of its own (rasad/annotate/link/headed.py, rasad/data/kb/headed.yaml), and
``rasad eval`` credits it, as it credits an unknown person, as the gold entity whose Persian form the text gives it.
Sentences are our own, modelled on real reports; guards are everyday sentences with the same head words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.evaluate import score_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _unknown(text: str, kb) -> list:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return [e for e in doc.entities if e.kb_id is None and (e.uid or "").startswith("unknown:") and e.type != "PERSON"]


def _has(entities: list, kind: str, form: str) -> bool:
    key = form.replace(" ", "").replace("\u200c", "")
    return any(e.type == kind and any(f.replace(" ", "").replace("\u200c", "") == key for f in e.forms)
               for e in entities)


@pytest.mark.parametrize("sentence,kind,form", [
    ("ساکنان روستای کلاتوک در جنوب استان کرمان از کمبود آب آشامیدنی گله دارند.", "PLACE", "کلاتوک"),
    ("درگیری مسلحانه در قریه «بادام‌زار» ولسوالی خوگیانی دو کشته بر جا گذاشت.", "PLACE", "بادام‌زار"),
    ("نیروهای طالبان دیروز وارد ولسوالی شینکوزی شدند و ساختمان آن را گرفتند.", "PLACE", "شینکوزی"),
    ("ده‌ها خانواده از شهرک القریطیه در حومه حمص گریختند.", "PLACE", "القریطیه"),
    ("زخمیان این انفجار به بیمارستان الشفیعه منتقل شدند.", "ORG", "الشفیعه"),
    ("به گزارش آژانس خبری ورسک، چند معترض بازداشت شدند.", "MEDIA", "ورسک"),
    ("گروهی از دانشجویان دانشگاه خوارزمیان کرج مقابل ساختمان اداری تجمع کردند.", "ORG", "خوارزمیان کرج"),
    ("درگیری در منطقه حسن خیل و روستای زرکوه دره ادامه داشت.", "PLACE", "زرکوه دره"),
])
def test_named_after_a_head_word(sentence, kind, form, kb):
    found = _unknown(sentence, kb)
    assert _has(found, kind, form), [(e.type, e.forms) for e in found]


@pytest.mark.parametrize("sentence", [
    "بخش عمده‌ای از نیروها به بیمارستان منتقل شدند.",          # common words after the heads
    "روزنامه نوشت که دانشگاه از فردا تعطیل است.",
    "بیمارستان تهران به بیماران قلبی خدمات می‌دهد.",           # a known place after the head: no new entity
    "خبرگزاری فارس گزارش داد که شرکت کنندگان در همایش افزایش یافتند.",  # a known outlet; "شرکت" as a verb's noun
    "او در روستای پدری‌اش زندگی می‌کند و به شرکت میرفت.",
    "بیمارستان علی کریمی در حال ساخت است.",                     # a person's name after the head
])
def test_everyday_head_words_name_nothing(sentence, kb):
    assert _unknown(sentence, kb) == []


def test_eval_credits_an_unknown_place_by_its_form():
    gold = {"doc": "x", "entities": [{"name": "Kalatuk", "type": "PLACE", "forms": ["کلاتوک"]},
                                     {"name": "Sham Hospital", "type": "PLACE", "forms": ["بیمارستان الشام"]}]}
    record = {"entities": [
        {"name": "Kalatouk", "type": "PLACE", "kb_id": None, "uid": "unknown:place:kalatouk",
         "forms": ["روستای کلاتوک", "کلاتوک"]},
        {"name": "Alsham", "type": "ORG", "kb_id": None, "uid": "unknown:org:alsham", "forms": ["بیمارستان الشام"]},
        {"name": "Varsak", "type": "MEDIA", "kb_id": None, "uid": "unknown:media:varsak", "forms": ["ورسک"]}]}
    score = score_document(gold, record)
    assert (score.entities.tp, score.entities.fp, score.entities.fn) == (2, 1, 0), score.notes


def test_eval_unknown_person_matches_no_place():
    gold = {"doc": "x", "entities": [{"name": "Kalatuk", "type": "PLACE", "forms": ["کلاتوک"]}]}
    record = {"entities": [{"name": "Kalatouk", "type": "PERSON", "kb_id": None, "uid": "unknown:kalatouk",
                            "forms": ["کلاتوک"]}]}
    score = score_document(gold, record)
    assert (score.entities.tp, score.entities.fp) == (0, 1)
