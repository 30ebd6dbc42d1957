"""References back: descriptions ("این جنبش", "این عضو ارشد حماس") and pronouns ("وی") resolved to what they point to."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.annotate.link.bodies import body_named
from rasad.annotate.link.domestic import domestic_body, domestic_nouns
from rasad.annotate.link.matcher import (
    Entry,
    Hit,
)
from rasad.annotate.link.names import (
    _first_at,
    _following_actor,
)
from rasad.annotate.words import grammar, grammar_words, phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import CleanArticle, Mention
from rasad.text.normalize import ZWNJ, match_key
from rasad.text.rx import search as _rx_search
from rasad.text.sentences import Sentence


def _home_state(article: CleanArticle, kb: KnowledgeBase) -> str | None:
    """The state of the reporting outlet: what "کشورمان" ("our country") means in its copy."""
    o = kb.outlet_named(article.meta.outlet)
    return o.country if o is not None and o.country in kb.actors else None


# (session 23) a pair word after these names one of the pair, or none of it: "یکی از دو کشور", "هیچ‌یک از طرفین"
_ONE_OF_PAIR = re.compile(r"(?:یکی|هیچ[\s\u200c]?یک|کدام|هیچ[\s\u200c]?کدام)\s+از\s+$")

# (session 23) where a clause begins: the text's or a sentence's start, a comma, or "و"/"همچنین" before the words
# (session 25) a quote's or a "که" clause's opening too: "اعلام کرد که «دو وزیر خارجه ... به بحث پرداختند»"
_CLAUSE_START = re.compile(r"(?:^|[.!?؟،,؛:\n«]|(?:^|\s)(?:و|همچنین|سپس|اما|ولی|نیز|که))\s*$")


def _resolve_description(text: str, h: Hit, entry: Entry, mentions: list[Mention], kb: KnowledgeBase,
                         sentences: list[Sentence], sent_of: list[int], home: str | None = None) -> Mention | None:
    cls = entry.ref
    surface = text[h.start:h.end]
    if cls == "own_state":  # after a role ("وزیر امور خارجه کشورمان") it only qualifies the role
        qualifies = any(m.end <= h.start and not text[m.end:h.start].strip() and m.type in ("PERSON", "ORG")
                        for m in mentions)
        return None if qualifies or not home else Mention(h.start, h.end, surface, home, kb.actors[home].name,
                                                          "COUNTRY", "description")
    i = _first_at(mentions, h.start)
    before = [m for m in mentions[max(0, i - 60):i] if m.end <= h.start and m.kb_id]
    if cls == "org":
        kinds = _description_sectors().get(match_key(surface))
        for m in reversed(before):
            if m.type == "ORG" and (kinds is None or _sector_fits(kb, m.kb_id, kinds)):
                return Mention(h.start, h.end, surface, m.kb_id, m.name, "ORG", "description")
    elif cls == "state":
        for m in reversed(before):
            if _set_against(text, m, h.start):
                continue
            if m.type == "COUNTRY" and (m.how != "adjective" or _speaker_nationality(text, m)):
                return _state_or_body(text, h, surface, m.kb_id, mentions, kb)
            if (state := _own_force_state(text, m, h.start, kb)) is not None:
                return _state_or_body(text, h, surface, state, mentions, kb)
            state = kb.country_of(m.kb_id) if m.type == "PLACE" and m.how == "name" else None
            if state in kb.actors:  # "... به توکیو ... معاون وزیر خارجه این کشور": the country of the city named last
                return Mention(h.start, h.end, surface, state, kb.actors[state].name, "COUNTRY", "description")
            # (session 24) not the body the description qualifies ("در محل وزارت خارجه این کشور": the ministry of the
            # state named before, not the state a bare "وزارت خارجه" was linked to by default)
            state = _body_state(m, kb) if not _AFTER_PREPOSITION.search(text, max(0, h.start - 8), h.start) \
                and text[m.end:h.start].strip() else None
            if state is not None:  # (session 20) "عضو کنگره آمریکا ... تحریم‌های این کشور": the state of a state's body
                # (not "حملات ارتش روسیه به این کشور": the one attacked is another)
                return Mention(h.start, h.end, surface, state, kb.actors[state].name, "COUNTRY", "description")
    elif cls == "place":
        for m in reversed(before):
            if m.type == "PLACE" and m.how == "name":
                return Mention(h.start, h.end, surface, m.kb_id, m.name, "PLACE", "description")
    elif cls == "person":
        # "این عضو ارشد حماس", "این مقام آمریکایی": a person of the organisation or state that follows, else anyone
        nxt = _following_actor(text, h.end, mentions, kb)
        side = nxt.kb_id if nxt is not None and nxt.type in ("ORG", "COUNTRY") else None
        end = nxt.end if side is not None and nxt is not None else h.end
        m = _person_antecedent(text, h.start, side, mentions[max(0, i - 60):i], kb, sentences, sent_of)
        if m is not None:
            return Mention(h.start, end, text[h.start:end], m.kb_id, m.name, "PERSON", "description",
                           role=m.role if m.kb_id is None else None, of=m.of if m.kb_id is None else None)
    elif cls == "delegation":
        sent = _delegation_sender(text, h.start, mentions)
        if sent is not None:
            return Mention(h.start, h.end, surface, sent.kb_id, sent.name, sent.type, "description")
    elif cls == "named_alike":
        return _named_alike(text, h, surface, before)
    elif cls in ("parties", "pair_parties", "state_parties"):
        if _ONE_OF_PAIR.search(text, max(0, h.start - 16), h.start):
            return None  # "یکی از دو کشور": one of them, no pair
        if cls != "parties" and not _CLAUSE_START.search(text, max(0, h.start - 16), h.start):
            return None  # "روابط دو کشور", "دیدار دو رئیس‌جمهور": a noun's genitive, not the pair acting
        return Mention(h.start, h.end, surface, None, "states" if cls == "state_parties" else "parties", "PARTIES",
                       "parties" if cls == "parties" else "pair")
    elif cls == "own_forces":
        return _own_force(text, h, surface, mentions, kb, home)
    elif cls == "home_body":
        end = sentences[sent_of[h.start]].end
        state = _stationed_state(text, h.end, h.end + 30, mentions, kb) or \
            _place_state(h.start, mentions, kb, sentences, sent_of) or _stationed_state(text, h.end, end, mentions, kb)
        return _home_body(text, h, surface, mentions, kb, home, state)
    elif cls in domestic_nouns():
        return domestic_body(text, h, cls, mentions, kb, _domestic_state(mentions, kb, home), sentences[sent_of[h.start]])
    return None


_AGAINST_THIS = re.compile(rf"\s*(?:{phrases(sorted(grammar_words('against_this_state')))})\s*$")


def _set_against(text: str, m: Mention, start: int) -> bool:
    """(session 25 S) "ایران اعلام کرد که تحریم‌های آمریکا علیه این کشور ...": a state right before "علیه این کشور"
    acts against it, so "این کشور" is an earlier state (the speaker's), never that one."""
    return m.type == "COUNTRY" and bool(_AGAINST_THIS.match(text, m.end, start))


_BODY_WORDS = re.compile(r"((?:[\u0600-\u06FF\u200c]+\s+){1,3})$")


def _state_or_body(text: str, h: Hit, surface: str, state: str, mentions: list[Mention],
                   kb: KnowledgeBase) -> Mention:
    """(session 24) "این کشور" resolved to ``state``; right after a force's generic noun that the knowledge base knows
    as "<noun> <state>" ("ارتش این کشور" after Turkey: the Turkish Armed Forces), the mention is that force, from the
    noun on (unless another mention already holds the noun). Not after an office's head ("فرمانده ارتش این کشور",
    "رئیس مجلس نمایندگان این کشور"), which the roles read with the state, nor for other bodies (offices of them)."""
    a = kb.actors[state]
    w = _BODY_WORDS.search(text, max(0, h.start - 40), h.start)
    if w is not None:
        words = w.group(1).split()
        for k in range(len(words), 0, -1):
            noun = " ".join(words[-k:])
            start = text.rfind(noun, 0, h.start)
            body = body_named(kb, noun, state)
            head = (text[max(0, start - 30):start].split() or [""])[-1].replace(ZWNJ, "")
            if body is None or kb.actors[body].sector not in ("MIL", "SPY") or start < 0 or head in _office_heads() \
                    or any(m.start < h.start and m.end > start for m in mentions):
                continue
            b = kb.actors[body]
            return Mention(start, h.end, text[start:h.end], b.id, b.name, "ORG", "description")
    return Mention(h.start, h.end, surface, a.id, a.name, "COUNTRY", "description")


@lru_cache(maxsize=1)
def _office_heads() -> frozenset[str]:
    return frozenset(w.replace(ZWNJ, "") for w in grammar_words("person_nouns") | grammar_words("speaker_nouns"))


def _speaker_nationality(text: str, m: Mention) -> bool:
    """(session 24) A nationality adjective after a noun for officials, sources or media ("یک مقام آمریکایی",
    "منابع عراقی", "رسانه‌های اسرائیلی") names the state they speak for: "این کشور" after it can point back to it
    ("یک مقام آمریکایی گفت جنگنده‌های این کشور ..."), as an adjective of a thing cannot ("کالاهای چینی")."""
    before = text[max(0, m.start - 30):m.start].split()
    if len(before) > 1 and before[-1] in ("ها", "های"):  # "رسانه های": the plural written apart
        before[-2:] = [before[-2] + before[-1]]
    return bool(before) and before[-1].strip("،,«»()").replace(ZWNJ, "") in _speaker_nouns()


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    return frozenset(w.replace(ZWNJ, "") for w in grammar_words("speaker_nouns"))


def _named_alike(text: str, h: Hit, surface: str, before: list[Mention]) -> Mention | None:
    """(session 21) "رژیم صهیونیستی ... این رژیم", "گروهک منافقین ... این گروهک": the last state or body the text named
    with the description's own noun. A loaded noun points back to whom the outlet called so, never to the last state
    named ("... به لبنان حمله کرد. این رژیم ..." is not Lebanon); none when the text named no one so."""
    noun = match_key(surface.replace(ZWNJ, " ").split()[-1])
    for m in reversed(before):
        # the noun in the name or just before it, an epithet between: "گروهک تروریستی منافقین"
        called = m.text.replace(ZWNJ, " ").split() + text[max(0, m.start - 30):m.start].replace(ZWNJ, " ").split()[-2:]
        keys = {match_key(w) for w in called}
        if m.type in ("COUNTRY", "ORG") and m.how != "description" and (noun in keys or _regime_labelled(noun, keys)):
            return Mention(h.start, h.end, surface, m.kb_id, m.name, m.type, "description")
    return None


def _regime_labelled(noun: str, keys: set[str]) -> bool:
    """(session 25 R) "نیروهای اشغالگر صهیونیستی ... ارتش این رژیم": "این رژیم" also points back to a state named with
    a regime's loaded epithet or adjective (grammar.yaml regime_epithets, regime_adjectives), the noun unwritten."""
    return noun in _regime_keys("regime_heads") and bool(keys & (_regime_keys("regime_epithets") | _regime_keys("regime_adjectives")))


@lru_cache(maxsize=4)
def _regime_keys(key: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in grammar_words(key))


def _person_sides(m: Mention, mentions: list[Mention], kb: KnowledgeBase) -> set[str]:
    """The bodies and states a person is of: their affiliation and offices' bodies (with those bodies' states) from
    the knowledge base, or, for someone it lacks, the office the article gives them ("X، معاون سخنگوی وزارت خارجه
    آمریکا")."""
    a = kb.actors.get(m.kb_id) if m.kb_id else None
    if a is not None:
        ids = {kb.affiliation(a.id), a.country, *(p.of for p in a.positions)}
    else:
        ids = {x.of for x in mentions if x.type == "PERSON" and x.kb_id is None and x.name == m.name and x.of}
    ids.discard(None)
    return {str(x) for x in ids} | {c for x in ids if (c := kb.country_of(str(x)))}


def _is_person(m: Mention) -> bool:
    """A person a description may point back to: one the knowledge base has, or one the article names that it lacks
    (a stranger's name, or the office given to one); not a pronoun, nor an office no one is named for."""
    return m.type == "PERSON" and m.how != "pronoun" and bool(
        m.kb_id or m.how == "unknown-name" or (m.how in ("role", "description") and m.name != m.text and m.name))


def _person_antecedent(text: str, start: int, side: str | None, before: list[Mention], kb: KnowledgeBase,
                       sentences: list[Sentence], sent_of: list[int]) -> Mention | None:
    """(session 20) Whom "این مقام" or "این دیپلمات ارشد" (with its "آمریکایی" or "حماس": ``side``) points back to.
    Opening its sentence, it is the subject going on: the first person of the nearest earlier sentence naming one
    who fits, as for "وی" (not the one met, named last: "X با Y دیدار کرد. این مقام ... گفت"); elsewhere the
    last person named who fits. None when no one named fits ("این مقام روس" with no Russian named)."""
    people = [m for m in before if m.end <= start and _is_person(m)]
    if not people:
        return None
    fits = [m for m in people if side is None or side in _person_sides(m, before, kb)]
    si = sent_of[start]
    if _opens_sentence(text[sentences[si].start:start]) and not any(sent_of[m.start] == si for m in people):
        for j in range(si - 1, max(-1, si - 9), -1):
            here = [m for m in fits if sent_of[m.start] == j]
            if here:
                return here[0]
    return fits[-1] if fits else None


@lru_cache(maxsize=1)
def _description_sectors() -> dict[str, frozenset[str]]:
    """grammar.yaml description_sectors: the sectors an organisation described by each noun can be of."""
    return {match_key(str(k)): frozenset(v) for k, v in (grammar().get("description_sectors") or {}).items()}


def _sector_fits(kb: KnowledgeBase, actor_id: str | None, kinds: frozenset[str]) -> bool:
    """Whether an organisation can be what a description's noun says ("این جنبش": not an army or a ministry);
    "governing" admits a government body whose tie to its state has a start (a group that came to govern)."""
    a = kb.actors.get(actor_id) if actor_id else None
    if a is None or a.sector is None:
        return True
    return a.sector in kinds or ("governing" in kinds and a.sector == "GOV"
                                 and any(s.start is not None for s in a.affiliations))


_FORCE_SECTORS = frozenset({"MIL", "SPY"})


def _own_force_state(text: str, m: Mention, start: int, kb: KnowledgeBase) -> str | None:
    """(session 26 K) "ارتش ترکیه اعلام کرد جنگنده‌های آن کشور ... بمباران کردند": a state's force named last, and the
    description the genitive of a force noun (grammar.yaml forces), is that force's own state; not a place's
    ("حملات ارتش اسرائیل به جنوب این کشور" points past the army to a state named before)."""
    a = kb.actors.get(m.kb_id) if m.type == "ORG" and m.how == "name" and m.kb_id else None
    if a is None or a.sector not in _FORCE_SECTORS or not a.country or a.country == a.id:
        return None
    state = kb.actors.get(a.country)
    if state is None or state.type != "STATE":
        return None
    return state.id if _FORCE_GENITIVE.search(text, max(0, start - 30), start) else None


_FORCE_GENITIVE = re.compile(rf"(?:{phrases(sorted(grammar_words('forces')), not_after=chr(0x600) + '-' + chr(0x6FF) + ZWNJ)})\s+$")


_STATE_ORGANS = frozenset({"GOV", "LEG", "JUD"})  # (not forces: "حملات ارتش اسرائیل به جنوب این کشور" is another's)
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:به|از|علیه|با|در|بر|ضد)\s+$")


