"""Session 31 (slice UNN): acts told with no party named, the act itself the news. A gathering called a protest
whose clause runs long before its verb (protest.held.long), with its place the city its protesters are named by
inside the trigger (coder._crowd_home); some of those held, counted, let go with their holder unnamed
(retreat.released.counted); such a partyless act dated by the sentence before when its own clause names no day
(coder._unnamed_act, _told_before). Sentences are our own, modelled on real reports; guards are everyday sentences
with the same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _events(text: str, kb, published: str | None = "2024-05-02T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb).events


def _of(text: str, kb, kind: str):
    return [e for e in _events(text, kb) if e.type == kind]


@pytest.mark.parametrize("sentence,place", [
    ("صبح شنبه تجمع اعتراضی بازنشستگان فولاد برای پیگیری حقوق معوقه سه ماه گذشته در مقابل ساختمان استانداری خوزستان "
     "در اهواز برگزار شد.", "ahvaz"),
    ("روز یکشنبه تجمع اعتراضی پرستاران شیراز برای دریافت مطالبات عقب افتاده و اجرای قانون تعرفه‌گذاری خدمات پرستاری "
     "جلوی دانشگاه علوم پزشکی برگزار شد.", "shiraz"),
])
def test_a_long_protest_gathering_with_no_one_named(sentence, place, kb):
    events = _of(sentence, kb, "PROTEST")
    assert events and not events[0].source and events[0].location_id == place


@pytest.mark.parametrize("sentence", [
    # a celebration
    "روز جمعه جشن بزرگ اعتراضی هنرمندان خیابانی با حضور خانواده‌ها در پارک ملت برگزار شد.",
    # not held
    "تجمع اعتراضی بازنشستگان کانون فرهنگیان برای پیگیری مطالبات سال گذشته در مقابل ساختمان مجلس برگزار نشد.",
])
def test_a_gathering_that_is_no_protest(sentence, kb):
    assert not _of(sentence, kb, "PROTEST")


@pytest.mark.parametrize("sentence", [
    "سه تن از ۲۰ کارگر بازداشت شده در اراک آزاد شدند.",
    "خبرها حاکی است که چهار نفر از دانشجویان بازداشت شده در اعتراضات هفته گذشته آزاد شده‌اند.",
])
def test_some_of_those_held_let_go(sentence, kb):
    events = _of(sentence, kb, "RETREAT")
    assert events and not events[0].source and not events[0].target


@pytest.mark.parametrize("sentence", [
    "سه تن از کارگران معدن که زیر آوار مانده بودند آزاد شدند.",
    "سه تن از بازیکنان تیم از قرارداد خود با باشگاه آزاد شدند.",
])
def test_people_freed_from_rubble_or_a_contract(sentence, kb):
    assert not _of(sentence, kb, "RETREAT")


def test_a_partyless_act_dated_by_the_sentence_before(kb):
    """A page whose own date is unknown: the day the sentence before names."""
    text = ("روز دوشنبه ۹ مهر ۱۴۰۲ صدها کارگر بازداشتی در زندان شهر ساری نگهداری می‌شدند. "
            "پنج نفر از کارگران بازداشت شده در این شهر آزاد شدند.")
    events = [e for e in _events(text, kb, published=None) if e.type == "RETREAT"]
    assert events and events[0].date == "2023-10-01"
