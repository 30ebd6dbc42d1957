"""The web app's pages: server-rendered Jinja2 templates (autoescaped); the filtered pages fetch their data from
the API in the browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from rasad import __version__
from rasad.kb.scales import QUAD_CLASSES
from rasad.web import queries as Q
from rasad.web.errors import found

HERE = Path(__file__).parent
router = APIRouter()


def templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    env.globals["version"] = __version__
    env.filters["day"] = lambda v: (v or "")[:10] if isinstance(v, str) else (v.isoformat() if v else "")
    env.filters["when"] = lambda v: (v or "").replace("T", " ")[:16] if isinstance(v, str) else (v or "")
    return env


def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a template with what every page shows (its path, whether the server is read-only)."""
    state = request.app.state
    html = state.templates.get_template(name).render(path=request.url.path, read_only=state.read_only, **ctx)
    return HTMLResponse(html, status_code=status)


@router.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
def docs(request: Request):
    return page(request, "docs.html", title="API")


def filtered_page(template: str, title: str):
    """A page whose data the browser fetches from the API with the event filters."""
    def view(request: Request):
        return page(request, template, title=title, types=Q.PLOVER_TYPES, quads=QUAD_CLASSES)
    return view


for _path, _template, _title in (("/", "events.html", "Events"), ("/timeline", "timeline.html", "Timeline"),
                                 ("/network", "network.html", "Network"), ("/map", "map.html", "Map"),
                                 ("/dyad", "dyad.html", "Dyad"), ("/alerts", "alerts.html", "Alerts")):
    router.add_api_route(_path, filtered_page(_template, _title), methods=["GET", "HEAD"], include_in_schema=False)


@router.api_route("/actors", methods=["GET", "HEAD"], include_in_schema=False)
def actors_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None):
    state = request.app.state
    return page(request, "actors.html", title="Actors", q=q or "",
                result=Q.search_actors(state.store.engine, state.kb, q, limit=200))


@router.api_route("/actors/{kb_id}", methods=["GET", "HEAD"], include_in_schema=False)
def actor_page(request: Request, kb_id: Annotated[str, PathParam(max_length=200)]):
    actor = found(Q.actor_detail, request.app.state.store.engine, request.app.state.kb, kb_id)
    return page(request, "actor.html", title=actor["name"], actor=actor)


@router.api_route("/articles", methods=["GET", "HEAD"], include_in_schema=False)
def articles_page(request: Request, page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  q: Annotated[str | None, Query(max_length=500)] = None):
    engine = request.app.state.store.engine
    result = Q.list_articles(engine, page=page_no, per_page=50, outlet=outlet, q=q)
    return page(request, "articles.html", title="Articles", result=result, outlet=outlet or "", q=q or "",
                outlets=Q.outlets(engine))


@router.api_route("/articles/{article_id}", methods=["GET", "HEAD"], include_in_schema=False)
def article_page(request: Request, article_id: Annotated[int, PathParam(ge=1, le=Q.MAX_ID)]):
    art = found(Q.article_detail, request.app.state.store.engine, request.app.state.kb, article_id)
    return page(request, "article.html", title=f"Article {article_id}", article=art, segments=Q.body_segments(art))
