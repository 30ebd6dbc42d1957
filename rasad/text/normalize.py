"""Persian text normalisation that keeps a map back to the original offsets.

Character rules (letters, digits, marks, spaces) run first, then word rules restore the zero-width non-joiners
(ZWNJ) that scraping drops: the می/نمی verb prefix and plural/superlative suffixes by rule, joined compounds from
a lexicon (``data/lexicon/compounds.txt``); a verb glued to the next word by a scraped page ("کردنددر") is split
(``data/lexicon/glued_verbs.txt``: a past verb by a line break, the others by a space). No package repairs joined
compounds (../shared/DESIGN.md), and rishe's Normalizer drops newlines, so the rules are ours; matching never depends
on them, because names are compared on :func:`match_key`, which ignores ZWNJ and spaces on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from rasad.text.frequency import zipf

ZWNJ = "\u200c"

_CHAR_MAP = {
    "ي": "ی", "ى": "ی", "ئ": "ئ", "ك": "ک", "ۀ": "ه‌ی", "ة": "ه", "ە": "ه",  # ە: Kurdish ae, as Kurdistan's pages print ه
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\u200d": "", "\u200e": "", "\u200f": "",
    "\ufeff": "", "\u0640": "",  # tatweel
    "\u2028": "\n", "\u2029": "\n", "\t": " ", "\r": "",
}
for _i in range(10):
    _CHAR_MAP[chr(0x0660 + _i)] = chr(0x06F0 + _i)  # Arabic-Indic -> Persian digits
_DROP_MARKS = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}  # harakat, shadda, sukun, superscript alef

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_ASCII_DIGITS = str.maketrans({**{PERSIAN_DIGITS[i]: str(i) for i in range(10)},
                                  **{chr(0x0660 + i): str(i) for i in range(10)}})
_LETTER = r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFFA-Za-z]"


@dataclass
class Normalized:
    text: str
    to_orig: array  # to_orig[i] = offset in the original of normalised char i; one extra entry for the end
    # (an array of 8-byte integers: a list would cost ~36 bytes per character, a gigabyte on a long text)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for normalised [start, end)."""
        if end <= start:
            return self.to_orig[start], self.to_orig[start]
        return self.to_orig[start], self.to_orig[end - 1] + 1


_NON_ASCII_DIGIT = re.compile("[" + "".join(chr(c) for c in _TO_ASCII_DIGITS) + "]")


_ASCII_DIGIT_OF = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _TO_ASCII_DIGITS.items()}


def ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII, one ``str.replace`` per digit present (translating looks every
    character up in a dictionary: 3–4× slower on a line with a date in it; most text has no digit to replace)."""
    found = _NON_ASCII_DIGIT.findall(text)
    if not found:
        return text
    for digit in set(found):
        text = text.replace(digit, _ASCII_DIGIT_OF[digit])
    return text


def _data_lines(name: str) -> list[str]:
    path = resources.files("rasad") / "data" / "lexicon" / name
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    compounds = {}
    for word in _data_lines("compounds.txt"):
        word = char_normalize(word)
        if ZWNJ in word or " " in word:
            # (session 23) a line with a space is two words written joined ("آنرا" for "آن را"): split
            compounds[word.replace(ZWNJ, "").replace(" ", "")] = word
    exceptions = frozenset(char_normalize(w).replace(ZWNJ, "") for w in _data_lines("zwnj_exceptions.txt")
                           if not w.startswith("+"))
    heh_final = frozenset(char_normalize(w) for w in _data_lines("heh_final.txt"))
    return compounds, exceptions, heh_final


_NAME_KINDS = frozenset({"first", "last"})  # person_names.tsv kinds a name head joins (no title: "میرسید" is a verb)


@lru_cache(maxsize=1)
def _name_heads() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(session 25) The heads of zwnj_exceptions.txt's "+" lines ("میر") with the verb forms they may open (session 28:
    "می" + a listed stem + a personal ending), and the listed given names and surnames of person_names.tsv."""
    heads = {}
    for line in _data_lines("zwnj_exceptions.txt"):
        if line.startswith("+"):
            head, *stems = char_normalize(line[1:]).split()
            heads[head] = frozenset(stem + ending for stem in stems for ending in ("", *_VERB_ENDINGS))
    names = set()
    for line in _data_lines("person_names.tsv"):
        fa, _latin, kind = (line.split("\t") + ["", ""])[:3]
        if kind.strip() in _NAME_KINDS and " " not in fa.strip():
            names.add(char_normalize(fa.strip()).replace(ZWNJ, ""))
    return heads, frozenset(names)


