"""Actor chains: a sentence's mentions grouped into coordinated parties, marked by the preposition before them or by "را" after them, and the queries frames ask of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.annotate.events.grammar import (
    _ATTACK_NOUN,
    _ATTACKER_ADJECTIVE_BEFORE,
    _ATTRIBUTION,
    _ATTRIBUTION_BEFORE,
    _BACKED_BY,
    _BACKER_NAMED,
    _BURIAL_PLACE_BEFORE,
    _CHARGED_THAT,
    _CLAUSE_OPENERS,
    _COLLECTIVE,
    _CONCESSIVE,
    _CONDITIONAL_BEFORE,
    _COURTESY_TITLES,
    _CUE_BOUNDARY,
    _FORCES_BEFORE,
    _FRONTED,
    _FRONTED_ADVERB,
    _HONORIFICS,
    _LEFT_FROM,
    _MEMBERS_APPOSED,
    _NEXT_PARTY_HEADS,
    _OBJECT_RA,
    _PARTITIVE_BEFORE,
    _PARTITIVE_WORDS,
    _QUOTE_FRONTED,
    _RANKS,
    _REPRESENTATIVE_BEFORE,
    _SKIP_BEFORE,
    _TITLE_APPOSED_RA,
    _VERB_WORD,
    _WITH_SOME_OF,
    _WORD,
    ACTOR_TYPES,
    PREPOSITIONS,
)
from rasad.annotate.words import grammar_words, phrases, word_spans
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Actor, Place
from rasad.records import Mention
from rasad.text.dates import GREGORIAN_MONTHS, JALALI_MONTHS
from rasad.text.normalize import ZWNJ
from rasad.text.rx import search as _rx_search


@dataclass
class Chain:
    conjuncts: list[list[Mention]]
    start: int
    end: int
    marker: str | None = None  # preposition before the chain
    object_ra: bool = False  # followed by "را"

    def actors(self) -> list[Mention]:
        """The most specific actors: in each conjunct a person where one is named, else an organisation, else a state."""
        out: list[Mention] = []
        seen: set[tuple[str | None, str]] = set()
        for conj in self.conjuncts:
            if len(conj) == 1:  # most conjuncts: one mention, picked if it is any actor at all
                picked = conj if conj[0].type in _PICKABLE else []
            else:
                picked = _picked(conj)
            for m in picked:
                if (m.kb_id, m.name) not in seen:
                    seen.add((m.kb_id, m.name))
                    out.append(m)
        return out

    def all_actors(self) -> list[Mention]:
        return [m for conj in self.conjuncts for m in conj]


_PICKABLE = frozenset({"PERSON", "ORG", "COUNTRY", "PARTIES"})


def _picked(conj: list[Mention]) -> list[Mention]:
    """A conjunct's most specific actors: its first person, else its organisations and states, else its parties."""
    persons = [m for m in conj if m.type == "PERSON"]
    if persons and _vague_office(persons[0]) and any(m.type in ("ORG", "COUNTRY") and m.kb_id for m in conj):
        persons = []  # "نماینده ویژه رئیس‌جمهور آمریکا", its holder unknown: America's envoy stands for America
    return persons[:1] or [m for m in conj if m.type in ("ORG", "COUNTRY")] or [m for m in conj if m.type == "PARTIES"]


def _vague_office(m: Mention) -> bool:
    """An office whose holder and body are both unknown: it names no party by itself."""
    return m.how == "role" and m.kb_id is None and m.of is None


def _eligible(m: Mention) -> bool:
    if m.how in ("adjective", "possessor"):
        return False
    if m.type == "PARTIES":
        return True
    # (session 20) a person description with no id stands for someone the knowledge base lacks, named before
    return m.type in ACTOR_TYPES and (m.kb_id is not None or m.how in ("unknown-name", "role", "pronoun") or (
        m.how == "description" and m.type == "PERSON" and bool(m.name) and m.name != m.text))


_POSITION_NOUNS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("position_nouns") | grammar_words("position_nouns_verbal"))
_LED_BY = frozenset(w.replace(ZWNJ, "") for w in grammar_words("led_by"))
_AGENT_AFTER_BE = frozenset(w.replace(ZWNJ, "") for w in grammar_words("agent_after_be"))
_TOWARD_AFTER_BE = frozenset(w.replace(ZWNJ, "") for w in grammar_words("toward_after_be"))
_BELONGING = frozenset(w.replace(ZWNJ, "") for w in grammar_words("belonging_before_be"))
_FORCES_BELONGING = frozenset(w.replace(ZWNJ, "") for w in grammar_words("forces_belonging"))
# (session 31 REP) a reported clause's own subject naming no actor: "این پهپاد", "افراد مسلح" (grammar.yaml)
_UNNAMED_SUBJECT = re.compile(rf"(?:(?:{phrases(sorted(grammar_words('pointing_back')))})\s+(?:{phrases(sorted(grammar_words('pointed_weapons')))})"
                              rf"|(?:{phrases(sorted(grammar_words('unnamed_doers')))}))(?=[\s\u200c]|$)")
_LOYALISTS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("loyalists_before_be"))
_STATE_DEEDS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("state_deed_nouns"))
_NAMED_AS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("named_before_be"))
# (session 21) "هیأت ... از X": X is the delegation's party in every spelling of the noun
_DELEGATION_BEFORE_AZ = frozenset(w.replace(ZWNJ, "") for w in grammar_words("delegation_before_az"))
_PLURAL_AFTER = re.compile(r"[\u200c ]?ها(?:ی)?(?![\u0621-\u063A\u0641-\u064A\u06A9\u06AF\u06CC])")  # (session 19) also "آمریکایی ها"
# (session 26 C2) where a plural demonym is the subject or agent: the clause's opening, or an opener word before it
_PLURAL_DEMONYM_OPENER = re.compile(rf"(?:^|[،:؛«]|(?<![\w\u200c])(?:{phrases(grammar_words('plural_demonym_openers'))}))"
                                    r"[\s\u200c«]*$")
_TIME_BEFORE_AZ = frozenset(w.replace(ZWNJ, "") for w in grammar_words("time_before_az"))
_AND_COMPOUNDS = frozenset(" ".join(w.replace(ZWNJ, "") for w in c.split()) for c in grammar_words("and_compounds"))
_WITH_MANNER = frozenset(w.replace(ZWNJ, "") for w in grammar_words("with_manner"))


def _words(text: str) -> list[str]:
    """The words of a gap, without ZWNJ (the grammar's word sets are kept without it: "نیرو‌های" is "نیروهای")."""
    return [w.replace(ZWNJ, "") for w in _WORD.findall(text)]


_QUOTE_MARKS = "«»\"“”"
# the gaps _gap_kind and build_chains tell apart, compiled once (each was looked up in rasad.text.rx per pair)
_COMMA = re.compile(r"[،,]")
_COMMA_GAP = re.compile(r"\s*[،,]\s*")
_COMMA_AND = re.compile(r"(?:[،,]\s*)?و")
_COMMA_AND_SPACE = re.compile(r"(?:[،,]\s*)?و\s")
_IN_AFFAIRS = re.compile(r"در\s+امور")
_AND_ALSO = re.compile(r"(?:[،,]\s*)?و\s+(?:همچنین|هم[\s\u200c]*چنین|نیز)")
# (session 28 B) the next member of a list of people named after a kin noun ("X و Y و همسران آن دو A و B را ...",
# "X و همسرش Y را"; the dashes or brackets around the kin named are dropped or kept): more of the list, the kin
_AND_KIN_NAMED = re.compile(rf"(?:[،,]\s*)?و\s+(?:{phrases(grammar_words('kin_in_list'))})"
                            r"(?:\u200c?(?:ش|شان|اش|ان|انش|انشان))?(?:\s+(?:آن\s+دو|آنها|آنان|وی|او|ایشان))?\s*[(\-–]?\s*")
