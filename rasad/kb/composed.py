"""Places named by a head phrase and a known place ("ولایت هرات" → Herat Province, "شهرستان سراوان" → Saravan
County), and (session 29 ENT) bodies named by a head phrase and a known place or state ("شورای شهر گرگان" → Gorgan
City Council, "شهرداری ساری" → Sari Municipality; a rule may take states: "سفارت X در تهران"), made once
with the knowledge base from the rules of ``rasad/data/kb/composed.yaml``."""

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
    if place.country in (of.get("not_countries") or ()):
        return False
    return place.curated or (place.population or 0) >= int(of.get("min_population") or 0)


def _forms(place: Place, heads: Iterable[str]) -> list[str]:
    return [f"{h} {f}" for h in heads for f in [*place.fa, *place.contextual, *place.strict]]


def composed_places(places: Iterable[Place], by_name: dict[str, Any], taken: set[str],
                    rules: list[dict[str, Any]]) -> Iterator[Place]:
    """The places the rules make from ``places``. An entry of ``by_name`` (English name → place or actor) with a
    rule's name gets the forms instead (its ``fa`` grows in place); forms whose key is ``taken`` are left out."""
    inner = list(places)
    for rule in rules:
        if "body" in rule:
            continue  # a body's rule: composed_bodies
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


def _state_forms(state: Actor, heads: Iterable[str], tails: Iterable[str]) -> list[str]:
    return [f"{h} {f}{t}" for h in heads for f in state.fa for t in tails]


def _body_name(rule: dict[str, Any], name: str) -> str:
    """The rule's English name with the inner name; "the" before a state that takes it ("Embassy of the United
    Kingdom, Tehran"): the rule's ``the`` list."""
    the = "the " if name in (rule.get("the") or ()) else ""
    return rule["name"].format(name=name, the=the)


def composed_bodies(places: Iterable[Place], states: Iterable[Actor], taken: set[str],
                    rules: list[dict[str, Any]]) -> Iterator[Actor]:
    """The bodies the rules with a ``body`` make: one for each place (``of``: kinds, countries, not_countries,
    min_population) or, with ``of: {states: true}``, each state but ``not_countries``. A body whose every form is
    ``taken`` (a curated entry has it: "شهرداری تهران") is not made; its forms are left out of later rules. Each body
    keeps the place it is at (``at_place``: the inner place, or the rule's ``at``), which the linker reports
    apart when the name ends with it (rasad/annotate/link/seats.py)."""
    inner_places, inner_states = list(places), list(states)
    for rule in rules:
        body, of = rule.get("body"), rule.get("of") or {}
        if body is None:
            continue
        if of.get("states"):
            pairs = [(s.id, s.name, s.id, rule.get("at"), _state_forms(s, rule["heads"], rule.get("tails") or [""]))
                     for s in inner_states if s.id not in (of.get("not_countries") or ())]
        else:
            pairs = [(p.id, p.name.split(",")[0].strip(), p.country, p.id, _forms(p, rule["heads"]))
                     for p in inner_places if _qualifies(p, of)]
        for inner_id, name, country, at, forms in pairs:
            forms = [f for f in dict.fromkeys(forms) if match_key(f) not in taken]
            if not forms:
                continue
            taken.update(match_key(f) for f in forms)
            yield Actor(id=f"{rule['id']}-{inner_id.lower()}", name=_body_name(rule, name), type="ORG",
                        country=body.get("country") or country, sector=body.get("sector", "GOV"), fa=forms,
                        affiliations=[Span(of=a) for a in body.get("affiliations") or [country]], source="composed",
                        at_place=at)
