"""Session 23 (slice N): a pair of parties referred to, not named, as the subject of an agreement, a signing or a
talk — "دو کشور", "هر دو کشور", "مقامات دو کشور", "دو رئیس‌جمهور", "دو جانب", "دوطرف" — after the meeting, call or
visit that named them. "دو کشور" stands for the two states of the pair (a person for their state); the person words
for the pair of people. The pair acts as one side to the other; "با X" of an earlier clause is one of the pair, not
its partner. Guards: one of the pair ("یکی از دو کشور"), a pair never named before, the words as a noun's genitive
("روابط دو کشور"), and a pair of teams. Each case is written anew (other actors, other details)."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _found(text, kb, etype, source, target):
    events = reported_events(text, kb)
    ok = [e for e in events if e.type == etype and {source, target} <= set(e.source_ids) | set(e.target_ids)
          and e.source_ids and e.target_ids]
    return ok, [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


@pytest.mark.parametrize("text,expected", [
    # "دو کشور" after a meeting of two officials: their two states sign
    ("عباس عراقچی روز یکشنبه در مسقط با بدر البوسعیدی دیدار کرد. دو کشور سه سند همکاری بندری امضا کردند.",
     ("AGREE", "IRN", "OMN")),
    ("مسعود پزشکیان در سفر به ایروان با نیکول پاشینیان دیدار کرد. در پایان این دیدار، دو کشور چهار یادداشت تفاهم به امضا رساندند.",
     ("AGREE", "IRN", "ARM")),
    ("هیئتی از عراق به ریاست فؤاد حسین به تهران رفت و با عباس عراقچی دیدار کرد. هر دو کشور یک توافق‌نامه امنیتی امضا کردند.",
     ("AGREE", "IRQ", "IRN")),
    # the person words: the pair of people last named
    ("ولادیمیر پوتین در تماس تلفنی با رجب طیب اردوغان گفت‌وگو کرد. دو رئیس‌جمهور بر ادامه مذاکرات درباره غلات توافق کردند.",
     ("AGREE", "vladimir-putin", "recep-tayyip-erdogan")),
    # the pair in the same sentence, after "با X" of the meeting (X is one of the pair, not the partner)
    ("مسعود پزشکیان در سفری به دوشنبه با امامعلی رحمان دیدار کرد و در جریان این سفر، دوطرف هشت سند همکاری امضا کردند.",
     ("AGREE", "masoud-pezeshkian", "emomali-rahmon")),
])
def test_session23_n_pair_referred_to(kb, text, expected):
    ok, got = _found(text, kb, *expected)
    assert ok, got


@pytest.mark.parametrize("text", [
    # one of the pair, no pair
    "عباس عراقچی در مسقط با بدر البوسعیدی دیدار کرد. یکی از دو کشور پیش‌نویس توافق‌نامه را امضا کرد.",
    # a pair never named before
    "به گزارش منابع آگاه، دو کشور روز گذشته در پایتخت یک یادداشت تفاهم امضا کردند.",
    # a pair of teams is no pair of states
    "تیم ملی ایران با تیم ملی ژاپن در دوحه بازی کرد. دو تیم پس از بازی قرارداد بازی دوستانه دیگری امضا کردند.",
])
def test_session23_n_no_agreement(kb, text):
    assert not [e for e in reported_events(text, kb) if e.type == "AGREE" and e.source_ids and e.target_ids], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(text, kb)]


def test_session23_n_genitive_is_no_subject(kb):
    """"روابط دو کشور" in a meeting's sentence is the ties' genitive: the meeting keeps the people who met."""
    text = "عباس عراقچی و هاکان فیدان در آنکارا ضمن مرور روابط دو کشور درباره تحولات سوریه گفت‌وگو کردند."
    events = [e for e in reported_events(text, kb) if e.type == "CONSULT"]
    assert events and all("abbas-araghchi" in e.source_ids + e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]
