"""The Persian the annotators read structure by (data/patterns/grammar.yaml), loaded once for linking and events."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def grammar() -> dict:
    """The word lists of rasad/data/patterns/grammar.yaml."""
    return yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "grammar.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def grammar_words(name: str) -> frozenset[str]:
    """One of grammar.yaml's word lists as a set."""
    return frozenset(grammar().get(name) or [])
