"""The read API under /api: events, actors, articles, the network, statistics and places, as JSON."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from sqlalchemy.engine import Engine

from rasad import __version__
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.scales import QUAD_CLASSES
from rasad.web import queries as Q
from rasad.web.errors import ApiError, documented, found

router = APIRouter()


def _types_pattern() -> str:
    """The ``type`` parameter's pattern: PLOVER types in any case, comma-separated (character classes rather than a
    case-insensitive flag, which OpenAPI's regular expressions lack)."""
    word = "|".join("".join(f"[{c}{c.lower()}]" for c in t) for t in Q.PLOVER_TYPES)
    return rf"^ *(?:(?:{word}) *(?:, *(?:{word}) *)*)?$"


DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def day_param(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD parameter as a date (a bare number is not a Unix time here)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ApiError(422, f"{name}: not a date: {value!r}") from exc


MOMENT = r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$"


def moment_param(value: str | None, name: str) -> dt.datetime | None:
    """An ISO 8601 date-time parameter as naive UTC (a bare number is not a Unix time here)."""
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError as exc:
        raise ApiError(422, f"{name}: not an ISO 8601 time: {value!r}") from exc
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


Moment = Annotated[str | None, Query(pattern=MOMENT, json_schema_extra={"format": "date-time"},
                                     description="ISO 8601 time (UTC unless an offset is given)")]
Since = Annotated[str | None, Query(pattern=DAY, description="Events on or after this day (YYYY-MM-DD)",
                                    json_schema_extra={"format": "date"})]
Until = Annotated[str | None, Query(pattern=DAY, description="Events on or before this day (YYYY-MM-DD)",
                                    json_schema_extra={"format": "date"})]


async def event_filter(
    since: Since = None,
    until: Until = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, English or Persian name; "
                                                                    "matches source or target")] = None,
    type: Annotated[str | None, Query(max_length=300, pattern=_types_pattern(),
                                      description="PLOVER type(s), comma-separated, in any case")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet that reported the event")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Text in the English summary or the "
                                                               "Persian sentence")] = None,
    min_goldstein: Annotated[float | None, Query(ge=-10, le=10, description="Lowest Goldstein score")] = None,
    max_goldstein: Annotated[float | None, Query(ge=-10, le=10, description="Highest Goldstein score")] = None,
    quad_class: Annotated[str | None, Query(max_length=40, pattern=f"^(?:{'|'.join(QUAD_CLASSES)})$",
                                            description="PLOVER quad class: verbal cooperation, "
                                            "material cooperation, verbal conflict or material conflict")] = None,
    new_since: Moment = None,
) -> Q.EventFilter:
    """The event filters of every event endpoint. A range whose start is after its end (dates or Goldstein scores)
    holds no events. Dependencies that only parse are ``async``: they run on the event loop, where a plain function
    would cost a hop to the thread pool and back per request."""
    try:
        types = Q.parse_types(type)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc
    return Q.EventFilter(since=day_param(since, "since"), until=day_param(until, "until"), actor=Q.text_param(actor),
                         types=types, outlet=Q.text_param(outlet), q=Q.text_param(q), min_goldstein=min_goldstein,
                         max_goldstein=max_goldstein, quad_class=quad_class or None,
                         new_since=moment_param(new_since, "new_since"))


async def engine_of(request: Request) -> Engine:
    return request.app.state.store.engine


async def kb_of(request: Request) -> KnowledgeBase:
    return request.app.state.kb


Filter = Annotated[Q.EventFilter, Depends(event_filter)]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Items per page")]
Db = Annotated[Engine, Depends(engine_of)]
Kb = Annotated[KnowledgeBase, Depends(kb_of)]


@router.get("/api", tags=["meta"], summary="What this server holds")
def api_root(request: Request) -> dict[str, Any]:
    store = request.app.state.store
    return {"name": "rasad", "version": __version__, "read_only": request.app.state.read_only,
            "database": store.safe_url, "counts": store.summary(), "docs": "/docs", "openapi": "/openapi.json"}


@router.get("/api/events", tags=["events"], summary="Events (fused across outlets where fusion has run)",
            responses=documented(422))
