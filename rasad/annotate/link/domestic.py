"""(session 25 J) Bare words for a state's government and for some of its MPs ("دولت", "کابینه", "گروهی از
نمایندگان") in that state's own domestic copy: its government or its parliament, as the knowledge base names them
("کابینه ایران", "مجلس ایران"). Elsewhere — another state's story, another state named right before or the
government's owner right after ("دولت عراق", "دولت ترامپ") — they stay unresolved: "دولت" alone is said of every
state's government, and an Iranian outlet's foreign news uses it for the state it reports on."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.annotate.link.bodies import body_named
from rasad.annotate.link.matcher import Hit
from rasad.annotate.link.names import _first_at
from rasad.annotate.words import grammar, grammar_words
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import ZWNJ
from rasad.text.sentences import Sentence


@lru_cache(maxsize=1)
def domestic_nouns() -> dict[str, str]:
    """Description class → the generic noun its state's body is known by (grammar.yaml domestic_body_nouns)."""
    return {str(k): str(v) for k, v in (grammar().get("domestic_body_nouns") or {}).items()}


@lru_cache(maxsize=1)
def _fixed_states() -> dict[str, str]:
    """Description class → the one state whose body it always names (grammar.yaml fixed_state_bodies)."""
    return {str(k): str(v) for k, v in (grammar().get("fixed_state_bodies") or {}).items()}


# the government's own qualifiers between the word and its owner: "دولت جدید عراق", "دولت موقت سوریه"
_OWNER_GAP = re.compile(r"[\s\u200c]*(?:(?:موقت|انتقالی|جدید|فعلی|کنونی|سابق|قبلی|وقت|سرپرست|پیشین)[\s\u200c]+)?")


def domestic_body(text: str, h: Hit, cls: str, mentions: list[Mention], kb: KnowledgeBase, state: str | None,
                  sentence: Sentence) -> Mention | None:
    """The body of ``state`` (the copy's own state, decided by the caller) a bare word of class ``cls`` stands for,
    or None where the word may be another state's or is part of a longer phrase. A class that always names one
    state's body ("دولت سیزدهم") needs neither test of whose copy it is."""
    if (fixed := _fixed_states().get(cls)) is not None:
        return _body_mention(text, h, kb, fixed, domestic_nouns()[cls]) if not h.suffix else None
    if h.suffix or state is None or _owner_follows(text, h.end, mentions):
        return None  # "دولتی", "دولت‌ها"; "دولت آمریکا", "کابینه نتانیاهو"
    if _other_state_before(h.start, state, mentions, kb, sentence):
        return None  # "نخست‌وزیر عراق گفت دولت ...": that state's government
    if cls in _CLOSED_CLASSES and not _phrase_closed(text, h.end):
        return None  # "جمعی از نمایندگان کارگران": whose representatives, not the MPs
    return _body_mention(text, h, kb, state, domestic_nouns()[cls])


def _body_mention(text: str, h: Hit, kb: KnowledgeBase, state: str, noun: str) -> Mention | None:
    """The hit as a description of the body known as "<noun> <state>", if the knowledge base has it."""
    body = body_named(kb, noun, state) if state in kb.actors else None
    if body is None:
        return None
    a = kb.actors[body]
    return Mention(h.start, h.end, text[h.start:h.end], a.id, a.name, "ORG", "description")


# classes whose phrase may go on with whose members they are ("گروهی از نمایندگان اصناف"): read only where it ends
_CLOSED_CLASSES = frozenset({"home_parliament_members"})


def _owner_follows(text: str, end: int, mentions: list[Mention]) -> bool:
    """An actor or place right after the word (its own qualifiers aside) owns it: "دولت عراق", "دولت جدید سوریه"."""
    i = _first_at(mentions, end)
    nxt = mentions[i] if i < len(mentions) else None
    return nxt is not None and _OWNER_GAP.fullmatch(text, end, nxt.start) is not None


def _other_state_before(start: int, state: str, mentions: list[Mention], kb: KnowledgeBase,
                        sentence: Sentence) -> bool:
    """The nearest mention before ``start`` in its sentence that belongs to a state belongs to another one."""
    i = _first_at(mentions, start)
    for m in reversed(mentions[max(0, i - 30):i]):
        if m.start < sentence.start:
            return False
        owner = m.kb_id if m.type == "COUNTRY" else kb.country_of(m.kb_id) if m.type != "MEDIA" else None
        if owner:
            return owner != state
    return False


def _phrase_closed(text: str, end: int) -> bool:
    """Punctuation, the text's end or a word of grammar.yaml bare_body_closers ("از", "با", "که", "اصولگرا") after
    the phrase: it ends there."""
    rest = text[end:end + 40].lstrip(" \u200c")
    if not rest or not rest[0].isalpha():
        return True
    word = re.match(r"[^\s.،,؛:!؟?]+", rest)
    return word is not None and word.group().replace(ZWNJ, "") in _closers()


@lru_cache(maxsize=1)
def _closers() -> frozenset[str]:
    return frozenset(w.replace(ZWNJ, "") for w in grammar_words("bare_body_closers"))
