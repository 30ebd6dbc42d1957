"""The Persian the annotators read structure by (data/patterns/grammar.yaml), loaded once for linking and events."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml

from rasad.text.normalize import ZWNJ


@lru_cache(maxsize=1)
def grammar() -> dict:
    """The word lists of rasad/data/patterns/grammar.yaml."""
    return yaml.safe_load((resources.files("rasad") / "data" / "patterns" / "grammar.yaml").read_text(encoding="utf-8"))


@cache
def grammar_words(name: str) -> frozenset[str]:
    """One of grammar.yaml's word lists as a set."""
    return frozenset(grammar().get(name) or [])


def phrases(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each matching however it is spaced: a ZWNJ or space may
    stand between any two letters ("نیرو‌های" for "نیروهای") and any spacing between its words. The words are
    written as a trie (shared beginnings once): the engine tries each alternative of a flat list in turn at every
    position, so a list of hundreds of words cost hundreds of failed tries per word of the text. Each first letter's
    branch opens with that letter and then a lookahead for the letters that may follow it (:func:`_second_letters`),
    which its words imply: a regex that opens with the alternation skips to those letters (the engine does so only
    where every branch opens with a literal, not behind a lookahead), and a try turns away at the second letter."""
    trie: dict = {}
    for rank, w in enumerate(sorted(words, key=len, reverse=True)):  # rank: the order a flat list would try
        node = trie
        for ti, token in enumerate(w.replace(ZWNJ, " ").split()):
            for ci, ch in enumerate(token):
                sep = "" if ti == ci == 0 else (_ANY_SPACING if ci == 0 else _ONE_SPACE)
                node = node.setdefault((sep, ch), {})
        node.setdefault(None, rank)  # the end of a word
    return _trie_regex(trie, _second_letters(words))


_ONE_SPACE, _ANY_SPACING = r"[\s\u200c]?", r"[\s\u200c]*"


def _first_rank(node: dict) -> int:
    """The rank of the first word a flat longest-first list would try among those below ``node``."""
    return min(_first_rank(v) if k is not None else v for k, v in node.items())


def _trie_regex(node: dict, after_first: dict[str, str] | None = None) -> str:
    """The alternation below ``node``, its branches in the order a flat longest-first list tries their words (a
    word that ends here is tried where its rank puts it, usually after the longer ones it begins); at the root,
    ``after_first`` gives the lookahead each first letter's branch opens with after that letter."""
    alts = sorted(node.items(), key=lambda kv: kv[1] if kv[0] is None else _first_rank(kv[1]))
    parts = ["" if k is None else k[0] + re.escape(k[1]) + (after_first or {}).get(k[1], "") + _trie_regex(v)
             for k, v in alts]
    if len(parts) <= 1:
        return parts[0] if parts else ""  # no words: the empty pattern, as an empty list always gave
    return "(?:" + "|".join(parts) + ")"


def _second_letters(words: list[str]) -> dict[str, str]:
    """For each first letter of ``words``, ``(?=...)`` for the letters that may follow it (the next word's first
    letter after spacing, none when a word is that letter alone): the regex engine tries a hundred alternatives
    one by one, and this one test turns most tries away. Empty when a word is blank (an empty alternative matches
    anywhere)."""
    seconds: dict[str, set[str]] = {}
    for w in words:
        parts = w.replace(ZWNJ, " ").split()
        if not parts:
            return {}
        seconds.setdefault(parts[0][0], set()).add(parts[0][1:2])
    return {c: "" if "" in nxt else r"(?=[\s\u200c]?[" + "".join(map(_in_set, sorted(nxt))) + "])"
            for c, nxt in seconds.items()}


def _in_set(ch: str) -> str:
    """A character escaped for a regex set: punctuation always ("[:" would read as the start of a nested set)."""
    return "\\" + ch if not ch.isalnum() else re.escape(ch)
