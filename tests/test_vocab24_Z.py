"""Session 24 (lead): a place of another state right after the acting party, with "را" after the place ("ارتش اسرائیل
غزه را بمباران کرد", "روسیه خارکیف را ..."), is the object; the party before it stays the subject. Before, the
party was read as the object of "را" across the one word between, and the event lost its source. Guards: a place of
the party's own state, and a state (not a place) as the object, keep their earlier readings."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    ("ارتش اسرائیل غزه را بمباران کرد.", ("ASSAULT", "israel-defense-forces", "PSE")),
    ("ارتش روسیه خارکیف را با موشک هدف قرار داد.", ("ASSAULT", "russian-armed-forces", "UKR")),
    ("روسیه اودسا را بمباران کرد.", ("ASSAULT", "RUS", "UKR")),
    ("ترکیه دهوک را گلوله‌باران کرد.", ("ASSAULT", "TUR", "IRQ")),
    # the next clause's reaction keeps its own parties
    ("ارتش اسرائیل غزه را بمباران کرد و ترکیه این اقدام را محکوم کرد.", ("ACCUSE", "TUR", "israel-defense-forces")),
])
def test_a_foreign_place_before_ra_is_the_object(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a place of the party's own state: no attack across states is read into it
    ("ارتش روسیه بلگورود را ترک کرد.", "ASSAULT"),
    ("پلیس ترکیه استانبول را امن اعلام کرد.", "ASSAULT"),
])
def test_a_place_of_the_partys_own_state_makes_no_attack(sentence, etype, kb):
    assert_not_coded(sentence, kb, etype)
