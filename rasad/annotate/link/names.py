"""Names: which actor a name stands for on a date, misspelt names close to one actor, and names the knowledge base lacks."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from rasad.annotate.link.matcher import Hit, Matcher
from rasad.annotate.link.strangers import arabic_names, beside_offices, latin_glossed, plain_word
from rasad.annotate.link.surnames import is_surname
from rasad.annotate.words import grammar_words, phrases
from rasad.kb.knowledge import Actor, KnowledgeBase
from rasad.records import Mention
from rasad.text.frequency import zipf
from rasad.text.normalize import match_key, text_match_key
from rasad.text.rx import finditer as _rx_finditer
from rasad.text.rx import first_chars
from rasad.text.rx import fullmatch as _rx_fullmatch
from rasad.text.translit import is_given_name, name_kind, transliterate_name


def _type_of(kb: KnowledgeBase, ref: str, kind: str) -> str:
    if kind == "place":
        return "PLACE"
    if kind == "outlet":
        return "MEDIA"
    a = kb.actors.get(ref)
    return a.entity_type if a else "ORG"


def _name_of(kb: KnowledgeBase, ref: str, kind: str) -> str:
    if kind == "place":
        return kb.places[ref].name
    if kind == "outlet":
        return kb.outlets[ref].name
    return kb.actors[ref].name


def _pick_actor(kb: KnowledgeBase, ids: list[str], day: dt.date | None, named: set[str]) -> str:
    """Among actors sharing a form: one named in full in the article, else one active on the day, else the first."""
    for i in ids:
        if i in named:
            return i
    if day:
        for i in ids:
            a = kb.actors[i]
            if a.positions and any(p.covers(day) for p in a.positions):
                return i
    return ids[0]


MANY_HOLDERS = 30  # an office more people hold at once than this (290 MPs) says little about who one of them is


def one_of_many(kb: KnowledgeBase, actor_id: str) -> bool:
    """A person the knowledge base knows only as one of an office's many holders at once (one of 290 MPs), or
    only as a member of a body (a ``collegial`` title: a council of 21): among so many, names like "علی قربانی"
    or "احمد صادقی" are common, so the name alone is no evidence — see :func:`in_context`."""
    cache = kb.__dict__.setdefault("_one_of_many", {})
    if actor_id not in cache:
        a = kb.actors.get(actor_id)
        cache[actor_id] = bool(a is not None and a.type == "PERSON" and a.positions
                               and all(_crowded(kb, p.title, p.of, p.start or p.end) for p in a.positions))
    return cache[actor_id]


def _crowded(kb: KnowledgeBase, title: str, of: str, day: dt.date | None) -> bool:
    if getattr(kb.titles.get(title), "collegial", False):
        return True
    return day is not None and len(kb.holders(title, of, day)) > MANY_HOLDERS


def office_cues(kb: KnowledgeBase, actor_id: str) -> tuple[str, ...]:
    """Match keys of the words that speak of a person's offices: the bodies' names ("مجلس شورای اسلامی", "مجلس")
    and the offices' phrases ("نماینده مردم")."""
    cache = kb.__dict__.setdefault("_office_cues", {})
    if actor_id not in cache:
        a = kb.actors[actor_id]
        forms: list[str] = []
        for span in [*a.positions, *a.affiliations]:
            body = kb.actors.get(span.of)
            forms += [*body.fa, *body.short] if body is not None else []
        for p in a.positions:
            forms += kb.titles[p.title].fa if p.title in kb.titles else []
        cache[actor_id] = tuple(sorted({match_key(f) for f in forms if f.strip()}))
    return cache[actor_id]


def in_context(kb: KnowledgeBase, actor_id: str, text_key: str) -> bool:
    """Whether a name may stand for ``actor_id`` in a text (its :func:`match_key`): always, unless the person is
    :func:`one_of_many` holders, who are recognised only where the text speaks of their office or its body."""
    return not one_of_many(kb, actor_id) or any(c in text_key for c in office_cues(kb, actor_id))