_HEADED_BY = re.compile(r"(?:[،,]\s*)?به ریاست|به سرپرستی|به رهبری")
_AND_DELEGATION = re.compile(r"^(?:[،,]\s*)?و\s+(?:هیئتی|هیأتی|هیئت|هیأت)")
# (session 26 C) a hyphen or slash joining two nationality adjectives ("طیارات جنگی سعودی-امریکایی")
_ADJECTIVE_JOIN = re.compile(r"\s*[-\u2010\u2013/]\s*")


def _gap_kind(gap: str, left: Mention, right: Mention, kb: KnowledgeBase | None = None, text: str | None = None) -> str | None:
    """How two neighbouring mentions relate: 'same' (apposition/genitive), 'and' (coordination), None (apart).
    ``text``, where given, is the text ``gap`` was cut from (text[left.end:right.start]): its words are read from
    the text's word list (:func:`_words_in`) instead of a regex scan of the gap."""
    g = gap.strip()
    if ":" in g or "؛" in g:
        return None  # "زلنسکی: روسیه ... حمله می‌کند": a speaker and the subject of what they say
    if right.how == "role" and right.text.replace(ZWNJ, " ").split()[-1] in ("خود", "خویش"):
        return None  # "وزارت خارجه امارات سفیر خود را ...": its own envoy, another person, not an apposition
    if g == "" and kb is not None and right.how == "role" and left.kb_id in kb.actors and right.of in kb.actors \
            and not compatible(kb, [left.kb_id], [left.name], [right.of], [kb.actors[right.of].name]):
        return None  # "ترکیه سفیر اسرائیل را اخراج کرد": an office of another state is another party
    if g == "" and kb is not None and left.how == "role" and left.kb_id is None and left.of in kb.actors \
            and right.kb_id in kb.actors and not compatible(kb, [right.kb_id], [right.name], [left.of], [kb.actors[left.of].name]):
        return None  # (session 14) "رهبر انقلاب ترامپ را ...": an office of one state before another state's person
    if g == "" and kb is not None and _unrelated_parties(kb, left, right):
        return None  # "آمریکا انصارالله را ... قرار داد": a subject and its object, not one party
    if right.how == "pronoun" and left.type == "PERSON" and len(g) < 12 and len(kin := _words(g)) == 1 and kin[0] in _KIN_IN_LIST:
        return "same"  # (session 28 B) "X پسر وی را": whose kin X is; X is the party, not the one "وی" names
    if "pronoun" in (left.how, right.how) and not (g == "" and left.kb_id == right.kb_id):
        return None
    if left.kb_id and left.kb_id == right.kb_id:
        return "same" if len(g) < 40 and all(w in _SKIP_BEFORE for w in _gap_words(g, text, left, right)) else None
    if "metonym" in (left.how, right.how) and not _COMMA_AND.fullmatch(g):
        return None  # "واشنگتن جنبش انصارالله را ...": a capital standing for its state is a party of its own
    if g == "" or _COMMA.fullmatch(g):
        if g and left.how == "office-list" and right.type == "COUNTRY":
            return "and"  # (session 17) "وزرای خارجه چین، روسیه، سوئیس و ...": the next state of a plural office's list
        if g == "" or (left.type == right.type == "PERSON" and "role" in (left.how, right.how)):
            return "same"
        return "and" if left.type == right.type else None
    if _COMMA_AND.fullmatch(g) or left.how == right.how == "forces" and _ADJECTIVE_JOIN.fullmatch(g):
        return "and"  # (session 26 C) also two states' forces hyphened: "طیارات سعودی-امریکایی"
    if left.type in ("PERSON", "ORG") and right.type == "COUNTRY" and _IN_AFFAIRS.fullmatch(g):
        return "same"  # (session 20) "نماینده دبیرکل سازمان ملل در امور سوریه": the state is the office's brief
    if left.type == right.type == "PERSON" and _AND_KIN_NAMED.fullmatch(g):
        return "and"  # (session 28 B) "X و همسرش Y را": the kin named is one more of the list
    if _AND_ALSO.fullmatch(g):
        return "and"  # (session 20) "با مقداد و همچنین اسد دیدار کرد": "and also" joins a list as "و" does
    gap_words = words = _gap_words(g, text, left, right)  # the gap's words, read once for the tests below
    if _COMMA_AND_SPACE.match(g) and len(gap_words) <= 3 and _FORCES_BEFORE.search(g + " "):
        # (session 19) "طالبان و مقام‌های آمریکایی توافق را امضا کردند": a party and another's officials; (lead,
        # session 32) also with the state after them: "میان طالبان و نیروهای مرزی پاکستان درگیری رخ داد"
        return "and"
    if gap_words and len(gap_words) <= 6 and all(w in _COLLECTIVE or w in _HONORIFICS or w in _RANKS or w in _COURTESY_TITLES
                                                 or w == "و" for w in gap_words) and ("،" in g or "و" in gap_words):
        return "and"  # "X و دولت Y", (session 18) "X و شیخ Y", (session 19) "X و خانم «Y»"
    if len(gap_words) == 2 and gap_words[0] == "و" and gap_words[1] in _NEXT_PARTY_HEADS:
        return "and"  # (session 21) "حکومت ایران و گروه حزب‌الله را": the next party's head noun after "و"
    if _HEADED_BY.fullmatch(g.lstrip(_QUOTE_MARKS).strip()):
        return "same"  # (session 19) also after a quoted name: "هیئتی از «امارت اسلامی» به ریاست X" is X's
    if _AND_DELEGATION.match(g) and len(g) < 70 and "با" not in g.split():
        return "and"
    if len(words) <= 3 and all(w in _SKIP_BEFORE for w in words) and "،" not in g and "و" not in words:
        # "ارتش رژیم صهیونیستی مواضع حزب‌الله را ...": the subject, and the positions of another party
        owned = any(w in _POSITION_NOUNS for w in words)
        return None if owned and kb is not None and _unrelated_parties(kb, left, right) else "same"
    return None


def _gap_words(g: str, text: str | None, left: Mention, right: Mention) -> list[str]:
    """The words of a gap ``g`` (stripped of spaces, which holds no word), read from ``text`` where given."""
    if text is None:
        return _words(g)
    return [text[a:b].replace(ZWNJ, "") for a, b in word_spans(_WORD, text, left.end, right.start)]


def _unrelated_parties(kb: KnowledgeBase, left: Mention, right: Mention) -> bool:
    """Two actors side by side of whom neither belongs to the other ("حماس رژیم صهیونیستی", "نتانیاهو حزب‌الله")."""
    if not (left.kb_id and right.kb_id) or left.kb_id == right.kb_id:
        return False
    if left.kb_id not in kb.actors or right.kb_id not in kb.actors:
        return False
    if _rebels_after_their_state(kb, left.kb_id, right.kb_id):
        return True
    return not compatible(kb, [left.kb_id], [left.name], [right.kb_id], [right.name])


def _rebels_after_their_state(kb: KnowledgeBase, left: str, right: str) -> bool:
    """(session 24) "ترکیه (مواضع) پ ک ک را بمباران کرد", "عراق مواضع داعش را ...": a rebel group named after the
    state it fights (or that state's organ) is that state's object, not its part — the group's country says only
    where it fights. (The group first, its state after, is one name: "تحریک طالبان پاکستان".) (session 28 B) So is
    a dissident or activist of that state: "نیروهای امنیتی X را بازداشت کردند" (a state's force has no dissident)."""
    a, b = kb.actors[left], kb.actors[right]
    state = left if a.type == "STATE" else a.country if a.sector in _STATE_ORGANS else None
    return b.sector in _STATE_OPPONENTS and state is not None and kb.country_of(right) == state


_STATE_ORGANS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG"})
_STATE_OPPONENTS = frozenset({"REB", "OPP", "CVL"})
_KIN_IN_LIST = frozenset(w.replace(ZWNJ, "") for w in grammar_words("kin_in_list"))
_HOME_QUALIFIED = frozenset({"REB", "PTY"})