def _head_and_name(bare: str) -> bool:
    """Whether ``bare`` is a surname opened by a name head ("میرکاظمی", "میرعمادی"): the head and a listed name of
    three letters or more, or the head and anything but "می" + a verb form the head's line lists ("میرود")."""
    heads, names = _name_heads()
    for head, verbs in heads.items():
        if bare.startswith(head) and len(bare) > len(head):
            rest = bare[len(head):]
            if len(rest) >= 3 and rest in names or bare[len(_MI):] not in verbs:
                return True
    return False


@lru_cache(maxsize=1)
def _glued() -> tuple[dict[str, str], tuple[str, ...]]:
    """(verb form without ZWNJ → as written, next words) of data/lexicon/glued_verbs.txt."""
    lines = [char_normalize(w) for w in _data_lines("glued_verbs.txt")]
    # a past verb that closes its sentence ("." before it) is split from the next word by a line break
    verbs = {w.lstrip(".").replace(ZWNJ, ""): w.lstrip(".") + ("\n" if w.startswith(".") else " ")
             for w in lines if not w.startswith("+")}
    return verbs, tuple(w[1:] for w in lines if w.startswith("+"))


def _unglued(bare: str) -> str | None:
    """"کردند\nدر" for "کردنددر", "شود در" for "شوددر": a verb form glued to the next word (the space or line break
    lost in scraping), or None."""
    verbs, nexts = _glued()
    for nxt in nexts:
        if not bare.endswith(nxt):
            continue
        stem = bare[: -len(nxt)]
        for prefix in ("نمی", "می", ""):  # "می‌شوددر": the verb with its prefix
            if stem.startswith(prefix) and (verb := verbs.get(stem[len(prefix):])) is not None and not zipf(bare):
                return prefix + (ZWNJ if prefix else "") + verb + nxt
    return None


_NEEDS_CHAR_PASS = re.compile("[" + re.escape("".join(_CHAR_MAP) + "".join(sorted(_DROP_MARKS))) + "]")
_TRANSLATE = {ord(k): v for k, v in _CHAR_MAP.items()} | {ord(c): None for c in _DROP_MARKS}


_REPLACEMENT = dict(_CHAR_MAP) | {c: "" for c in _DROP_MARKS}


def char_normalize(text: str) -> str:
    """Letters and digits unified, marks dropped. Only the characters present are replaced, one ``str.replace``
    each (no replacement is itself replaced): translating looks every character up in a dictionary, and a text has
    a handful of the characters to map."""
    for ch in set(_NEEDS_CHAR_PASS.findall(text)):
        text = text.replace(ch, _REPLACEMENT[ch])
    return _word_commas(text)


# (session 27) U+066C, the Arabic thousands separator, which some keyboards type for the comma ("مهدی خویی٬ استاد
# ..."): a comma where a digit does not stand on both sides of it, a thousands separator where one does
_SEPARATOR_AS_COMMA = re.compile(r"(?<!\d)\u066c|\u066c(?!\d)")


def _word_commas(text: str) -> str:
    """U+066C read as the Persian comma outside a number (same length: offsets hold)."""
    return _SEPARATOR_AS_COMMA.sub("،", text) if "\u066c" in text else text


