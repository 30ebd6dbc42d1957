"""Surnames the name lexicon does not list, read from how Persian surnames are built.

The lexicon lists a few dozen surnames; news names thousands. Most are made in a few ways a word's shape shows: a
given name with the adjective ending ("مظفری" from "مظفر", "رفیعی", "مرتضایی" from "مرتضی"), or a given name or a
rare word with a surname's ending joined to it ("علیزاده", "حضرت‌پور" printed "حضرتپور"). A word so built is a
surname unless Persian uses it as an everyday word ("اسلامی", "نظامی", "جهانی": common adjectives; "شاهزاده": a
prince), which its frequency shows.
"""

from __future__ import annotations

from functools import lru_cache

from rasad.annotate.words import grammar_words
from rasad.text.frequency import zipf
from rasad.text.translit import name_kind

_EVERYDAY = 4.5  # Zipf frequency from which a word built like a surname is an everyday word ("اسلامی", "نظامی")
_RARE_HEAD = 3.0  # ... below which a word with a surname's ending joined to it is no Persian word ("حضرتپور")
_HEAD_MIN = 3  # letters of a given name a surname is built from ("علی" in "علیزاده"; not "آز" in "آزاده")


def is_surname(word: str) -> bool:
    """A surname the lexicon lists, or one built as surnames are (see the module's docstring)."""
    return name_kind(word) == "last" or _built_surname(word)


@lru_cache(maxsize=65536)
def _built_surname(word: str) -> bool:
    """Whether ``word`` is built as a surname and is no everyday word."""
    if len(word) < _HEAD_MIN + 1 or name_kind(word) or zipf(word) >= _EVERYDAY:
        return False
    return any(_given_head(stem) for stem in _adjective_stems(word)) or _suffixed(word)


def _given_head(stem: str) -> bool:
    """A given name the lexicon lists that is no everyday noun ("امید", "نظام": grammar.yaml noun_given_names)."""
    return len(stem) >= _HEAD_MIN and name_kind(stem) in ("first", "given") and \
        stem not in grammar_words("noun_given_names")


def _adjective_stems(word: str) -> list[str]:
    """The words ``word`` is made from with the adjective ending: "مظفری" ← "مظفر"; "مرتضایی" ← "مرتضی", "صفا"."""
    word = word.rstrip("\u200c")
    if word.endswith(("ایی", "ائی")):
        return [word[:-2], word[:-3] + "ی"]
    if word.endswith("ی") and not word.endswith(("\u200cی", "یی")):
        return [word[:-1]]
    return []


def _suffixed(word: str) -> bool:
    """A surname's ending joined to a given name ("علیزاده", "محمدپور"), or one of the endings no Persian word
    takes joined to a rare word ("حضرتپور"; grammar.yaml joined_surname_suffixes)."""
    for end in grammar_words("surname_suffixes"):
        if not word.endswith(end):
            continue
        head = word[:-len(end)].rstrip("\u200c")
        if _given_head(head) or end in grammar_words("joined_surname_suffixes") and len(head) >= _HEAD_MIN \
                and zipf(word) < _RARE_HEAD:
            return True
    return False