def api_events(f: Filter, engine: Db, kb: Kb, page: Page = 1, per_page: PerPage = 50,
               sort: Annotated[Literal["date", "-date", "num_sources"], Query()] = "-date") -> dict[str, Any]:
    return Q.list_events(engine, kb, f, page=page, per_page=per_page, sort=sort)


@router.get("/api/events/{event_id}", tags=["events"], summary="One event with all its reports",
            responses=documented(404, 422))
def api_event(event_id: Annotated[str, PathParam(max_length=20, description="e12 (an article's event), "
                                                                             "f3 (a fused event) or 12")],
              engine: Db, kb: Kb):
    return found(Q.get_event, engine, kb, event_id)


@router.get("/api/actors", tags=["actors"], summary="Search actors by English or Persian name",
            responses=documented(422))
def api_actors(engine: Db, kb: Kb, q: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    return Q.search_actors(engine, kb, q, limit=limit)


@router.get("/api/actors/{kb_id}", tags=["actors"], summary="An actor: names, positions, contacts, quotes",
            responses=documented(404, 422))
def api_actor(kb_id: Annotated[str, PathParam(max_length=200)], engine: Db, kb: Kb) -> dict[str, Any]:
    return found(Q.actor_detail, engine, kb, kb_id)


@router.get("/api/articles", tags=["articles"], summary="Stored articles", responses=documented(422))
def api_articles(engine: Db, page: Page = 1, per_page: PerPage = 50,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 q: Annotated[str | None, Query(max_length=500)] = None,
                 since: Since = None, until: Until = None) -> dict[str, Any]:
    return Q.list_articles(engine, page=page, per_page=per_page, outlet=outlet, q=q, since=day_param(since, "since"),
                           until=day_param(until, "until"))


@router.get("/api/articles/{article_id}", tags=["articles"],
            summary="An article: cleaned body, annotations as offsets, other outlets of its story",
            responses=documented(404, 422))
def api_article(article_id: Annotated[int, PathParam(ge=1, le=Q.MAX_ID)], engine: Db, kb: Kb) -> dict[str, Any]:
    return found(Q.article_detail, engine, kb, article_id)


@router.get("/api/graph", tags=["network"], summary="Actor network: nodes and source→target edges by type",
            responses=documented(422))
def api_graph(f: Filter, engine: Db, kb: Kb, max_edges: Annotated[int, Query(ge=1, le=20000, description=(
        "the heaviest edges kept; edges_total and nodes_total give the full counts"))] = 500) -> dict[str, Any]:
    return Q.graph(engine, kb, f, max_edges=max_edges)


@router.get("/api/stats", tags=["stats"], summary="Event counts per type and ISO week", responses=documented(422))
def api_stats(f: Filter, engine: Db, kb: Kb) -> dict[str, Any]:
    return Q.stats(engine, kb, f)


@router.get("/api/places", tags=["map"], summary="Event places with coordinates and counts", responses=documented(422))
def api_places(f: Filter, engine: Db, kb: Kb) -> dict[str, Any]:
    return Q.places(engine, kb, f)


@router.get("/api/outlets", tags=["articles"], summary="Outlets with their article counts")
def api_outlets(engine: Db) -> dict[str, Any]:
    return {"items": Q.outlets(engine)}


@router.get("/api/alerts", tags=["alerts"], summary="Events that matched a `rasad watch` rule, newest alert first",
            responses=documented(422))
def api_alerts(engine: Db, kb: Kb, page: Page = 1, per_page: PerPage = 50,
               since: Moment = None) -> dict[str, Any]:
    """Alerts; ``since``: alerted at or after this time."""
    return Q.list_alerts(engine, kb, page=page, per_page=per_page, since=moment_param(since, "since"))


@router.get("/api/dyad", tags=["stats"], summary="Mean Goldstein score between two actors per ISO week",
            responses=documented(422))
def api_dyad(f: Filter, engine: Db, kb: Kb,
             a: Annotated[str, Query(min_length=1, max_length=200, description="One actor: id, English or Persian name")],
             b: Annotated[str, Query(min_length=1, max_length=200, description="The other actor")]) -> dict[str, Any]:
    return Q.dyad(engine, kb, f, a, b)
