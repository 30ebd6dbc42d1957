"""Regular expressions compiled once and kept: the re module's own cache (512 patterns) is thrashed by the
hundreds of event-trigger patterns, so hot paths use these instead of ``re.search(pattern, ...)``."""

from __future__ import annotations

import re
from functools import cache


@cache
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def search(pattern: str, *args):
    return compiled(pattern).search(*args)


def match(pattern: str, *args):
    return compiled(pattern).match(*args)


def fullmatch(pattern: str, *args):
    return compiled(pattern).fullmatch(*args)


def finditer(pattern: str, *args):
    return compiled(pattern).finditer(*args)


def sub(pattern: str, *args):
    return compiled(pattern).sub(*args)


def first_chars(words) -> str:
    """``(?=[...])`` for the first characters of ``words`` (an alternation of them escaped, each matched as
    written), which every alternative implies: the engine tries the alternatives one by one at every position it
    reaches, and this one test turns most positions away. Empty when a word is empty."""
    words = list(words)
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"
