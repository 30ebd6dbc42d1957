"""Entity linking: names, roles, descriptions and pronouns in the text resolved to knowledge-base actors."""

from rasad.annotate.link.linker import Linked, link_entities

__all__ = ["Linked", "link_entities"]
