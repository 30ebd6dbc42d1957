"""Which language a text in Arabic script is in, from its letters alone (no model): Persian, or another language
whose own letters it uses (``data/lexicon/script_languages.yaml``) — Urdu, Pashto and Arabic pages sit beside
Persian ones on the same sites and in the same crawls."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

SAMPLE = 5_000  # characters looked at: enough to tell the language, cheap for any article
MIN_SCRIPT_SHARE = 0.3  # of the letters in Arabic script, below which a text is not Persian (Latin, Cyrillic)


@functools.cache
def _table() -> tuple[float, float, dict[str, tuple[frozenset[str], frozenset[str]]]]:
    data = yaml.safe_load((resources.files("rasad") / "data" / "lexicon" / "script_languages.yaml").read_text("utf-8"))
    languages = {name: (frozenset(spec["letters"]), frozenset(spec.get("unless", "")))
                 for name, spec in data["languages"].items()}
    return float(data["share"]), float(data["unless_share"]), languages


@functools.cache
def _other_script(c: str) -> bool:
    """A Latin or Cyrillic letter (remembered: a text has a few dozen distinct characters)."""
    return c.isalpha() and ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f" or "\u0400" <= c <= "\u04ff")


@dataclass(frozen=True)
class _Sample:
    """The characters of a text's first SAMPLE characters: how often each code point occurs (counted by numpy over
    the code points, then looked at once per distinct character), how many are in Arabic script and how many are
    Latin or Cyrillic letters."""

    counts: dict[int, int]
    arabic: int
    other: int

    def count(self, letters: frozenset[str]) -> int:
        """How many of the sample's characters are among ``letters``."""
        get = self.counts.get
        return sum(get(p, 0) for p in _code_points(letters))


@functools.cache
def _code_points(letters: frozenset[str]) -> tuple[int, ...]:
    return tuple(ord(c) for c in letters)


def _letters(text: str) -> _Sample:
    codes = np.frombuffer(text[:SAMPLE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    points, counts = np.unique(codes, return_counts=True)
    found = dict(zip(points.tolist(), counts.tolist()))
    arabic = other = 0
    for p, n in found.items():
        if 0x0600 <= p <= 0x06FF:
            arabic += n
        elif _other_script(chr(p)):
            other += n
    return _Sample(found, arabic, other)


def script_share(text: str, counts: _Sample | None = None) -> float:
    """Share of the letters (Arabic script, Latin and Cyrillic) that are in Arabic script."""
    counts = counts if counts is not None else _letters(text)
    arabic = counts.arabic
    return arabic / (arabic + counts.other) if arabic else 0.0


def other_language(text: str, counts: _Sample | None = None) -> str | None:
    """The language other than Persian whose own letters make more than the table's share of the text's
    Arabic-script letters (the most frequent such language), or None."""
    share, unless_share, languages = _table()
    counts = counts if counts is not None else _letters(text)
    total = counts.arabic
    if not total:
        return None

    def part(letters: frozenset[str]) -> float:
        return counts.count(letters) / total

    found = [(mine, name) for name, (own, unless) in languages.items() if (mine := part(own)) > share
             and not (unless and part(unless) >= unless_share)]
    return max(found)[1] if found else None


def not_persian_reason(text: str) -> str | None:
    """Why ``text`` is not Persian (another language's letters, too few letters in Arabic script), or None."""
    counts = _letters(text)
    other = other_language(text, counts)
    if other:
        return f"written in {other}"
    share = script_share(text, counts)
    return f"only {share:.0%} of its letters in Arabic script" if share < MIN_SCRIPT_SHARE else None
