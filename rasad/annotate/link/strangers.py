"""People the knowledge base lacks, found by an office beside their name and by the shape of the name itself.

A lexicon of Persian given names cannot know "لانا زکی نصیبه" or "کن مک‌کالم"; an office next to them can: "NAME،
رئیس ..." (apposition), "NAME سفیر امارات" (an office no holder was found for, right after the name), "سفیر خود NAME
را" (the office before). Arabic names also carry their own mark: "حسین علی الدیرانی", "ولید السامرائی" (a given name
and a surname with the article), "محمد بن عبدالرحمن" (a particle). A span is a name only when its words are: a
given name first, an Arabic name's particles, or words rare in Persian text — so "نشست خبری" or "منابع آگاه" beside
an office never become a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rasad.annotate.link.surnames import is_surname
from rasad.annotate.words import grammar_words, phrases, word_spans
from rasad.records import Mention
from rasad.text.frequency import zipf, zipf_en
from rasad.text.normalize import match_key
from rasad.text.translit import (
    is_given_name,
    name_kind,
    name_lexicon,
    plausible_spelling,
    style_of_state,
    transliterate_name,
)

# (session 25) letters only: the Persian digits (U+06F0-U+06F9) sit inside the letters' block, and a year read as a
# word made "بهمن ۱۴۰۲" ("یکشنبه ۱۵ بهمن ۱۴۰۲ سخنگوی دولت گفت") a stranger's name and the office's holder
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u200c\u064B-\u0652]+")
_WINDOW = 200  # characters searched on either side: more than a name's words and the boundary beside them
_MAX_WORDS = 5  # "سیف محمد عبید الزعابی", "محمد بن عبدالرحمن آل ثانی"
_COMMON = 5.0  # Zipf frequency above which a word is common Persian ("نشست", "منابع"), not a part of a foreign name
_RARE = 2.5  # ... below which it is hardly Persian at all ("مک‌کالم"): one common word may stand beside such words
_PLAIN = 4.0  # ... above which a word beside an office, with no comma between, is as likely a noun ("تسلیم")
_MEAN = 4.5  # mean frequency above which words are a phrase, however rare one of them is
_STEM = 5.0  # frequency of a stem ("کشور" in "کشورمان", "برد" in "بردند") that makes its word ordinary Persian
_ARTICLE_MIN = 4  # letters of an "ال" word read as a surname with the article ("الزعابی"), not "الان"
_GAP = re.compile(r"\s*[،,]?\s*")


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words of ``text[lo:hi]`` as ``_WORD.finditer(text, lo, hi)`` finds them (a word the window cuts, cut):
    read from the text's word runs, found once per text, not matched again in every window of a name or office."""
    return [(s, e, text[s:e]) for s, e in word_spans(_WORD, text, lo, hi)]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return (grammar_words("name_stops") | grammar_words("time_words") | grammar_words("office_heads")
            | grammar_words("person_followers") | grammar_words("person_trades")) - grammar_words("name_particles")


def _stop(word: str) -> bool:
    """Words that are never part of a name: grammar words, times, speech verbs, office words — unless a given
    name ("امیر")."""
    return word in _stop_words() and not is_given_name(word)


def _article_word(word: str) -> bool:
    """"الزعابی", "السامرائی": a surname with the Arabic article — not a Persian word ("الان", "البته")."""
    key = match_key(word)
    return key.startswith("ال") and len(key) >= _ARTICLE_MIN and zipf(word) < _RARE and not name_kind(word)


def _ordinary(word: str) -> bool:
    """A grammar word, or a Persian word by its shape: a verb ("بردند", "می‌گوید"), a plural ("مقام‌ها"), a possessive
    ("کشورمان") — a common stem with an ending no name of a person carries."""
    if _stop(word):
        return True
    if word.startswith(("می\u200c", "نمی\u200c")) or word.endswith(("ها", "های", "هایی")):
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 3 and zipf(word[:-len(end)]) >= _STEM
               for end in grammar_words("word_endings"))


def ordinary_word(word: str) -> bool:
    """:func:`_ordinary`, for the linker's other readers of names (a verb or a plural is no village's name)."""
    return _ordinary(word) or (word.startswith(("می", "نمی")) and len(word) >= 5 and zipf(word) == 0 and zipf(word[2:]) >= _STEM)


