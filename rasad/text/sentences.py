"""Sentence splitting with offsets into the normalised body.

Sentences end at . ! ? ؟ (not inside numbers) or at a line break; kicker lines ending in ":" stand alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"(?<!\d)[.!?؟]+(?=\s|$)|(?<=[.!?؟»])\s*(?=\n)|\n+")


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
    if end > start:
        out.append(Sentence(len(out), start, end, body[start:end]))
