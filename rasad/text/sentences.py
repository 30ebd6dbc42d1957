"""Sentence splitting with offsets into the normalised body.

Sentences end at . ! ? ؟ (not inside numbers) or at a line break; kicker lines ending in ":" stand alone. A run
of text longer than MAX_SENTENCE_CHARS without an end (a page that lost its punctuation, or hostile input) is cut at
its last comma, semicolon or space before the limit: every step of event coding looks at a trigger's sentence, so
this bounds the work per trigger and keeps annotation time and output linear in the article's length. News
sentences are far shorter (the longest in the project's articles has 365 characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"(?<!\d)[.!?؟]+(?=\s|$)|(?<=[.!?؟»])\s*(?=\n)|\n+")
MAX_SENTENCE_CHARS = 1000
_CUT = ("،", "؛", ",", ";", " ")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(body: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(body):
        end = m.end() if body[m.start()] != "\n" else m.start()
        _add(out, body, pos, end)
        pos = m.end()
    _add(out, body, pos, len(body))
    return out


def _add(out: list[Sentence], body: str, start: int, end: int) -> None:
    while start < end and body[start] in " \n\t":
        start += 1
    while end > start and body[end - 1] in " \n\t":
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut_point(body, start, start + MAX_SENTENCE_CHARS)
        _add(out, body, start, cut)
        start = cut
        while start < end and body[start] in " \n\t":
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end, body[start:end]))


def _cut_point(body: str, start: int, limit: int) -> int:
    """Where an over-long sentence is cut: after the last comma or semicolon in its second half, else at the last
    space, else at the limit."""
    half = start + MAX_SENTENCE_CHARS // 2
    for marks in (_CUT[:4], _CUT[4:]):
        at = max(body.rfind(m, half, limit) for m in marks)
        if at >= 0:
            return at + 1
    return limit
