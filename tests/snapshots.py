"""What a run stored, comparable across runs: engines and worker counts must store exactly the same."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from rasad.store.schema import articles, events, fused_events, quotes, rejections
from rasad.store.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = REPO / "examples" / "corpus"
EVENTS = REPO / "tests" / "articles" / "events"


def snapshot(url: str) -> dict[str, list]:
    """Articles, events, quotes, fused events and rejections in id order, article ids replaced by content hashes."""
    store = Store(url, migrate=False)
    with store.engine.connect() as conn:
        arts = conn.execute(sa.select(articles.c.id, articles.c.content_hash, articles.c.source, articles.c.published,
                                      articles.c.outlet, articles.c.annotation).order_by(articles.c.id)).all()
        key = {a.id: a.content_hash for a in arts}
        evs = conn.execute(sa.select(events.c.article_id, events.c.seq, events.c.type, events.c.mode, events.c.cameo,
                                     events.c.source, events.c.target, events.c.date, events.c.sentence,
                                     events.c.location).order_by(events.c.id)).all()
        qs = conn.execute(sa.select(quotes.c.article_id, quotes.c.speaker, quotes.c.text, quotes.c.start, quotes.c.end)
                          .order_by(quotes.c.id)).all()
        fused = conn.execute(sa.select(fused_events.c.type, fused_events.c.source, fused_events.c.target,
                                       fused_events.c.date, fused_events.c.num_articles).order_by(fused_events.c.id)).all()
        rej = conn.execute(sa.select(rejections.c.source, rejections.c.reason)).all()
    store.engine.dispose()
    return {
        "articles": [(a.content_hash, Path(a.source).name, a.published, a.outlet, a.annotation) for a in arts],
        "events": [(key[e.article_id], *e[1:]) for e in evs],
        "quotes": [(key[q.article_id], *q[1:]) for q in qs],
        "fused": [tuple(f) for f in fused],
        "rejections": sorted(tuple(r) for r in rej),
    }
