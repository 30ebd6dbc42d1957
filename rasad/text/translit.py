"""Persian personal names in Latin letters: the usual English spelling of known given names and surnames
(data/lexicon/person_names.tsv), letter by letter for the rest — readable, not a scholarly romanisation."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

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


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    return name_lexicon().get(match_key(word), ("", ""))[1] in ("first", "prefix")


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
        else:
            out.append(_LETTERS.get(ch, ch if ch.isascii() else ""))
        if i == 0 and ch not in _VOWELISH and ch != "ع" and nxt and nxt not in _VOWELISH and nxt != "ه":
            out.append("a")
    latin = "".join(out)
    return re.sub(r"(.)\1\1+", r"\1\1", latin)


def _word(word: str) -> str:
    lex = name_lexicon()
    hit = lex.get(match_key(word))
    if hit:
        return hit[0]
    for key, (latin, kind) in lex.items():  # "علیزاده" = علی + زاده
        if kind == "suffix" and match_key(word).endswith(key) and len(match_key(word)) > len(key) + 1:
            stem = word.replace(ZWNJ, "")[: -len(key)]
            return _word(stem) + latin
    return _letters(word)


def _cap(latin: str) -> str:
    return latin[:1].upper() + latin[1:]


def transliterate_name(persian: str) -> str:
    """"جلال ملکی" → "Jalal Maleki"; "سیاح‌البرزی" → "Sayyah-Alborzi"-like letter-by-letter spellings for the rest."""
    parts: list[str] = []
    joined = False  # after a prefix such as "غلام": "غلام حسین" → "Gholam-Hossein"
    for word in persian.split():
        pieces = [p for p in word.split(ZWNJ) if p]
        latin = "-".join(_cap(_word(p)) for p in pieces) if len(pieces) > 1 and not name_lexicon().get(match_key(word)) \
            else _word(word)
        if latin and joined and parts:
            parts[-1] = f"{parts[-1]}-{_cap(latin)}"
        elif latin:
            parts.append(_cap(latin))
        joined = name_lexicon().get(match_key(word), ("", ""))[1] == "prefix"
    return " ".join(parts)
