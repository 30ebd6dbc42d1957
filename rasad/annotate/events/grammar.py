"""The Persian the coder reads clause structure by, from data/patterns/grammar.yaml, compiled once."""

from __future__ import annotations

import re

from rasad.annotate.words import grammar
from rasad.text.normalize import ZWNJ

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


# Statements: where they were made is not the place of what they are about ("حمله به کنسولگری در دمشق را محکوم کرد")
SPEECH_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT"}


SPEECH_RULES = {"support.support", "support.praise", "support.side-with", "support.congratulate", "support.condolence",
                "support.supporter", "support.solidarity", "agree.invite", "agree.intent-meet", "agree.readiness",
                "agree.strengthen-relations"}


ACTOR_TYPES = {"PERSON", "ORG", "COUNTRY", "PARTIES"}


_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c]+|[A-Za-z]+")


def _grammar() -> dict:
    return grammar()


def _phrases(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, each matching however it is spaced: a ZWNJ or space may
    stand between any two letters ("نیرو‌های" for "نیروهای") and any spacing between its words."""
    parts = (r"[\s\u200c]*".join(r"[\s\u200c]?".join(re.escape(ch) for ch in t) for t in w.replace(ZWNJ, " ").split())
             for w in sorted(words, key=len, reverse=True))
    return "|".join(parts)


_G = _grammar()
_LETTERS_FOR_WORDS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"


PREPOSITIONS: dict[str, str] = dict(_G["markers"])


_SKIP_BEFORE = frozenset(_G["same_party_gap"])


_COLLECTIVE = frozenset(_G["collective"])


_CLAUSE_OPENERS = frozenset(_G["clause_openers"])


_FORCES_BEFORE = re.compile(rf"(?:{_phrases(_G['forces'])})[\s\u200c]+(?:[^\s.،؛:]+\s+و\s+)?$")


_LEFT_FROM = re.compile(rf"(?:{_phrases(_G['leaving'])})(?:\s+[^\s.،؛:]+){{0,3}}\s+از\s+$")


_ATTACK_NOUN = re.compile(rf"(?:{_phrases(_G['attack_nouns'])})(?:\s+(?!به\s|علیه\s|در\s|از\s|با\s)[^\s]+){{0,4}}\s*$")


_ATTACK_TO = re.compile(rf"(?:{_phrases(_G['attack_to_nouns'])})(?:\s+[^\s]+){{0,2}}\s+به\s+(?:[^\s]+\s+){{0,2}}$")


# "تأکید کرد و خواستار ... شد" is coordination, not a report
_CUE_BOUNDARY = re.compile(rf"(?:{_phrases(_G['speech_cues'])})(?!\s+و\s)\s+(?:که\s+)?|:\s*")


_CONCESSIVE = re.compile(rf"\s*(?:{_phrases(_G['concessive'])})\s")


_VERB_WORD = re.compile(rf"^(?:ن?(?:{_phrases(_G['verb_stems'])})(?:م|ی|یم|ید|ند|ه|اند)?|اند|است)$")


_TIME_REFERENCE = re.compile(rf"(?:{_phrases(_G['time_units'])})\s+(?:پس|قبل|پیش)\s+از\s+$")


_VICTIM_BEFORE = re.compile(rf"(?:{_phrases(_G['victim_nouns'])})\s+(?:(?:{_phrases(_G['honorifics'])})\s+)*$")


_RESPONSIBLE = re.compile(rf"^\s*(?:[^\s.،؛:]+\s+)?را\s+(?:{_phrases(_G['responsible'])})(?![\u0621-\u06FF])")


# a sentence about a match, not politics
_SPORT = re.compile(rf"(?<![{_LETTERS_FOR_WORDS}])(?:{_phrases(_G.get('sport_words') or ['(?!)'])})(?![{_LETTERS_FOR_WORDS}])")
_IN_MEETING = re.compile(rf"در\s+(?:این|همین)\s+(?:{_phrases(_G['meeting_nouns'])})")


_LETTERS = r"\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c"


_OBJECT_RA = re.compile(r"^\s*(?:در\s+[^\s.،؛:]+(?:\s+[^\s.،؛:]+)?\s+|[^\s.،؛:]+\s+)?را(?=\s|$)")


_AZ = re.compile(r"(?<![\u0600-\u06FF\u200c])از\s")


VICTIM_AWARE = {"ACCUSE", "PROTEST", "THREATEN"}


_SAME_TIME = re.compile(r"(?:در\s+)?همان\s+(?:روز|شب|ساعت|زمان)|همزمان\s+با\s+این")


_PRECISION_RANK = {"explicit": 0, "relative": 1, "weekday-only": 2, "reported": 3, None: 4}


_REPORT_OPENER = re.compile(r"به\s+گزارش\s")
