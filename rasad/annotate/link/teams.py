"""(session 27 E) National teams named by their states' names in a sports report: "تیم‌های ملی برزیل و آرژانتین",
"دو تیم ایران و لهستان", and "تیم ملی ایران" where the KB has a team of that name in more than one sport. The
report's sport is the world body (FIFA, FIVB) the competitions, teams and federations it names in full belong to.
A state as the opponent alone ("مقابل چین") stays the state: Persian reports, and our gold, use it for both."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.annotate.words import grammar_words, phrases
from rasad.kb.knowledge import KnowledgeBase
from rasad.records import Mention
from rasad.text.normalize import ZWNJ


def _ancestors(kb: KnowledgeBase, actor_id: str) -> set[str]:
    """The actor and every body it belongs to, however far up ("team → federation → FIFA")."""
    seen, todo = set(), [actor_id]
    while todo:
        a = kb.actors.get(todo.pop())
        if a is None or a.id in seen:
            continue
        seen.add(a.id)
        todo.extend(s.of for s in a.affiliations)
    return seen


@lru_cache(maxsize=1)
def _national_team_heads() -> tuple[str, ...]:
    return tuple(grammar_words("national_team_heads"))


def _is_national_team(a: object) -> bool:
    heads = _national_team_heads()
    return getattr(a, "type", "") == "ORG" and getattr(a, "country", None) is not None and \
        any(f.startswith(heads) for f in getattr(a, "fa", ()))


def team_index(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(state, world body) → the state's national team in that body's sport, where one team is it: of several
    (Iran's men's, women's, under-23 football teams) the one the bare "تیم ملی ایران" means (it has short names).
    Built once per knowledge base."""
    index = kb.__dict__.get("_national_teams")
    if index is None:
        found: dict[tuple[str, str], list[str]] = {}
        for a in kb.actors.values():
            if _is_national_team(a):
                for root in _ancestors(kb, a.id) - {a.id}:
                    if not kb.actors[root].affiliations:  # a world body: it belongs to none
                        found.setdefault((a.country, root), []).append(a.id)
        index = {k: _senior(kb, v) for k, v in found.items()}
        index = kb.__dict__["_national_teams"] = {k: v for k, v in index.items() if v}
    return index


def _senior(kb: KnowledgeBase, teams: list[str]) -> str:
    """The one team of a state in a sport, or of several the one with short names (the senior men's), else none."""
    if len(teams) == 1:
        return teams[0]
    with_short = [t for t in teams if kb.actors[t].short]
    return with_short[0] if len(with_short) == 1 else ""


def page_sports(kb: KnowledgeBase, named: set[str]) -> set[str]:
    """The world sport bodies the report's fully named organisations belong to (empty: no sports report)."""
    roots = _world_bodies(kb)
    found: set[str] = set()
    for i in named:
        a = kb.actors.get(i)
        if a is not None and a.type == "ORG":
            found |= _ancestors(kb, i) & roots
    return found


def _world_bodies(kb: KnowledgeBase) -> set[str]:
    """The world bodies of :func:`team_index`, built once per knowledge base (asked for every short team name)."""
    roots = kb.__dict__.get("_national_team_roots")
    if roots is None:
        roots = kb.__dict__["_national_team_roots"] = {r for _, r in team_index(kb)}
    return roots


def team_of(kb: KnowledgeBase, state: str, sports: set[str]) -> str | None:
    """The state's national team in the report's sport, if that is one team."""
    teams = {t for r in sports if (t := team_index(kb).get((state, r)))}
    return teams.pop() if len(teams) == 1 else None


def sport_short(kb: KnowledgeBase, refs: list[str], sports: set[str]) -> list[str]:
    """Of the teams a short name may be ("تیم ملی ایران": football or volleyball), the one of the report's sport."""
    fits = {r for r in refs if _is_national_team(kb.actors.get(r)) and _ancestors(kb, r) & sports}
    return list(fits) if len(fits) == 1 else []


@lru_cache(maxsize=1)
def _list_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{phrases(sorted(grammar_words('national_team_lists')))})[ {ZWNJ}]*$")


_WORD_START = re.compile(rf"(?<![\w{ZWNJ}])")
_LIST_GAP = re.compile(rf"[ {ZWNJ}]*(?:،|,|و)[ {ZWNJ}]*")


def _after_head(text: str, start: int) -> bool:
    """"تیم‌های ملی" (a word of grammar.yaml national_team_lists) ends right before ``start``."""
    m = _list_head().search(text, max(0, start - 30), start)
    return m is not None and _WORD_START.match(text, m.start()) is not None


def national_teams(text: str, mentions: list[Mention], kb: KnowledgeBase, named: set[str]) -> list[Mention]:
    """The mentions with each state listed after "تیم‌های ملی" read as its national team, in a report whose sport is
    known ("تیم‌های ملی برزیل، آرژانتین و آلمان": each of the list)."""
    sports: set[str] | None = None
    out: list[Mention] = []
    listed = False  # the mention before was a team of such a list
    for m in mentions:
        state = m.type == "COUNTRY" and m.how == "name" and m.kb_id
        listed = bool(state) and (_after_head(text, m.start) or
                                  (listed and _LIST_GAP.fullmatch(text, out[-1].end, m.start) is not None))
        if listed:
            sports = page_sports(kb, named) if sports is None else sports
            team = team_of(kb, m.kb_id, sports) if sports else None
            if team is not None:
                a = kb.actors[team]
                m = Mention(m.start, m.end, m.text, a.id, a.name, "ORG", "name")
        out.append(m)
    return out
