"""The knowledge base: actors, places, outlets and titles as data files, loaded, layered and checked."""

from rasad.kb.knowledge import Actor, KnowledgeBase, Outlet, Place, check, load_kb, user_kb_dirs

__all__ = ["Actor", "KnowledgeBase", "Outlet", "Place", "check", "load_kb", "user_kb_dirs"]
