"""Session 27 (slice A5): actors of dev texts 341-352 the knowledge base lacked or titled otherwise than Wikipedia —
Mali's Islamist group and army of the 2013 French intervention, France's air force, and the Taliban's minister of
energy and water under his Wikipedia title."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded


@pytest.mark.parametrize("sentence, source, target", [
    ("جنگنده‌های نیروی هوایی فرانسه مواضع گروه انصار الدین را در شمال مالی بمباران کردند.",
     "french-air-and-space-force", "ansar-dine"),
    ("ارتش مالی به مواضع انصارالدین در نزدیکی تمبکتو حمله کرد.", "malian-armed-forces", "ansar-dine"),
])
def test_mali_war_sides(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target), day="2013-01-26")


def test_mali_army_belongs_to_mali(kb):
    assert kb.affiliation("malian-armed-forces") == "MLI"


def test_taliban_energy_minister_wikipedia_title(kb):
    assert kb.actors["abdul-latif-mansoor"].name == "Abdul Latif Mansur"