def occupancy(text: str, mentions: list[Mention]) -> bytearray:
    """One byte per character of ``text``, 1 where a mention covers it: overlap tests by look-up, not by a scan."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken


def _following_actor(text: str, end: int, mentions: list[Mention], kb: KnowledgeBase) -> Mention | None:
    """The organisation/state/person mention right after a role phrase (allowing "جنبش", "کشور", "،")."""
    i = _first_at(mentions, end)
    for m in mentions[i:i + 4]:
        if m.start < end:
            continue
        if m.start - end > 30:
            return None
        gap = text[end:m.start]
        if _GAP_RE.match(gap) and (m.type == "PERSON" or not _COMMA_RE.search(gap)):
            return m  # after a comma only a name in apposition: "رئیس قوه قضاییه، دیوان عالی" is two bodies
        return None
    return None


def _first_at(mentions: list[Mention], pos: int) -> int:
    """Index of the first mention starting at or after ``pos`` (mentions are sorted by start)."""
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


_COMMA_RE = re.compile(r"[،,]")
# "وزیر خارجه دولت موقت سوریه": a government's own qualifier between the office and its state; (session 20) a ZWNJ
# is a gap as a space is ("رئیس‌جمهوری الجزایر": "رئیس" before the state "جمهوری الجزایر"); (session 21) an ezafe
# written after the office's final "ه" opens the gap ("وزیر خارجه‌ی عربستان", "وزیر خارجهٔ عربستان")
_GAP_RE = re.compile(r"^(?:\u200cی|\u0654)?[\s\u200c،,]*(?:(?:جنبش|کشور|جمهوری|پادشاهی|سازمان|گروه|حزب|دولت|رژیم|شورای|ارتش)\s*"
                     r"(?:(?<=دولت)\s*(?:موقت|انتقالی|جدید|فعلی|کنونی|سرپرستی|سرپرست)\s*)?)?$")


def _apposed_gap(text: str, m: Mention, start: int) -> bool:
    """Only spaces or a comma between a name and the office after it — or the guillemets the name is set in
    ("«رضا عامری» سفیر جدید ایران"): a known name's mention stops inside them, an unknown one's takes them in."""
    gap = text[m.end:start]
    if gap.lstrip().startswith("»") and text[:m.start].rstrip().endswith("«"):
        gap = gap.lstrip()[1:]
    if "\n" in gap and "\n" not in text[:m.start].strip():
        return False  # (branch verbal9) a headline ending in a name and a lead opening with an office are two texts
    return _rx_fullmatch(r"[\s،,]*", gap) is not None


def _preceding_person(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """Apposition: "اسماعیل هنیه، رئیس دفتر سیاسی حماس" — a person name ending right before the role."""
    i = _first_at(mentions, start)
    for m in reversed(mentions[max(0, i - 4):i]):
        if m.end > start:
            continue
        if m.type == "PERSON" and m.how in ("name", "short", "fuzzy", "unknown-name") and _apposed_gap(text, m, start):
            return None if _attributed_to(text, m, start) else m
        if m.type == "PERSON" and m.how == "role" and _rx_fullmatch(r"\s+و\s+", text[m.end:start]):
            # "اسحاق دار، وزیر خارجه و معاون نخست‌وزیر": a second office joined to one given beside a name
            person = _preceding_person(text, m.start, mentions)
            return person if person is not None and (person.kb_id, person.name) == (m.kb_id, m.name) else None
        return None
    return None


_ATTRIBUTED = re.compile(rf"(?:^|\s)(?:{phrases(sorted(grammar_words('attributions')))})\s*$")


def _attributed_to(text: str, person: Mention, start: int) -> bool:
    """"به گفته بقائی، وزیر امور خارجه ایران ...": the comma closes an attribution, and the office opens the clause
    it attributes — not the person's office."""
    return bool(_COMMA_RE.search(text, person.end, start)) and bool(_ATTRIBUTED.search(text, max(0, person.start - 30),
                                                                                        person.start))


def _fuzzy_names(text: str, mentions: list[Mention], hits: list[Hit], matcher: Matcher, kb: KnowledgeBase,
                 named: set[str], text_key: str = "") -> list[Mention]:
    """A misspelt full name ("صالح العارودی") is linked when it is close to exactly one known actor (one the text
    may name at all: :func:`in_context`). (Its pattern's words are possessive, ``{2,}+``: letters given back could
    never be the space or the boundary after them.)"""
    out = list(mentions)
    occupied = bytearray(len(text) + 1)
    for x in out:
        occupied[x.start:x.end] = b"\x01" * (x.end - x.start)
    for m in _rx_finditer(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])([\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]{2,}+) (ال[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]{3,}+)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF])", text):
        if any(occupied[m.start():m.end()]):
            continue
        a = fuzzy_actor(m.group(0), matcher, kb, text_key or text_match_key(text))
        if a is None:
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), a.id, a.name, "PERSON", "fuzzy"))
        named.add(a.id)
    return sorted(out, key=lambda x: x.start)


def fuzzy_actor(name: str, matcher: Matcher, kb: KnowledgeBase, text_key: str) -> Actor | None:
    """The one known actor whose full name ``name`` is close to ("دونالد ترمپ" → Donald Trump, "صالح العارودی"),
    when the text may name them at all (:func:`in_context`); None when none or several are."""
    best = _closest_full_names(match_key(name), matcher)
    if not best or best[0][1] < 88:
        return None
    ids = matcher.full_keys[best[0][0]]
    if len(set(ids)) != 1 or (len(best) > 1 and best[1][1] >= 85 and matcher.full_keys[best[1][0]] != ids):
        return None
    return kb.actors[ids[0]] if in_context(kb, ids[0], text_key) else None


def _closest_full_names(key: str, matcher: Matcher) -> list:
    """The two known full names closest to ``key`` (rapidfuzz), remembered per matcher: news repeats the names
    it spells its own way, and each look-up compares with every full name of the knowledge base."""
    cache = matcher.fuzzy_cache
    if key not in cache:
        if len(cache) >= 50_000:
            cache.clear()
        # below 85 a result decides nothing (the best must reach 88, a rival 85): rapidfuzz may stop early
        cache[key] = process.extract(key, matcher.full_key_list, scorer=fuzz.ratio, limit=2, score_cutoff=85)
    return cache[key]


