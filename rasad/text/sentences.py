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
from functools import lru_cache
from importlib import resources

# A sentence ends at a run of end marks not after a digit and before a space or the end; at the white space up to
# a line break after an end mark or a closing guillemet; or at line breaks. Every end starts at an end mark or at
# white space, so the pattern opens with that one character class and each branch checks what it needs behind it
# by a lookbehind: the engine skips straight to those characters (a lookbehind first had it try every position).
# Where the old first form, "(?<=[.!?؟»])\s*(?=\n)", matched nothing right before a line break, this one leaves
# the line break to the last branch: the sentences are the same.
_END = re.compile(r"[.!?؟\s](?:(?<=[.!?؟])(?<!\d[.!?؟])[.!?؟]*(?=\s|$)|(?<=[.!?؟»]\s)\s*(?=\n)|(?<=\n)\n*)")
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
        if body[m.start()] == "\n" and _line_goes_on(body, pos, m.start()):
            continue
        end = m.end() if body[m.start()] != "\n" else m.start()
        _add(out, body, pos, end)
        pos = m.end()
    _add(out, body, pos, len(body))
    return out


# (session 26 A) the last word of a line, and the ezafe of a plural or of a vowel-final noun ("نامزدهای", "شورای",
# "سخنگوی"; not the pronoun "وی", nor "…‌ای" after a ZWNJ: "منطقه‌ای" may end a headline)
_LAST_WORD = re.compile(r"(?:^|\s)([^\s]+)[ \t]*$")
_EZAFE_END = re.compile(r"(?:ها|[^\s\u200cه]ا|[^\s\u200c]و)ی$")


@lru_cache(maxsize=1)
def _continuers() -> frozenset[str]:
    text = (resources.files("rasad") / "data" / "lexicon" / "line_continuers.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _line_goes_on(body: str, start: int, at: int) -> bool:
    """Whether the sentence from ``start`` goes on past the line break at ``at``: its line ends on a word no sentence
    ends on (data/lexicon/line_continuers.txt, or an ezafe), as a hard-wrapped page breaks its lines, and text
    follows."""
    m = _LAST_WORD.search(body, max(start, at - 40), at)
    if m is None or at >= len(body.rstrip()):
        return False
    word = m.group(1).replace("\u200c", "")
    return word in _continuers() or (word != "وی" and _EZAFE_END.search(m.group(1)) is not None)


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
        out.append(_sentence(len(out), start, end, body[start:end]))


def _sentence(index: int, start: int, end: int, text: str) -> Sentence:
    """``Sentence(index, start, end, text)``, the same object made without the frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` call per field): ~2.5× faster, and an article has hundreds of sentences."""
    s = _NEW(Sentence)
    fields = s.__dict__
    fields["index"], fields["start"], fields["end"], fields["text"] = index, start, end, text
    return s


_NEW = object.__new__


def _cut_point(body: str, start: int, limit: int) -> int:
    """Where an over-long sentence is cut: after the last comma or semicolon in its second half, else at the last
    space, else at the limit."""
    half = start + MAX_SENTENCE_CHARS // 2
    for marks in (_CUT[:4], _CUT[4:]):
        at = max(body.rfind(m, half, limit) for m in marks)
        if at >= 0:
            return at + 1
    return limit
