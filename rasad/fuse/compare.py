"""What fusion produced, by content rather than by ids: for comparing a database with another (before and after a
change, one run against split runs or a run resumed after a crash). ``scripts/compare_fusion.py`` prints it."""

from __future__ import annotations

import sqlalchemy as sa

from rasad.store.schema import articles, events, fused_events
from rasad.store.store import Store


def fusion_state(url: str) -> dict[str, set]:
    """Stories, fused events, articles, events and unfused events of a database, keyed by content, not ids."""
    store = Store(url, migrate=False)
    with store.engine.connect() as conn:
        arts = conn.execute(sa.select(articles.c.id, articles.c.content_hash, articles.c.story_id)).all()
        key = {a.id: a.content_hash for a in arts}
        stories: dict = {}
        for a in arts:
            stories.setdefault(a.story_id, set()).add(a.content_hash)
        evs = conn.execute(sa.select(events.c.article_id, events.c.seq, events.c.fused_id)).all()
        members: dict = {}
        for e in evs:
            if e.fused_id is not None:
                members.setdefault(e.fused_id, set()).add((key[e.article_id], e.seq))
        fused = conn.execute(sa.select(fused_events.c.id, fused_events.c.type, fused_events.c.date,
                                       fused_events.c.source, fused_events.c.target, fused_events.c.location,
                                       fused_events.c.num_articles, fused_events.c.num_sources)).all()
    store.engine.dispose()
    return {
        "articles": set(key.values()),
        "events": {(key[e.article_id], e.seq) for e in evs},
        "unfused events": {(key[e.article_id], e.seq) for e in evs if e.fused_id is None},
        "articles without a story": {a.content_hash for a in arts if a.story_id is None},
        "stories": {frozenset(v) for k, v in stories.items() if k is not None},
        "fused events": {(frozenset(members.get(f.id, ())), f.type, str(f.date), str(f.source), str(f.target),
                          f.location, f.num_articles, f.num_sources) for f in fused},
    }


def compare(a: dict[str, set], b: dict[str, set]) -> dict[str, tuple[int, int, int]]:
    """name → (count in A, count in B, count in both)."""
    return {k: (len(a[k]), len(b[k]), len(a[k] & b[k])) for k in a}
