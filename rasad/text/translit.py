"""Persian personal names in Latin letters: the usual English spelling of known given names and surnames
(data/lexicon/person_names.tsv), letter by letter for the rest — readable, not a scholarly romanisation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from rasad.text.normalize import ZWNJ, char_normalize, match_key

_LETTERS = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "e", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "v",
    "ه": "h", "ی": "y", "ئ": "", "ء": "", "ؤ": "o", "ة": "eh",
}
_VOWELISH = set("اآأإوی")


@lru_cache(maxsize=1)
def name_lexicon() -> dict[str, tuple[str, str]]:
    """match_key(Persian name) → (Latin spelling, kind: first | last | suffix | title)."""
    out: dict[str, tuple[str, str]] = {}
    path = resources.files("rasad") / "data" / "lexicon" / "person_names.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("fa\t"):
            continue
        fa, latin, kind = (line.split("\t") + ["", ""])[:3]
        out[match_key(fa)] = (latin.strip(), kind.strip() or "first")
    return out


def name_kind(word: str) -> str:
    """The lexicon's kind of a word (first, last, suffix, prefix, title, particle, given-tail), or ""."""
    return name_lexicon().get(match_key(word), ("", ""))[1]


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    kind = name_lexicon().get(match_key(word), ("", ""))[1]
    return kind in ("first", "prefix") or not kind and _joined_given(match_key(word))


@lru_cache(maxsize=65536)
def _joined_given(key: str) -> bool:
    """A given name written as one word, as pages without ZWNJ print it: a listed given name or title followed by a
    given name ("سیدحسن", "محمدباقر"), or a head and a listed given-name tail ("عزیزالله", "حجتالله")."""
    return _joined_at(key) > 0


@lru_cache(maxsize=65536)
def _joined_at(key: str) -> int:
    """Where a one-word given name ("سیدحسن", "عزیزالله") splits into its head and tail; 0 for other words."""
    lex = name_lexicon()
    for i in range(2, len(key) - 1):
        head, tail = lex.get(key[:i], ("", ""))[1], lex.get(key[i:], ("", ""))[1]
        if tail == "given-tail" or head in ("first", "prefix", "title") and tail == "first" and len(key) - i >= 3:
            return i
    return 0


def _joined_latin(word: str, known: Mapping[str, str] | None) -> str | None:
    """"سیدحسن" → "Seyyed-Hassan", "عزیزالله" → "Azizollah"; None for a word that is no such compound."""
    key = match_key(word)
    at = _joined_at(key) if not name_lexicon().get(key) else 0
    if not at:
        return None
    head, tail = _cap(_word(key[:at], known)), _word(key[at:], known)
    return head + tail.lower() if name_lexicon()[key[at:]][1] == "given-tail" else f"{head}-{_cap(tail)}"


def _letters(word: str) -> str:
    """Letter by letter: و and ی as vowels between consonants, final ه as "eh", a short "a" after a first
    consonant followed by another consonant (the vowel Persian does not write)."""
    out: list[str] = []
    chars = [c for c in char_normalize(word) if c != ZWNJ]
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch == "و":
            out.append("v" if i == 0 or prev in _VOWELISH else "ou")
        elif ch == "ی":
            out.append("y" if i == 0 or (prev in _VOWELISH and nxt) else "i")
        elif ch == "ه" and not nxt:
            out.append("eh" if prev and prev not in _VOWELISH else "h")
        elif ch == "ا" and i == 0:
            out.append("a")
        elif ch == "ع" and i == 0:
            out.append("a")
        elif ch == "ئ" and prev and nxt:
            out.append("e")  # "ضیائیان": Ziaeian
        else:
            out.append(_LETTERS.get(ch, ch if ch.isascii() else ""))
        if i == 0 and ch not in _VOWELISH and ch != "ع" and nxt and nxt not in _VOWELISH and nxt != "ه":
            out.append("a")
    latin = _break_clusters(out)
    latin = re.sub(r"a(?:yi|i)$", "aei", latin)  # "بقایی", "مشائی": Baghaei, Mashaei
    return re.sub(r"(.)\1\1+", r"\1\1", latin)


_VOWEL_UNIT = re.compile(r"^[aeiou]|^y?[aeiou]")


def _break_clusters(units: list[str]) -> str:
    """Persian syllables hold no three consonants in a row: a short "a" goes after the first of three written
    consonants inside a word ("برازنده": Barazandeh, not Barazndeh)."""
    out: list[str] = []
    run = 0
    for k, u in enumerate(units):
        consonant = bool(u) and not _VOWEL_UNIT.match(u) and u not in ("ou", "i", "eh")
        if consonant and run >= 2 and k + 1 < len(units):
            out.insert(len(out) - 1, "a")
            run = 1
        run = run + 1 if consonant else (run if not u else 0)
        out.append(u)
    return "".join(out)


# Endings of surnames made from a name or a place: "محمدی" Mohammadi, "جهرمی" Jahromi, "علیان" Alian.
_ENDINGS = {"ی": "i", "یان": "ian", "ان": "an"}


def _ending(pieces: list[str], ending: str) -> str:
    """An ending's spelling after the pieces before it: after a vowel, Iranian English writes "e" before it
    ("شجاعی" Shojaei, "شجاعیان" Shojaeian, as "رضایی" Rezaei)."""
    latin = _ENDINGS[ending]
    return "e" + latin if pieces and pieces[-1][-1:] in ("a", "o", "u") else latin