def _home_state_after_group(kb: KnowledgeBase | None, gap: str, conj: list[Mention], m: Mention) -> bool:
    """(session 24) A movement or armed group's own state named right after it ("حوثی‌های یمن", "جنبش حماس فلسطین",
    "جنبش انصارالله یمن"): the state only qualifies the group (as in its full name "حزب‌الله لبنان"), it does not act
    beside it."""
    if kb is None or gap.strip() or m.type != "COUNTRY" or not m.kb_id:
        return False
    last = conj[-1]
    a = kb.actors.get(last.kb_id) if last.kb_id else None
    return a is not None and a.type != "STATE" and a.sector in _HOME_QUALIFIED and a.country == m.kb_id


def _first_word(text: str, start: int) -> str:
    m = _WORD.match(text, start)
    return m.group(0).replace(ZWNJ, "") if m else ""


_DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The verbs of the speech cues (grammar.yaml speech_cues), singular and plural: "گفت", "گفتند", "افزود"."""
    last = {c.split()[-1].replace(ZWNJ, "") for c in grammar_words("speech_cues")}
    return frozenset(last | {w + "ند" for w in last if not w.endswith("ند")})


_SPEECH_VERBS = _speech_verbs()


def _last_words(text: str, floor: int, start: int, n: int) -> list[str]:
    """The last ``n`` words of text[floor:start], without ZWNJ, read from the text's words listed once
    (:func:`rasad.annotate.words.word_spans`): a regex scan per mention cost more than the rest of the marker's tests."""
    return [text[a:b].replace(ZWNJ, "") for a, b in word_spans(_WORD, text, floor, start, n)]  # (session 29) one list


def _words_in(text: str, lo: int, hi: int, last: int | None = None) -> list[str]:
    """``_WORD.findall(text, lo, hi)`` (only its ``last`` words if given), from the text's word runs."""
    return [text[s:e] for s, e in word_spans(_WORD, text, lo, hi, last)]


_BYLINE = re.compile(r"\s*به\s+گزارش\s")


def _in_byline(text: str, floor: int, start: int) -> bool:
    """(session 17) "به گزارش حوزه دولت خبرگزاری برگزیده‌های ایران، رئیسی ...": a name inside the outlet's byline,
    which a comma closes, is no party (a dash ends a byline before its subject: "به گزارش قلم‌نیوز- جهانگیری")."""
    if not _BYLINE.match(text, floor, start) or any(ch in text[floor:start] for ch in "-–—:"):
        return False
    comma = text.find("،", start, start + 80)
    return comma != -1 and "." not in text[start:comma]


_PHRASE_ENDING_ADVERBS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("phrase_ending_adverbs"))
_NOT_PLURALS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("not_plurals"))


def _joined_compounds(words: list[str]) -> list[str]:
    """(session 20) "با معاون وزیر حمل و نقل قزاقستان": a ministry's name with "و" inside (grammar.yaml and_compounds)
    is one word, so its "و" joins no two phrases and counts once in the preposition's reach."""
    if "و" not in words:
        return words  # most windows: no "و", so no compound either
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 2 < len(words) and words[i + 1] == "و" and f"{words[i]} و {words[i + 2]}" in _AND_COMPOUNDS:
            out.append(f"{words[i]} و {words[i + 2]}")
            i += 3
        else:
            out.append(words[i])
            i += 1
    return out


# (session 24) "که" glued to a demonstrative: "پس از آنکه X ..." opens a clause, so the "از" before governs no party after it
_KE_GLUED = frozenset({"آنکه", "اینکه", "آن\u200cکه", "این\u200cکه"})
# every word one of _marker_before's tests looks for (a plural apart): any other word is passed over at once
_MARKER_WORDS = _PHRASE_ENDING_ADVERBS | _TOWARD_AFTER_BE | frozenset(PREPOSITIONS) | _SPEECH_VERBS \
    | {"و", "که", "را", "است", "شد", "کرد"} | _KE_GLUED


# (session 24) the words of a date phrase ("ژانویه ۲۰۱۲", "سال ۱۳۹۱", "ماه مه گذشته"): months, time units, years
_TIME_WORDS = frozenset([*(m for m in GREGORIAN_MONTHS if not m.isascii()), *list(JALALI_MONTHS)[:13], "روز", "ساعت",
                         "هفته", "ماه", "سال", "گذشته", "جاری", "آینده", "میلادی", "شمسی", "خورشیدی", "قمری"])


def _time_word(word: str) -> bool:
    """A word of a date phrase: a month's or time unit's name, or a number (a day or a year)."""
    return word in _TIME_WORDS or word.isdigit()


def _marker_before(text: str, start: int, floor: int) -> str | None:
    """The preposition governing a chain: the nearest of با/از/به/علیه/... within the three words before it."""
    cut = max(text.rfind("،", floor, start), text.rfind(":", floor, start), text.rfind("؛", floor, start),
              text.rfind(".", floor, start))
    floor = max(floor, cut + 1)  # a preposition never governs across a comma or colon
    if _ATTRIBUTION.match(text, floor, start) \
            or _ends_after(text, floor, start, _ATTRIBUTION_LAST) and _ATTRIBUTION_BEFORE.search(text, floor, start) \
            or _in_byline(text, floor, start):
        return "attribution"  # "به گفته سه مقام دولت یمن، ...": whom the report is attributed to
    window = _joined_compounds(_last_words(text, floor, start, 9))[-5:]
    for i in range(len(window) - 1, -1, -1):
        w = window[i]
        if w not in _MARKER_WORDS and not w.endswith("ها"):
            continue
        if w in _PHRASE_ENDING_ADVERBS:
            return None  # (session 18) "از پنج روز پیش تاکنون سپاه ...": a time span ends, the subject follows (and "در آنجا X ...")
        if i > 0 and len(w) > 3 and w.endswith("ها") and w not in _NOT_PLURALS \
                and (i == len(window) - 1 or window[i + 1] != "و"):
            # (session 18) "در صورت تایید این ادعاها آمریکا ...": a plural with no ezafe ("ادعاهای") ends its phrase;
            # (session 20) so it does with words after it ("در ادامه تشدید تنش‌ها نیروهای هندی به ... حمله کردند":
            # the forces are the subject), unless "و" joins the plural to more of the phrase
            return None
        if w in _TOWARD_AFTER_BE and i > 0 and window[i - 1] == "به":
            return "به"  # (session 19) "به سوی سوریه فرستاد": a direction, the one it goes to
        if w in PREPOSITIONS:
            if w in ("در", "تا") and i + 1 < len(window) and all(_time_word(x) for x in window[i + 1:]):
                return None  # (session 24) "در ژانویه ۲۰۱۲ اتحادیه اروپا ...": a date phrase ends, the subject follows
            if i + 2 < len(window) and window[i + 1] in _DEMONSTRATIVES:
                return None  # "پیش از این دیدار هم وزیر خارجه ...": the preposition's object is the noun it points to
            if w == "از" and i > 0 and window[i - 1] in _TIME_BEFORE_AZ and i + 1 < len(window) and window[i + 1] in _DEMONSTRATIVES:
                return None  # "پیش از این بحرین اعلام کرد": a time adverb before the subject (branch material9)
            if w == "به" and i + 1 < len(window) and window[i + 1] == "گزارش":
                return None  # "به گزارش قلم‌نیوز- جهانگیری ...": the outlet's byline, the name after it is the subject
            if w == "به" and (window[i + 1] if i + 1 < len(window) else _first_word(text, start)) in _LED_BY:
                return None  # "ائتلاف به رهبری آمریکا": the leader is of the party before it, no recipient
            if w == "به" and i + 1 < len(window) and window[i + 1] in _AGENT_AFTER_BE:
                return "توسط"  # (session 23) "به امضای X و Y رسید": signed by them, as "توسط X و Y"
            if w == "به" and i > 1 and window[i - 1] in _BELONGING and window[i - 2] in _FORCES_BELONGING \
                    or w == "به" and i > 0 and window[i - 1] in _LOYALISTS:
                return None  # (session 26 C) "نیروهای وابسته به دولت X ...": the owner's own forces, so the owner acts
            if w == "به" and i > 0 and window[i - 1] in _BELONGING:
                return "belonging"  # "گروه وابسته به حکومت ایران": whom the group belongs to, no recipient nor subject
            if w == "به" and i > 0 and window[i - 1] in _NAMED_AS:
                continue  # (session 20) "موسوم به سنتکام": another name of the noun before, which takes its role
            if w == "با" and (window[i + 1] if i + 1 < len(window) else _first_word(text, start)) in _WITH_MANNER:
                return "manner"  # "با میانجیگری آمریکا", "با حضور ترامپ": a witness or broker, no counterpart
            if w == "از" and any(x in _DELEGATION_BEFORE_AZ for x in window[max(0, i - 2):i]):
                continue
            if w == "ضد" and i + 1 < len(window) and window[i + 1].endswith("ی"):
                continue  # (session 18) "جنایات ضد بشری رژیم صهیونیستی": an adjective; the actor is the genitive
            if w == "از" and _WITH_SOME_OF.search(" ".join(window[:i])):
                return "با"  # (lead, session 11) "با جمعی از مقامات ایران": met with some of them, i.e. with Iran
            if w == "از" and i + 1 < len(window) and window[i + 1] in ("مردم", "ملت", "اهالی", "شهروندان", "نیروهای"):
                return None  # "صدها نفر از مردم یمن": partitive, the people are the subject
            return PREPOSITIONS[w]
        if w == "و" and i + 1 < len(window) and window[i + 1] in _COLLECTIVE:
            continue  # "به دولت و ملت ایران"
        if w == "و" and i == len(window) - 1 and _with_before_and(window[:i]):
            return "با"  # (session 31) "با مشاور ارشد وزیر و X دیدار کرد": an unlinked partner before "و", X the next
        if w in _CLAUSE_WORDS or w in _KE_GLUED or w in _SPEECH_VERBS:
            return None  # a speech verb ends the clause a preposition governs ("منابع نزدیک به دولت گفتند X ...")
    return None


