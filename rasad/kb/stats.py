"""Counts over a knowledge base, for ``rasad kb stats``: actors by type, states with Persian names, persons with
dated positions, places with coordinates and where they come from, and everything by country."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rasad.kb.knowledge import KnowledgeBase


def _dated(actor) -> bool:
    return any(p.start or p.end for p in actor.positions)


def _by_country(kb: KnowledgeBase) -> dict[str, dict[str, int]]:
    """{ISO alpha-3: {"PERSON": n, "ORG": n, "STATE": n, "PLACE": n}}; "-" for entries without a country."""
    table: dict[str, Counter] = defaultdict(Counter)
    for a in kb.actors.values():
        table[a.country or "-"][a.type] += 1
    for p in kb.places.values():
        table[p.country or "-"]["PLACE"] += 1
    return {c: dict(n) for c, n in sorted(table.items(), key=lambda x: (-sum(x[1].values()), x[0]))}


def kb_stats(kb: KnowledgeBase) -> dict[str, Any]:
    """Every count ``rasad kb stats`` prints (and ``--json`` returns)."""
    actors = list(kb.actors.values())
    types = Counter(a.type for a in actors)
    places = list(kb.places.values())
    return {
        "actors": len(actors),
        "actors_by_type": dict(sorted(types.items())),
        "actors_by_source": dict(sorted(Counter(a.source for a in actors).items())),
        "persons": types.get("PERSON", 0),
        "persons_with_positions": sum(1 for a in actors if a.type == "PERSON" and a.positions),
        "persons_with_dated_positions": sum(1 for a in actors if a.type == "PERSON" and _dated(a)),
        "organisations": types.get("ORG", 0),
        "states": types.get("STATE", 0),
        "states_with_persian_names": sum(1 for a in actors if a.type == "STATE" and a.fa),
        "states_with_adjectives": sum(1 for a in actors if a.type == "STATE" and a.adj),
        "places": len(places),
        "places_with_coordinates": sum(1 for p in places if p.lat is not None and p.lon is not None),
        "places_by_source": dict(sorted(Counter(p.source for p in places).items())),
        "places_by_kind": dict(sorted(Counter(p.kind for p in places).items())),
        "outlets": len(kb.outlets),
        "titles": len(kb.titles),
        "files": len(kb.sources),
        "by_country": _by_country(kb),
    }
