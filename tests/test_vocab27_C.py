"""Session 27 (slice C): attacks and armed clashes rasad missed on real pages, fixed as mechanisms.
(1) A clash told as a noun ("درگیری X با Y") was built too and removed at the merge: it lowered the held-out fresh
part's event scores. (2) A clash whose other side is left unnamed after "با" ("X به شدت با گروه‌های تکفیری درگیر
شدند", grammar.yaml unnamed_clash_sides): the named side's clash stands with no target (coder._unnamed_clash_side).
(3) Where a clash with no place in its clause was fought: a place after "در" earlier in its sentence, or for "این
منطقه" the last place of the sentence before (coder._clash_place). (4) Made the mark of rockets or missiles
("را هدف راکت قرار دادند", "را آماج موشک‌های خود کردند"; only weapons after "آماج"). (5) The Dari "سویدن" for
Sweden; "اراضی اشغالی" as "سرزمین‌های اشغالی" names Israel. The sentences are the tests' own, modelled on the
phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


def _assault(sentence, kb):
    return [(e.source_ids, e.target_ids, e.location_id) for e in reported_events(sentence, kb) if e.type == "ASSAULT"]


# ---------------------------------------------------------------- (2) a clash with an unnamed side


@pytest.mark.parametrize("text, source", [
    ("نیروهای ارتش عراق در حومه موصل به شدت با گروه‌های تکفیری درگیر شدند.", "iraqi-army"),
    ("یگان‌های ارتش سوریه دیشب با تروریست‌ها درگیر شدند.", "syrian-arab-army"),
])
def test_clash_with_unnamed_side(kb, text, source):
    assert_coded(text, kb, ("ASSAULT", source, None))


@pytest.mark.parametrize("text", [
    "بازیکنان پرسپولیس در پایان بازی با داور درگیر شدند.",
    "هواداران استقلال با ماموران ورزشگاه درگیر شدند.",
])
def test_unnamed_side_needs_armed_words(kb, text):
    assert_not_coded(text, kb, "2024-07-20", "ASSAULT")


# ---------------------------------------------------------------- (3) where the clash was fought


def test_clash_place_earlier_in_sentence(kb):
    found = _assault("نیروهای ارتش سوریه با پیشروی در محله صلاح‌الدین در بخش غربی حلب، با گروه‌های تکفیری درگیر شدند.", kb)
    assert any(loc == "aleppo" for _s, _t, loc in found), found


def test_clash_place_this_area(kb):
    text = "خمپاره‌ها در حومه حمص فرود آمد. نیروهای ارتش سوریه امروز در این منطقه با گروه‌های تکفیری درگیر شدند."
    found = _assault(text, kb)
    assert any(loc == "homs" for _s, _t, loc in found), found


# ---------------------------------------------------------------- (4) the mark of rockets or missiles


@pytest.mark.parametrize("text, source, target", [
    ("گردان‌های قسام شهرک‌های جنوب اسرائیل را هدف راکت قرار دادند.", "al-qassam-brigades", "ISR"),
    ("حزب‌الله شمال اراضی اشغالی را آماج موشک‌های خود کرد.", "hezbollah", "ISR"),
    ("ارتش روسیه مواضع ارتش اوکراین را هدف موشک‌های کروز قرار داد.", None, "armed-forces-of-ukraine"),
])
def test_mark_of_rockets(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("text", [
    "نمایندگان مجلس وزیر نیرو را آماج انتقادات تند خود قرار دادند.",
    "این شرکت بازار خاورمیانه را هدف قرار داده است و محصولات تازه‌ای عرضه می‌کند.",
])
def test_mark_of_words_no_attack(kb, text):
    assert_not_coded(text, kb, "2024-07-20", "ASSAULT")


# ---------------------------------------------------------------- (5) names


def test_dari_sweden_and_occupied_lands(kb):
    assert_coded("جنگنده‌های سویدن مواضع داعش را در عراق بمباران کردند.", kb, ("ASSAULT", "SWE", None))
    assert_coded("جهاد اسلامی اراضی اشغالی را هدف راکت قرار داد.", kb, ("ASSAULT", None, "ISR"))
