"""Session 28 (slice AS): places the knowledge base lacked on real dev pages."""

from __future__ import annotations


def test_batken_region(kb):
    assert kb.places["batken-region"].country == "KGZ"
    assert kb.places["batken-region"].kind == "region"