def _char_pass(text: str) -> tuple[str, array]:
    """Characters mapped and marks dropped (as :func:`char_normalize` does), with the offset map. Only a mapping
    that changes the length (a dropped mark, "ۀ" → "ه‌ی") moves offsets: then each original offset is repeated once
    per character it became (numpy over the code points, instead of a Python step per mapped character)."""
    text = _word_commas(text)
    found = set(_NEEDS_CHAR_PASS.findall(text))
    if not found:
        return text, array("q", _offsets(0, len(text)))
    out = text
    for ch in found:
        out = out.replace(ch, _REPLACEMENT[ch])
    resized = [ch for ch in found if len(_REPLACEMENT[ch]) != 1]
    if not resized:
        return out, array("q", _offsets(0, len(text)))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    widths = np.ones(len(codes), dtype=np.int64)
    for ch in resized:
        widths[codes == ord(ch)] = len(_REPLACEMENT[ch])
    omap = array("q")
    omap.frombytes(np.repeat(np.arange(len(text), dtype=np.int64), widths).tobytes())
    return out, omap


def _offsets(lo: int, hi: int) -> bytes:
    """The offsets lo…hi-1 as the bytes of an array("q"): numpy makes them ~20× faster than range() on a line."""
    return np.arange(lo, hi, dtype=np.int64).tobytes()


def _align(old: str, new: str, base: int) -> list[int]:
    """Map each char of ``new`` to an offset in ``old`` (base-relative), for edits that only insert or drop."""
    res, p = [], 0
    for ch in new:
        if p < len(old) and old[p] == ch:
            res.append(base + p)
            p += 1
        else:
            while p < len(old) and old[p] in " " + ZWNJ and ch not in " " + ZWNJ:
                p += 1
            if p < len(old) and old[p] == ch:
                res.append(base + p)
                p += 1
            else:
                res.append(base + min(p, max(len(old) - 1, 0)))
    return res


def _rewrite(text: str, omap: array, pattern: re.Pattern, repl) -> tuple[str, array]:
    edits = ((m.start(), m.end(), new) for m in pattern.finditer(text) if (new := repl(m)) is not None)
    return _apply_edits(text, omap, edits)


@lru_cache(maxsize=4096)
def _alignment(old: str, new: str) -> tuple[int, ...]:
    """:func:`_align` of a word and its fixed form, remembered: the same few hundred fixes recur in every text."""
    return tuple(_align(old, new, 0))


def _apply_edits(text: str, omap: array, edits) -> tuple[str, array]:
    """``text`` with each (start, end, replacement) of ``edits`` (in order, not overlapping) applied, and its offset
    map carried along."""
    out: list[str] = []
    nmap = array("q")
    last = 0
    for start, end, new in edits:
        old = text[start:end]
        if new == old:
            continue
        out += (text[last:start], new)
        nmap += omap[last:start]
        nmap.extend([omap[start + j] for j in _alignment(old, new)])
        last = end
    if not out:
        return text, omap  # nothing rewritten (most lines): no copy of the text and its map
    out.append(text[last:])
    nmap += omap[last:]
    return "".join(out), nmap


_IS_LETTER = re.compile(_LETTER).match