def known_after_all(mentions: list[Mention], matcher: Matcher, kb: KnowledgeBase, text_key: str) -> list[Mention]:
    """Names taken for people the knowledge base lacks that are a known person's name spelt another way ("دونالد
    ترمپ"): that person, as a misspelt name."""
    out = []
    for m in mentions:
        if m.how == "unknown-name" and m.kb_id is None and (a := _known_short(m.text, matcher, kb)) is not None:
            m = Mention(m.start, m.end, m.text, a.id, a.name, "PERSON", "short")
            out.append(m)
            continue
        a = fuzzy_actor(m.text, matcher, kb, text_key) if m.how == "unknown-name" and m.kb_id is None else None
        if a is not None and a.type == "PERSON" and _word_by_word(m.text, a):
            m = Mention(m.start, m.end, m.text, a.id, a.name, "PERSON", "fuzzy")
        out.append(m)
    return out


def _known_short(name: str, matcher: Matcher, kb: KnowledgeBase) -> Actor | None:
    """(session 16) "علی اف مدعی شد": a known person's one-word name written as two words (ZWNJ typed as a space,
    "علی‌اف"), which looked like a given name and a surname: that person, when the key names one person only."""
    if " " not in name.strip():
        return None
    found = matcher.lookup(match_key(name))
    words = [match_key(w) for w in name.split()]
    people = {e.ref for e in (found[1] if found else []) if e.kind in ("actor", "short") and "\u200c" in e.form
              and [match_key(w) for w in e.form.replace("\u200c", " ").split()] == words
              and (a := kb.actors.get(e.ref)) is not None and a.type == "PERSON"}
    return kb.actors[people.pop()] if len(people) == 1 else None


MIN_WORD_RATIO = 80  # each word close on its own: "محمد انصاری" is not "حامد انصاری", "ترمپ" is "ترامپ"


def _close_words(a: str, b: str) -> bool:
    """Two name words one could be a misspelling of the other: close, and not two different given names of the name
    lexicon ("حسن" is not a misspelt "حسین", though one letter apart)."""
    if a == b:
        return True
    if min(len(a), len(b)) <= 3:
        return False  # (session 16) a short word one letter off is another word: "قدوم" is no "دوم" (Abdullah II)
    return fuzz.ratio(a, b) >= MIN_WORD_RATIO and not (is_given_name(a) and is_given_name(b))


def _word_by_word(name: str, actor: Actor) -> bool:
    """Whether one of the actor's Persian names has as many words as ``name``, each close to its counterpart."""
    words = [match_key(w) for w in name.split()]
    return any(len(f.split()) == len(words) and all(_close_words(a, match_key(b))
                                                    for a, b in zip(words, f.split(), strict=True))
               for f in actor.fa)


_TIME_WORDS = frozenset(grammar_words("time_words"))
# (slice 31 PER2) and the words that stand between a name and the office it holds ("NAME دیگر نماینده ...")
_BETWEEN = _TIME_WORDS | grammar_words("name_office_between")


def _apposed(words: list, k: int) -> bool:
    """(slice 31 PER2) Whether the words from ``k`` open an apposition with no comma, as an office does
    ("NAME یکی از بازیگران ...": grammar.yaml name_appositions)."""
    return k + 1 < len(words) and f"{words[k][2]} {words[k + 1][2]}" in grammar_words("name_appositions")


_DIGITS = re.compile(r"\s*[0-9\u06F0-\u06F9\u0660-\u0669]+\s*$")


def _term_after(text: str, words: list, k: int, surname: str) -> bool:
    """(slice 31 PER2) Whether the words from ``k`` give a person's sentence ("NAME به ۷ سال، NAME به هشت ماه ..."):
    "به", a count in digits or words (grammar.yaml term_counts) and a span of time (term_units) — what a court
    gives a person, as a list of the convicted names each one — when the surname is one (a listed surname, or rare in
    Persian: :func:`_surname_like`), not a town's or a phrase's second word ("مهدی شهر", "حسن نیت")."""
    if k + 1 >= len(words) or words[k][2] != "به" or not _surname_like(surname):
        return False
    unit = k + 1 if _DIGITS.match(text[words[k][1]:words[k + 1][0]]) else k + 2
    return unit < len(words) and (unit == k + 1 or words[k + 1][2] in grammar_words("term_counts")) \
        and words[unit][2] in grammar_words("term_units")
# (session 16) and verbs and the place suffix a name never ends with: "نظام است" (the system is), "حسین آباد" (a village);
# (session 17) and "ماه" after a month that is also a given name ("هفدهم بهمن ماه" had been a person "Bahman Mah")
_STOP = frozenset("و در با از به که این آن را برای تا بر یا هم نیز همچنین گفت کرد اظهار داشت افزود سخنگوی رئیس"
                  " است بود شد شده نیست هست آباد ماه".split())


# (session 25) letters only, no Persian digits (U+06F0-U+06F9, inside the letters' block): "۱۵ بهمن ۱۴۰۲ سخنگوی"
# is a date before an office, not a given name and a surname
_FA_WORD_RE = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u200c]+")


# code point → whether _FA_WORD_RE's class holds it (all its letters lie below U+0700, and the ZWNJ); the last
# entry, the ZWJ, stands for every code point above
_FA_WORD_TABLE = np.array([_FA_WORD_RE.fullmatch(chr(c)) is not None for c in range(0x200E)], dtype=bool)


