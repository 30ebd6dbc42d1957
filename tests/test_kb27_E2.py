"""Session 27 (slice E2), knowledge base only: names the real-news dev half missed. Places are reported by their
English Wikipedia titles, which GeoNames sometimes spells otherwise ("Mişrātah" is "Misrata"): world.yaml
``geonames.titles`` gives the title by GeoNames id. The Azadi Sport Complex (not only its stadium) and Afghanistan's
interior ministry as Iranian outlets name it. Sentences are our own."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _names(text: str, kb) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return {e.name for e in doc.entities if e.kb_id}


@pytest.mark.parametrize("sentence,name", [
    ("جنگنده‌ها شب گذشته مواضعی در حومه مصراته را هدف قرار دادند.", "Misrata"),
    ("شورشیان بندر مصراته را در محاصره نگه داشته‌اند.", "Misrata"),
    ("مهاجمان به پاسگاه پولیس در ولسوالی غوریان هرات حمله کردند.", "Ghoryan District"),
    ("پس از زلزله، امدادگران به روستای ازگله رسیدند.", "Ezgeleh"),
    ("نیروهای دولتی وارد شهرک المسیفره در ریف درعا شدند.", "Al-Musayfirah"),
    ("کارگران پیمانکاری پالایشگاه‌های عسلویه دست از کار کشیدند.", "Asaluyeh"),
    ("مسابقات جهانی کشتی در مجموعه ورزشی آزادی برگزار می‌شود.", "Azadi Sport Complex"),
    ("سالن دوازده هزار نفری مجموعه ورزشی آزادی میزبان دیدار دو تیم بود.", "Azadi Sport Complex"),
    ("سخنگوی وزارت کشور افغانستان از کشته شدن شش مهاجم خبر داد.", "Ministry of Interior Affairs (Afghanistan)"),
    ("وزارت کشور افغانستان اعلام کرد که جاده کابل قندهار باز شد.", "Ministry of Interior Affairs (Afghanistan)"),
])
def test_named_by_its_title(sentence, name, kb):
    assert name in _names(sentence, kb)


@pytest.mark.parametrize("sentence,name", [
    ("هواداران پس از پایان بازی از ورزشگاه آزادی بیرون آمدند.", "Azadi Sport Complex"),   # the stadium, not the complex
    ("وزارت کشور ایران زمان انتخابات را اعلام کرد.", "Ministry of Interior Affairs (Afghanistan)"),
    ("مجموعه ورزشی تازه‌ای در شهر آزادی‌شهر افتتاح شد.", "Azadi Sport Complex"),
])
def test_everyday_words_name_none_of_them(sentence, name, kb):
    assert name not in _names(sentence, kb)


def test_a_wikipedia_title_over_geonames(kb):
    assert kb.places["gn-2214846"].name == "Misrata"
    assert kb.places["district-gn-1140970"].name == "Ghoryan District"