def _whole_word_edits(text: str, fixes: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where each word of ``fixes`` stands whole in ``text`` (as ``_WORD`` would find it: no letter, and no letter
    and ZWNJ, on either side), with its fixed form, in text order. A few ``str.find`` calls per fix instead of a
    Python callback for every word of the line."""
    edits = []
    for word, fixed in fixes.items():
        i = text.find(word)
        while i != -1:
            j = i + len(word)
            before_ok = i == 0 or not (_IS_LETTER(text, i - 1) or (text[i - 1] == ZWNJ and i > 1 and _IS_LETTER(text, i - 2)))
            after_ok = not (_IS_LETTER(text, j) or (text.startswith(ZWNJ, j) and _IS_LETTER(text, j + 1)))
            if before_ok and after_ok:
                edits.append((i, j, fixed))
            i = text.find(word, i + 1)
    return sorted(edits)


_SPACES = re.compile(r"[ ]{2,}|[ ]+(?=[،؛:.!؟?)\]»])|(?<=[(\[«])[ ]+|[ ]+$|^[ ]+", re.M)
_WORD = re.compile(rf"{_LETTER}+(?:{ZWNJ}{_LETTER}+)*")
_VERB_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند", "ه")
_MI = "می"
_VERB_STEMS_NO_ENDING = frozenset(["توان", "بایست", "شد", "کرد", "رفت", "گفت", "داد", "آمد", "خواست", "دانست"])
_PLURAL = re.compile(r"^(.{2,}?)(هایی|هایمان|هایشان|هایم|هایت|هایش|های|ها)$")
# (session 26 A2) past stems whose participle with "ایم" written joined ("کردهایم", "گفتهایم") is the perfect's first
# person plural, not the stem with a plural and a possessive ("کرد‌هایم"); "کردهای" stays a plural ("کردهای عراق")
_PERFECT_STEMS = frozenset(["شد", "کرد", "رفت", "گفت", "داد", "آمد", "خواست", "دانست", "دید", "گرفت", "داشت", "زد",
                            "برد", "کشت", "نوشت", "ساخت", "یافت", "کوشید", "رسید", "نمود"])
_SUPERLATIVE = re.compile(r"^(.{3,}?)(ترین|تری)$")


@lru_cache(maxsize=131072)
def _fix_word(word: str) -> str | None:
    """The word with its missing ZWNJ restored, or None when it needs none. Cached: news repeats its words."""
    compounds, exceptions, heh_final = _lexicon()
    bare = word.replace(ZWNJ, "")
    if bare in compounds:
        return compounds[bare]
    if (split := _unglued(bare)) is not None:
        return split
    if ZWNJ in word or bare in exceptions or len(bare) < 4 or _head_and_name(bare):
        return None
    for prefix in ("نمی", "می"):
        if bare.startswith(prefix) and len(bare) > len(prefix) + 1:
            rest = bare[len(prefix):]
            if rest in exceptions or rest[0] in "ی":
                continue
            if rest.endswith(_VERB_ENDINGS) or rest in _VERB_STEMS_NO_ENDING:
                return prefix + ZWNJ + (_fix_word(rest) or rest)
            break
    m = _PLURAL.match(bare)
    if m:
        stem, suffix = m.groups()
        if stem in compounds:
            return compounds[stem] + ZWNJ + suffix
        if suffix == "هایم" and (stem in _PERFECT_STEMS or stem[0] == "ن" and stem[1:] in _PERFECT_STEMS):  # کردهایم
            return stem + "ه" + ZWNJ + "ایم"
        if suffix.startswith("های") and stem + "ه" in heh_final:  # منطقهای -> منطقه‌ای
            return stem + "ه" + ZWNJ + suffix[1:]
        if stem[-1] in "اآو" and suffix == "ها":
            return None  # دانشجوها-like forms are usually written joined, and تنها/رها are words
        return stem + ZWNJ + suffix
    m = _SUPERLATIVE.match(bare)
    if m and m.group(1) not in exceptions and _is_word(m.group(1)):  # "دادگستری", "انگشتری" are no comparatives
        return m.group(1) + ZWNJ + m.group(2)
    return None


MIN_STEM_ZIPF = 3.0  # a comparative's stem is a common word ("بزرگ", "مهم"): Zipf ≥ 3 in wordfreq's Persian


def _is_word(stem: str) -> bool:
    """Whether ``stem`` is a common Persian word."""
    return zipf(stem) >= MIN_STEM_ZIPF


def _zwnj_fixes(text: str) -> dict[str, str]:
    """The words of ``text`` that have a ZWNJ to restore, with their fixed form (``_fix_word`` gives another).
    Read token by token (a word never spans white space): the tokens known to need nothing are set aside in one
    set difference, and only the others are searched for words."""
    out: dict[str, str] = {}
    for token in set(text.split()).difference(_TOKENS_FINE):
        fixes = _TOKEN_FIXES.get(token)
        if fixes is None:
            fixes = _token_fixes(token)
        out.update(fixes)
    return out


_TOKENS_FINE: set[str] = set()  # white-space separated tokens none of whose words needs a ZWNJ
_TOKEN_FIXES: dict[str, dict[str, str]] = {}  # the other tokens, with their words' fixes
_MAX_TOKENS = 100_000  # either table is emptied when it grows past this (memory stays bounded: ~15 MB a process)
_MAX_TOKEN_CHARS = 64  # longer tokens are not remembered


def _token_fixes(token: str) -> dict[str, str]:
    """The fixes of one token's words, remembered in ``_TOKENS_FINE`` or ``_TOKEN_FIXES``."""
    fixes: dict[str, str] = {}
    for w in _WORD.findall(token):
        fixed = _fix_word(w)
        if fixed is not None and fixed != w:
            fixes[w] = fixed
    if len(token) <= _MAX_TOKEN_CHARS:
        table = _TOKEN_FIXES if fixes else _TOKENS_FINE
        if len(table) >= _MAX_TOKENS:
            table.clear()
        if fixes:
            _TOKEN_FIXES[token] = fixes
        else:
            _TOKENS_FINE.add(token)
    return fixes


# every match of _SPACES holds one of these pairs, or starts or ends the text: where none is, the regex is skipped
_SPACING_PAIR = re.compile(r"[ ][ ،؛:.!؟?)\]»\n]|[(\[«\n][ ]")


def _spacing_to_fix(text: str) -> bool:
    """Whether ``_SPACES`` can match in ``text``: a space at either end, or one of ``_SPACING_PAIR``'s pairs (two
    spaces, a space before a closing mark or after an opening one); one scan, where ``_SPACES`` tries five branches
    per position."""
    return text[:1] == " " or text[-1:] == " " or _SPACING_PAIR.search(text) is not None


def normalize(text: str) -> Normalized:
    """Unify letters and digits, drop short-vowel marks, fix spacing and restore ZWNJs, keeping the offset map."""
    t, omap = _char_pass(text)
    if _spacing_to_fix(t):
        t, omap = _rewrite(t, omap, _SPACES, lambda m: "" if m.group(0).strip() == "" and (m.start() == 0 or m.end() == len(t) or t[m.end():m.end() + 1] in "،؛:.!؟?)]»\n" or t[m.start() - 1:m.start()] in "([«\n") else " ")
    fixes = _zwnj_fixes(t)  # most lines need nothing: one findall beats a callback per word
    if fixes:
        t, omap = _apply_edits(t, omap, _whole_word_edits(t, fixes))
    omap.append(omap[-1] + 1 if omap else 0)
    return Normalized(t, omap)


def normalize_text(text: str) -> str:
    return normalize(text).text


# The written ezafe after a final heh ("قوه‌ی", from "قوۀ"): not part of the name.
_EZAFE_YEH = re.compile(f"(?<=ه){ZWNJ}ی(?!{_LETTER[:-1]}])")
_KEY_DROP = re.compile(f"[\\s{ZWNJ}\u200d\u00a0\u0640]")
# (session 30 ROLE) the hamza after an alef, written or not ("خاتم‌الانبیاء" = "خاتم‌الانبیا", "صنعاء" = "صنعا"): the
# same word either way, so names are keyed without it
_ALEF_HAMZA = re.compile("(?<=[اآأإ])\u0621")


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """The key names are matched on: normalised letters, no ZWNJ/space/tatweel, ه‌ی/هٔ folded, hamza seats folded
    (نائب = نایب, رئیس = رییس)."""
    t = _EZAFE_YEH.sub("", char_normalize(text))
    t = _ALEF_HAMZA.sub("", _KEY_DROP.sub("", t))
    return t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ؤ", "و").replace("ئ", "ی").replace("\u0654", "")


def text_match_key(text: str) -> str:
    """:func:`match_key` of a whole article, not cached: bodies kept in the names' cache (65,536 entries) made a
    worker's memory grow by ~5 MB per thousand articles."""
    return match_key.__wrapped__(text)


_KEY_SKIP = frozenset(" \n\t" + ZWNJ + "\u200d\u00a0\u0640\u0654")
_KEY_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ی"})


# by code point of the Basic Multilingual Plane (the last entry for every one past it): whether the key keeps the
# character, and what it keeps it as
_KEY_KEPT = np.ones(0x10001, dtype=bool)
_KEY_KEPT[[ord(c) for c in _KEY_SKIP]] = False
_KEY_FOLDED = np.arange(0x10001, dtype=np.uint32)
_KEY_FOLDED[list(_KEY_FOLD)] = [ord(v) for v in _KEY_FOLD.values()]


@lru_cache(maxsize=8)
def key_with_map(text: str) -> tuple[str, array]:
    """match_key over a normalised text, with a map from key offsets back to the text's offsets (an array of
    integers: memory stays a few bytes per character on long texts). Vectorised over the text's code points
    (numpy): Python loops over the kept runs and translate passes cost ~4 % of annotation."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = np.minimum(codes, 0x10000)
    kept = _KEY_KEPT[bmp]
    if "ه\u200cی" in text:  # "قوه‌ی قضاییه‌ی" (from ۀ) is keyed as "قوه قضاییه"
        kept[[m.end() - 1 for m in _EZAFE_YEH.finditer(text)]] = False
    if "\u0621" in text:  # "خاتم‌الانبیاء" is keyed as "خاتم‌الانبیا"
        kept[[m.start() for m in _ALEF_HAMZA.finditer(text)]] = False
    idx = np.flatnonzero(kept)
    folded = np.where(codes[idx] < 0x10000, _KEY_FOLDED[bmp[idx]], codes[idx])
    kmap = array("q")
    kmap.frombytes(idx.astype(np.int64).tobytes())
    return folded.tobytes().decode("utf-32-le", "surrogatepass"), kmap


def fold_for_compare(text: str) -> str:
    """The comparison normalisation of ../shared/gold/README.md (used by ``rasad eval`` and by the quotes' name
    tests). Most Persian text needs no Unicode decomposition, which walks every character in Python: where every
    character is plain (the fold keeps it as it is), a joiner, a tatweel or spacing, or one the fold maps character
    by character (a table), the same string comes out of ``str`` methods alone."""
    plain, tabled, table = _fold_tables()
    if plain.issuperset(text):
        return " ".join(text.replace(ZWNJ, "").replace("\u0640", "").split()).casefold()
    if tabled.issuperset(text):
        return " ".join(text.translate(table).split())
    return _fold_by_decomposition(text)


@lru_cache(maxsize=1)
def _fold_tables() -> tuple[frozenset[str], frozenset[str], dict[int, str]]:
    """(the characters the fold keeps or drops one by one, with spacing; those and the ones it maps one by one;
    the map), found by folding each character of ASCII, the Arabic block and its presentation forms between two
    letters: none may fold to a space or combine with its neighbours."""
    plain = {ch for ch in map(chr, [*range(0x21, 0x7F), *range(0x600, 0x700), 0xAB, 0xBB])
             if not ch.isspace() and _fold_by_decomposition("a" + ch) == "a" + ch.casefold() and len(ch.casefold()) == 1}
    table = {ord(ch): ch.casefold() for ch in plain if ch.casefold() != ch}  # "A" → "a"
    for ch in map(chr, [*range(0x600, 0x700), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF), 0x200C]):
        folded = _fold_by_decomposition(f"a{ch}a")  # "آ" → "ا", "ي" → "ی", "۱" → "1", a diacritic or joiner → ""
        if ch not in plain and not ch.isspace() and folded[:1] == folded[-1:] == "a" and \
                not any(c.isspace() for c in folded):
            table[ord(ch)] = folded[1:-1]
    fast = frozenset(plain | set(ZWNJ + "\u0640") | set(" \t\n\r"))
    return fast, fast | frozenset(map(chr, table)), table


def _fold_by_decomposition(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی").replace("ە", "ه")
    t = ascii_digits(t).replace(ZWNJ, "").replace("\u0640", "")
    t = re.sub(r"\s+", " ", t).strip()
    return t.casefold()