def _word_spans(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of the text's ``words`` (``_FA_WORD_RE.findall(text)``), as ``_FA_WORD_RE.finditer``
    finds them: the runs of the pattern's characters, found in numpy (a match object per word of the text, and three
    calls on it, cost ~4 % of linking)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    inside = np.zeros(len(codes) + 2, dtype=np.int8)
    inside[1:-1] = _FA_WORD_TABLE[np.minimum(codes, len(_FA_WORD_TABLE) - 1)]
    edges = np.diff(inside)
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), words, strict=True))


_GIVEN_ASKED: set[str] = set()  # words is_given_name was asked about (it is pure: the name lexicon's)
_GIVEN_YES: set[str] = set()  # ... and those it said are given names


def _given_names(distinct: set[str]) -> set[str]:
    """The given names among ``distinct`` words: each word asked once per process, the rest by set operations (a
    call per distinct word of every article cost ~2 % of linking)."""
    new = distinct - _GIVEN_ASKED
    if new:
        if len(_GIVEN_ASKED) > 200_000:  # a bound on memory: start over
            _GIVEN_ASKED.clear()
            _GIVEN_YES.clear()
            new = distinct
        _GIVEN_YES.update(w for w in new if is_given_name(w) or _glued_and(w))
        _GIVEN_ASKED.update(new)
    return distinct & _GIVEN_YES


_MISPRINT = 1.0  # Zipf frequency below which a word is no Persian word at all, only a misprint of two


def _glued_and(word: str) -> bool:
    """(slice 31 PER2) "و" printed against the given name after it ("... وکیومرث مرزبان"): the word is no word
    (a misprint) and no given name itself, but a given name once its "و" is taken off ("وحید" is Vahid)."""
    return len(word) > 3 and word[0] == "و" and is_given_name(word[1:]) and not is_given_name(word) \
        and zipf(word) < _MISPRINT


def named_people(text: str, mentions: list[Mention], followers: frozenset[str], honorifics: frozenset[str],
                 stop: frozenset[str], spellings: dict[str, str] | None = None) -> list[Mention]:
    """People the knowledge base does not know, found by their names: a given name from the name lexicon and a
    surname, followed by a speech verb or an office ("جلال ملکی گفت", "علی نیکزاد نائب رئیس مجلس") or after an
    honorific ("سردار احمد کرمی‌اسد"). Named in Latin letters by :func:`transliterate_name`."""
    taken = occupancy(text, mentions)
    all_words = _FA_WORD_RE.findall(text)
    distinct = set(all_words)
    given = _given_names(distinct)
    if not given and not _TAILS.intersection(all_words) and not _RANKS.intersection(all_words) and not any(r in text for r in _RANKS if " " in r):
        return []
    starts = _name_starts(all_words, given, distinct)
    words = _word_spans(text, all_words)
    out: list[Mention] = []
    after = 0  # the word after the last name found: a name's words start no other
    known = _known_person_ends(mentions)
    for i in starts:
        if i < after:
            continue
        listed = bool(out) and _continues_list(text, words, after, i) or _after_known(text, words, i, known)
        found = _name_at(text, words, i, taken, followers, honorifics, stop, listed)
        if found is None:
            continue
        after, s, e = found
        out.append(Mention(s, e, text[s:e], None, transliterate_name(_untitled(text[s:e]), spellings), "PERSON", "unknown-name"))
        taken[s:e] = b"\x01" * (e - s)
    ranked = [] if _RANK_WORDS.isdisjoint(distinct) else [i for i, w in enumerate(all_words) if w in _RANK_WORDS]
    for s, e in _titled_surnames(text, words, taken, followers, honorifics, stop, ranked):
        out.append(Mention(s, e, text[s:e], None, transliterate_name(text[s:e], spellings), "PERSON", "unknown-name"))
        taken[s:e] = b"\x01" * (e - s)
    return sorted(out, key=lambda m: m.start)


# words that go on a rank before the name ("حجت‌الاسلام والمسلمین", "سرتیپ دوم پاسدار"): grammar.yaml rank_tails
_HONORIFIC_TAILS = frozenset(grammar_words("rank_tails"))
_RANKS = frozenset(grammar_words("rank_honorifics"))
# a word that is a rank, or the last of a two-word rank ("سرتیپ دوم"): only where one stands can a rank be read
_RANK_WORDS = _RANKS | frozenset(r.rsplit(" ", 1)[-1] for r in _RANKS if " " in r)


def _titled_surnames(text: str, words: list, taken: bytearray, followers: frozenset[str], honorifics: frozenset[str],
                     stop: frozenset[str], at: list[int] | None = None) -> list[tuple[int, int]]:
    """(session 16) "آیت‌الله محمدی لائینی نماینده ولی فقیه ...", "سردار کرمی گفت": a cleric or an officer named by
    the surname alone (one or two words, each a listed surname or rare in Persian) between a clerical or military rank
    (grammar.yaml: rank_honorifics; "آقای اسماعیلی" is too often a known official's short name) and an office or a
    speech verb. ``at``: the only indices of ``words`` that may hold a rank (every word when None)."""
    out = []
    for i in range(len(words)) if at is None else at:
        w = words[i][2]
        if w not in _RANKS and not (i and f"{words[i - 1][2]} {w}" in _RANKS):
            continue
        j = i + 1
        while j < len(words) and words[j][2] in _HONORIFIC_TAILS:
            j += 1
        for n in (2, 1):
            k = j + n
            if k >= len(words) or words[k][2] not in followers or not text[words[k - 1][1]:words[k][0]].isspace():
                continue
            span = words[j:k]
            if all(_surname_at(text, words, x, taken, followers, stop) and _surname_like(words[x][2])
                   and not is_given_name(words[x][2]) and words[x][2] not in honorifics for x in range(j, k)):
                out.append((span[0][0], span[-1][1]))
                break
    return out


