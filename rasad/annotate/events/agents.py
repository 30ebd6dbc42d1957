"""(session 26 D2) The agent of a passive coercion left unnamed: the police, court or intelligence body reporting it.

"سخنگوی پلیس گفت: ۲۰ نفر دستگیر شدند" names no one who arrested, but the body whose spokesperson reports the arrests
made them. Which speakers carry the act is a matter of their kind (grammar.yaml passive_agent_speakers: sectors,
police body heads, office titles), never of their names.
"""

from __future__ import annotations

import datetime as dt
import re

from rasad.annotate.events.chains import Chain, _subject
from rasad.annotate.events.grammar import _CUE_BOUNDARY, _LETTERS
from rasad.annotate.link.bodies import body_named
from rasad.annotate.words import grammar, phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.model import Actor
from rasad.records import Mention

_KINDS = grammar()["passive_agent_speakers"]
_SECTORS = frozenset(_KINDS["sectors"])
_TITLES = frozenset(_KINDS["titles"])
_POLICE_HEAD = re.compile(rf"(?:{phrases(_KINDS['body_heads'])})(?![{_LETTERS}])")


def _agent_body(a: Actor | None) -> bool:
    """A body of the kinds that arrest, seize or sentence: armed forces, courts, intelligence, or a police force
    (a name opening with a police head: "پلیس ...", "نیروی انتظامی ...")."""
    return a is not None and a.type == "ORG" and (
        a.sector in _SECTORS or any(_POLICE_HEAD.match(f) for f in a.fa))


def _of_agent_kind(kb: KnowledgeBase, m: Mention, day: dt.date | None) -> bool:
    """Whether a speaker speaks for a body that does such acts: the body itself, a person of those sectors, an office
    of those titles or of such a body ("سخنگوی نیروی انتظامی"), or a person holding one on the day."""
    a = kb.actors.get(m.kb_id or "")
    if _agent_body(a) or a is not None and a.type == "PERSON" and a.sector in _SECTORS:
        return True
    if m.how == "role" and (m.role in _TITLES or _agent_body(kb.actors.get(m.of or ""))):
        return True
    return a is not None and any(p.title in _TITLES or _agent_body(kb.actors.get(p.of))
                                 for p in kb.positions_of(a.id, day))


def _office_body(kb: KnowledgeBase, m: Mention) -> Mention:
    """An office the knowledge base names no holder of ("فرمانده انتظامی استان گیلان") acts through the body its title
    belongs to in the place's state (roles.yaml body_in, of, default_of); else the office itself."""
    title = kb.titles.get(m.role or "")
    if m.kb_id or title is None:
        return m
    state = m.of if m.of in kb.actors and kb.actors[m.of].type == "STATE" else kb.country_of(m.of)
    body = title.body_in.get(state or "") or title.of or title.default_of
    a = kb.actors.get(body or "")
    if not _agent_body(a):
        return m
    return Mention(m.start, m.end, m.text, a.id, a.name, a.entity_type, "office")


def reporting_speaker(text: str, chains: list[Chain], s0: int, ts: int) -> Chain | None:
    """Who reports the clause a trigger stands in: the subject before the last speech cue ("X اعلام کرد: ...", "X
    گفت که ..."), else the actor after an attribution opener ("به گفته X، ...")."""
    cues = list(_CUE_BOUNDARY.finditer(text, s0, ts))
    if cues:
        return _subject([c for c in chains if s0 <= c.start < cues[-1].start()])
    return next((c for c in chains if s0 <= c.start < ts and c.marker == "attribution"), None)


def passive_agent(kb: KnowledgeBase, text: str, chains: list[Chain], s0: int, ts: int,
                  day: dt.date | None) -> list[Mention]:
    """The agent of a passive coercion with none named: the reporting speaker's first actor of an agent-bearing
    kind (an unnamed office as its body); none when the speaker is of no such kind."""
    speaker = reporting_speaker(text, chains, s0, ts)
    m = next((x for x in speaker.all_actors() if _of_agent_kind(kb, x, day)), None) if speaker is not None else None
    return [_office_body(kb, m)] if m is not None else []


_JUDICIAL = grammar()["judicial_passive"]
_LEGAL_CUE = re.compile(rf"(?<![{_LETTERS}])(?:{phrases(_JUDICIAL['legal_cues'])})(?![{_LETTERS}])")
_ARREST_CUE = re.compile(rf"(?<![{_LETTERS}])(?:{phrases(_JUDICIAL['arrest_cues'])})(?![{_LETTERS}])")
_JUDICIARY = "قوه قضاییه"


def judicial_cue(text: str, s0: int, s1: int, legal: bool) -> bool:
    """(session 27 K) Whether the sentence says a passive coercion was a court's act: for a sentence or an execution
    a word of courts, charges or prisons ("حکم اعدام ... اجرا شد", "در زندان X اعدام شد"); for an arrest a judicial
    order ("با دستور قضایی بازداشت شد"). An execution with none of them may be an armed group's."""
    return bool((_LEGAL_CUE if legal else _ARREST_CUE).search(text, s0, s1))


def _state_of_act(kb: KnowledgeBase, ms: list[Mention], tgt: list[Mention], home: str | None) -> str | None:
    """The state a passive court act happened in: a place the sentence names (the prison, the city), else the state
    of the person it befell, else the outlet's own state (who is sentenced at home is news at home). (A state the
    sentence names was tried as well: on real news it named the lawyer's client's sentence the lawyer's.)"""
    for m in ms:
        if m.type == "PLACE" and m.kb_id and m.how == "name" and (state := kb.country_of(m.kb_id)) in kb.actors:
            return state
    person = next((m for m in tgt if m.type == "PERSON" and m.kb_id), None)
    return kb.country_of(person.kb_id) if person is not None else home


def judicial_agent(kb: KnowledgeBase, text: str, ms: list[Mention], span: tuple[int, int, int],
                   tgt: list[Mention], home: str | None, legal: bool) -> list[Mention]:
    """(session 27 K) The agent of a passive court act with none named (``span``: sentence start, end, trigger
    start): the judiciary of the state it happened in, when the sentence says it was a court's act and the knowledge
    base knows that state's judiciary; none otherwise."""
    s0, s1, ts = span
    if not judicial_cue(text, s0, s1, legal):
        return []
    state = _state_of_act(kb, ms, tgt, home)
    body = body_named(kb, _JUDICIARY, state) if state in kb.actors else None
    if body is None:
        return []
    a = kb.actors[body]
    return [Mention(ts, ts, "", a.id, a.name, a.entity_type, "description")]


def may_make_arrests(kb: KnowledgeBase, actor_id: str | None) -> bool:
    """(session 27 K) Whether an attacker is of a kind that goes on to arrest those it came at: a state, or a body of
    the agent kinds (armed forces, police, courts, intelligence) — not an armed group or a mob."""
    a = kb.actors.get(actor_id or "")
    return a is not None and (a.type == "STATE" or _agent_body(a))
