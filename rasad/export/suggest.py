"""``rasad kb suggest``: the people rasad found but could not link, ranked for curation — first those who act in
events or speak in quotes (the event data names them only by a transliteration until they are curated), then by
the articles they appear in — with their Persian form, the country and sector their office gives, and an example
sentence, so that an analyst can add them to a knowledge-base file. (Ranked by articles alone, a corpus's sport
pages filled the list with referees and players.)"""

from __future__ import annotations

import sqlalchemy as sa

from rasad.store.schema import articles, entities, event_actors, quotes
from rasad.store.store import Store
from rasad.text.sentences import split_sentences


def suggest_unknown(store: Store, limit: int = 30) -> list[dict]:
    """Unknown people, those in most events and quotes first, then most articles: name (Latin), persian, events,
    quotes, articles, country, sector, example."""
    people = (sa.select(entities.c.name, sa.func.count(sa.distinct(entities.c.article_id)).label("n"),
                        sa.func.min(entities.c.id).label("eid"))
              .where(entities.c.kb_id.is_(None), entities.c.type == "PERSON").group_by(entities.c.name).subquery())
    acting = (sa.select(sa.func.substr(event_actors.c.actor, 6).label("name"),
                        sa.func.count(sa.distinct(event_actors.c.event_id)).label("n"))
              .where(event_actors.c.actor.like("name:%"), event_actors.c.event_id.is_not(None))
              .group_by(event_actors.c.actor).subquery())
    speaking = (sa.select(quotes.c.speaker.label("name"), sa.func.count().label("n"))
                .where(quotes.c.speaker_id.is_(None), quotes.c.speaker.is_not(None))
                .group_by(quotes.c.speaker).subquery())
    n_events, n_quotes = sa.func.coalesce(acting.c.n, 0), sa.func.coalesce(speaking.c.n, 0)
    query = (sa.select(people.c.name, people.c.n, people.c.eid, n_events.label("events"), n_quotes.label("quotes"))
             .outerjoin(acting, acting.c.name == people.c.name).outerjoin(speaking, speaking.c.name == people.c.name)
             .order_by(sa.desc(n_events + n_quotes), sa.desc(people.c.n), people.c.name).limit(limit))
    with store.engine.connect() as conn:
        return [_suggestion(conn, r.name, r.n, r.eid, r.events, r.quotes) for r in conn.execute(query).all()]


def _suggestion(conn: sa.Connection, name: str, n: int, eid: int, n_events: int, n_quotes: int) -> dict:
    first = conn.execute(sa.select(entities.c.forms, entities.c.country, entities.c.sector, entities.c.article_id)
                         .where(entities.c.id == eid)).one()
    forms = [f for f in (first.forms or []) if f]
    body = conn.execute(sa.select(articles.c.body).where(articles.c.id == first.article_id)).scalar() or ""
    needle = forms[0] if forms else name
    example = next((s.text for s in split_sentences(body) if needle in s.text), "")
    return {"name": name, "persian": needle, "events": n_events, "quotes": n_quotes, "articles": n, "count": n,
            "country": first.country,
            "sector": first.sector, "example": example}
