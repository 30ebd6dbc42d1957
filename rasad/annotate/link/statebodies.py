"""(session 30 BODY) A state's ministry named by a generic head and the state ("وزارت خارجه سودان", "وزارت دفاع
نیجریه", "وزارت کشور این کشور"): the body (its own entry, else the one composed.yaml makes for every state) and the
state, as two mentions. Before, the state alone stood for the body, so a ministry's statement was the state's;
reported apart, "این کشور" after the body still finds the state, as for a city's council (seats.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.annotate.link.bodies import body_named
from rasad.kb.composed import composed_rules, state_body_id
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import match_key

_WORD = re.compile(r"\S+")
_MAX_HEAD_WORDS = 3


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each head's match key → its rule's id and all the rule's heads (composed.yaml ``state_body`` rules)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for rule in composed_rules():
        spec = rule.get("state_body")
        if spec is not None:
            for h in spec["heads"]:
                out[match_key(h)] = (rule["id"], tuple(spec["heads"]))
    return out


@lru_cache(maxsize=1)
def _head_ends() -> frozenset[str]:
    """Every end of a head's key ("" too): a word's key not among them ends no head, so no window is read for it."""
    return frozenset(k[i:] for k in _heads() for i in range(len(k) + 1))


@lru_cache(maxsize=1)
def _head_starts() -> frozenset[str]:
    """Every start of a head's key ("" too): a mention whose first word's key is none of them opens with no head."""
    return frozenset(k[:i] for k in _heads() for i in range(len(k) + 1))


def _head_before(text: str, start: int) -> tuple[int, str] | None:
    """Where a head that ends right before ``start`` (a space apart) begins, and its key; the longest of up to three
    words. Most mentions have no head's last word before them: that one word's key is looked up first (a key of
    words is their keys joined, but for a hamza after an alef, dropped across the space: stripped here)."""
    window = text[max(0, start - 40):start]
    if not window or not window[-1].isspace():
        return None
    last = window.rsplit(None, 1)[-1] if window.strip() else ""
    if match_key(last).lstrip("\u0621") not in _head_ends():
        return None
    words = [(w.start(), w.group()) for w in _WORD.finditer(window)][-_MAX_HEAD_WORDS:]
    for i in range(len(words)):
        key = match_key(" ".join(w for _, w in words[i:]))
        if key in _heads():
            return max(0, start - 40) + words[i][0], key
    return None


def _head_inside(m: Mention) -> tuple[int, str] | None:
    """Where the state's part of a mention that opens with a head begins ("وزارت امور خارجه سودان", as
    bodies.foreign_bodies joins them), and the head's key."""
    return _head_inside_text(m.text)


@lru_cache(maxsize=4096)
def _head_inside_text(text: str) -> tuple[int, str] | None:
    """``_head_inside`` of a mention's text (the same names recur: read once each)."""
    first = text.split(None, 1)
    if len(first) < 2 or match_key(first[0]) not in _head_starts():
        return None
    words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text)]
    for k in range(min(_MAX_HEAD_WORDS, len(words) - 1), 0, -1):
        key = match_key(" ".join(w for _, _, w in words[:k]))
        if key in _heads():
            return words[k][0], key
    return None


def _body_id(kb: KnowledgeBase, key: str, state: str) -> str | None:
    """The state's body of the head's kind: the knowledge base's own entry ("وزارت دفاع روسیه"), else the composed one."""
    rule_id, heads = _heads()[key]
    found = next((b for h in heads if (b := body_named(kb, h, state)) is not None), None)
    composed = state_body_id({"id": rule_id}, state)
    return found or (composed if composed in kb.actors else None)


def _composed_split(m: Mention, kb: KnowledgeBase) -> tuple[Mention, Mention] | None:
    """A composed body matched by its one form ("وزارت امور خارجه سودان"), as the body and its state."""
    a = kb.actors.get(m.kb_id or "")
    state = kb.actors.get(a.country or "") if a is not None and a.source == "composed" else None
    inside = _head_inside(m) if state is not None else None
    if a is None or state is None or inside is None:
        return None
    cut = inside[0]
    head = m.text[:cut].rstrip()
    return (Mention(m.start, m.start + len(head), head, a.id, a.name, "ORG", m.how),
            Mention(m.start + cut, m.end, m.text[cut:], state.id, state.name, "COUNTRY", m.how))


def _split(text: str, m: Mention, kb: KnowledgeBase) -> tuple[Mention, Mention] | None:
    """The body and the state a state's mention stands for with a head before or inside it, if it does."""
    if m.type == "ORG":
        return _composed_split(m, kb)
    if m.type != "COUNTRY" or m.kb_id not in kb.actors or kb.actors[m.kb_id].type != "STATE":
        return None
    inside = _head_inside(m)
    if inside is not None:
        cut, key = inside
        body_start, body_end, state_start = m.start, m.start + len(m.text[:cut].rstrip()), m.start + cut
    else:
        before = _head_before(text, m.start)
        if before is None:
            return None
        body_start, key = before
        body_end, state_start = body_start + len(text[body_start:m.start].rstrip()), m.start
    body = _body_id(kb, key, m.kb_id or "")
    if body is None or body == m.kb_id:
        return None
    a = kb.actors[body]
    how = "name" if m.how == "name" else "description"
    return (Mention(body_start, body_end, text[body_start:body_end], a.id, a.name, "ORG", how),
            Mention(state_start, m.end, text[state_start:m.end], m.kb_id, m.name, "COUNTRY", m.how))


def _held(m: Mention, mentions: list[Mention]) -> bool:
    """Whether another mention holds ``m`` and begins before it ("سخنگوی وزارت امورخارجه ترکیه" holds "ترکیه")."""
    return any(x is not m and x.start < m.start and x.end >= m.end for x in mentions if x.end > m.start - 200)


def state_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each mention of a state with a ministry's head before or inside it, as the ministry and the state; a generic
    name the head was linked to first (Iran's "وزارت امور خارجه") gives way to the body."""
    out: list[Mention] = []
    for m in mentions:
        split = _split(text, m, kb) if m.type in ("COUNTRY", "ORG") and m.how in ("name", "description") else None
        if split is None:
            out.append(m)
            continue
        body, state = split
        if out and out[-1].start < body.start < out[-1].end or _held(m, mentions):
            out.append(m)  # a longer name reaches into the head or holds the state: left as it was
            continue
        while out and out[-1].start >= body.start:
            out.pop()
        out += [body, state]
    return out
