"""The Persian the annotators read structure by (data/patterns/grammar.yaml), loaded once for linking and events."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from rasad.text.normalize import ZWNJ


@lru_cache(maxsize=1)
def grammar() -> dict:
    """The word lists of rasad/data/patterns/grammar.yaml."""
    return yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "grammar.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def grammar_words(name: str) -> frozenset[str]:
    """One of grammar.yaml's word lists as a set."""
    return frozenset(grammar().get(name) or [])


def phrases(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each matching however it is spaced: a ZWNJ or space may
    stand between any two letters ("نیرو‌های" for "نیروهای") and any spacing between its words. It opens with a
    lookahead for the words' first two letters (:func:`_first_letters`), which every alternative implies."""
    alts = "|".join(r"[\s\u200c]*".join(r"[\s\u200c]?".join(re.escape(ch) for ch in t) for t in w.replace(ZWNJ, " ").split())
                    for w in sorted(words, key=len, reverse=True))
    return _first_letters(words) + alts


def _first_letters(words: list[str]) -> str:
    """``(?=...)`` for the first two letters of ``words``: the regex engine tries a hundred alternatives one by one
    at every position it reaches, and this one test turns most positions away. Empty when a word is blank (an
    empty alternative matches anywhere)."""
    seconds: dict[str, set[str]] = {}
    for w in words:
        parts = w.replace(ZWNJ, " ").split()
        if not parts:
            return ""
        seconds.setdefault(parts[0][0], set()).add(parts[0][1:2])
    alts = [re.escape(c) + ("" if "" in nxt else r"[\s\u200c]?[" + "".join(map(_in_set, sorted(nxt))) + "]")
            for c, nxt in sorted(seconds.items())]
    return "(?=" + "|".join(alts) + ")" if alts else ""


def _in_set(ch: str) -> str:
    """A character escaped for a regex set: punctuation always ("[:" would read as the start of a nested set)."""
    return "\\" + ch if not ch.isalnum() else re.escape(ch)
