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
from rasad.web.errors import ApiError

router = APIRouter()


def event_filter(
    since: Annotated[dt.date | None, Query(description="Events on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before this day (YYYY-MM-DD)")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, English or Persian name; "
                                                                    "matches source or target")] = None,
    type: Annotated[str | None, Query(max_length=300, description="PLOVER type(s), comma-separated")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet that reported the event")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Text in the English summary or the "
                                                               "Persian sentence")] = None,
    min_goldstein: Annotated[float | None, Query(ge=-10, le=10, description="Lowest Goldstein score")] = None,
    max_goldstein: Annotated[float | None, Query(ge=-10, le=10, description="Highest Goldstein score")] = None,
    quad_class: Annotated[str | None, Query(max_length=40, description="PLOVER quad class: verbal cooperation, "
                                            "material cooperation, verbal conflict or material conflict")] = None,
    new_since: Annotated[dt.datetime | None, Query(description="Only events first stored at or after this time "
                                                               "(ISO 8601; UTC unless an offset is given)")] = None,
) -> Q.EventFilter:
    try:
        types = Q.parse_types(type)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc
    if since and until and since > until:
        raise ApiError(422, "since is after until")
    if min_goldstein is not None and max_goldstein is not None and min_goldstein > max_goldstein:
        raise ApiError(422, "min_goldstein is above max_goldstein")
    if quad_class and quad_class not in QUAD_CLASSES:
        raise ApiError(422, f"unknown quad class {quad_class!r}; one of {', '.join(QUAD_CLASSES)}")
    if new_since is not None and new_since.tzinfo is not None:
        new_since = new_since.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return Q.EventFilter(since=since, until=until, actor=actor or None, types=types, outlet=outlet or None,
                         q=q or None, min_goldstein=min_goldstein, max_goldstein=max_goldstein,
                         quad_class=quad_class or None, new_since=new_since)


def engine_of(request: Request) -> Engine:
    return request.app.state.store.engine


def kb_of(request: Request) -> KnowledgeBase:
    return request.app.state.kb


Filter = Annotated[Q.EventFilter, Depends(event_filter)]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Items per page")]
Db = Annotated[Engine, Depends(engine_of)]
Kb = Annotated[KnowledgeBase, Depends(kb_of)]


def found(query, *args):
    """A query's answer, or 404 when nothing has the id asked for."""
    try:
        return query(*args)
    except Q.NotFound as exc:
        raise ApiError(404, str(exc)) from exc


@router.get("/api", tags=["meta"], summary="What this server holds")
def api_root(request: Request) -> dict[str, Any]:
    store = request.app.state.store
    return {"name": "rasad", "version": __version__, "read_only": request.app.state.read_only,
            "database": store.safe_url, "counts": store.summary(), "docs": "/docs", "openapi": "/openapi.json"}


@router.get("/api/events", tags=["events"], summary="Events (fused across outlets where fusion has run)")
def api_events(f: Filter, engine: Db, kb: Kb, page: Page = 1, per_page: PerPage = 50,
               sort: Annotated[Literal["date", "-date", "num_sources"], Query()] = "-date") -> dict[str, Any]:
    return Q.list_events(engine, kb, f, page=page, per_page=per_page, sort=sort)


@router.get("/api/events/{event_id}", tags=["events"], summary="One event with all its reports")
def api_event(event_id: Annotated[str, PathParam(max_length=20, description="e12 (an article's event), "
                                                                             "f3 (a fused event) or 12")],
              engine: Db, kb: Kb):
    return found(Q.get_event, engine, kb, event_id)


@router.get("/api/actors", tags=["actors"], summary="Search actors by English or Persian name")
def api_actors(engine: Db, kb: Kb, q: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    return Q.search_actors(engine, kb, q, limit=limit)


@router.get("/api/actors/{kb_id}", tags=["actors"], summary="An actor: names, positions, contacts, quotes")
def api_actor(kb_id: Annotated[str, PathParam(max_length=200)], engine: Db, kb: Kb) -> dict[str, Any]:
    return found(Q.actor_detail, engine, kb, kb_id)


@router.get("/api/articles", tags=["articles"], summary="Stored articles")
def api_articles(engine: Db, page: Page = 1, per_page: PerPage = 50,
                 outlet: Annotated[str | None, Query(max_length=200)] = None,
                 q: Annotated[str | None, Query(max_length=500)] = None,
                 since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
    return Q.list_articles(engine, page=page, per_page=per_page, outlet=outlet, q=q, since=since, until=until)


@router.get("/api/articles/{article_id}", tags=["articles"],
            summary="An article: cleaned body, annotations as offsets, other outlets of its story")
def api_article(article_id: Annotated[int, PathParam(ge=1, le=2**62)], engine: Db, kb: Kb) -> dict[str, Any]:
    return found(Q.article_detail, engine, kb, article_id)


@router.get("/api/graph", tags=["network"], summary="Actor network: nodes and source→target edges by type")
def api_graph(f: Filter, engine: Db, kb: Kb, max_edges: Annotated[int, Query(ge=1, le=20000, description=(
        "the heaviest edges kept; edges_total and nodes_total give the full counts"))] = 500) -> dict[str, Any]:
    return Q.graph(engine, kb, f, max_edges=max_edges)


@router.get("/api/stats", tags=["stats"], summary="Event counts per type and ISO week")
def api_stats(f: Filter, engine: Db, kb: Kb) -> dict[str, Any]:
    return Q.stats(engine, kb, f)


@router.get("/api/places", tags=["map"], summary="Event places with coordinates and counts")
def api_places(f: Filter, engine: Db, kb: Kb) -> dict[str, Any]:
    return Q.places(engine, kb, f)


@router.get("/api/outlets", tags=["articles"], summary="Outlets with their article counts")
def api_outlets(engine: Db) -> dict[str, Any]:
    return {"items": Q.outlets(engine)}


@router.get("/api/alerts", tags=["alerts"], summary="Events that matched a `rasad watch` rule, newest alert first")
def api_alerts(engine: Db, kb: Kb, page: Page = 1, per_page: PerPage = 50,
               since: Annotated[dt.datetime | None, Query(description="Alerted at or after this time (UTC)")] = None
               ) -> dict[str, Any]:
    if since is not None and since.tzinfo is not None:
        since = since.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return Q.list_alerts(engine, kb, page=page, per_page=per_page, since=since)


@router.get("/api/dyad", tags=["stats"], summary="Mean Goldstein score between two actors per ISO week")
def api_dyad(f: Filter, engine: Db, kb: Kb,
             a: Annotated[str, Query(min_length=1, max_length=200, description="One actor: id, English or Persian name")],
             b: Annotated[str, Query(min_length=1, max_length=200, description="The other actor")]) -> dict[str, Any]:
    return Q.dyad(engine, kb, f, a, b)