def _evidence(words: list[str]) -> bool:
    """A given name first, or an Arabic name's particle or article inside: the words are a person's name."""
    particles = grammar_words("name_particles")
    return is_given_name(words[0]) or any(w in particles for w in words[1:]) or any(map(_article_word, words[1:]))


def name_like(words: list[str], strict: bool = False, plain: bool = False) -> bool:
    """Whether words can be one person's name: no grammar word or ordinary Persian word among them, and a given
    name first, an Arabic name's particle or article, or words rare in Persian — one common word at most, first
    and beside a very rare one ("کن مک‌کالم"). ``strict``: the given name, particle or article is required;
    ``plain`` (no comma or guillemet sets the words apart): without them, every word is rare."""
    if not 2 <= len(words) <= _MAX_WORDS or any(map(_ordinary, words)):
        return False
    particles = grammar_words("name_particles")
    if words[0] in particles or words[-1] in particles:
        return False
    freq = [0.0 if name_kind(w) else zipf(w) for w in words]  # a listed name ("احمد") is no common word here
    common = [i for i, f in enumerate(freq) if f > _COMMON]
    if _evidence(words):
        if strict and plain and _noun_first(words):
            return False
        return not common or common == [0] and is_given_name(words[0])
    if strict or plain and max(freq) > _PLAIN:
        return False
    if len(words) >= 3 and min(freq) >= _PLAIN:
        return False  # (session 28) "در صحن علنی پارلمان، وزیر ...": three everyday words are a phrase, not a name
    if not common:
        return sum(freq) / len(freq) <= _MEAN
    return common == [0] and len(words) == 2 and freq[1] < _RARE


def _noun_first(words: list[str]) -> bool:
    """(session 26) "پیام کتبی مقام معظم رهبری": a given name that is an everyday noun (grammar.yaml
    noun_given_names: "پیام", "امید"), with
    no comma or clause start to set it apart, opens a name only before a listed surname or a word rare in Persian;
    else it is the noun ("the written message of ...")."""
    return words[0] in grammar_words("noun_given_names") and any(plain_word(w) for w in words[1:])


def plain_word(word: str) -> bool:
    """A Persian word no surname list holds and not rare enough to be a foreign name ("کتبی", "ویژه"), nor made a
    surname by its ending (slice 26U: "رسولی‌فر", "کریمی‌نیا": the parts are common words)."""
    return not is_surname(word) and zipf(word) >= _RARE and \
        not ("\u200c" in word and word.split("\u200c")[-1] in grammar_words("surname_suffixes"))