# words that end the phrase a preposition governs: a conjunction, a relative, an object marker, a verb
_CLAUSE_WORDS = frozenset(("و", "که", "را", "است", "شد", "کرد"))


def _with_before_and(words: list[str]) -> bool:
    """(session 31) Whether the words before a final "و" are "با" and a short noun phrase no mention covered ("با
    مشاور ارشد وزیر و ..."): the party after "و" is the meeting's next partner. Never across a verb, another
    preposition or a manner noun ("با حضور ... و")."""
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[k]
        if w == "با":
            return 0 < len(words) - 1 - k <= 3 and words[k + 1] not in _WITH_MANNER
        if w in _MARKER_WORDS or w in _CLAUSE_WORDS or w in _SPEECH_VERBS:
            return False
    return False

# (branch verbal9) a verb of asking, criticising or backing right after "از <capital>": the capital is its state
# (session 20) or after the reason for it: "از پیونگ‌یانگ به علت کمک به دمشق نیز تقدیر به عمل آورد"
_AZ_VERB_AFTER = re.compile(r"(?:[\s\u200c]+(?:به\s+(?:علت|دلیل|خاطر)|بابت|برای)\s(?:(?!\sو\s|کرد|شد|است)[^.،؛:!?\n]){0,80}?)?(?:[\s\u200c]+(?:نیز|هم|همچنین))?"
                            r"[\s\u200c]+(?:می[\s\u200c]*)?(?:خواست|خواه|درخواست|انتقاد|حمایت|پشتیبانی|تقدیر|قدردانی|تشکر|گلایه|شکایت)")

# (session 27 A6) a warning given to a capital as the object's recipient: "آخرین هشدار خود را به واشنگتن داد" (a city
# is warned only as its government; "به تهران سفر کرد" keeps the city, and a bare "... به تایپه هشدار داد" may end a
# topic: "درباره فروش سلاح به تایپه")
_WARNING_GIVEN_BEFORE = re.compile(r"(?:هشدار|اخطار|اولتیماتوم|التیماتوم)[^.،؛:!?\n]{0,30}[\s\u200c]را[\s\u200c]+به[\s\u200c]+$")
_GIVEN_AFTER = re.compile(r"[\s\u200c]+(?:داد|دادند|داده[\s\u200c]+است)(?![\w\u200c])")

_DASH_AFTER = re.compile(r"[ \t]*[-–—ـ]")
# the last letters of the representative nouns: _REPRESENTATIVE_BEFORE ends on one of them, then spaces
_REPRESENTATIVE_LAST = frozenset(w.replace(ZWNJ, " ").split()[-1][-1] for w in grammar_words("representative_nouns"))
# the last letters of the attributions: _ATTRIBUTION_BEFORE ends on one of them, then spaces
_ATTRIBUTION_LAST = frozenset(w.replace(ZWNJ, " ").split()[-1][-1]
                               for w in [*grammar_words("attributions"), *grammar_words("event_attributions")])


def _may_follow_representative(text: str, floor: int, start: int) -> bool:
    """A cheap test before _REPRESENTATIVE_BEFORE's search: spaces (or ZWNJ) before ``start``, and before them a
    letter a representative noun ends with."""
    return _ends_after(text, floor, start, _REPRESENTATIVE_LAST)


def _ends_after(text: str, floor: int, start: int, lasts: frozenset[str]) -> bool:
    """Whether text[floor:start] ends in spaces (or ZWNJ) after one of the letters ``lasts``: a cheap test before a
    search for words of a list then spaces at the end (the engine tries such a pattern at every position)."""
    i = start
    while i > floor and (text[i - 1].isspace() or text[i - 1] == ZWNJ):
        i -= 1
    return floor <= i - 1 < start - 1 and text[i - 1] in lasts


def _metonyms(text: str, mentions: list[Mention], floor: int, kb: KnowledgeBase | None) -> list[Mention]:
    """A capital after "با"/"علیه" stands for its state: "روابط با دمشق" is relations with Syria. A nationality
    adjective after a word for forces stands for the state acting: "ناوهای آمریکایی و انگلیسی"."""
    if kb is None:
        return mentions
    out = []
    for m in mentions:
        if m.type == "PERSON" and m.how in ("name", "short", "fuzzy", "role") and _may_follow_representative(text, floor, m.start) \
                and _REPRESENTATIVE_BEFORE.search(text[max(floor, m.start - 40):m.start]):
            continue  # (session 16) "نماینده ولی فقیه": the one represented is no party; the representative is
        if m.how == "adjective" and m.kb_id in kb.actors and (_FORCES_BEFORE.search(before := text[max(floor, m.start - 40):m.start])
                                                                or _PLURAL_AFTER.match(text, m.end)
                                                                and (_ATTACK_NOUN.search(before) or _CONDITIONAL_BEFORE.search(before)
                                                                     or _PLURAL_DEMONYM_OPENER.search(text[floor:m.start]))
                                                                or _hyphened_to_forces(text, out, m)
                                                                or _ATTACKER_ADJECTIVE_BEFORE.search(before)):
            # (branch material9) a plural demonym after an attack noun is the state's forces: "در حمله آمریکایی‌ها
            # کشته شد" (elsewhere "به آمریکایی‌ها نیاز داریم" is no party to an event); (session 19) so is the subject
            # of a condition: "تهدید کردند که اگر آمریکایی‌ها نروند، ..."
            out.append(Mention(m.start, m.end, m.text, m.kb_id, kb.actors[m.kb_id].name, "COUNTRY", "forces"))
            continue
        place = kb.places.get(m.kb_id) if m.type == "PLACE" and m.kb_id else None
        seated = _seated_here(place, kb) if place is not None else None
        if seated is None:  # most mentions: no place a government sits in, so no metonym to read
            out.append(m)
            continue
        marker = _marker_before(text, m.start, floor)
        subject_like = marker is None and not _rx_search(r"(?:در|به|از|تا|شهر|پایتخت)\s*$", text[max(floor, m.start - 8):m.start]) \
            and not _DASH_AFTER.match(text, m.end)  # "تهران - ...", "مسکو- ایرنا-": a dateline, not the subject
        asked = marker == "از" and bool(_AZ_VERB_AFTER.match(text, m.end))  # (branch verbal9) "از واشنگتن می‌خواهیم"
        asked = asked or marker == "به" and bool(_GIVEN_AFTER.match(text, m.end)) \
            and bool(_WARNING_GIVEN_BEFORE.search(text, max(floor, m.start - 60), m.start))
        if seated.type != "STATE" and subject_like and not asked and marker is None:
            # (session 21) a region stands for its government as a subject only where it opens the clause
            # ("نیروهای امنیتی اقلیم کردستان اعلام کردند": the region's forces speak, not its government)
            subject_like = not _rx_search(r"[^\s،:؛.«»]\s*$", text[floor:m.start])
        if marker in ("با", "علیه", "میان") or subject_like or asked or _after_deed_noun(text, floor, m.start):
            out.append(Mention(m.start, m.end, m.text, seated.id, seated.name,
                               "COUNTRY" if seated.type == "STATE" else "ORG", "metonym"))
        else:
            out.append(m)
    return out