def _follower(word: str, followers: frozenset[str]) -> bool:
    """A speech verb or office word after a name, also with its ezafe written (slice 26U: "نماینده‌ی خاص", as the
    page's "نمایندۀ" is normalised)."""
    return word in followers or word.endswith("\u200cی") and word[:-2] in followers


def _untitled(name: str) -> str:
    """A name's words without the title its span keeps ("سید رسول میرباقری" is Rasoul Mirbagheri in Latin letters,
    as the same person named without it)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in grammar_words("span_titles") else name


_TAILS = grammar_words("name_tails")


def _name_starts(all_words: list[str], given: set[str], distinct: set[str]) -> list[int]:
    """Indices of the words that may open a name: a given name, or the head of one written as two words. Only a
    word before a name tail can be such a head, so the tails are found first (most articles have none): a call of
    ``_split_head`` per word cost ~2 % of linking."""
    if _TAILS.isdisjoint(distinct):
        return [i for i, w in enumerate(all_words) if w in given]
    heads = {i - 1 for i, w in enumerate(all_words) if i and w in _TAILS}
    return [i for i, w in enumerate(all_words) if w in given or (i in heads and _split_head(all_words, i))]


def _split_head(all_words: list[str], i: int) -> bool:
    """Whether word ``i``, no given name itself, and the tail after it are one given name ("نور الدین")."""
    return i + 1 < len(all_words) and _joined_given(all_words[i], all_words[i + 1])


def _joined_given(word: str, nxt: str) -> bool:
    """Whether ``word`` and a given name's tail after it (grammar.yaml name_tails) make a given name the lexicon lists."""
    return nxt in _TAILS and _listed_given(word + nxt)


def _listed_given(word: str) -> bool:
    """A given name the lexicon lists as one word ("عصمت‌الله", "نورالدین"), not one read by its shape ("رسول‌الله")."""
    return name_kind(word) in ("first", "given")


def _given_len(text: str, words: list, i: int) -> int:
    """How many words the given name at word ``i`` takes: 1 for a listed given name, 2 for one written as two words
    (slice 26U: "عصمت الله", "نور الدین" — a given name's tail (grammar.yaml name_tails) set apart by a space where
    a ZWNJ was meant, when the two make a given name the lexicon lists), 0 where no given name starts."""
    w = words[i][2]
    if i + 1 < len(words) and text[words[i][1]:words[i + 1][0]] == " " and _joined_given(w, words[i + 1][2]):
        return 2
    return 1 if is_given_name(w) else 0


_NUMBER_BEFORE = re.compile(r"[0-9\u06F0-\u06F9\u0660-\u0669]\s*$")


def _month_dated(text: str, word: str, start: int) -> bool:
    """(slice 26U) "۳۰ آذر", "۲۲ بهمن": a month that is also a given name (grammar.yaml month_given_names), right
    after a day's number, is the date, not a person's name."""
    return word in grammar_words("month_given_names") and bool(_NUMBER_BEFORE.search(text, max(0, start - 6), start))


def _titled_start(text: str, words: list, s: int) -> int:
    """(slice 26U) Where a name found at ``s`` begins when a title that is part of how the person is named stands
    right before it ("سید جلال حسینی", "سیده فاطمه ...", "مولوی عطاءالله عمری", "حافظ ..."; grammar.yaml
    span_titles): annotators, and the texts' later mentions, name them so."""
    before = _WORD_BEFORE.search(text, max(0, s - 10), s)
    if before is None or before.group(1) not in grammar_words("span_titles"):
        return s
    return before.start(1)


_WORD_BEFORE = re.compile(r"(\S+) $")


