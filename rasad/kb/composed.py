"""Places named by a head phrase and a known place ("ولایت هرات" → Herat Province, "شهرستان سراوان" → Saravan
County), and (session 29 ENT) bodies named by a head phrase and a known place or state ("شورای شهر گرگان" → Gorgan
City Council, "شهرداری ساری" → Sari Municipality), made once with the knowledge base from the rules of ``rasad/data/kb/composed.yaml``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasad.kb.model import Actor, Place, Span
from rasad.text.normalize import match_key


def composed_path() -> Path:
    return Path(str(resources.files("rasad") / "data" / "kb" / "composed.yaml"))


def composed_rules(path: Path | None = None) -> list[dict[str, Any]]:
    with open(path or composed_path(), encoding="utf-8") as fh:
        return list(yaml.safe_load(fh) or [])


def _qualifies(place: Place, of: dict[str, Any]) -> bool:
    if place.kind not in (of.get("kinds") or [place.kind]):
        return False
    if of.get("countries") and place.country not in of["countries"]:
        return False
    return place.curated or (place.population or 0) >= int(of.get("min_population") or 0)


def _forms(place: Place, heads: Iterable[str]) -> list[str]:
    return [f"{h} {f}" for h in heads for f in [*place.fa, *place.contextual, *place.strict]]


def _in_kind_order(places: list[Place], of: dict[str, Any]) -> list[Place]:
    """(session 30 ENT2) With ``ordered`` the places of the kinds listed first come first, so a province takes a form
    it shares with a town ("هلال احمر گلستان" is the province's); else the places as they are."""
    kinds = list(of.get("kinds") or [])
    return sorted(places, key=lambda p: kinds.index(p.kind)) if of.get("ordered") and kinds else places


def composed_places(places: Iterable[Place], by_name: dict[str, Any], taken: set[str],
                    rules: list[dict[str, Any]]) -> Iterator[Place]:
    """The places the rules make from ``places``. An entry of ``by_name`` (English name → place or actor) with a
    rule's name gets the forms instead (its ``fa`` grows in place); forms whose key is ``taken`` are left out."""
    inner = list(places)
    for rule in rules:
        if "body" in rule or "state_body" in rule:
            continue  # a body's rule: composed_bodies, composed_state_bodies
        for p in inner:
            if not _qualifies(p, rule.get("of") or {}):
                continue
            name = rule["name"].format(name=p.name.split(",")[0].strip())
            forms = [f for f in _forms(p, rule["heads"]) if match_key(f) not in taken]
            if not forms:
                continue
            taken.update(match_key(f) for f in forms)
            real = by_name.get(name)
            if real is not None:
                real.fa.extend(forms)
            elif rule.get("existing") != "only":
                yield Place(id=f"{rule['id']}-{p.id}", name=name, fa=forms, kind=rule["kind"], country=p.country,
                            lat=p.lat, lon=p.lon, source="composed", population=p.population)


def composed_bodies(places: Iterable[Place], taken: set[str], rules: list[dict[str, Any]]) -> Iterator[Actor]:
    """The bodies the rules with a ``body`` make, one for each place the rule's ``of`` admits (kinds, countries,
    min_population). A body whose every form is ``taken`` (a curated entry has it: "شهرداری تهران") is
    not made; its forms are left out of later rules. Each body keeps the place it is at (``at_place``), which the
    linker reports apart where the name ends with it (rasad/annotate/link/seats.py), and (session 30 ENT2) the
    national body it is a branch of (``branch_of``: "هلال احمر استان مرکزی" is the Red Crescent, at Markazi)."""
    inner = list(places)
    for rule in rules:
        body, of = rule.get("body"), rule.get("of") or {}
        if body is None:
            continue
        for p in _in_kind_order([p for p in inner if _qualifies(p, of)], of):
            forms = [f for f in dict.fromkeys(_forms(p, rule["heads"])) if match_key(f) not in taken]
            if not forms:
                continue
            taken.update(match_key(f) for f in forms)
            yield Actor(id=f"{rule['id']}-{p.id.lower()}", name=rule["name"].format(name=p.name.split(",")[0].strip()),
                        type="ORG", country=body.get("country") or p.country, sector=body.get("sector", "GOV"),
                        fa=forms, affiliations=[Span(of=a) for a in body.get("affiliations") or [p.country]],
                        source="composed", at_place=p.id, branch_of=body.get("branch_of"))


def composed_state_bodies(states: Iterable[Actor], taken: set[str], names: set[str],
                          rules: list[dict[str, Any]]) -> Iterator[Actor]:
    """(session 30 BODY) The bodies the rules with a ``state_body`` make, one for each state that has no entry named
    so (by a head and one of its names, a key in ``taken``, or by the rule's English name, in ``names``). Each has one
    Persian form (the first head and the state's first name): the linker finds them by any head before any of the
    state's names (rasad/annotate/link/statebodies.py), so the automaton grows little."""
    for rule in rules:
        spec = rule.get("state_body")
        if spec is None:
            continue
        for s in states:
            name = (spec.get("names") or {}).get(s.id) or rule["name"].format(name=s.name)
            if not s.fa or name in names or any(match_key(f"{h} {f}") in taken for h in spec["heads"] for f in s.fa):
                continue
            yield Actor(id=state_body_id(rule, s.id), name=name, type="ORG", country=s.id,
                        sector=spec.get("sector", "GOV"), fa=[f"{spec['heads'][0]} {s.fa[0]}"], affiliations=[Span(of=s.id)], source="composed")


def state_body_id(rule: dict[str, Any], state: str) -> str:
    """The id of the body a ``state_body`` rule makes for ``state``."""
    return f"{rule['id']}-{state.lower()}"
