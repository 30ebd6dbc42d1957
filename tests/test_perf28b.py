"""Session 28, second pass: the faster readings give what the plain ones gave."""

from __future__ import annotations

import re

from rasad.annotate.events.grammar import _WORD as CHAIN_WORD
from rasad.annotate.link.hosted import _persian_names, persian_consonants
from rasad.annotate.link.strangers import _WORD as STRANGER_WORD
from rasad.annotate.words import _runs, word_spans

_TEXTS = ["", "a", "ب", "ایرانUSA ۱۲۳ ٠١ abc‌def", "رئیس‌جمهور ایالات متحده، دونالد ترامپ گفت 😀 x", "\ud800ab کرد"]


def _plain_spans(word: re.Pattern, text: str, lo: int, hi: int, last: int | None) -> list[tuple[int, int]]:
    spans = [m.span() for m in word.finditer(text, lo, hi)] if hi > lo else []
    return spans[-last:] if last is not None else spans


def test_word_spans_are_finditer_spans() -> None:
    for word in (CHAIN_WORD, STRANGER_WORD):
        for text in _TEXTS:
            starts, ends = _runs(word, text)
            assert list(zip(starts, ends)) == [m.span() for m in word.finditer(text)]
            for lo in range(len(text) + 1):
                for hi in range(lo - 1, len(text) + 2):
                    for last in (None, 1, 2):
                        assert word_spans(word, text, lo, hi, last) == _plain_spans(word, text, lo, hi, last)


def _plain_names(text: str, wanted: frozenset[str]) -> list[tuple[int, int]]:
    words = list(re.finditer(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0671-\u06D3\u200c]+", text))
    out = []
    for i in range(len(words)):
        for n in range(1, 4):
            span = words[i:i + n]
            if len(span) < n or any(text[a.end():b.start()] not in (" ", "\u200c") for a, b in zip(span, span[1:])):
                break
            start, end = span[0].start(), span[-1].end()
            c = persian_consonants(text[start:end])
            if c in wanted and (len(c) >= 4 or n == 1 and end - start >= 6):
                out.append((start, end))
                break
    return out


def test_hosted_names_as_every_phrase_read() -> None:
    text = "به گزارش رادیو نشاط، رادیو‌نشاط و جهان مانا و دیوانگاه از تهران؛ رادیو  نشاط"
    for wanted in (frozenset({"rdnSt"}), frozenset({"jhnmn", "jnmn"}), frozenset({"dng", "dvng"}), frozenset({"rd"})):
        assert _persian_names(text, wanted) == _plain_names(text, wanted)
    assert _persian_names(text, frozenset({"rdnSt"}))