def _name_at(text: str, words: list, i: int, taken: bytearray, followers: frozenset[str],
             honorifics: frozenset[str], stop: frozenset[str], listed: bool = False) -> tuple[int, int, int] | None:
    """(index after the name, start, end) when a given name starts a person's name at word ``i``. ``listed``: the
    name goes on a list of names just found ("سعید علی‌نژادیان و سعید قاسمی")."""
    s, _e, w = words[i]
    first = _given_len(text, words, i) or int(_glued_and(w))
    s += int(first == 1 and not is_given_name(w))  # the glued "و" is no part of the name
    if not first or any(taken[s:_e]) or _month_dated(text, w, s):
        return None
    if i + 1 < len(words) and f"{w} {words[i + 1][2]}" in honorifics:
        return None  # (session 16) "حجت الاسلام": an honorific written apart, no "Hojjat al-Islam"
    if i and words[i - 1][2] in grammar_words("named_for_heads") and text[words[i - 1][1]:s].isspace():
        return None  # (slice 28N) "قرارگاه حمزه سیدالشهدا", "بیمارستان امام رضا": a body named after a person
    if i > 0 and first == 1 and w in grammar_words("noun_given_names") and \
            words[i - 1][2] in grammar_words("noun_name_openers"):
        return None  # (session 15) "در پیام ویدئویی گفت": the noun, not a name ("با عصمت الله ...": a name)
    j, units, last = i + first, 1, first
    while j < len(words) and units < 3 and (n := _given_len(text, words, j)) \
            and not any(taken[words[j][0]:words[j + n - 1][1]]) and text[words[j - 1][1]:words[j][0]].isspace():
        j, units, last = j + n, units + 1, n  # "محمد علی ..." / "سید محمد ..." / "عصمت الله ..."
        # (session 27 A7) never across a guillemet: "بهنام «مهدی ...»" is "named «...»", no given name before it
    if units > 2:
        return None
    if not _surname_at(text, words, j, taken, followers, stop) or units == 2 and last == 1 and _everyday(words[j][2]):
        if units < 2 or last > 1 or not _surname_at(text, words, j - 1, taken, followers, stop):
            return None
        j -= 1  # "دانیل ریکاردو (برزیل)": a surname that is a given name elsewhere ends the name
        # (slice 31 PER) "گروهبان رحیم ابراهیم جان باخت": after two given names, an everyday word is the verb's
    if len(words[j][2]) < 2:
        return None  # "شیخ عبدالله ب": a text cut off inside the surname
    if j == i + 1 and w in grammar_words("noun_given_names") and (i == 0 or words[i - 1][2] not in honorifics) \
            and plain_word(words[j][2]) and not text[words[j][1]:words[j][1] + 2].strip().startswith(("،", ",")) \
            and not listed:
        return None  # (session 26) "پیام کتبی رئیس‌جمهور": the noun and its adjective, no "Payam Katbi" — unless
        # (slice 26U) it goes on a list of names just found ("رضا کمالی، اسلام ایمانی و ...")
    end_j = j + 1
    if end_j < len(words) and words[end_j][2] in grammar_words("surname_suffixes") and \
            text[words[j][1]:words[end_j][0]].isspace():
        end_j += 1  # "توفیقی نیا": the surname's ending printed as a word of its own
    end_j = _second_surname(text, words, end_j, taken, followers, stop)
    last = words[end_j - 1][1]
    after = text[last:words[end_j][0]] if end_j < len(words) else text[last:]
    k = end_j
    while k < len(words) and k - end_j < 3 and words[k][2] in _BETWEEN and text[words[k - 1][1]:words[k][0]].isspace():
        k += 1  # "... روز یکشنبه اظهار داشت": a time between the name and the verb
    nxt = words[k][2] if k < len(words) else ""
    before = words[i - 1][2] if i else ""
    led = after.strip()[:1] in ("،", ",", ":") or after.isspace() and (
        _follower(nxt, followers) or _apposed(words, k) or _term_after(text, words, k, words[end_j - 1][2]))
    if not (led or before in honorifics or _in_list(text, words, i, j, end_j, listed)
            or _named_alone(text, words, i, end_j)):
        return None
    if i and (before in grammar_words("compound_name_openers") or before in grammar_words("kunya_openers")) \
            and text[words[i - 1][1]:s].isspace() and not any(taken[words[i - 1][0]:words[i - 1][1]]):
        s = words[i - 1][0]  # (session 16) "خان محمد حقانی", "نثار احمد احمدی": an Afghan compound given name;
        # (session 25) "ابو محمد الصنعانی": an Arabic kunya
    return end_j, _titled_start(text, words, s), last


def _second_surname(text: str, words: list, end_j: int, taken: bytearray, followers: frozenset[str],
                    stop: frozenset[str]) -> int:
    """(slice 28N) Where a name ends whose surname is two words ("محمد علیزاده طباطبایی", "محسن صفایی فراهانی"):
    the word after the surname, when it is a surname too (listed or built as one: :func:`is_surname`), is the
    name's; else the name ends at ``end_j``. A name of one surname followed by an everyday word is unchanged."""
    if end_j < len(words) and words[end_j][2] not in _TIME_WORDS and is_surname(words[end_j][2]) \
            and _surname_at(text, words, end_j, taken, followers, stop):
        return end_j + 1
    return end_j


_SURNAME_ALONE = 2.0  # Zipf frequency below which a surname marks a name with nothing else beside it ("جیرودی")
_STEM_WORD = 3.0  # ... of a stem that makes "X+ی" a Persian noun ("همجواری" from "همجوار"), not a surname
_CLITICS = ("شان", "اش", "ش")  # possessive pronouns joined to a noun, longest first
_BYLINE = re.compile(r"؛\s*$")
_DASH = re.compile(r"\s*[-–—]")
_GLOSS = re.compile(r"[ \t]*\([A-Za-z]")