def _bounded_before(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the word before index ``k`` ends a clause: punctuation, a grammar word, or the text's start."""
    if k == 0:
        return True
    _s, e, w = words[k - 1]
    return not text[e:words[k][0]].isspace() or _stop(w)


def _opens_clause(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` follows punctuation or starts the text (not merely a grammar word: "از", "به")."""
    return k == 0 or not text[words[k - 1][1]:words[k][0]].isspace()


def name_before(text: str, pos: int, free: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The name ending right before ``pos`` (words joined by spaces only), the longest that is name-like and has a
    clause or mention boundary before it."""
    words = _words(text, max(0, pos - _WINDOW), pos)
    if not words or not _GAP.fullmatch(text[words[-1][1]:pos]):
        return None
    run = len(words)
    while run > 0 and len(words) - run < _MAX_WORDS + 1:
        s, e, w = words[run - 1]
        if not free(s, e) or (run < len(words) and not text[e:words[run][0]].isspace()) or _stop(w):
            break
        run -= 1
    comma = not text[words[-1][1]:pos].isspace()
    for k in range(run, len(words) - 1):
        ws = [w for _s, _e, w in words[k:]]
        # with no comma, "از فراخوانی فوری سفیر": a noun phrase before an office is as likely as a name, so a name
        # there has a given name or an Arabic name's mark, or opens its clause
        if name_like(ws, strict=not comma and not _opens_clause(text, words, k), plain=not comma) \
                and _bounded_before(text, words, k):
            return words[k][0], words[-1][1]
    return None


def name_after(text: str, pos: int, free: Callable[[int, int], bool], strict: bool = True,
               plain: bool = False) -> tuple[int, int] | None:
    """The name starting right after ``pos`` (after spaces, or a comma when a comma or a speech verb closes it too:
    "سخنگوی وزارت خارجه چین، مائو نینگ، گفت"), followed by punctuation, a grammar word or a mention. ``strict``:
    only a name with a given name or an Arabic name's mark (an office followed by ordinary words is common)."""
    words = _words(text, pos, min(len(text), pos + _WINDOW))
    if not words or not _GAP.fullmatch(text[pos:words[0][0]]) or not text[pos:words[0][0]]:
        return None
    run = 0
    while run < len(words) and run <= _MAX_WORDS:
        s, e, w = words[run]
        if not free(s, e) or (run and not text[words[run - 1][1]:s].isspace()) or _stop(w):
            break
        run += 1
    if not text[pos:words[0][0]].isspace():
        if not _closed(text, words, run):
            return None
        strict = False  # set apart by commas on both sides: as good as guillemets
    if name_like([w for _s, _e, w in words[:run]], strict=strict, plain=plain):
        return words[0][0], words[run - 1][1]
    return None


def _closed(text: str, words: list[tuple[int, int, str]], run: int) -> bool:
    """Whether the ``run`` words are closed by a comma or followed by a speech verb (a name in apposition)."""
    if not run:
        return False
    after = text[words[run - 1][1]:words[run][0] if run < len(words) else len(text)]
    return after.strip()[:1] in ("،", ",") or (after.isspace() and run < len(words)
                                               and words[run][2] in grammar_words("person_followers"))


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    # (session 26 H2) a trade in apposition too ("NAME، وکیل X", "NAME، خبرنگار ..."): the phrase is that person's
    heads = grammar_words("office_heads") | grammar_words("apposition_trades")
    return re.compile(rf"[،,]\s*(?P<head>{phrases(sorted(heads))})(?![\u0621-\u06FF])")


_OFFICE_END = re.compile(r"[،,.:؛;()«»\"\n!?؟]")
_OFFICE_WORDS = 10  # an office phrase's longest run of words ("رئیس بخش ریسک‌های ژئوپلیتیک در مؤسسه راپیدان انرژی آمریکا")


def office_phrase(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The office phrase opening at ``start`` ("رئیس سازمان اطلاعات داخلی بریتانیا"), up to punctuation, a time word
    or a speech verb, as a role mention (the name beside it is set by the caller); the state or organisation named
    last in it is whose office it is."""
    cut = _OFFICE_END.search(text, start, start + 160)
    words = _words(text, start, cut.start() if cut else min(len(text), start + 160))
    enders = grammar_words("office_enders") | grammar_words("time_words") | grammar_words("verb_stems")
    n = next((i for i, (_s, _e, w) in enumerate(words) if i and w in enders), len(words))
    while n > 1 and words[n - 1][2] in grammar_words("name_stops"):
        n -= 1  # "... آمریکا در": a trailing grammar word is the next clause's
    if n > _OFFICE_WORDS:
        n = _joined_after_mention(words, n, mentions)
    if not n or n > _OFFICE_WORDS:
        return None
    e = words[n - 1][1]
    # (session 27 H) or the place it is of: "آمر امنیت فرماندهی پولیس ولایت هرات از سمتش برکنار شد"
    inside = [m for m in mentions if start <= m.start and m.end <= e and m.type in ("COUNTRY", "ORG", "PLACE")]
    if inside:  # "وزیر خارجه ترکیه صورت گرفته": an office ends with the state or body it is of
        e = inside[-1].end
    whose = [m for m in inside if m.type != "PLACE"]
    return Mention(start, e, text[start:e], None, "", "PERSON", "role", None, of=whose[-1].kb_id if whose else None)


def _joined_after_mention(words: list[tuple[int, int, str]], n: int, mentions: list[Mention]) -> int:
    """(session 26 H2) "معاون بین‌الملل دفتر مقام معظم رهبری و جمعی از اعضای کابینه": a run of words too long for
    one office, with "و" right after a body, state or office the linker found, is that office and another party
    joined to it; the office ends before the first such "و" (an office's own "و", "امداد و نجات", follows no
    mention). Returns the words the office keeps, ``n`` when there is no such join."""
    ends = {m.end for m in mentions if m.type in ("COUNTRY", "ORG") or m.how == "role"}
    joiners = grammar_words("office_joiners")
    for k in range(2, min(n, _OFFICE_WORDS + 1)):
        if words[k][2] in joiners and words[k - 1][1] in ends:
            return k
    return n


def _whole_office(text: str, r: Mention, mentions: list[Mention]) -> None:
    """"NAME، رئیس اداره امنیت سایبری ایرلند": a bare office word after a name and a comma runs on to the whole
    office phrase, and the state or organisation in it is whose office it is."""
    comma = _COMMA_BEFORE.search(text, max(0, r.start - 3), r.start)
    if r.kb_id or comma is None or not any(m.type == "PERSON" and m.how != "role" and m.name == r.name
                                           and not text[m.end:comma.start()].strip() for m in mentions):
        return
    office = office_phrase(text, r.start, mentions)
    if office is not None and office.end > r.end:
        r.end, r.text, r.of = office.end, office.text, r.of or office.of


_COMMA_BEFORE = re.compile(r"[،,]\s*$")


def _person(text: str, s: int, e: int, parts: dict[str, str], state: str | None = None) -> Mention:
    """A person the knowledge base lacks, spelt in Latin letters as their state's language spells names (an office
    beside the name gives the state: "پاول مالکوف، فرماندار ..." of Russia), else as the name's own ending tells."""
    style = style_of_state(state) if state else "persian"
    latin = transliterate_name(text[s:e], parts, style if style != "persian" else None)
    return Mention(s, e, text[s:e], None, latin, "PERSON", "unknown-name")


def beside_offices(text: str, mentions: list[Mention], free: Callable[[int, int], bool], parts: dict[str, str],
                   take: Callable[[int, int], None]) -> list[Mention]:
    """Names right before or after an office no one was found for, and names before ", <office word>"."""
    out: list[Mention] = []
    for r in [m for m in mentions if m.how == "role" and not m.kb_id]:
        span = name_before(text, r.start, free)
        if span is not None and _attributed(text, span[0]):
            span = None  # "به گزارش زیپو کالا، وزیر نفت عراق گفت": the outlet reporting, not the office's holder
        span = span or name_after(text, r.end, free)
        if span is not None:
            out.append(_person(text, *span, parts, r.of))
            r.name = out[-1].name
            take(*span)
        _whole_office(text, r, mentions + out)
    out += _offices_after_commas(text, mentions, free, parts, take)
    for m in _titles_re().finditer(text):
        span = name_after(text, m.end(), free, strict=False, plain=True)  # "خانم آنالیزا دادز": a title opens a name
        if span is not None:
            out.append(_person(text, *span, parts))
            take(*span)
        else:
            out += _titled_surname(text, m.end(), mentions, free, parts, take)
    for m in _quoted_re().finditer(text) if "«" in text else ():  # both its readings need guillemets
        span = m.span(1) if m.group(1) else m.span(2)
        if free(*span) and name_like(text[span[0]:span[1]].split()):
            out.append(_person(text, *span, parts))
            take(*span)
    return out


def _titled_surname(text: str, pos: int, mentions: list[Mention], free: Callable[[int, int], bool],
                    parts: dict[str, str], take: Callable[[int, int], None]) -> list[Mention]:
    """(session 27 A) "آقای نجاری، معاون سفارت ...": a courtesy title, one word and an office set apart by a comma.
    One word is no name elsewhere (name_like wants two); between a title and an apposed office it is a surname,
    unless an everyday word ("آقای وزیر،"). Returns the person and the office as that person's role."""
    words = _words(text, pos, min(len(text), pos + _WINDOW))
    if not words or not text[pos:words[0][0]].isspace():
        return []
    s, e, w = words[0]
    head = _heads_re().match(text, e + len(text[e:e + 2]) - len(text[e:e + 2].lstrip()))
    if head is None or not free(s, e) or _ordinary(w) or (zipf(w) >= _COMMON and not is_surname(w)):
        return []
    person = _person(text, s, e, parts)
    take(s, e)
    office = office_phrase(text, head.start("head"), mentions)
    if office is None:
        return [person]
    office.kb_id, office.name = person.kb_id, person.name
    return [person, office]


def _offices_after_commas(text: str, mentions: list[Mention], free: Callable[[int, int], bool],
                          parts: dict[str, str], take: Callable[[int, int], None]) -> list[Mention]:
    """"NAME، رئیس ...": the name before the comma (a stranger's, or a person already named) and the office after
    it as that person's role — unless the office is a role already, or the name closes an attribution ("به گفته
    X، وزیر ..." opens the clause X is quoted for)."""
    out: list[Mention] = []
    roles = [m for m in mentions if m.how == "role"]
    people = {m.end: m for m in mentions if m.type == "PERSON" and m.how in ("name", "short", "fuzzy", "unknown-name")}
    for m in _heads_re().finditer(text):
        head = m.end() - len(m.group("head"))
        if any(r.start <= head < r.end for r in roles):
            continue
        span = name_before(text, m.start(), free)
        person = _person(text, *span, parts) if span is not None else _ending_at(text, people, m.start())
        if person is None or _attributed(text, person.start):
            continue
        if span is not None:
            out.append(person)
            take(*span)
        office = office_phrase(text, head, mentions)
        if office is not None:
            office.kb_id, office.name = person.kb_id, person.name
            out.append(office)
    return out + _offices_after_names(text, mentions + out)


def _offices_after_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """"مصطفی کارخانه مدیر تیم‌های ملی": an office word right after a person's name (no comma) opens that person's
    office, when no role was found there."""
    out: list[Mention] = []
    roles = [m for m in mentions if m.how == "role"]
    people = {m.end: m for m in mentions if m.type == "PERSON" and m.how in ("name", "short", "fuzzy", "unknown-name")}
    for m in _bare_heads_re().finditer(text):
        head = m.start("head")
        person = _ending_at(text, people, head)
        if person is None or any(r.start <= head < r.end for r in roles):
            continue
        office = office_phrase(text, head, mentions)
        if office is None or office.end <= m.end() or _OBJECT_AFTER.match(text, office.end):
            continue  # an office word alone says no more; "ظریف رئیس دفتر ... را پذیرفت": the office is an object
        office.kb_id, office.name = person.kb_id, person.name
        out.append(office)
    return out


_OBJECT_AFTER = re.compile(r"\s*(?:را|رو)(?![\u0621-\u06FF])")


@lru_cache(maxsize=1)
def _bare_heads_re() -> re.Pattern[str]:
    # a space first, the letter before it tested after it: the engine skips to the spaces
    return re.compile(rf"\s(?<=[\u0621-\u06FF]\s)\s*(?P<head>{phrases(sorted(grammar_words('office_heads')))})(?![\u0621-\u06FF])")


def _ending_at(text: str, people: dict[int, Mention], pos: int) -> Mention | None:
    """The person mention ending at ``pos`` or just before it (spaces between)."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return people.get(end)


_ATTRIBUTED = re.compile(rf"(?:^|\s)(?:{phrases(sorted(grammar_words('attributions')))})\s*$")
# (session 24) an outlet named as the report's source ("به گزارش X،", "به نوشته X،"): the attribution words the events'
# grammar leaves out (a report's outlet is no speaker), but a name after them is the outlet's, never an office holder's
_REPORTED = re.compile(r"(?:^|\s)(?:به گزارش|به نوشته|به نقل از)\s*$")


def _attributed(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` closes an attribution: "به گفته X، وزیر ...", "به گزارش X، وزیر ..."."""
    return bool(_ATTRIBUTED.search(text, max(0, start - 30), start) or _REPORTED.search(text, max(0, start - 30), start))


@lru_cache(maxsize=1)
def _titles_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\u0621-\u06FF\u200c])(?:{phrases(sorted(grammar_words('name_titles')))})(?![\u0621-\u06FF\u200c])")


@lru_cache(maxsize=1)
def _quoted_re() -> re.Pattern[str]:
    """«NAME» before an office word ("«ایان مک‌کاری» رئیس ...") or after a title ("سناتور «لیندسی گراهام»"):
    guillemets set a foreign name apart as a comma does."""
    heads = phrases(sorted(grammar_words("office_heads") | grammar_words("person_trades")))
    titles = phrases(sorted(grammar_words("name_titles") | grammar_words("office_heads")))
    return re.compile(rf"«([^«»\n]{{3,40}})»\s*[،,]?\s*(?:{heads})(?![\u0621-\u06FF])"
                      rf"|(?<![\u0621-\u06FF\u200c])(?:{titles})\s*«([^«»\n]{{3,40}})»")


@lru_cache(maxsize=1)
def _arabic_re() -> re.Pattern[str]:
    # possessive (++, {2,}+): a word's letters given back could never be the space or the boundary after them, so
    # the engine need not try (the same matches, ~40 % faster)
    return re.compile(r"(?<![\u0621-\u06FF\u200c])((?:[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF]++\s){1,3}"
                      r"(?:ال[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]{2,}+))"
                      r"(?![\u0621-\u06FF\u200c])")


def arabic_names(text: str, free: Callable[[int, int], bool], parts: dict[str, str],
                 take: Callable[[int, int], None]) -> list[Mention]:
    """"حسین علی الدیرانی", "ولید السامرائی": given names and a surname with the Arabic article, anywhere."""
    out: list[Mention] = []
    for m in _arabic_re().finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        while words and not is_given_name(words[0]):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or not all(is_given_name(w) for w in words[:-1]) or not _article_word(words[-1]) \
                or not free(s, e) or not name_like(words):
            continue
        s = _kunya_start(text, s, free)
        out.append(_person(text, s, e, parts))
        take(s, e)
    return out


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _kunya_start(text: str, s: int, free: Callable[[int, int], bool]) -> int:
    """(session 25) Where a name found at ``s`` begins when an Arabic kunya stands right before it ("ابو محمد
    الصنعانی"): the kunya is the name's first word (grammar.yaml: kunya_openers)."""
    before = _WORD_BEFORE.search(text, max(0, s - 8), s)
    if before is None or before.group(1) not in grammar_words("kunya_openers") or not free(before.start(1), s):
        return s
    return before.start(1)


_LATIN_GLOSS = re.compile(r"[ \t]*\(([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,2})\)")
_EN_COMMON = 4.5  # English Zipf frequency from which a word of a gloss is an ordinary word ("New", "Times", "Watch")


@lru_cache(maxsize=1)
def _latin_given_names() -> frozenset[str]:
    return frozenset(latin for latin, kind in name_lexicon().values() if kind in ("first", "given"))


_ENGLISH_SOUNDS = ((re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"g(?=[eiy])"), "j"), (re.compile("ph"), "f"),
                   (re.compile("c"), "k"), (re.compile("x"), "ks"), (re.compile("qu"), "k"))


def _spells(word: str, latin: str) -> bool:
    """Whether the Persian ``word`` can spell ``latin``, read as Persian or as English sounds it ("یوجین" Eugene,
    "سرنان" Cernan)."""
    english = latin.lower()
    for pattern, sound in _ENGLISH_SOUNDS:
        english = pattern.sub(sound, english)
    return plausible_spelling(word, latin) or plausible_spelling(word, english)


def latin_glossed(text: str, free: Callable[[int, int], bool], take: Callable[[int, int], None]) -> list[Mention]:
    """"یوجین سرنان(Eugene Cernan)": Persian words followed by their Latin spelling in parentheses are a person's
    name when each Persian word can spell the Latin word it stands for and the Latin words are a given name and a
    surname, or none of them a common English word (bodies and places are glossed too: "(New York Times)"). The
    Latin spelling is the person's name."""
    out: list[Mention] = []
    for m in _LATIN_GLOSS.finditer(text):
        latin = m.group(1).split()
        words = _words(text, max(0, m.start() - 120), m.start())[-len(latin):]
        if len(words) != len(latin) or text[words[-1][1]:m.start()].strip():
            continue  # the gloss right after the words it spells
        if any(not text[a[1]:b[0]].isspace() for a, b in zip(words, words[1:])) or not free(words[0][0], words[-1][1]):
            continue
        if not all(map(_spells, [w for _s, _e, w in words], latin)):
            continue
        if latin[0] not in _latin_given_names() and any(zipf_en(w) >= _EN_COMMON for w in latin):
            continue
        s, e = words[0][0], words[-1][1]
        out.append(Mention(s, e, text[s:e], None, " ".join(latin), "PERSON", "unknown-name"))
        take(s, e)
    return out