def _after_deed_noun(text: str, floor: int, start: int) -> bool:
    """(session 28 A) A capital right after a government's act or stance ("تصمیم تیرانا", "اقدام مسکو"; grammar.yaml
    state_deed_nouns) names the state that decided, not the city."""
    before = text[max(floor, start - 16):start].split()
    return bool(before) and before[-1].replace(ZWNJ, "") in _STATE_DEEDS


def _hyphened_to_forces(text: str, done: list[Mention], m: Mention) -> bool:
    """(session 26 C) "طیارات جنگی سعودی-امریکایی": an adjective hyphened to the forces' adjective before it names
    a second state of those forces (a joint force), not a party of its own."""
    prev = done[-1] if done else None
    return prev is not None and prev.how == "forces" and prev.type == "COUNTRY" \
        and _ADJECTIVE_JOIN.fullmatch(text, prev.end, m.start) is not None


def _stands_for_state(place: Place, kb: KnowledgeBase) -> bool:
    """A capital, or (session 20) the city a state's government is named by though it is not the capital ("تل‌آویو از
    واشنگتن خواست ..." is Israel asking)."""
    state = kb.actors.get(place.country) if place.country else None
    return state is not None and (place.kind == "capital" or state.seat == place.id)


def _seated_here(place: Place, kb: KnowledgeBase) -> Actor | None:
    """The government a place stands for as a party: its state's, for a capital or seat; (session 21) else a
    government seated there ("اقلیم کردستان از بغداد خواست ..." is the Kurdistan Regional Government asking)."""
    if _stands_for_state(place, kb):
        return kb.actors[place.country]
    seated = kb.__dict__.get("_seated")
    if seated is None:  # cached on the knowledge base: seat → the one non-state government seated there
        seated = kb.__dict__["_seated"] = {a.seat: a for a in kb.actors.values() if a.seat and a.type != "STATE"}
    return seated.get(place.id)


def _buried_here(text: str, m: Mention) -> bool:
    """(session 25 E) A person named by a burial place or shrine ("آرامگاه آیت‌الله خمینی", "مرقد امام رضا") names
    the place, not a party: attackers of the shrine are not that person."""
    return m.type == "PERSON" and _BURIAL_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def build_chains(text: str, mentions: list[Mention], floor: int, kb: KnowledgeBase | None = None) -> list[Chain]:
    ms = [m for m in _metonyms(text, mentions, floor, kb) if _eligible(m) and not _buried_here(text, m)]
    chains: list[Chain] = []
    for k, m in enumerate(ms):
        if chains:
            last_chain = chains[-1]
            prev = last_chain.conjuncts[-1][-1]
            if m.start >= prev.end:
                gap = text[prev.end:m.start]
                kind = _gap_kind(gap, prev, m, kb, text)
                if kind is None and _states_listed_bare(text, gap, prev, m, ms[k + 1] if k + 1 < len(ms) else None):
                    kind = "and"  # (session 24) "قطر امارات و مصر": states listed with the comma left out
                if kind is None and m.kb_id and _COMMA_GAP.fullmatch(gap) and \
                        any(x.kb_id == m.kb_id for x in last_chain.conjuncts[-1]):
                    kind = "same"  # "رئیس‌جمهور ایالات متحده، دونالد ترامپ،": the holder named after the office
                # (session 17) even where a comma would join a person to the office before it: "علی جنتی وزیر فرهنگ ...،
                # محمود گودرزی وزیر ورزش و جوانان، و ..." (the office already has its person)
                if kind in (None, "same") and _next_in_list(gap, last_chain.conjuncts[-1], m):
                    kind = "and"  # "با پوتین رئیس‌جمهور روسیه، لاوروف وزیر امور خارجه و ...": a list of named people
                if last_chain.marker == "attribution" and ("،" in gap or _subject_after_speaker(text, floor, m.start, prev.end)):
                    kind = None  # "به گفته مقام‌های X، نیروهای Y ...": the attribution ends at its comma
                if kind == "same" and _state_then_person(gap, last_chain.conjuncts[-1], m):
                    kind = None  # (session 13) "پلیس پاکستان عمران خان را بازداشت کرد": the state ends its noun phrase
                if kind == "same" and _home_state_after_group(kb, gap, last_chain.conjuncts[-1], m):
                    last_chain.end = max(last_chain.end, m.end)  # (session 24) "شورشیان حوثی یمن": Yemen only says
                    continue  # whose group it is; the state is no party beside it
                if kind == "same":
                    last_chain.conjuncts[-1].append(m)
                    last_chain.end = max(last_chain.end, m.end)
                    continue
                if kind == "and":
                    last_chain.conjuncts.append([m])
                    last_chain.end = max(last_chain.end, m.end)
                    continue
            elif m.start < prev.end:  # nested (a role containing a name): same conjunct
                last_chain.conjuncts[-1].append(m)
                continue
        marker = _marker_before(text, m.start, floor)
        if marker == "attribution" and _subject_after_speaker(text, floor, m.start, chains[-1].end if chains else None):
            marker = None
        chains.append(Chain([[m]], m.start, m.end, marker))
    for i, c in enumerate(chains):
        # "X را" (at most one word, or a place after "در", between), but never across the next chain: in "وی آمریکا
        # را" only آمریکا is the object; in "سفارت ایران در دمشق را" ایران is
        limit = chains[i + 1].start if i + 1 < len(chains) else c.end + 40
        after = text[c.end:min(c.end + 40, limit)]
        c.object_ra = ("را" in after and bool(_OBJECT_RA.match(after))) or \
            _in_object_list(text, c, limit) or _placed_object(text, c, mentions)  # every _OBJECT_RA match holds "را"
        if c.object_ra and kb is not None and _foreign_place_object(text, c, mentions, kb):
            c.object_ra = False  # (session 24) "روسیه خارکیف را بمباران کرد": the place is the object, Russia the subject
    for prev, c in zip(chains, chains[1:]):
        if c.object_ra and _BACKED_BY.match(text[prev.end:c.start]):
            prev.object_ra, c.object_ra = True, False  # "حوثی‌های تحت حمایت ایران را": the backed party is the object
        elif c.object_ra and _MEMBERS_APPOSED.match(text[prev.end:c.start]):
            prev.object_ra, c.object_ra = True, False  # (session 25) "X و Y، همگی از اعضای W را": the members
    _title_apposed_objects(text, chains)
    return [part for c in chains for part in _split_subject_comma_object(text, c)]


def _title_apposed_objects(text: str, chains: list[Chain]) -> None:
    """(session 26 A2) "مهدی X، استاد جامعه‌شناسی دانشگاه Y، را اخراج کردند": a person followed by their title or
    trade in commas and then "را" is the object; a body or place inside the title (Y) only says where they work."""
    for c in chains:
        if c.object_ra or c.conjuncts[-1][-1].type != "PERSON":
            continue
        m = _TITLE_APPOSED_RA.match(text, c.end)
        if m is None:
            continue
        c.object_ra = True
        for x in chains:
            if c.end <= x.start < m.end():
                x.object_ra = False


