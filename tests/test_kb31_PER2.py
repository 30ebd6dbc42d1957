"""Session 31 (slice PER2): a known person spelt in Latin letters as his English Wikipedia title and the real-news
annotators spell him (Jafar Towfighi, not "Tofighi"), so the entity he is found as is the one the gold names."""

from __future__ import annotations


def test_the_former_science_minister_is_spelt_towfighi(kb) -> None:
    assert kb.actors["jafar-tofighi"].name == "Jafar Towfighi"
