"""Session 32 (slice OUT): outlets (MEDIA) the real-news dev half missed. After a head that names an outlet
("خبرنامه", "آژانس خبری", "مجله") the words saying what kind it is are passed, and the name may be common words
closed by punctuation, or a state's place after "دولتی"/"ملی" (rasad/annotate/link/headed.py, headed.yaml
``media_names``); a bare outlet name that is also a word or a place opening a clause before a verb only a writer
does is the outlet (link/cited.py, grammar.yaml ``outlet_verbs_written``). Sentences are our own, modelled on real
reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _entities(text: str, kb) -> list:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return doc.entities


def _media_forms(text: str, kb) -> set[str]:
    return {f.replace(" ", "").replace("\u200c", "") for e in _entities(text, kb) if e.type == "MEDIA" for f in e.forms}


def _key(form: str) -> str:
    return form.replace(" ", "").replace("\u200c", "")


@pytest.mark.parametrize("sentence,form", [
    # common words closed by punctuation after a head that names nothing but an outlet
    ("به گزارش آژانس خبری راه ابریشم، سفیر چین در باکو با وزیر نفت دیدار کرد.", "آژانس خبری راه ابریشم"),
    ("گروه سیاسی خبرگزاری آنلاین نبض بازار؛ نمایندگان امروز طرح را بررسی کردند.", "خبرگزاری آنلاین نبض بازار"),
    ("بر پایه گزارش خبرنامه دانشگاه صنعتی، صدها دانشجو در محوطه تجمع کردند.", "خبرنامه دانشگاه صنعتی"),
    # descriptors between the head and a rare name
    ("شبکه تلویزیونی الغدیریه گزارش داد که دو نفر در انفجار کشته شدند.", "شبکه تلویزیونی الغدیریه"),
    ("مجله کارنیکا در شماره تازه خود از افزایش قیمت دارو نوشت.", "مجله کارنیکا"),
    # a state's outlet named by its place
    ("در برنامه‌ای که تلویزیون دولتی قرقیزستان پخش کرد، وزیر کشور سخن گفت.", "تلویزیون دولتی قرقیزستان"),
    ("رادیو ملی ترکمنستان روز شنبه از بازگشت رئیس جمهور به عشق‌آباد خبر داد.", "رادیو ملی ترکمنستان"),
])
def test_outlet_named_after_its_head(sentence, form, kb):
    assert _key(form) in _media_forms(sentence, kb)


@pytest.mark.parametrize("sentence,word", [
    ("پلیس اعضای یک شبکه قاچاق، را در مرز دستگیر کرد.", "قاچاق"),
    ("شبکه برق کشور، دیروز دچار خاموشی شد.", "برق"),
    ("سایت هسته‌ای، بار دیگر هدف حمله قرار گرفت.", "هسته"),
    ("سایت نطنز دیروز بازرسی شد.", "نطنز"),
    ("کانال آب، در تابستان خشک شد.", "آب"),
    ("او رادیو را خاموش کرد و خوابید.", "رادیو"),
    ("یک روزنامه محلی، این خبر را منتشر کرد.", "محلی"),
    ("خانم احمدی روزنامه نگار شاغل در تهران است.", "نگار"),
])
def test_no_outlet_in_everyday_words(sentence, word, kb):
    assert not any(word in f for f in _media_forms(sentence, kb))


@pytest.mark.parametrize("sentence,name", [
    ("کارگران دیروز تجمع کردند. فارس نوشته است که ماموران برای حفظ نظم آمده بودند.", "Fars"),
    ("مجلس طرح را تصویب کرد. مهر نوشت که رای‌گیری دو ساعت طول کشید.", "Mehr"),
])
def test_bare_outlet_before_a_writing_verb(sentence, name, kb):
    assert name in {e.name for e in _entities(sentence, kb) if e.type == "MEDIA" and e.kb_id}


@pytest.mark.parametrize("sentence", [
    "باران در استان فارس نوشته‌های روی دیوار را پاک کرد.",
    "او در فارس گزارش داد که محصول گندم کم است.",
])
def test_province_is_no_outlet(sentence, kb):
    assert "Fars" not in {e.name for e in _entities(sentence, kb) if e.type == "MEDIA"}