_IN_BEFORE = re.compile(r"\s+در\s+")
_RA_AFTER = re.compile(r"\s+را(?=\s|$)")
_SPACE = re.compile(r"\s+")


_SOURCE_NOUNS = frozenset(w.replace(ZWNJ, "") for w in grammar_words("attribution_source_nouns"))


def _subject_after_speaker(text: str, floor: int, start: int, prev_end: int | None) -> bool:
    """(session 26 C2) "به گفته منابع محلی جنگنده‌های روسیه ... را بمباران کردند", "به گفته سخنگوی وزارت دفاع روسیه
    جنگنده‌های این کشور ... را هدف قرار دادند": with no comma after the source, a force noun after a whole speaker —
    a named one ending right before it, or unnamed sources and their adjective — opens the subject, not more of the
    attribution."""
    cut = max(text.rfind(p, floor, start) for p in "،:؛.")
    opener = _ATTRIBUTION.match(text, max(floor, cut + 1), start)
    force = _FORCES_BEFORE.search(text, opener.end(), start) if opener is not None else None
    if opener is None or force is None:
        return False
    if prev_end is not None and opener.end() < prev_end <= force.start() and not text[prev_end:force.start()].strip():
        return True
    words = [w.replace(ZWNJ, "") for w in text[opener.end():force.start()].split() if w != "یک"]
    return 2 <= len(words) <= 3 and words[0] in _SOURCE_NOUNS


def _foreign_place_object(text: str, c: Chain, mentions: list[Mention], kb: KnowledgeBase) -> bool:
    """(session 24) The one word between a chain and its "را" is a place of another state than the chain's ("ارتش
    اسرائیل غزه را", "روسیه خارکیف را"): that place is the object, and the chain stays the subject."""
    home = kb.country_of(c.conjuncts[-1][-1].kb_id)
    if home is None:
        return False
    for m in mentions:
        if m.start >= c.end and m.type == "PLACE" and m.kb_id in kb.places and not text[c.end:m.start].strip():
            where = kb.places[m.kb_id].country
            return where is not None and where != home and _RA_AFTER.match(text, m.end) is not None
    return False


def _placed_object(text: str, c: Chain, mentions: list[Mention]) -> bool:
    """(session 20) "کمپ‌های پ.ک.ک در اقلیم کردستان عراق را بمباران کردند": an object placed "در" a place the
    knowledge base names, however many words long, with "را" right after it (a place of one or two words is
    _OBJECT_RA's already)."""
    at = _IN_BEFORE.match(text, c.end)
    if at is None:
        return False
    end, lo = -1, at.end()
    while (place := max((m for m in mentions if m.start == lo and m.type in ("PLACE", "COUNTRY")),
                        key=lambda m: m.end, default=None)) is not None:
        end = place.end  # "در استان دهوک عراق": a place and the state it lies in
        nxt = _SPACE.match(text, end)
        lo = nxt.end() if nxt else end
    return end != -1 and bool(_RA_AFTER.match(text, end))


_LIST_ENDS_WITH_RA = re.compile(r"\s*و\s+[^\s.،؛:«»]+\s+را(?=\s|$)")


def _in_object_list(text: str, c: Chain, limit: int) -> bool:
    """(session 18) "مقرهای دموکرات، کومله، پژاک و پاک را": an item of a comma list whose last item (one the KB lacks)
    takes "را" is in the object."""
    return text[max(0, c.start - 6):c.start].rstrip().endswith("،") and bool(_LIST_ENDS_WITH_RA.match(text, c.end, min(c.end + 30, limit)))


_BARE_AND = re.compile(r"\s+و\s+")
_RA_NEXT = re.compile(r"\s+را(?=\s|$)")


def _states_listed_bare(text: str, gap: str, left: Mention, right: Mention, nxt: Mention | None) -> bool:
    """(session 24) Two states side by side with only a space, and a third joined to the second by "و": a list
    whose comma was left out ("کشورهای قطر امارات و مصر"), not a subject and its object ("ترکیه سوریه را")."""
    states = (left, right) + ((nxt,) if nxt is not None else ())
    return gap.strip() == "" and nxt is not None and all(
        x.type == "COUNTRY" and x.kb_id and x.how in ("name", "short") for x in states) \
        and bool(_BARE_AND.fullmatch(text, right.end, nxt.start)) and not _RA_NEXT.match(text, nxt.end)


def _state_then_person(gap: str, conjunct: list[Mention], m: Mention) -> bool:
    """A state named on its own (no office around it) right before a person's full name or a description: the state
    closes one noun phrase ("پلیس پاکستان") and the name opens the next; an office's state ("وزیر خارجه ایران عباس
    عراقچی") does not. (session 16) Nor does a description: "پاکستان نیروهای امنیتی را ... مستقر کرد" is subject and
    object (a genitive puts the state after its head: "نیروهای امنیتی پاکستان"). (session 18) Nor does an
    organisation's name: "پاکستان تی‌تی‌پی را گروه مورد حمایت هند دانست"."""
    return (gap.strip() == "" and (m.type in ("PERSON", "ORG") and m.how == "name" or m.how == "description")
            and all(x.type == "COUNTRY" for x in conjunct) and conjunct[-1].how in ("name", "short"))


def _next_in_list(gap: str, conjunct: list[Mention], m: Mention) -> bool:
    """A named person after a comma, right after another named person and the office beside their name: the next
    item of a list of people ("ولادیمیر پوتین رئیس‌جمهور روسیه، سرگئی لاوروف وزیر امور خارجه و ...")."""
    if m.type != "PERSON" or not _COMMA_GAP.fullmatch(gap):
        return False
    if m.how == "role":
        return _next_office_in_list(conjunct, m)
    if m.how != "name":
        return False
    # (session 24) the item before may be a person the knowledge base lacks, named with an office ("با عبدالسلام علی وزیر
    # امور خارجه سومالی، بدر عبدالعاطی وزیر امور خارجه مصر و ...")
    named = [x for x in conjunct if x.type == "PERSON" and x.how in ("name", "unknown-name")]
    return bool(named) and any(x.how == "role" for x in conjunct) and all(x.kb_id != m.kb_id for x in named)


def _next_office_in_list(conjunct: list[Mention], m: Mention) -> bool:
    """(session 18) An office after a comma, right after an office of another state: the next item of a list of
    offices ("با وزیر امور خارجه ترکیه، وزیر خارجه آذربایجان و ..."), not the same person named twice."""
    end = max(x.end for x in conjunct)
    office = next((x for x in conjunct if x.how == "role" and x.end == end), None)
    if office is None or office.type != "PERSON":
        return False
    # offices of two states, not two offices of one body ("معاون اسماعیل هنیه، رئیس دفتر سیاسی حماس" names Haniyeh's)
    return office.of is not None and m.of is not None and office.of != m.of


def _split_subject_comma_object(text: str, c: Chain) -> list[Chain]:
    """"ایران، اسرائیل را به ... متهم کرد": two parties joined only by a comma before "را" are the subject and the
    object, not a list (a list joins its last item with "و": "ایران، عراق و سوریه را")."""
    if not c.object_ra or len(c.conjuncts) != 2 or "و" in _words(text[c.start:c.end]):
        return [c]
    first, second = c.conjuncts
    if text[first[-1].end:second[0].start].strip() not in ("،", ","):
        return [c]
    return [Chain([first], c.start, max(m.end for m in first), c.marker, False),
            Chain([second], second[0].start, c.end, None, True)]


def _subject(chains: list[Chain], before: int | None = None) -> Chain | None:
    for c in chains:
        if before is not None and c.start >= before:
            break
        if c.marker is None and not c.object_ra:
            return c
    return None


def _first(chains: list[Chain], marker: str, lo: int = 0, hi: int = 10**9, exclude: Chain | None = None) -> Chain | None:
    for c in chains:
        if c is not exclude and c.marker == marker and lo <= c.start < hi:
            return c
    return None