def _named_alone(text: str, words: list, i: int, end_j: int) -> bool:
    """A given name and a surname no Persian text uses as a word ("پرویز دهدار", "شهروز پاشاکی"), with no office,
    verb or list beside them — unless the surname is a noun made of a Persian word ("حسن همجواری": good
    neighbourliness), the words are a byline ("باشگاه خبرنگاران جوان؛ مریم حسینی - ..."), or a longer name goes on
    inside guillemets ("«هانس اودو موتسل»")."""
    surname = _surname_of(words, i, end_j)
    if words[i][2] in grammar_words("noun_given_names"):
        return False  # (session 24) "نظام دیدگاهش را ...": a given name that is a common noun needs more evidence
    if not is_surname(surname) and surname.endswith(_CLITICS) and \
            zipf(surname[:-len(next(c for c in _CLITICS if surname.endswith(c)))].rstrip("\u200c")) >= _STEM_WORD:
        return False  # (session 24) "دیدگاهش", "کتابشان": a common noun with a possessive pronoun, no surname
    if not is_surname(surname) and (zipf(surname) >= _SURNAME_ALONE or len(surname) < 3 or surname.endswith(
            ("ی", "ای")) and zipf(surname[:-1].rstrip("\u200c")) >= _STEM_WORD or surname in grammar_words("name_stops")):
        return False
    s, e = words[i][0], words[end_j - 1][1]
    if _BYLINE.search(text, max(0, s - 10), s) and _DASH.match(text, e) or _GLOSS.match(text, e):
        return False  # a byline; or a name glossed in Latin letters, which names it (strangers.latin_glossed)
    return not text[max(0, s - 2):s].strip().endswith("«") or text[e:e + 2].strip().startswith("»")


_EVERYDAY_WORD = 5.0  # Zipf frequency from which a word no surname list holds is an everyday word ("جان", "دست")


def _everyday(word: str) -> bool:
    """(slice 31 PER) A word too common in Persian to end a name after two given names ("جان" in "جان باخت")."""
    return zipf(word) >= _EVERYDAY_WORD and not is_surname(word) and not is_given_name(word)


def _surname_of(words: list, i: int, end_j: int) -> str:
    """(slice 31 PER) The surname of the name in words ``i``..``end_j``: its last word, or, when that is a surname's
    ending printed as a word of its own ("مسعود اسماعیل پور", "اشرف علی یف"), the word before joined to it, as
    is_surname reads it — never the name's first word ("مهدی زاده شد": Mahdi was born)."""
    last = words[end_j - 1][2]
    if end_j - 2 > i and last in grammar_words("surname_suffixes"):
        return words[end_j - 2][2] + last
    return last


def _surname_at(text: str, words: list, j: int, taken: bytearray, followers: frozenset[str],
                stop: frozenset[str]) -> bool:
    """Whether word ``j`` can end the name begun before it: no grammar word, speech verb or mention, and only a space
    between it and the word before (punctuation inside is not one name). A number is never a word here:
    ``_FA_WORD_RE`` holds no digits, so "۲۲ بهمن ۱۳۹۹" ends no name at "۱۳۹۹"."""
    if j >= len(words) or words[j][2] in stop or words[j][2] in followers or any(taken[words[j][0]:words[j][1]]):
        return False
    return words[j][0] - words[j - 1][1] <= 1 and text[words[j - 1][1]:words[j][0]].isspace()


_LABEL = re.compile(r"[:：]\s*$")  # "داور: بیژن حیدری", "ناظر مسابقه: محمدرضا کسرایی"
_SURNAME_RARE = 4.0  # Zipf frequency below which a surname is no ordinary word ("قاسمی" is listed, "مردم" is not)


def _in_list(text: str, words: list, i: int, j: int, end_j: int, listed: bool) -> bool:
    """Names in a list ("داور: A/ کمک‌ها: B و C؛ ناظر: D", "A، B و C"): after a label's colon, after a name just
    found and a comma or "و", or before "و" and another given name — when the surname is a listed surname or a word
    rare in Persian, so "امید مردم" or "علی و" never pass for names."""
    surname = words[j][2]
    if not _surname_like(surname) or surname in grammar_words("name_stops"):
        return False
    if listed or (i and _LABEL.search(text, words[i - 1][1], words[i][0])):
        return True
    # (slice 31 PER) only spaces and the "و" between the surname and the next given name (the test read the span
    # with the "و" in it as all spaces, so no name ever opened a list so)
    return end_j + 1 < len(words) and words[end_j][2] == "و" and is_given_name(words[end_j + 1][2]) \
        and text[words[end_j - 1][1]:words[end_j + 1][0]].replace("و", "", 1).isspace()


def _surname_like(word: str) -> bool:
    """A listed surname, a word rare in Persian, or one ending in a surname's suffix ("کریمی‌فر": the parts are
    common words, so the whole seems common)."""
    return is_surname(word) or zipf(word) < _SURNAME_RARE or \
        word.split("\u200c")[-1] in grammar_words("surname_suffixes")


def _continues_list(text: str, words: list, after: int, i: int) -> bool:
    """Whether word ``i`` opens the next name of a list whose last name ended before word ``after``: a comma, "و"
    or a semicolon between them and nothing else."""
    if i == after:
        return text[words[i - 1][1]:words[i][0]].strip() in ("،", ",", "؛", ";")
    return i == after + 1 and words[after][2] == "و" and text[words[after - 1][1]:words[i][0]].replace("و", "", 1).isspace()


