"""(session 29 ENT2) A state's diplomatic missions, named by a head word, the state and the place they are in:
"سفارت آلمان در تهران" (Embassy of Germany, Tehran), "سفارت روسیه در ایران" (Embassy of Russia, Tehran).

The state keeps its own mention, so the event patterns that read the state after "سفارت" still get the state as
the party; the mission is an entity besides, which the knowledge base lacks (a stable id of its own, as for the
places and bodies of link/headed.py). Each is found from a state's mention and the few words before and after it:
no pass over the whole text. The words are data: ``rasad/data/kb/missions.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasad.annotate.link.entities import unknown_uid
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.words import kb_settings
from rasad.records import Entity, Mention

_BEFORE = 40  # how far before a state's mention its head may start
_SPACE = "[ \u200c]+"


def missions_settings() -> dict[str, Any]:
    """The packaged ``missions.yaml``."""
    return kb_settings("missions.yaml")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SPACE) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_before() -> re.Pattern[str]:
    """A head word (and a "کشور" after it) that ends right before a state's name, at the end of the text before it."""
    s = missions_settings()
    heads = [h for rule in s.get("missions") or [] for h in rule["heads"]]
    via = _alternation(s.get("via") or [])
    return re.compile(rf"(?:^|(?<=[\s«(\"]))(?P<head>{_alternation(heads)})(?:{_SPACE}(?:{via}))?{_SPACE}$")


@lru_cache(maxsize=1)
def _part_before() -> re.Pattern[str]:
    """Words that make the head a part of the mission ("بخش کنسولی سفارت X"), at the end of the text before it."""
    words = missions_settings().get("not_after") or ["\u0000"]
    return re.compile(rf"(?:{_alternation(words)}){_SPACE}$")


@lru_cache(maxsize=1)
def _link_after() -> re.Pattern[str]:
    """What stands between the state and its host place: " در ", " در شهر "."""
    return re.compile(rf"{_SPACE}(?:{_alternation(missions_settings().get('links') or [])}){_SPACE}")


@lru_cache(maxsize=1)
def _templates() -> dict[str, str]:
    """Each head word (joiners as spaces) → the name template of its kind of mission."""
    return {h.replace("\u200c", " "): rule["name"] for rule in missions_settings().get("missions") or []
            for h in rule["heads"]}


def _template(head: str) -> str | None:
    return _templates().get(re.sub(_SPACE, " ", head).replace("\u200c", " "))


def _host(text: str, m: Mention, starts: dict[int, Mention], kb: KnowledgeBase) -> tuple[str | None, int]:
    """The host place's name after the state (a host state: its capital) and where the mission's name ends."""
    link = _link_after().match(text, m.end)
    nxt = starts.get(link.end()) if link else None
    if nxt is None or not nxt.kb_id:
        return None, m.end
    if nxt.type == "PLACE" and nxt.kb_id in kb.places:
        return kb.places[nxt.kb_id].name.split(",")[0].strip(), nxt.end
    state = kb.actors.get(nxt.kb_id)
    capital = kb.places.get(state.capital or "") if state is not None and state.type == "STATE" else None
    return (capital.name.split(",")[0].strip(), nxt.end) if capital is not None else (None, m.end)


def _name(template: str, state: str, place: str | None) -> str:
    s = missions_settings()
    the = "the " if state in (s.get("the") or ()) else ""
    return template.format(the=the, state=state) + (s.get("at", ", {place}").format(place=place) if place else "")


def _mission_of(text: str, m: Mention, starts: dict[int, Mention], kb: KnowledgeBase) -> tuple[str, str, int, int] | None:
    """The mission a state's mention names with the head before it: its name, the state's name with the head (a
    form gold lists too), and its span."""
    head = _head_before().search(text, max(0, m.start - _BEFORE), m.start)
    template = _template(head.group("head")) if head else None
    if head is None or template is None or _part_before().search(text, max(0, head.start() - _BEFORE), head.start()):
        return None
    place, end = _host(text, m, starts, kb)
    return _name(template, m.name, place), text[head.start():m.end], head.start(), end


def missions(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Entity]:
    """The missions the text names after a state's name with their place ("سفارت X در Y"), each once with its forms
    (the state with the head too: gold lists "سفارت X" beside "سفارت X در Y")."""
    starts = {m.start: m for m in mentions}
    found: dict[str, Entity] = {}
    for m in mentions:
        actor = kb.actors.get(m.kb_id or "") if m.type == "COUNTRY" and m.how in ("name", "short") else None
        got = _mission_of(text, m, starts, kb) if actor is not None and actor.type == "STATE" else None
        if got is not None and got[3] > m.end:  # a mission named without its place is left (see missions.yaml)
            name, short, start, end = got
            _add(found, name, actor.id, [text[start:end], short], (start, end))
    return list(found.values())


def _add(found: dict[str, Entity], name: str, state: str, forms: list[str], span: tuple[int, int]) -> None:
    ent = found.get(name)
    if ent is None:
        ent = found[name] = Entity(name, "ORG", None, country=state, sector="GOV", uid=unknown_uid(name, "ORG"))
    ent.forms.extend(f for f in forms if f not in ent.forms)
    ent.mentions.append(span)
