"""Session 25 (slice N): meetings real pages tell with the wrong parties or not at all — a letter or message handed
over in person ("پیام کتبی X را به Y تسلیم کرد", "نامه را تحویل Y داد", "پیام X را تقدیم Y کرد") is a meeting of its
bearer with whom it was given to (the gold folds such a handover into the meeting), not a handover of people
(RETREAT); and a planned meeting whose subject stands after the modal ("قرار است X با Y دیدار کند") is X's, not a
speaker's nor nobody's. Each case is written anew (other actors, tenses, word order); the guards are everyday
sentences with the same words that report no meeting."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # a message or letter handed over: the bearer met the one it was given to
    ("سرگئی لاوروف پیام کتبی ولادیمیر پوتین را به رجب طیب اردوغان تسلیم کرد.",
     ("CONSULT", "sergey-lavrov", "recep-tayyip-erdogan")),
    ("هاکان فیدان روز دوشنبه نامه رجب طیب اردوغان را تحویل امانوئل ماکرون داد.",
     ("CONSULT", "hakan-fidan", "emmanuel-macron")),
    ("سرگئی لاوروف پیام شفاهی ولادیمیر پوتین را تقدیم رجب طیب اردوغان کرد.",
     ("CONSULT", "sergey-lavrov", "recep-tayyip-erdogan")),
    # a meeting planned, its subject after the modal
    ("قرار است امانوئل ماکرون با اولاف شولتس دیدار کند.", ("CONSULT", "emmanuel-macron", "olaf-scholz")),
    ("عباس عراقچی گفت: قرار است سرگئی لاوروف فردا با هاکان فیدان گفت‌وگو کند.",
     ("CONSULT", "sergey-lavrov", "hakan-fidan")),
    ("قرار است هیئتی از ترکیه روز شنبه با عباس عراقچی دیدار کند.", ("CONSULT", "TUR", "abbas-araghchi")),
])
def test_meetings_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "سرگئی لاوروف پیام کتبی ولادیمیر پوتین را به رجب طیب اردوغان تسلیم کرد.",
    "هاکان فیدان نامه رجب طیب اردوغان را به امانوئل ماکرون تحویل داد.",
])
def test_message_no_handover(kb, sentence):
    assert_not_coded(sentence, kb, "RETREAT")


@pytest.mark.parametrize("sentence", [
    "دانشجو پایان‌نامه خود را به استاد راهنما تحویل داد.",
    "نامه‌رسان نامه‌ها را به ساکنان محله تحویل داد.",
    "او پیام صوتی دوستش را به خانواده‌اش تحویل داد.",
    "قرار است تیم ملی فوتبال ایران با تیم ملی ژاپن دیدار کند.",
    "قرار است دانشجویان با استادان خود دیدار کنند.",
])
def test_no_meeting(kb, sentence):
    assert_not_coded(sentence, kb, "CONSULT")


def test_author_is_no_recipient(kb):
    """A pronoun read as the message's own author names no one it was handed to."""
    from tests.event_text import reported_events
    events = reported_events("امانوئل ماکرون در پاریس با هاکان فیدان دیدار کرد و فیدان نامه رجب طیب اردوغان را تحویل "
                             "وی داد.", kb)
    assert not [e for e in events if e.type == "CONSULT" and "recep-tayyip-erdogan" in e.target_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]
