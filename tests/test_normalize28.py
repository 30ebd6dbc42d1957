"""Session 28: a surname opened by "میر" keeps its letters joined unless the word is "می" + a verb whose stem opens
with "ر" (zwnj_exceptions.txt's "+میر" line lists those stems)."""

import pytest

from rasad.text.normalize import ZWNJ, normalize_text


@pytest.mark.parametrize("surname", ["میرعمادی", "میرفندرسکی", "میرزاده", "میرسعیدی", "میرهاشمی"])
def test_a_mir_surname_stays_whole(surname):
    assert normalize_text(f"آقای {surname} گفت") == f"آقای {surname} گفت"


@pytest.mark.parametrize("verb", ["میرود", "میرسند", "میرفتند", "میرساند", "میریزد", "میرسید"])
def test_a_verb_after_mi_still_gets_its_zwnj(verb):
    assert normalize_text(f"او {verb}") == f"او می{ZWNJ}{verb[2:]}"
