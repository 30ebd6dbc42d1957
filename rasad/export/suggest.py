"""``rasad kb suggest``: the names rasad found but could not link, most frequent first, with an example sentence,
so that an analyst can add them to a knowledge-base file."""

from __future__ import annotations

import sqlalchemy as sa

from rasad.store.schema import articles, entities
from rasad.store.store import Store
from rasad.text.sentences import split_sentences


def suggest_unknown(store: Store, limit: int = 30) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(entities.c.name, sa.func.count().label("n"), sa.func.min(entities.c.article_id).label("aid"))
            .where(entities.c.kb_id.is_(None), entities.c.type == "PERSON")
            .group_by(entities.c.name).order_by(sa.desc("n"), entities.c.name).limit(limit)).all()
        out = []
        for r in rows:
            body = conn.execute(sa.select(articles.c.body).where(articles.c.id == r.aid)).scalar() or ""
            example = next((s.text for s in split_sentences(body) if r.name in s.text), "")
            out.append({"name": r.name, "count": r.n, "example": example})
    return out
