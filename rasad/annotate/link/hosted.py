"""The page's own outlet, named in its text, when the knowledge base lacks it: "رادیو نشاط" on radioneshat.com,
"جهان مانا" on jahanemana.ir. A small site names itself in its byline or its last line in Persian letters, and its
address spells the same name in Latin letters; no list of small sites keeps up with them, but the two spellings
share their consonants. A phrase of one to three words whose consonants are the address's (vowel letters, which
each script writes differently, left out; at least ``MIN_CONSONANTS`` of them) is that outlet, reported with a stable
id of its own as ``shaped`` reports a "X نیوز". Runs only when the article's outlet came from its address."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.annotate.link.entities import unknown_uid
from rasad.clean.lines import load_rules
from rasad.records import Entity

MIN_CONSONANTS = 4  # "مانا" and mana.ir share three: too many words would match a short address...
LONG_WORD = 6  # ...but one word of six letters or more with three ("دیوانگاه" on divangah.ir) is that name
MAX_WORDS = 3

# Persian letters → a consonant class shared with a Latin spelling; vowel letters and "ه"/"ح"/"ع" (a vowel, a silent
# letter or an "h" as each site spells it) are left out.
_FA = {"ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "C", "خ": "x", "د": "d",
       "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r", "ژ": "Z", "ش": "S", "غ": "q", "ق": "q", "ف": "f", "ک": "k",
       "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n"}
# Latin digraphs first, then single consonants; vowels, "h", "w", "v" and "y" are left out as their Persian letters are.
_LATIN = [("kh", "x"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("gh", "q"), ("q", "q"), ("c", "k"), ("x", "ks")]
_LATIN_DROP = frozenset("aeiouhwvy")
_WORD = re.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0671-\u06D3\u200c]+")


def _collapse(s: str) -> str:
    """Doubled consonants once ("ettelaat" and "اطلاعات" both give "tlt")."""
    return re.sub(r"(.)\1+", r"\1", s)


def persian_consonants(phrase: str) -> str:
    return _collapse("".join(_FA.get(ch, "") for ch in phrase))


@lru_cache(maxsize=256)
def host_consonants(label: str) -> frozenset[str]:
    """The consonants of a site's name in its address, whole and without an English tail ("rasanknews" → "rsnk")."""
    names = {label}
    names |= {label[: -len(s)] for s in load_rules().address_tails if label.endswith(s) and len(label) > len(s) + 2}
    out = set()
    for name in names:
        s = name.lower()
        for digraph, mark in _LATIN:
            s = s.replace(digraph, mark)
        out.add(_collapse("".join(ch for ch in s if ch.isalpha() and ch not in _LATIN_DROP)))
    return frozenset(c for c in out if len(c) >= MIN_CONSONANTS - 1)


def hosted_outlet(text: str, site: str | None, outlet: str | None, taken: list[tuple[int, int]]) -> list[Entity]:
    """The outlet ``outlet`` (the name the article's address gave it) at each phrase of the text whose consonants are
    its address's label ``site``, outside the spans ``taken`` (phrases already linked or reported); none without both."""
    wanted = host_consonants(site) if site and outlet else frozenset()
    if not wanted:
        return []
    found = _persian_names(text, wanted)
    ent: Entity | None = None
    for start, end in found:
        if not any(s < end and start < e for s, e in taken):
            ent = ent or Entity(outlet, "MEDIA", None, uid=unknown_uid(outlet, "MEDIA"))
            if text[start:end] not in ent.forms:
                ent.forms.append(text[start:end])
            ent.mentions.append((start, end))
    return [ent] if ent else []


def _persian_names(text: str, wanted: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of one to three words (joined by a space or a ZWNJ) whose consonants are one of ``wanted``. (session 28)
    Each word's consonants are read once (a phrase's are its words' joined, doubles collapsed where two meet), and
    a phrase whose consonants begin no wanted name is not lengthened: ~19 % of a real page's annotation had gone to
    reading every phrase's letters again."""
    spans = [m.span() for m in _WORD.finditer(text)]
    consonants = [_word_consonants(text[a:b]) for a, b in spans]
    prefixes = _prefixes(wanted)
    out = []
    for i, (start, _end) in enumerate(spans):
        joined = ""
        for n in range(1, MAX_WORDS + 1):
            j = i + n - 1
            if j >= len(spans) or n > 1 and text[spans[j - 1][1]:spans[j][0]] not in (" ", "\u200c"):
                break
            joined = _joined(joined, consonants[j])
            end = spans[j][1]
            if joined in wanted and (len(joined) >= MIN_CONSONANTS or n == 1 and end - start >= LONG_WORD):
                out.append((start, end))
                break
            if joined and joined not in prefixes:
                break  # a longer phrase's consonants begin with these
    return out


@lru_cache(maxsize=8192)
def _word_consonants(word: str) -> str:
    """:func:`persian_consonants` of one word, cached: a page's words repeat."""
    return persian_consonants(word)


@lru_cache(maxsize=256)
def _prefixes(wanted: frozenset[str]) -> frozenset[str]:
    """Every non-empty beginning of the wanted names' consonants."""
    return frozenset(w[:k] for w in wanted for k in range(1, len(w) + 1))


def _joined(left: str, right: str) -> str:
    """``_collapse(left + right)`` of two collapsed strings: only the letters where they meet may double."""
    return left + right[1:] if left and right and left[-1] == right[0] else left + right