def _known_person_ends(mentions: list[Mention]) -> frozenset[int]:
    """Where the people the linker has already named end (a known person's name, not an office)."""
    return frozenset(m.end for m in mentions if m.type == "PERSON" and m.how in ("name", "short", "fuzzy"))


def _after_known(text: str, words: list, i: int, known: frozenset[int]) -> bool:
    """(slice 31 PER) Whether word ``i`` opens the next name of a list whose last name is a person the knowledge base
    knows ("محمد ولیزاده، محمدطاهر وادی و ..."): a comma or "و" between, as :func:`_continues_list` reads a list of
    names this pass found — a line-up or a list of the convicted names known and unknown people alike."""
    if not known or i < 2:
        return False
    if words[i - 1][2] == "و":
        return words[i - 2][1] in known and text[words[i - 2][1]:words[i][0]].replace("و", "", 1).isspace()
    return words[i - 1][1] in known and text[words[i - 1][1]:words[i][0]].strip() in ("،", ",", "؛", ";")


@lru_cache(maxsize=8)
def _honorific_names_re(honorifics: tuple[str, ...]) -> re.Pattern[str] | None:
    """An honorific, then the two or three words after it: built once per list of honorifics (not joined and sorted
    per article), opening with a lookahead for the honorifics' first letters (:func:`rasad.text.rx.first_chars`)."""
    hon = "|".join(sorted((re.escape(h) for h in honorifics), key=len, reverse=True))
    if not hon:
        return None
    return re.compile(rf"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]){first_chars(honorifics)}(?:{hon})\s+((?:[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+\s?){{2,3}})")


def _unknown_names(text: str, mentions: list[Mention], kb: KnowledgeBase, matcher: Matcher) -> list[Mention]:
    """Person names not in the knowledge base, introduced by an honorific or in apposition before a role."""
    out: list[Mention] = []
    taken = occupancy(text, mentions)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    honorific_names = _honorific_names_re(tuple(kb.descriptions.get("honorifics", [])))
    if honorific_names is not None:
        for m in honorific_names.finditer(text):
            words = [w for w in m.group(1).split() if w]
            words = [w for w in words[:3]]
            while words and (words[-1] in _STOP or matcher.prefixes.get(match_key(words[-1]))) and \
                    not (len(words) == 3 and words[-1] in grammar_words("surname_suffixes")):
                words.pop()
            if len(words) < 2 or any(w in _STOP or len(w) < 2 for w in words) or not is_given_name(words[0]):
                continue  # "آقای رئیسی هیچ ...": a surname alone, then ordinary words — no name to take
            s = m.start(1)
            e = s + len(" ".join(words))
            if free(s, e) and free(m.start(), s):
                out.append(Mention(m.start(), e, text[m.start():e], None, transliterate_name(text[s:e], kb.name_parts()),
                                   "PERSON", "unknown-name"))
                taken[m.start():e] = b"\x01" * (e - m.start())

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    out += _quoted_beside_roles(text, mentions, free, kb)
    for m in out:
        take(m.start, m.end)
    out += beside_offices(text, mentions, free, kb.name_parts(), take)
    out += arabic_names(text, free, kb.name_parts(), take)
    out += latin_glossed(text, free, take)
    return out


_COMMON_WORDS = 4.5  # mean Zipf frequency above which words in guillemets are a phrase («ما آماده هستیم»), not a name


def _name_like(words: list[str]) -> bool:
    """A Persian given name first, or words rare in Persian text — as foreign names are («کنجی ساتو»)."""
    return is_given_name(words[0]) or sum(map(zipf, words)) / len(words) <= _COMMON_WORDS


_QUOTED_BEFORE = re.compile(r"«([^«»\n]{3,40})»[\s،,]*$")
_QUOTED_AFTER = re.compile(r"[\s،,]*«([^«»\n]{3,40})»")


def _guillemets_beside(text: str, r: Mention) -> list[tuple[int, int]]:
    """The spans inside guillemets right before and right after a mention."""
    before = _QUOTED_BEFORE.search(text, max(0, r.start - 48), r.start)
    after = _QUOTED_AFTER.match(text, r.end, r.end + 48)
    return [m.span(1) for m in (before, after) if m is not None]


def _quoted_beside_roles(text: str, mentions: list[Mention], free, kb: KnowledgeBase) -> list[Mention]:
    """A name in guillemets right before or after an office no one was found for ("«تاکئو موری» معاون وزیر خارجه
    ژاپن", "سخنگوی وزارت خارجه چین، «مائو نینگ»"): outlets set foreign names apart so, and a lexicon of Persian
    given names cannot know them. Two to four words of letters only, none a grammar word."""
    out: list[Mention] = []
    for r in [m for m in mentions if m.how == "role" and not m.kb_id]:
        for s, e in _guillemets_beside(text, r):
            words = text[s:e].split()
            if not 2 <= len(words) <= 4 or not all(_FA_WORD_RE.fullmatch(w) for w in words) \
                    or any(w in _STOP for w in words) or not free(s, e) or not _name_like(words):
                continue
            name = transliterate_name(text[s:e], kb.name_parts())
            out.append(Mention(s, e, text[s:e], None, name, "PERSON", "unknown-name"))
            r.name = name
            break
    return out
