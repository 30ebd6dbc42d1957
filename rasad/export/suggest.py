"""``rasad kb suggest``: the people rasad found but could not link, ranked for curation — in how many articles they
appear, their Persian form, the country and sector their office gives, and an example sentence — so that an analyst
can add them to a knowledge-base file."""

from __future__ import annotations

import sqlalchemy as sa

from rasad.store.schema import articles, entities
from rasad.store.store import Store
from rasad.text.sentences import split_sentences


def suggest_unknown(store: Store, limit: int = 30) -> list[dict]:
    """Unknown people, most articles first: name (Latin), persian, articles, country, sector, example."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(entities.c.name, sa.func.count(sa.distinct(entities.c.article_id)).label("n"),
                      sa.func.min(entities.c.id).label("eid"))
            .where(entities.c.kb_id.is_(None), entities.c.type == "PERSON")
            .group_by(entities.c.name).order_by(sa.desc("n"), entities.c.name).limit(limit)).all()
        return [_suggestion(conn, r.name, r.n, r.eid) for r in rows]


def _suggestion(conn: sa.Connection, name: str, n: int, eid: int) -> dict:
    first = conn.execute(sa.select(entities.c.forms, entities.c.country, entities.c.sector, entities.c.article_id)
                         .where(entities.c.id == eid)).one()
    forms = [f for f in (first.forms or []) if f]
    body = conn.execute(sa.select(articles.c.body).where(articles.c.id == first.article_id)).scalar() or ""
    needle = forms[0] if forms else name
    example = next((s.text for s in split_sentences(body) if needle in s.text), "")
    return {"name": name, "persian": needle, "articles": n, "count": n, "country": first.country,
            "sector": first.sector, "example": example}