def _word(word: str, parts: Mapping[str, str] | None = None) -> str:
    """One word of a name: its listed spelling, else the best split into listed pieces and endings ("آقامحمدی" →
    aghamohammadi, "کرمانی" → kermani), else letter by letter."""
    key = match_key(word)
    hit = name_lexicon().get(key)
    if hit:
        return hit[0]
    if parts and key in parts:
        return parts[key]
    split = _split(key, parts or {})
    return split if split is not None else _letters(word)


def _pieces(parts: Mapping[str, str]) -> dict[str, str]:
    """Listed names and name parts by key, lower-case (the pieces of a compound name); built once per ``parts``
    (the knowledge base's spellings), not once per word."""
    cached = _PIECES.get(id(parts))
    if cached is not None and cached[0] is parts:
        return cached[1]
    out = {k: latin.lower() for k, (latin, kind) in name_lexicon().items() if kind in ("first", "last", "suffix")}
    out.update({k: v.lower() for k, v in parts.items() if len(k) >= 3})
    _PIECES[id(parts)] = (parts, out)
    return out


_PIECES: dict[int, tuple[Mapping[str, str], dict[str, str]]] = {}


def _split(key: str, parts: Mapping[str, str]) -> str | None:
    """The cheapest cover of ``key`` by known pieces, endings (last only) and letter-by-letter runs, each letter of a
    run costing more than a piece; None when no piece is known (letter by letter is then the answer)."""
    pieces = _pieces(parts)
    n = len(key)
    best: list[tuple[float, list[str], int] | None] = [None] * (n + 1)  # (cost, latin pieces, known pieces)
    best[0] = (0.0, [], 0)
    for i in range(n):
        if best[i] is None:
            continue
        cost, out, known = best[i]
        for j in range(i + 2, n + 1):
            seg = key[i:j]
            cands = []
            if seg in pieces:
                cands.append((cost + 1, out + [pieces[seg]], known + 1))
            if j == n and seg in _ENDINGS and i > 0:
                cands.append((cost + 1, out + [_ending(out, seg)], known))
            cands.append((cost + 3 * len(seg) + 1, out + [_letters(seg)], known))
            for c in cands:
                if best[j] is None or c[0] < best[j][0]:
                    best[j] = c
        if i + 1 <= n and key[i:i + 1] in _ENDINGS and i + 1 == n and i > 0:
            c = (cost + 1, out + [_ending(out, key[i:])], known)
            if best[n] is None or c[0] < best[n][0]:
                best[n] = c
    final = best[n]
    if final is None or final[2] == 0:
        return None
    return "".join(final[1])


def _skeleton(latin: str) -> str:
    """Consonants only, with the letters Persian names are spelt with interchangeably folded together."""
    t = latin.lower().replace("gh", "q").replace("kh", "x").replace("sh", "c").replace("ch", "c").replace("zh", "j")
    t = t.translate(str.maketrans({"w": "v", "k": "q", "g": "q", "z": "s", "d": "t"}))
    return re.sub(r"[^a-z]|[aeiouyh]", "", t)


def plausible_spelling(word: str, latin: str) -> bool:
    """Whether ``latin`` can be a spelling of the Persian ``word``: their consonants mostly agree (so that a name
    whose words are listed in another order or split differently teaches nothing wrong)."""
    a, b = _skeleton(_letters(word)), _skeleton(latin)
    if not a or not b:
        return a == b
    return fuzz.ratio(a, b) >= 70


def _cap(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def _with_article(word: str, known: Mapping[str, str] | None) -> bool:
    """A later word of a name that begins with the Arabic article ("الزعابی", "السامرائی") and is not itself a listed
    name ("الهام")."""
    key = match_key(word)
    return key.startswith("ال") and len(key) >= 4 and not name_lexicon().get(key) and not (known and key in known)


def transliterate_name(persian: str, known: Mapping[str, str] | None = None) -> str:
    """"جلال ملکی" → "Jalal Maleki"; "سیاح‌البرزی" → "Sayyah-Alborzi"-like letter-by-letter spellings for the rest.
    ``known``: more spellings by word key (the knowledge base's people: ``KnowledgeBase.name_parts``)."""
    parts: list[str] = []
    joined = False  # after a prefix such as "غلام": "غلام حسین" → "Gholam-Hossein"
    for word in persian.split():
        pieces = [p for p in word.split(ZWNJ) if p]
        latin = _joined_latin(word, known) or ("-".join(_cap(_word(p, known)) for p in pieces)
                                               if len(pieces) > 1 and not name_lexicon().get(match_key(word)) else _word(word, known))
        if parts and name_kind(word) == "particle":
            parts.append(latin)  # "بن", "آل" inside an Arabic name: "bin", "Al", as English writes them
        elif parts and name_kind(word) == "suffix":
            parts[-1] += latin.lower()  # "توفیقی نیا": Tofighinia, a surname's suffix written apart
        elif parts and _with_article(word, known):
            parts.append("al-" + _cap(_word(match_key(word)[2:], known)))  # "الزعابی": al-Zaabi
        elif latin and joined and parts:
            parts[-1] = f"{parts[-1]}-{_cap(latin)}"
        elif latin:
            parts.append(_cap(latin))
        joined = name_lexicon().get(match_key(word), ("", ""))[1] == "prefix"
    return " ".join(parts)
