"""Session 26 (slice U): people the knowledge base does not know, found by the shape of their names. Mechanisms, not
sentences:
(1) A title that is part of how a person is named ("سید", "سیده", "مولوی", "ملا", "حافظ", "مفتی", "قاری") is kept in
the span of a name found by its given name (grammar.yaml span_titles; names._titled_start), its Latin name without it.
(2) A given name written as two words where a ZWNJ was meant ("عصمت الله", "نور الدین": a given name's tail set
apart) is one given name (names._given_len); "عبدال" before any of God's names is a given name ("عبدالمتین",
lexicon kind given-head).
(3) Given names the lexicon lacked, some of them everyday words or months ("آذر", "اسلام", "عصمت"), with the noun
and date guards (grammar.yaml noun_given_names, month_given_names); a name going on a list of names is no noun.
(4) An office word after a name with its ezafe written ("نماینده‌ی خاص", the page's "نمایندۀ") opens the office.
The sentences are the tests' own, modelled on the phrasing of real pages; the guards are everyday texts with the
same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument

_REPORTED = " به گزارش خبرگزاری مهر، این موضوع واکنش‌های زیادی به دنبال داشت."


def _people(text, kb, day="2024-05-01"):
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=f"{day}T10:00:00+03:30"), kb)
    return [(e.name, e.forms) for e in doc.entities if e.type == "PERSON" and not e.kb_id]


def _found(people, form):
    return any(form in forms for _name, forms in people)


# ---------------------------------------------------------------- (1) a title kept in the name's span

@pytest.mark.parametrize("text, form, name", [
    ("سید مهران قاسم‌لو، استاد دانشگاه، به خبرنگار ما گفت که این تصمیم دیر گرفته شد.", "سید مهران قاسم‌لو",
     "Mehran Qasem-Lou"),
    ("سیده زهرا کاظم‌پور نماینده مردم شیراز گفت که دولت باید به این پرسش پاسخ دهد.", "سیده زهرا کاظم‌پور", None),
    ("مولوی نورالله رحیم‌زی سرپرست وزارت معادن گفت که قرارداد استخراج امضا می‌شود.", "مولوی نورالله رحیم‌زی", None),
])
def test_title_in_span(kb, text, form, name):
    people = _people(text, kb)
    assert _found(people, form), people
    assert name is None or any(n == name for n, _f in people), people


# ---------------------------------------------------------------- (2) given names in two words, "عبدال..."

@pytest.mark.parametrize("text, form", [
    ("در این دیدار عصمت الله رحیم‌اف نماینده ویژه رئیس‌جمهور قرقیزستان گفت که مرزها باز می‌ماند.",
     "عصمت الله رحیم‌اف"),
    ("ابتدا نور الدین کریم‌یار گفت که کاروان کمک‌ها فردا به هرات می‌رسد.", "نور الدین کریم‌یار"),
    ("مفتی عبدالواسع نوری‌زی معاون وزارت مالیه گفت که گمرکات شبانه‌روزی فعال است.", "مفتی عبدالواسع نوری‌زی"),
    ("عبدالمتین فراهی‌زاده سخنگوی والی قندهار گفت که جاده بازگشایی شد.", "عبدالمتین فراهی‌زاده"),
])
def test_given_name_shapes(kb, text, form):
    people = _people(text, kb)
    assert _found(people, form), people


# ---------------------------------------------------------------- (3) given names that are months or nouns

@pytest.mark.parametrize("text, form", [
    ("آذر کریم‌خانی رئیس انجمن صنفی روزنامه‌نگاران گفت که مجوز نشریه لغو شده است.", "آذر کریم‌خانی"),
    ("به گفته شاهدان، آذر رسولی‌فر معتقد است که این حکم باید شکسته شود.", "آذر رسولی‌فر"),
    ("بازداشت‌شدگان عبارتند از رضا کمالی‌نژاد، اسلام ایمان‌پور و جواد مرادخانی ساکن تبریز.", "اسلام ایمان‌پور"),
    ("با عصمت الله نوری‌اف نمایندۀ خاص رئیس‌جمهور تاجیکستان دیدار کرد.", "عصمت الله نوری‌اف"),
])
def test_noun_and_month_given_names(kb, text, form):
    people = _people(text, kb)
    assert _found(people, form), people


@pytest.mark.parametrize("text", [
    "روز ۳۰ آذر کریم‌خانی به دادسرا احضار شد.",
    "در آذر امسال قیمت‌ها در بازار تهران افزایش یافت و مردم گلایه کردند.",
    "ارزش‌های اسلام ناب در این همایش بررسی شد و سخنرانان بر آن تأکید کردند.",
    "حزب الله لبنان در بیانیه‌ای این حمله را محکوم کرد.",
    "عصمت و پاکدامنی در این نمایش به تصویر کشیده شده است.",
    "سید و سالار شهیدان در این مراسم یاد شد.",
])
def test_guards_no_person(kb, text):
    people = _people(text, kb)
    assert not people, people


@pytest.mark.parametrize("text", [
    "بسم الله الرحمن الرحیم؛ مراسم با تلاوت قرآن آغاز شد.",
    "مردم به رسول الله اکرم درود فرستادند و مراسم به پایان رسید.",
])
def test_guards_tail_phrases(kb, text):
    """Guard: a phrase with "الله" whose two words are no given name the lexicon lists."""
    people = _people(text, kb)
    assert not people, people
