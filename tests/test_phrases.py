"""The word-list regexes (``phrases``) are tries; they must match exactly what a flat longest-first alternation of
the same words matches, however the words are spaced."""

import re

from rasad.annotate.words import grammar, phrases
from rasad.text.normalize import ZWNJ


def _flat(words: list[str]) -> re.Pattern:
    """The plain alternation, longest first: the reference the trie must agree with."""
    alts = "|".join(r"[\s\u200c]*".join(r"[\s\u200c]?".join(re.escape(ch) for ch in t) for t in w.replace(ZWNJ, " ").split())
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?:{alts})")


def _spellings(word: str) -> list[str]:
    """A word as pages write it: as listed, without ZWNJ or spaces, with spaces for ZWNJ, cut short, run on."""
    return [word, word.replace(ZWNJ, ""), word.replace(ZWNJ, " "), word.replace(" ", ""), word[:-1], word + "ها",
            word + " است", "و" + word]


def test_trie_matches_what_the_flat_alternation_matches():
    lists = [v for v in grammar().values() if isinstance(v, list) and v and all(isinstance(w, str) for w in v)]
    assert len(lists) > 10
    checked = 0
    for words in lists:
        trie, flat = re.compile(f"(?:{phrases(words)})"), _flat(words)
        for w in words:
            for text in _spellings(w):
                a, b = trie.match(text), flat.match(text)
                assert (a and a.group(0)) == (b and b.group(0)), (words[:3], text)
                checked += 1
    assert checked > 1000


def test_trie_keeps_the_longest_word_first_and_its_shorter_prefixes():
    rx = re.compile(f"(?:{phrases(['گفت', 'گفته است', 'گفتگو', 'افزود'])})(?![آ-ی])")
    assert rx.match("گفته  است").group(0) == "گفته  است"
    assert rx.match("گفتگوها") is None  # every listed word that begins it runs on into a letter
    assert rx.match("گفتگو").group(0) == "گفتگو"
    assert rx.match("گفت و").group(0) == "گفت"
    assert rx.match("افزودند") is None


def test_no_words_is_the_empty_pattern():
    assert phrases([]) == ""