def _place_like(c: Chain, text: str) -> bool:
    """A chain that says where from, not whom: "خواستار خروج نیروهای خارجی از عراق شد"."""
    return c.marker == "از" and bool(_LEFT_FROM.search(text[max(0, c.start - 50):c.start]))


def _split(chain: Chain) -> tuple[list[Mention], list[Mention]] | None:
    if len(chain.conjuncts) >= 2:
        first = Chain([chain.conjuncts[0]], chain.start, chain.end).actors()
        rest = Chain(chain.conjuncts[1:], chain.start, chain.end).actors()
        return first, rest
    return None


# "که" after no letter: written with "ک" first (the lookbehind after it) so the engine scans for that letter alone
# "که" as a word; (session 24) and glued to "آن"/"این" after a preposition ("پس از آنکه X ... شکایت کرد، ..."): a
# clause of its own, whose subject follows it
_KE = re.compile(r"ک(?<![\u0600-\u06FF\u200c]ک)ه\s|(?<=از\s)(?:آن|این)\u200c?که\s")


def _clause_subject(chains: list[Chain], ts: int, text: str, sent_start: int, coordinated: bool = True) -> Chain | None:
    """The subject of the clause holding the trigger: after a speech cue ("X گفت که حماس ...") the reported
    clause's own subject if it has one, else the speaker (first person plural "ما" in a quote is the speaker)."""
    bound = prev = None
    for m in _CUE_BOUNDARY.finditer(text, sent_start, ts):
        prev, bound = bound, m.end()
    if bound is not None:
        inner = [c for c in chains if bound <= c.start < ts and not c.object_ra
                 and (c.marker is None or c.marker == "از" and _partitive_opening(text, bound, c))]
        if inner:
            lead = _WORD.findall(text[bound:inner[0].start])
            if all(w.replace(ZWNJ, "") in _CLAUSE_OPENERS or w.isdigit() for w in lead) or _forces_opening(inner[0], lead) \
                    or inner[0].marker == "از":
                return inner[0]  # "نیرو‌های" as "نیروهای"; "... اعلام کرد که یک پهپاد اسرائیلی ..."
            fronted = _QUOTE_FRONTED.match(text, bound)
            comma = _fronted_end(text, fronted.end(), ts) if fronted else -1
            if comma != -1 and (after := _subject([c for c in inner if c.start > comma], ts)) is not None:
                return after  # (session 18) "اظهار کرد: پس از وقوع زلزله ...، جمعیت هلال‌احمر ... اقدام به ارسال ..."
            ke = next(reversed(list(_KE.finditer(text, bound, ts))), None)
            after_ke = [c for c in inner if ke is not None and c.start >= ke.end() and _after_verb(text, bound, ke.start())]
            if after_ke and len(_WORD.findall(text[ke.end():after_ke[0].start])) <= 2:
                # (session 17) "اعلام کرد: این حادثه زمانی ... به وقوع پیوست که طالبان ... حمله کردند": a "که" after a
                # verb opens a clause of its own (after a noun it is relative: "حماس که همواره جمهوری اسلامی ...")
                return after_ke[0]
        if _UNNAMED_SUBJECT.match(text, bound) and not _clause_closed(text, bound, ts):
            return None  # (session 31 REP) "X اعلام کرد که این پهپاد به ... حمله کرد": the doer is not X
        # "A گفت: B اعلام کرد که ...": the nearer speaker, B, is the one whose clause holds the trigger
        speaker = (_subject([c for c in chains if prev <= c.start < bound]) if prev is not None else None) \
            or _subject([c for c in chains if c.start < bound])
        if speaker is not None:
            return speaker
    ke = next(reversed(list(_KE.finditer(text, sent_start, ts))), None)
    if ke is not None and not _clause_closed(text, ke.end(), ts):  # "... در حالی به زمین نشست که رژیم صهیونیستی ... را بمباران کرده است": the که-clause's own subject
        inner = [c for c in chains if ke.end() <= c.start < ts and c.marker is None and not c.object_ra]
        if inner and len(_WORD.findall(text[ke.end():inner[0].start])) <= 2:
            return inner[0]
        charged = _charged(chains, text, sent_start, ke.start())
        if not inner and charged is not None:
            return charged
        antecedent = _antecedent(chains, text, sent_start, ke.start(), ts) if not inner else None
        if antecedent is not None:
            return antecedent
    opening = next((c for c in chains if sent_start <= c.start < ts), None)
    if opening is not None and opening.marker == "از" and _partitive_opening(text, sent_start, opening):
        return opening  # (session 18) "شماری از عناصر داعش به ... حمله کردند": some members open the sentence
    concession = _CONCESSIVE.match(text, sent_start)
    comma = text.find("،", concession.end(), ts) if concession else -1
    if comma != -1:  # "در حالی که X ... می‌داند، این جنبش ... را رد کرد": the main clause's subject
        return _subject(_after_comma(chains, comma), ts) or _subject(chains, ts)
    fronted = _FRONTED.match(text, sent_start)
    comma = _fronted_end(text, fronted.end(), ts) if fronted and not _adverb_opener(chains, text, fronted.end()) else -1
    if comma != -1:  # "در پس تنش‌های میان کابل و اسلام‌آباد، X و Y ... درگیر شدند"
        after = _after_comma(chains, comma)
        # (session 24) a second clause joined by "و" after the fronted phrase has its own subject too: "در پی
        # توافق آتش‌بس، اسرائیل ... را آزاد کرد و حماس ... را تحویل داد"
        return (_coordinated_subject(after, ts, text, comma + 1) if coordinated else None) \
            or _subject(after, ts) or _subject(chains, ts)
    return (_coordinated_subject(chains, ts, text, sent_start) if coordinated else None) or _subject(chains, ts)


def _adverb_opener(chains: list[Chain], text: str, at: int) -> bool:
    """(session 31 SIDE) "پیش از این عربستان، بحرین، سودان و جیبوتی روابط خود را ... قطع کرده بودند": an opener
    with "این"/"آن" and a party right after it is an adverb ("earlier"), so the list's commas close no fronted phrase."""
    m = _FRONTED_ADVERB.match(text, at)
    return m is not None and any(c.start == m.end() for c in chains)


def _after_comma(chains: list[Chain], comma: int) -> list[Chain]:
    """The chains after a clause's comma; one that runs across it (a list "حسن روحانی، محمد باقری") keeps only the
    parties after it (session 18: "به‌دنبال هشدار حسن روحانی، محمد باقری ... تهدید کرد" is Bagheri's threat)."""
    out = []
    for c in chains:
        if c.start > comma:
            out.append(c)
        elif c.end > comma and (rest := [cj for cj in c.conjuncts if cj[0].start > comma]):
            out.append(Chain(rest, rest[0][0].start, c.end, None, c.object_ra))
    return out


def _fronted_end(text: str, lo: int, ts: int) -> int:
    """The comma closing a fronted phrase: the first before the trigger that is not inside a list (a list's item
    runs to the next comma with no verb in it), or -1."""
    commas = _commas(text, lo, ts)
    for i, c in enumerate(commas):
        nxt = commas[i + 1] if i + 1 < len(commas) else None
        if nxt is not None and not any(_VERB_WORD.match(w) for w in _WORD.findall(text[c + 1:nxt])):
            continue  # "در پی حملات اسرائیل به غزه، لبنان و سوریه، ...": "لبنان و سوریه" is the list's item
        return c
    return -1


def _commas(text: str, lo: int, hi: int) -> list[int]:
    """Where "،" stands in text[lo:hi], found by str.find (not a test of every character)."""
    out = []
    i = text.find("،", lo, hi)
    while i != -1:
        out.append(i)
        i = text.find("،", i + 1, hi)
    return out


def _charged(chains: list[Chain], text: str, sent_start: int, ke: int) -> Chain | None:
    """"طالبان را متهم کرد که از تروریست‌ها حمایت می‌کنند": the one charged (the "را" object before the charging
    verb) is the subject of the "که" clause that says what they did."""
    if not _CHARGED_THAT.search(text, max(sent_start, ke - 30), ke):
        return None
    return next((c for c in reversed(chains) if c.object_ra and sent_start <= c.start < ke), None)


