"""(session 30 ENT2) A state's bodies named with the group that governs it: "وزارت دفاع حکومت طالبان" and
"وزارت خارجه امارت اسلامی" are Afghanistan's ministries, which the knowledge base knows as "وزارت دفاع افغانستان".
The group's entry lists the names that stand for its government after a body (``governs_as``); every body the
knowledge base names "<body> <state>" gets "<body> <name>" for each, unless another entry has that form."""

from __future__ import annotations

from collections.abc import Iterator

from rasad.kb.model import Actor
from rasad.text.normalize import match_key


def _governments(actors: dict[str, Actor]) -> Iterator[tuple[str, list[str]]]:
    """Each state governed by a group, with the names of the group's government (its ``governs_as``)."""
    for a in actors.values():
        names = getattr(a, "governs_as", None)
        if names and a.country in actors and any(s.of == a.country for s in a.affiliations):
            yield a.country, list(names)


def _body_stem(form: str, state_names: list[str]) -> str | None:
    """The body's own words of a name that ends with its state's ("وزارت دفاع" of "وزارت دفاع افغانستان")."""
    for s in state_names:
        if form.endswith(" " + s) and len(form) > len(s) + 1:
            return form[: -len(s) - 1].strip()
    return None


def add_governed_forms(actors: dict[str, Actor], taken: set[str]) -> None:
    """Add "<body> <government name>" to each body of a governed state named "<body> <state>" (in place);
    forms whose key is ``taken`` (another entry's) are left out, and each one made is taken."""
    for state, names in _governments(actors):
        state_names = actors[state].fa
        for body in actors.values():
            if body.type != "ORG" or body.country != state or getattr(body, "governs_as", None):
                continue
            stems = dict.fromkeys(s for f in body.fa if (s := _body_stem(f, state_names)))
            new = [f"{s} {n}" for s in stems for n in names if match_key(f"{s} {n}") not in taken]
            taken.update(match_key(f) for f in new)
            body.fa.extend(new)