def _body_state(m: Mention, kb: KnowledgeBase) -> str | None:
    """The state a body named by its own name belongs to ("کنگره آمریکا", "شورای امنیت روسیه"), when the body is of
    its government (not a party or a group based there)."""
    a = kb.actors.get(m.kb_id) if m.type == "ORG" and m.how == "name" and m.kb_id else None
    if a is None or a.sector not in _STATE_ORGANS or not a.country or a.country == a.id:
        return None
    state = kb.actors.get(a.country)
    return state.id if state is not None and state.type == "STATE" else None


_DELEGATION_WORD = re.compile(rf"(?<![\u0600-\u06FF])(?:{phrases(sorted(grammar_words('delegation_nouns')))})")


def _delegation_sender(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """Who sent the delegation named last before ``start``: the body or state named within a few words after its
    "هیئت" ("هیاتی ۳ نفره از نمایندگان پارلمان اروپا", "هیئت پارلمانی عراق")."""
    found = [m.end() for m in _DELEGATION_WORD.finditer(text, max(0, start - 1500), start)]
    if not found:
        return None
    lo = found[-1]
    return next((m for m in mentions if lo <= m.start <= lo + 60 and m.kb_id and m.type in ("ORG", "COUNTRY")
                 and m.how in ("name", "short") and "." not in text[lo:m.start]), None)


def _place_state(start: int, mentions: list[Mention], kb: KnowledgeBase, sentences: list[Sentence],
                 sent_of: list[int]) -> str | None:
    """(session 20) The state of the last city or region named before ``start`` in its sentence ("معترضان ... در
    تهران از سوی مأموران پلیس دستگیر شدند": Iran's police, though the embassy they stood at was Saudi Arabia's)."""
    lo = sentences[sent_of[start]].start
    i = _first_at(mentions, start)
    for m in reversed(mentions[max(0, i - 30):i]):
        if m.start < lo:
            break
        if m.type == "PLACE" and m.how == "name" and m.end <= start and (state := kb.country_of(m.kb_id)) in kb.actors:
            return state
    return None


_COUNTRY_WORD = re.compile(r"\s*کشور$")


def _own_force(text: str, h: Hit, surface: str, mentions: list[Mention], kb: KnowledgeBase,
               home: str | None) -> Mention | None:
    """(session 25 T) "نیروهای هوایی کشور" in an outlet's copy: the force of the outlet's own state (its body known
    as "<noun> <state>", else the state); with no outlet state, or a state or place named right after ("ارتش کشور
    عراق"), nothing."""
    nxt = _following_actor(text, h.end, mentions, kb)
    if home is None or home not in kb.actors or nxt is not None and not text[h.end:nxt.start].strip():
        return None
    noun = _COUNTRY_WORD.sub("", surface)
    return _state_body(h, noun, home, kb)


# (session 25 T) where a place is: "در" and at most a subdivision's head before it ("در ولایت ننگرهار")
_IN_PLACE = re.compile(r"(?:^|\s)در\s+(?:[\u0600-\u06FF\u200c]+\s+){0,2}$")


def _stationed_state(text: str, end: int, hi: int, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """(session 25 T) "داعش به مواضع نیروهای امنیتی در ولایت ننگرهار حمله کرد", "نیروهای امنیتی بر مواضع داعش در
    ولسوالی اچین عملیات کردند": a bare force is of the state of the first place named after it with "در" (before
    ``hi``: right after it, or in its sentence), not of the state the article names most (the attacker's home)."""
    for m in mentions[_first_at(mentions, end):]:
        if m.start >= hi:
            return None
        if m.type == "PLACE" and m.how == "name" and m.kb_id and \
                _IN_PLACE.search(text, max(end, m.start - 40), m.start):
            state = kb.country_of(m.kb_id)
            return state if state in kb.actors else None
    return None


def _home_body(text: str, h: Hit, surface: str, mentions: list[Mention], kb: KnowledgeBase,
               home: str | None, place_state: str | None = None) -> Mention | None:
    """A state body named by its bare generic name ("پلیس ... را دستگیر کرد"): the body of the state the article names
    most (the story's, which an outlet abroad does not share) unless its sentence names a place before it (that
    place's state's), else of the outlet's state, known as "<name> <state>"
    ("پلیس ایران"), else that state itself. Named
    right before a state ("پلیس ترکیه", "نیروهای امنیتی عراق"), it is that state's; before a place or body
    ("پلیس لندن", "نیروهای امنیتی اقلیم کردستان") it is left to the names. It stands for an actor
    of the events; it is no entity the article names (a description)."""
    nxt = _following_actor(text, h.end, mentions, kb)
    named = nxt is not None and nxt.type in ("COUNTRY", "PLACE", "ORG") and not text[h.end:nxt.start].strip()
    if named and nxt is not None and nxt.type != "COUNTRY":
        state = _national_force_state(nxt, kb)
        if state is None:
            return None  # "نیروهای امنیتی اقلیم کردستان", "پلیس لندن": the region's or city's own, left to the names
        return _state_body(h, surface, state, kb)
    state = nxt.kb_id if named and nxt is not None else place_state or _dominant_state(mentions, kb) or home
    return _state_body(h, surface, state, kb, bare=not named) if state in kb.actors else None


def _state_body(h: Hit, surface: str, state: str, kb: KnowledgeBase, bare: bool = True) -> Mention:
    """The state's body known as "<noun> <state>" ("ماموران انتظامی ایران") or, the noun standing ``bare``, the body
    it names bare (grammar.yaml bare_force_bodies), else the state itself."""
    body = body_named(kb, surface, state) or (_bare_force_body(surface, state, kb) if bare else None)
    a = kb.actors[body or state]
    return Mention(h.start, h.end, surface, a.id, a.name, "ORG" if body else "COUNTRY", "description")


def _bare_force_body(noun: str, state: str, kb: KnowledgeBase) -> str | None:
    """(session 25 K) A force the state's outlets name only bare ("مرزبانان", "گشت انتظامی"): named with the state
    ("مرزبانان ایران") it is the state, as the press means it, so the body is no "<noun> <state>" name."""
    bodies = (grammar().get("bare_force_bodies") or {}).get(state) or {}
    body = {match_key(k): v for k, v in bodies.items()}.get(match_key(noun))
    return body if body in kb.actors else None


def _national_force_state(place: Mention, kb: KnowledgeBase) -> str | None:
    """(session 25 K) The state of a province or city named right after a bare force ("پلیس استان مرکزی",
    "ماموران انتظامی شهرستان تفتان") when that state's police and guards are one national body
    (grammar.yaml national_force_states): its provincial command is that body, not a force of the place's own."""
    if place.type != "PLACE" or place.how != "name" or not place.kb_id:
        return None
    state = kb.country_of(place.kb_id)
    return state if state in grammar_words("national_force_states") and state in kb.actors else None


def _domestic_state(mentions: list[Mention], kb: KnowledgeBase, home: str | None) -> str | None:
    """(session 25 J) The state whose domestic copy this is: the outlet's (else the state the article names most),
    unless the article names another state most (an Iranian outlet's foreign news)."""
    dominant = _dominant_state(mentions, kb)
    state = home or dominant
    return state if dominant in (None, state) else None


def _dominant_state(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The state an article names most, counting its places and bodies as the state's. Asked once per bare body or
    domestic noun, over all the article's mentions: remembered for the list as long as it neither grows nor changes
    its last mention (a page of many such nouns made this quadratic)."""
    global _DOMINANT
    key = (id(mentions), len(mentions), id(mentions[-1]) if mentions else 0, id(kb))
    last = _DOMINANT  # read once: another thread may replace it, never change it
    if last[0] == key:
        return last[1]
    state = _count_dominant_state(mentions, kb)
    _DOMINANT = (key, state)
    return state


_DOMINANT: tuple = (None, None)  # (the mentions' key, their dominant state): the last list asked about


def _count_dominant_state(mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    counts: dict[str, int] = {}
    for m in mentions:
        state = m.kb_id if m.type == "COUNTRY" else kb.country_of(m.kb_id) if m.kb_id and m.how == "name" else None
        if state and m.how != "adjective":
            counts[state] = counts.get(state, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


# (session 23) grammar.yaml person_pronouns: "وی", "او", "ایشان", and the officialese "نامبرده" ("the one named")
_PRONOUN_RE = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])("
                         + "|".join(re.escape(w) for w in sorted(grammar_words("person_pronouns"), key=lambda w: (-len(w), w)))
                         + r")(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])")


_BYLINE = re.compile(r"^\s*(?:به\s+گزارش|به\s+نقل\s+از)\s[^،.]{1,60}،")


def _opens_sentence(before: str) -> bool:
    """Nothing but a byline ("به گزارش ایلنا،") and time words or "همچنین" before a mention: it is the subject
    ("احضار سفیر آلمان": the office of a noun's genitive is not)."""
    b = _BYLINE.match(before)
    return all(w.replace(ZWNJ, "") in _lead_words() for w in (before[b.end():] if b else before).split())


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    return frozenset({"همچنین", "نیز", "اما", "ولی", "سپس", *(w.replace(ZWNJ, "") for w in grammar_words("time_words"))})


def _subject_of(people: list[Mention] | None, office: list[Mention] | None) -> list[Mention] | None:
    """(slice 28N) The subject of an earlier sentence, for a pronoun: its first person named, or the office opening
    it when that comes first ("فرماندار X با اشاره به ... افزود: ... سربازی به نام «NAME» کشته شد. وی ادامه داد"):
    a person named later in the sentence is what the office spoke of, not who speaks."""
    if office and (not people or office[0].start < people[0].start):
        return office
    return people


def _pronouns(text: str, mentions: list[Mention], sentences: list[Sentence], sent_of: list[int],
              kb: KnowledgeBase) -> list[Mention]:
    """وی/او/ایشان → the person who is the subject nearby: earlier in the same sentence, else the closest
    earlier sentence that names a person (its first person: Persian subjects come first)."""
    by_sentence: dict[int, list[Mention]] = {}
    # an office no one is named for ("سخنگوی ارتش اسرائیل ... گفت. به گزارش X، وی افزود"), when it opens its sentence
    # (the subject, not an office spoken of) in the sentence right before, with no person named there
    offices: dict[int, list[Mention]] = {}
    roles: dict[int, list[Mention]] = {}  # offices no one is named for, by sentence
    for m in mentions:
        si = sent_of[m.start]
        if m.type == "PERSON" and m.how == "role" and m.kb_id is None:
            roles.setdefault(si, []).append(m)
        if m.type == "PERSON" and (m.kb_id or m.how == "unknown-name"):
            by_sentence.setdefault(si, []).append(m)
        elif m.type == "PERSON" and m.how == "role" and m.of and si not in offices and \
                _opens_sentence(text[sentences[si].start:m.start]):
            offices[si] = [m]
    out: list[Mention] = []
    for pm in _PRONOUN_RE.finditer(text):
        si = sent_of[pm.start()]
        same = [m for m in by_sentence.get(si, []) if m.end <= pm.start()]
        # in its own clause the subject is usually dropped or "خود": a pronoun there points to someone else named
        # ("در گفت‌وگو با پزشکیان پیروزی وی را تبریک گفت"), unless the subject is the only person named
        others = [m for m in same if m.kb_id != same[0].kb_id and m.how != "pronoun"] if same else []
        target = (others[-1] if others and not _rx_search(r"[،,]\s*$", text[max(0, pm.start() - 3):pm.start()])
                  else (same[0] if same else None))
        if target is not None and target is not same[0]:
            # (session 17) "در پی اظهارات اردوغان، سفیر ترکیه احضار و ... به وی ابلاغ شد": an office named nearer
            target = next((m for m in reversed(roles.get(si, [])) if target.end <= m.start and m.end <= pm.start()), target)
        j = si - 1
        while target is None and j >= 0 and si - j <= 8:
            # "سخنگوی ... گفت. به گزارش X، وی افزود": the office opening the sentence right before
            cand = _subject_of(by_sentence.get(j), offices.get(j) if j == si - 1 else None)
            if cand:
                target = cand[0]
            j -= 1
        if target is not None:
            pron = Mention(pm.start(), pm.end(), pm.group(1), target.kb_id, target.name, "PERSON", "pronoun",
                           role=target.role if target.kb_id is None else None, of=target.of if target.kb_id is None else None)
            out.append(pron)
            if not by_sentence.get(si):
                by_sentence.setdefault(si, []).append(pron)
    return out


_PLURAL_RE = re.compile(r"(?<![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])(آنها|آن\u200cها)(?![\u0621-\u063A\u0641-\u064A\u0660-\u0669\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06FC\u06FF\u200c])")
_GROUP_TYPES = ("ORG", "COUNTRY")
_OBJECT_BEFORE = re.compile(r"(?:^|\s)(?:به|از|با|علیه|برای)\s+$")


def plural_pronouns(text: str, mentions: list[Mention], sentences: list[Sentence], sent_of: list[int],
                    kb: KnowledgeBase) -> list[Mention]:
    """"... با رهبران گروه طالبان ... . امیرعبداللهیان ... به آنها هشدار داده": "آنها" after a preposition (or
    before "را") following a sentence that names a group or state is the last one named there that is not the side
    of the sentence's own first actor (the speaker's own state is not whom he addresses). Only the sentence right
    before; none when nothing fits."""
    out: list[Mention] = []
    for pm in _PLURAL_RE.finditer(text):
        si = sent_of[pm.start()]
        if si == 0 or not (_OBJECT_BEFORE.search(text, max(0, pm.start() - 8), pm.start())
                           or text.startswith(" را", pm.end())):
            continue  # a subject "آنها" goes on with the sentence before's subject: not read here
        here = [m for m in mentions if sent_of[m.start] == si and m.end <= pm.start() and m.kb_id]
        own = kb.with_groups([here[0].kb_id]) if here else set()
        before = [m for m in mentions if sent_of[m.start] == si - 1 and m.type in _GROUP_TYPES and m.kb_id
                  and m.how not in ("adjective", "possessor") and m.kb_id not in own]
        if any(m.type in _GROUP_TYPES and m.kb_id not in own for m in here):
            continue  # another group or state named in the sentence itself: "آنها" may be it, or its people
        if before:
            m = before[-1]
            out.append(Mention(pm.start(), pm.end(), pm.group(1), m.kb_id, m.name, m.type, "pronoun"))
    return out