def _antecedent(chains: list[Chain], text: str, sent_start: int, ke: int, ts: int) -> Chain | None:
    """(session 18) "با پوتین رئیس‌جمهور روسیه که ... راهی قزاقستان شده است دیدار کرد": a relative clause with no
    subject of its own tells of the party right before its "که" (not after a verb: "گفت که" reports), while the
    trigger is inside it (no verb between: "سفیری که ... احضار شده بود دیدار کرد" is the main clause's meeting)."""
    before = next((c for c in reversed(chains) if sent_start <= c.start and c.end <= ke), None)
    if before is None or text[before.end:ke].strip() or _after_verb(text, sent_start, ke):
        return None
    return None if any(_VERB_WORD.match(w.replace(ZWNJ, "")) for w in _WORD.findall(text, ke, ts)) else before


def _after_verb(text: str, lo: int, at: int) -> bool:
    """Whether the word right before ``at`` is a verb."""
    words = _words_in(text, lo, at, 1)
    return bool(words) and _VERB_WORD.match(words[-1].replace(ZWNJ, "")) is not None


def _partitive_opening(text: str, bound: int, c: Chain) -> bool:
    """(session 18) "اعلام کرد شماری از عناصر تروریستی داعش ... حمله کردند": some members of a party open the reported
    clause, so the party is its subject."""
    lead = _WORD.findall(text, bound, c.start)
    head = lead[:lead.index("از")] if "از" in lead else None
    return bool(head) and all(w.replace(ZWNJ, "") in _CLAUSE_OPENERS | _PARTITIVE_WORDS or w.isdigit() for w in head) \
        and _PARTITIVE_BEFORE.search(" " + text[bound:c.start]) is not None \
        and not _BACKER_NAMED.search(text, bound, c.start)  # "گروهی از تروریست‌های تحت حمایت هند": not India's members


def _forces_opening(c: Chain, lead: list[str]) -> bool:
    """A reported clause opened by a force or weapon of a nationality ("یک پهپاد اسرائیلی"): its subject; (session 26
    C2) so is one opened by a government's own forces ("... خبر داد که نیروهای وابسته به دولت X ...": X acts)."""
    words = [w.replace(ZWNJ, "") for w in lead]
    if len(words) == 3 and words[0] in _FORCES_BELONGING and words[1] in _BELONGING and words[2] == "به":
        return True
    phrase = _PLURAL_APART.sub(ZWNJ + r"\1", " ".join(lead))  # "جنگنده های" as "جنگنده‌های"
    if len(phrase.split()) > 3 or _FORCES_BEFORE.search(phrase + " ") is None:
        return False
    # (session 29 BOTH2) "... اعلام کرد جنگنده‌های نیروی هوایی این کشور ...": the force of the state "this country" names
    head = c.conjuncts[0][0]
    # (session 31 REP) and a state named right after its weapon ("... اعلام کرد که یک پهپاد ترکیه روستای X را"): the
    # state, not the announcer, acts
    return head.how == "forces" or head.type == "COUNTRY" and head.how in ("description", "name", "short")


_PLURAL_APART = re.compile(r"\s+(های|ها)(?=\s|$)")


# (session 20) also "اما"/"ولی" after a finished verb: "X به Y پیشنهاد داد ...، اما Y به آن پاسخ منفی داد" (Y's clause)
# (session 21) and a comma after a finished verb: "آتش‌بس ... به تعویق افتاد، حماس سه گروگان را آزاد می‌کند"
_AND = re.compile(r"[\s\u200c](?:و|اما|ولی)[\s\u200c]|،")
_OBJECT_RELATIVE = re.compile(r"\s*«?»?\s*را\s+که\s")


def _coordinated_subject(chains: list[Chain], ts: int, text: str, sent_start: int) -> Chain | None:
    """"تنشی ... شکل گرفت و نیروی دریایی روسیه اقدام به توقیف ... کرد": a clause joined by "و" (or "اما", "ولی")
    after a finished verb has its own subject when an actor opens it (a few words of no preposition before it) (branch material9)."""
    ands = [m for m in _AND.finditer(text, sent_start, ts)]
    for m in reversed(ands):
        before = _words_in(text, max(sent_start, m.start() - 30), m.start() + 1, 1)
        if not before or not _VERB_WORD.match(before[-1].replace(ZWNJ, "")):
            continue
        nxt = next((c for c in chains if c.start >= m.end()), None)
        if nxt is None or nxt.start >= ts or nxt.marker is not None or nxt.object_ra:
            return None
        lead = [w.replace(ZWNJ, "") for w in _WORD.findall(text, m.end(), nxt.start)]
        if m.group() == "،":  # (session 21) after a comma only an actor opening the clause, and not where the comma
            # closes a relative clause ("بیانیه‌ای که ... صادر شده است، حمله روسیه ... را محکوم کردند")
            opens = all(w in _CLAUSE_OPENERS for w in lead)
            return nxt if opens and not _KE.search(text, sent_start, m.start()) else None
        return nxt if len(lead) <= 3 and not any(w in PREPOSITIONS or w == "را" for w in lead) else None
    return None


def clause_ended_between(text: str, lo: int, hi: int) -> bool:
    """(session 21) Whether a clause ends between ``lo`` and ``hi``: a finished verb and then "و" (or "اما", "ولی")
    ("X یمن را بمباران کرد و ایران این اقدام را محکوم کرد": "یمن را" is the first verb's object, not the second's).
    (session 24) An object's relative clause ("گفته‌های X را که گفته است، ...، رد کرد") ends at its last comma: what
    it holds is no clause of the main verb's."""
    if (rel := _OBJECT_RELATIVE.match(text, lo, hi)) is not None and (last := text.rfind("،", rel.end(), hi)) >= 0:
        lo = last + 1
    for m in _AND.finditer(text, lo, hi):
        before = _words_in(text, max(lo, m.start() - 30), m.start() + 1, 1)
        if before and _VERB_WORD.match(before[-1].replace(ZWNJ, "")):
            return True
    return False


def _clause_closed(text: str, lo: int, hi: int) -> bool:
    """A "که" clause ends at a comma after its verb ("سفیری که ... بود، ..."); commas in a list ("شهرک‌های الخیام،
    عیتاالشعب و ...") leave it open."""
    for comma in _commas(text, lo, hi):
        words = _words_in(text, max(lo, comma - 30), comma, 2)
        if words and (_VERB_WORD.match(words[-1]) or words[-1].startswith(("می" + ZWNJ, "نمی" + ZWNJ))
                      or (len(words) > 1 and words[-2] in ("می", "نمی"))):
            return True  # "... می‌داند، این جنبش ... را رد کرد": the clause ended at its verb
    return False


@lru_cache(maxsize=8192)
def _is_noun_trigger(trigger: str) -> bool:
    """True for a noun trigger ("دیدار", "حملات موشکی"), False when it ends in a verb ("دیدار کرد", "می‌کنیم") or in
    the "و" after a verb whose light verb is left out ("X را احضار و ... ابلاغ کرد": only such triggers end in "و")."""
    words = trigger.replace(ZWNJ, " ").split()
    return not (words and (_VERB_WORD.match(words[-1]) or words[-1] == "و"
                           or (len(words) > 1 and words[-2] in ("می", "نمی"))))


def compatible(kb: KnowledgeBase, a: list[str | None], a_names: list[str], b: list[str | None], b_names: list[str]) -> bool:
    """Two actor lists can be one party: they share an actor, or one is the other's organisation or state."""
    sa = {x for x in a if x} | set(a_names)
    sb = {x for x in b if x} | set(b_names)
    if sa & sb or not (sa or sb):  # the same actor, or no one named on either side ("X استعفا داد")
        return True
    exp_a = sa | {kb.affiliation(x) for x in a if x} | {kb.country_of(x) for x in a if x}
    exp_b = sb | {kb.affiliation(x) for x in b if x} | {kb.country_of(x) for x in b if x}
    return bool((exp_a & sb) or (exp_b & sa))
