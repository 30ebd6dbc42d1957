"""The Persian the annotators read structure by (data/patterns/grammar.yaml), loaded once for linking and events."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from importlib import resources

import numpy as np
import yaml

from rasad.kb.knowledge import YAML_LOADER
from rasad.text.normalize import ZWNJ


@lru_cache(maxsize=1)
def grammar() -> dict:
    """The word lists of rasad/data/patterns/grammar.yaml."""
    text = (resources.files("rasad") / "data" / "patterns" / "grammar.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=YAML_LOADER)


@cache
def grammar_words(name: str) -> frozenset[str]:
    """One of grammar.yaml's word lists as a set."""
    return frozenset(grammar().get(name) or [])


def phrases(words: list[str], not_after: str = "") -> str:
    """A regex alternation of ``words``, longest first, each matching however it is spaced: a ZWNJ or space may
    stand between any two letters ("نیرو‌های" for "نیروهای") and any spacing between its words. The words are
    written as a trie (shared beginnings once): the engine tries each alternative of a flat list in turn at every
    position, so a list of hundreds of words cost hundreds of failed tries per word of the text. Each first letter's
    branch opens with that letter and then a lookahead for the letters that may follow it (:func:`_second_letters`),
    which its words imply: a regex that opens with the alternation skips to those letters (the engine does so only
    where every branch opens with a literal, not behind a lookahead), and a try turns away at the second letter.
    ``not_after`` (the inside of a character set) is ``(?<![not_after])`` before the alternation, written after each
    first letter so the alternation still opens with its letters."""
    return _alternation(phrase_branches(words, not_after))


def phrase_branches(words: list[str], not_after: str = "", then: str = "") -> list[str]:
    """The branches of :func:`phrases` (one per first letter), each followed by ``then``: "|".join of them, as the
    start of a regex or of one of its top-level branches, lets the engine skip to the words' first letters where
    ``(?:phrases)then`` would not (a nested alternation hides its letters)."""
    trie: dict = {}
    first: dict[int, int] = {}  # id of a node → the rank of the first word below it (:func:`_ordered`)
    if isinstance(words, (set, frozenset)):  # a set's order changes with the hash seed: the regex would too (session 32)
        words = sorted(words)
    for rank, w in enumerate(sorted(words, key=len, reverse=True)):  # rank: the order a flat list would try
        node = trie
        for ti, token in enumerate(w.replace(ZWNJ, " ").split()):
            for ci, ch in enumerate(token):
                sep = "" if ti == ci == 0 else (_ANY_SPACING if ci == 0 else _ONE_SPACE)
                child = node.get((sep, ch))
                if child is None:  # words come in rank order: the first to pass through a node has its lowest rank
                    child = node[(sep, ch)] = {}
                    first[id(child)] = rank
                node = child
        node.setdefault(None, rank)  # the end of a word
    seconds = _second_letters(words)
    parts = []
    for k, v in _ordered(trie, first) or [(None, None)]:  # no words: the empty pattern
        if k is None:  # a blank word (or none): the empty alternative
            parts.append((f"(?<![{not_after}])" if not_after else "") + then)
            continue
        ch = re.escape(k[1])
        parts.append(ch + (f"(?<![{not_after}]{ch})" if not_after else "") + seconds.get(k[1], "") + _trie_regex(v, first)
                     + then)
    return parts


_ONE_SPACE, _ANY_SPACING = r"[\s\u200c]?", r"[\s\u200c]*"


def _ordered(node: dict, first: dict[int, int]) -> list:
    """The branches below ``node`` in the order a flat longest-first list tries their words (a word that ends here
    is tried where its rank puts it, usually after the longer ones it begins). ``first``: each node's lowest rank,
    noted as the trie was built (finding it anew below every node made building the patterns quadratic in their
    depth: a second of every worker's start)."""
    return sorted(node.items(), key=lambda kv: kv[1] if kv[0] is None else first[id(kv[1])])


def _trie_regex(node: dict, first: dict[int, int]) -> str:
    """The alternation below ``node`` (:func:`_ordered`)."""
    return _alternation(["" if k is None else k[0] + re.escape(k[1]) + _trie_regex(v, first)
                         for k, v in _ordered(node, first)])


def _alternation(parts: list[str]) -> str:
    """``parts`` as one regex alternation: none is the empty pattern (as an empty word list always gave), one as it is."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
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


def word_spans(word: re.Pattern, text: str, lo: int, hi: int, last: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each match of ``word.finditer(text, lo, hi)`` (only the ``last`` ones if given), where
    ``word`` matches maximal runs of one kind of letter: the window's matches are then the whole text's runs cut at
    its two ends, found once per text (chains and names ask for the words of many windows of one text)."""
    if hi <= lo:
        return []
    starts, ends = _runs(word, text)
    i, j = bisect_right(ends, lo), bisect_left(starts, hi)  # the runs ending after lo; those starting before hi
    if last is not None:
        i = max(i, j - last)
    spans = list(zip(starts[i:j], ends[i:j]))
    # (session 28, second pass) runs do not overlap: only the first may start before lo, only the last end after hi
    if spans and spans[0][0] < lo:
        spans[0] = (lo, spans[0][1])
    if spans and spans[-1][1] > hi:
        spans[-1] = (spans[-1][0], hi)
    return spans


@lru_cache(maxsize=16)
def _runs(word: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    """Where each of ``word``'s matches over the whole text starts and ends (the str keeps its hash: a cheap key).
    (session 28, second pass) Read in numpy from each character's kind of letter (:func:`_letter_kinds`): a match
    object per word of the text cost ~2 % of annotation; a text with characters beyond the BMP is matched."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and int(codes.max()) > 0xFFFF:
        spans = [m.span() for m in word.finditer(text)]
        return [s for s, _e in spans], [e for _s, e in spans]
    kinds = np.zeros(len(codes) + 2, dtype=np.int16)
    kinds[1:-1] = _letter_kinds(word)[codes]
    edges = np.flatnonzero(kinds[1:] != kinds[:-1])  # k: the kind changes between characters k - 1 and k
    return edges[kinds[edges + 1] != 0].tolist(), edges[kinds[edges] != 0].tolist()


@cache
def _letter_kinds(word: re.Pattern) -> np.ndarray:
    """Each BMP code point's kind of letter under ``word`` (a pattern whose matches are maximal runs of one kind of
    letter, "[...]+" or "[...]+|[...]+" of classes apart): 0 where it matches no character, else the number of the
    first character found in the same runs (two characters share a run where the pattern matches both together)."""
    kinds = np.zeros(0x10000, dtype=np.int16)
    firsts: list[str] = []
    for code in range(0x10000):
        ch = chr(code)
        if word.fullmatch(ch) is None:
            continue
        kind = next((k for k, first in enumerate(firsts, 1) if word.fullmatch(first + ch)), 0)
        if not kind:
            firsts.append(ch)
            kind = len(firsts)
        kinds[code] = kind
    return kinds
