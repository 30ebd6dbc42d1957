"""Offices an article gives to the person who speaks as them: "فرماندار X گفت: ... . NAME افزود: ..." names the
office first and its holder later; the quotes find that the one named speaker is the office's voice, and the office
is then that person's role too (the knowledge base may know neither the office's holder nor the person)."""

from __future__ import annotations

import bisect

from rasad.annotate.link.linker import Linked
from rasad.annotate.link.strangers import office_phrase
from rasad.records import Mention, Role


def held_office_role(text: str, linked: Linked, office: Mention, person: Mention, head: int | None = None,
                     bounded: bool = False) -> None:
    """Record ``office`` (a role the linker left unheld, an office phrase it did not know, or — ``head`` given —
    the office phrase opening there before its body's name) as ``person``'s role in ``linked.roles``; ``bounded``:
    (session 27 H) the phrase ends with its body's name at the latest ("رئیس ... جمعیت هلال احمر از ... خبر داد")."""
    if office.type == "PERSON" and office.role and office.kb_id is None:
        _hold_unheld(linked, office, person)
        return
    start = office.start if head is None else head + len(text[head:office.start]) - len(text[head:office.start].lstrip())
    phrase = office_phrase(text[:office.end] if bounded else text, start, linked.mentions)
    if phrase is None or any(r.start < phrase.end and phrase.start < r.end for r in linked.roles):
        return  # too long to be an office, or an office the linker already read there
    role = Role(phrase.text, person.name, person.kb_id, None, phrase.of, phrase.start, phrase.end)
    bisect.insort(linked.roles, role, key=lambda r: r.start)


def _hold_unheld(linked: Linked, office: Mention, person: Mention) -> None:
    """Every role record of the same unheld office (its label, its title) in the article is the person's: one office
    named twice in a text with no holder of its own is held by one person."""
    for r in linked.roles:
        if r.kb_id is None and r.title == office.role and r.refers_to == office.name:
            r.refers_to, r.kb_id, r.candidates = person.name, person.kb_id, []
