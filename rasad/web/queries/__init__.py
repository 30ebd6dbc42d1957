"""Read queries behind the web API and pages: SQLAlchemy Core over :mod:`rasad.store.schema`, bound parameters only.

An *event* here is one real-world event: a fused event (``fused_events``, id ``f<N>``) where fusion has run, and an
article's own event (``events``, id ``e<N>``) where it has not. Both kinds come from one UNION ALL, so filters,
sorting and pagination run in the database. ``filters`` builds the conditions, ``units`` the rows the API returns;
``events``, ``aggregates``, ``actors`` and ``articles`` answer one kind of page each.
"""

from rasad.web.queries.actors import actor_detail, search_actors
from rasad.web.queries.aggregates import graph, outlets, places, stats
from rasad.web.queries.alerts import dyad, list_alerts
from rasad.web.queries.articles import article_detail, article_id_by_hash, body_segments, list_articles
from rasad.web.queries.events import get_event, list_events
from rasad.web.queries.filters import MAX_ID, PLOVER_TYPES, EventFilter, NotFound, parse_types, text_param

__all__ = ["MAX_ID", "PLOVER_TYPES", "text_param", "EventFilter", "NotFound", "actor_detail", "article_detail",
           "article_id_by_hash", "body_segments", "dyad", "get_event", "graph", "list_alerts", "list_articles",
           "list_events", "outlets", "parse_types", "places",
           "search_actors", "stats"]
