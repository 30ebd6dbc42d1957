"""Bodies of other states named with Iran's generic names: "وزارت امور خارجه هند", "وزارت نفت عراق"."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rasad.annotate.words import grammar, grammar_words, phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import match_key


def foreign_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase, home: str | None = None) -> list[Mention]:
    """A state body known by a generic name ("وزارت امور خارجه" is Iran's) followed at once by another state is that
    state's body. The knowledge base names the bodies it knows in full ("وزارت امور خارجه ترکیه"), which the
    automaton prefers; what is left is a body it lacks, so the state itself is the actor (as CAMEO codes a
    ministry: the state's government), spanning both words."""

    def joined(m: Mention, nxt: Mention) -> Mention | None:
        if not _is_foreign_body(text, m, nxt, kb):
            return None
        return Mention(m.start, nxt.end, text[m.start:nxt.end], nxt.kb_id, nxt.name, nxt.type, "name")

    def alone(m: Mention, nxt: Mention | None) -> Mention:
        state = _seated_abroad(text, m, nxt, kb) if nxt is not None else None
        if state is None and home is not None and _home_generic(m, home, kb):
            state = home  # (session 16) "وزارت کشور" in an Afghan outlet's copy is Afghanistan's ministry
        # the capital stays a place of its own
        return _body_of(kb, text, m, state, m.end, "name") if state is not None else m

    return _pairs(mentions, joined, alone)


def _pairs(mentions: list[Mention], joined: Callable[[Mention, Mention], Mention | None],
           alone: Callable[[Mention, Mention | None], Mention] = lambda m, _: m) -> list[Mention]:
    """The mentions in order, each merged with the next where ``joined`` makes one mention of the two, the others
    through ``alone`` (given the next mention too). Both may change only a mention :func:`_may_be_body`."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        if not _may_be_body(mentions[i]):  # neither test applies to it: kept as it is
            out.append(mentions[i])
            i += 1
            continue
        m, nxt = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        merged = joined(m, nxt) if nxt is not None else None
        out.append(merged if merged is not None else alone(m, nxt))
        i += 2 if merged is not None else 1
    return out


def _may_be_body(m: Mention) -> bool:
    """Whether ``m`` may be a body known by a generic name (what every ``joined`` and ``alone`` of this module first
    asks: a linked ORG named by its name); any other mention is kept without a call of either (most are others)."""
    return bool(m.kb_id) and m.how == "name" and m.type == "ORG"


def _body_of(kb: KnowledgeBase, text: str, m: Mention, state: str, end: int, how: str) -> Mention:
    """The body ``m`` names, of ``state`` (its own entry if the knowledge base has one, else the state), from ``m``'s
    start to ``end``."""
    a = kb.actors[body_named(kb, m.text, state) or state]
    return Mention(m.start, end, text[m.start:end], a.id, a.name, a.type if a.type != "STATE" else "COUNTRY", how)


def located_forces(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """(session 18) A state's army or police named bare and placed at once in a state's place ("پاسگاه پلیس در
    هرات", "ایست بازرسی نیروهای ارتش در اطراف منطقه خانقین") is that state's force, when the knowledge base knows it
    ("پلیس افغانستان", "ارتش عراق"). Only a force located by "در" after it: "ارتش به مواضع حزب‌الله در جنوب لبنان
    حمله کرد" names the place it struck, not its own state. A description: a party to events, named as no entity."""
    found: list[Mention] = []
    for m in _FORCE_NOUN.finditer(text):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        place = _located_in(text, m.end(), mentions)
        key = match_key(m.group())
        courts = _court_nouns().get(key)
        state = kb.country_of(place.kb_id) if place is not None else None
        if courts is not None and place is not None and place.type == "COUNTRY":
            state = place.kb_id  # "دادگاهی در بحرین": the state itself
        if state not in kb.actors:
            continue
        if courts is None:
            actor = body_named(kb, _force_nouns()[key], state)
        else:  # (session 23) "دادگاهی در مسکو": the state's judiciary as the knowledge base names it, else the state
            actor = next((a for noun in courts if (a := body_named(kb, noun, state)) is not None), state)
        if actor is not None:
            a = kb.actors[actor]
            found.append(Mention(m.start(), m.end(), m.group(), a.id, a.name, "COUNTRY" if a.type == "STATE" else a.type,
                                 "description"))
    return sorted([*mentions, *found], key=lambda x: x.start) if found else mentions


def _located_in(text: str, end: int, mentions: list[Mention]) -> Mention | None:
    """The place named right after the force noun by "در" and at most four words ("در اطراف منطقه"): "ارتش این کشور
    دستور داده بود در رهگیری موشک‌های ایران ..." places no army."""
    nxt = next((x for x in mentions if x.start >= end), None)
    if nxt is None or nxt.type not in ("PLACE", "COUNTRY") or nxt.start - end > 60:
        return None
    between = text[end:nxt.start].split()
    return nxt if between[:1] == ["در"] and len(between) <= 5 and not set(between) & _NOT_LOCATED else None


_NOT_LOCATED = frozenset({"به", "علیه", "را", "از", "با", "که", "و", "،", "است", "بود", "شد", "کرد"})


@lru_cache(maxsize=1)
def _force_nouns() -> dict[str, str]:
    """grammar.yaml state_force_nouns: each bare force noun, by match key, and the noun its state's body is named with."""
    return {match_key(k): v for k, v in (grammar().get("state_force_nouns") or {}).items()}


@lru_cache(maxsize=1)
def _court_nouns() -> dict[str, list[str]]:
    """(session 23) grammar.yaml state_court_nouns: each bare court noun, by match key, and the nouns its state's
    judiciary may be named with, in order."""
    return {match_key(k): list(v) for k, v in (grammar().get("state_court_nouns") or {}).items()}


_FORCE_NOUN = re.compile(rf"(?<![\u0600-\u06FF\u200c])(?:{phrases([*(grammar().get('state_force_nouns') or {}), *(grammar().get('state_court_nouns') or {})])})"
                         r"(?![\u0600-\u06FF\u200c])")


def _home_generic(body: Mention, home: str, kb: KnowledgeBase) -> bool:
    """An Iranian body named by its generic name ("وزارت کشور", "وزارت امور خارجه") in the copy of an outlet of
    another Persian-writing state (Afghanistan, Tajikistan): that state's body, as "رئیس‌جمهور" is its president."""
    actor = kb.actors.get(body.kb_id) if body.kb_id and body.how == "name" and body.type == "ORG" else None
    if actor is None or actor.country in (None, home) or actor.country not in kb.home_office_states \
            or home not in kb.home_office_states or home not in kb.actors \
            or kb.generic_bodies_of and actor.country != kb.generic_bodies_of:  # (session 19) "وزارت امور داخله"
        return False  # (only one home state's generic body read as another's: never the UN's or a party's)
    head = body.text.split(maxsplit=1)[0] if body.text.strip() else ""
    return match_key(head) in _heads() and not _ends_with_state(body.text, kb)


def _seated_abroad(text: str, body: Mention, place: Mention, kb: KnowledgeBase) -> str | None:
    """"وزارت امور خارجه در باکو": a body known by a generic name, seated in another state's capital, is that
    state's (the state the capital belongs to)."""
    actor = kb.actors.get(body.kb_id) if body.kb_id and body.how == "name" and body.type == "ORG" else None
    seat = kb.places.get(place.kb_id) if place.kb_id else None
    if actor is None or actor.country is None or seat is None or seat.kind != "capital" or not seat.country:
        return None
    if seat.country == actor.country or seat.country not in kb.actors or _ends_with_state(body.text, kb):
        return None
    head = body.text.split(maxsplit=1)[0] if body.text.strip() else ""
    between = text[body.end:place.start].split()
    return seat.country if match_key(head) in _heads() and between == ["در"] else None


def body_named(kb: KnowledgeBase, noun: str, state: str) -> str | None:
    """The actor known as "<noun> <state>" ("وزارت امور خارجه آلمان"), if the knowledge base has one."""
    index = kb.__dict__.get("_by_fa_key")
    if index is None:
        index = {match_key(f): a.id for a in kb.actors.values() for f in a.fa}
        kb.__dict__["_by_fa_key"] = index
    return next((index[k] for f in kb.actors[state].fa if (k := match_key(f"{noun} {f}")) in index), None)


def described_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """(session 25 L) "خبرگزاری بحرین گزارش کرد وزارت خارجه این کشور ...": a state body known by a generic name
    ("وزارت خارجه" is Iran's) followed at once by "این/آن کشور" pointing back to another state is that state's body —
    its own entry if the knowledge base has one, else the state — spanning both."""

    def joined(m: Mention, nxt: Mention) -> Mention | None:
        if nxt.kb_id in kb.actors and _is_foreign_body(text, m, nxt, kb, how="description"):
            return _body_of(kb, text, m, nxt.kb_id, nxt.end, "description")
        return None

    return _pairs(mentions, joined)


def _is_foreign_body(text: str, body: Mention, state: Mention, kb: KnowledgeBase, how: str = "name") -> bool:
    actor = kb.actors.get(body.kb_id) if body.kb_id and body.how == "name" and body.type == "ORG" else None
    if actor is None or actor.country is None or state.how != how or not (
            state.type == "COUNTRY" or _ruling_group(text, state, kb)):
        return False
    head = body.text.split(maxsplit=1)[0] if body.text.strip() else ""
    if match_key(head) not in _heads():
        return False  # "حماس رژیم صهیونیستی را ...": a body's own name, then the next clause's object
    if _ends_with_state(body.text, kb) or _ends_with_place(body.text, kb):
        return False  # "وزارت خارجه روسیه آمریکا را ...": a body named with its state, then the object
        # (session 26 G) or with its own place: "وزارت بهداشت غزه اسرائیل را ..." is Gaza's ministry, then Israel
    # (session 16) or a longer title the generic name begins: "وزارت اطلاعات و نشرات پاکستان" is no Iranian ministry
    gap = text[body.end:state.start]
    return _owner_state(state, kb) != actor.country and (not gap.strip() or _TITLE_GOES_ON.fullmatch(gap) is not None)


def _owner_state(state: Mention, kb: KnowledgeBase) -> str | None:
    """The state a state or ruling group named after a body stands for: (session 27 A) a group's body the knowledge
    base knows in that group's state ("وزارت امور مهاجرین و عودت‌کنندگان گروه طالبان") is its own, no foreign one."""
    if state.type == "COUNTRY":
        return state.kb_id
    group = kb.actors.get(state.kb_id or "")
    return group.country if group is not None and group.country else state.kb_id


_TITLE_GOES_ON = re.compile(r"\s+و\s+[\u0600-\u06FF\u200c]+\s+")


def _ruling_group(text: str, group: Mention, kb: KnowledgeBase) -> bool:
    """A group that governs or holds ground ("وزارت خارجه طالبان", "دولت حوثی‌ها"), not the object of the next
    verb ("وزارت امور خارجه حماس را ..." is Iran's ministry and Hamas) (branch diplomacy)."""
    actor = kb.actors.get(group.kb_id) if group.kb_id and group.type == "ORG" else None
    return actor is not None and actor.sector in ("GOV", "REB") and \
        not text[group.end:group.end + 4].lstrip().startswith("را")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in grammar_words("generic_body_heads"))


def _ends_with_place(name: str, kb: KnowledgeBase) -> bool:
    """(session 26 G) Whether a body's name the knowledge base knows ends with a curated place's name ("وزارت بهداشت
    غزه"): a body of that place, which the state named next does not own."""
    keys = kb.__dict__.get("_curated_place_keys")
    if keys is None:
        keys = kb.__dict__["_curated_place_keys"] = frozenset(
            match_key(f) for p in kb.places.values() if p.source == "curated" for f in p.fa)
    words = name.split()
    return any(match_key(" ".join(words[-n:])) in keys for n in (1, 2) if len(words) > n + 1)


def _ends_with_state(name: str, kb: KnowledgeBase) -> bool:
    """Whether a body's name already ends with a state's name ("وزارت خارجه روسیه")."""
    keys = kb.__dict__.get("_state_keys")
    if keys is None:
        keys = kb.__dict__["_state_keys"] = frozenset(match_key(f) for a in kb.actors.values() if a.type == "STATE"
                                                      for f in a.fa)
    words = name.split()
    return any(match_key(" ".join(words[-n:])) in keys for n in (1, 2, 3) if len(words) > n)
