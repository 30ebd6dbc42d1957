"""The HTTP API (JSON under /api, OpenAPI at /docs) and the web app (server-rendered pages plus small JS modules).

Read-only unless a token is configured (``create_app(token=...)`` or env ``RASAD_TOKEN``); then
``POST /api/articles`` with ``Authorization: Bearer TOKEN`` ingests an article through :mod:`rasad.pipeline`.
Every string from an article reaches the browser escaped: Jinja2 autoescapes the pages, the JS modules build DOM
with ``textContent``, and a Content-Security-Policy forbids inline scripts.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import os
import threading
import uuid
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any, Literal

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..ingest import DEFAULT_MAX_BYTES
from ..kb import KnowledgeBase, load_kb
from ..store import Store, content_hash
from . import queries as Q

log = logging.getLogger("rasad.web")
HERE = Path(__file__).parent

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type",
               422: "validation_error", 429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


class SecurityHeaders:
    """ASGI middleware: CSP and friends on every response (pages, API, static files, errors)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_wrapped(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                for k, v in ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                             (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")):
                    if k not in names:
                        headers.append((k, v))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_wrapped)


class ApiError(HTTPException):
    def __init__(self, status: int, message: str, code: str | None = None, headers: dict | None = None):
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code


class ArticleIn(BaseModel):
    """An article to ingest: its text or its HTML, and what is known about it."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": "دیدار ... در تهران", "outlet": "Mehr", "published": "2024-06-20T11:05:00+03:30",
         "url": "https://example.org/news/1"}]})
    text: str | None = Field(None, max_length=DEFAULT_MAX_BYTES, description="Plain text of the article")
    html: str | None = Field(None, max_length=DEFAULT_MAX_BYTES, description="HTML of the article page")
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or date-time")
    outlet: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        has_text, has_html = bool(self.text and self.text.strip()), bool(self.html and self.html.strip())
        if has_text == has_html:
            raise ValueError("give exactly one of text or html, not empty")
        return self


def error_body(status: int, message: str, code: str | None = None, details: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code or ERROR_CODES.get(status, f"http_{status}"), "message": message}
    if details is not None:
        err["details"] = details
    return {"error": err}


def event_filter(
    since: Annotated[dt.date | None, Query(description="Events on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before this day (YYYY-MM-DD)")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, English or Persian name; "
                                                                    "matches source or target")] = None,
    type: Annotated[str | None, Query(max_length=300, description="PLOVER type(s), comma-separated")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet that reported the event")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Text in the English summary or the "
                                                               "Persian sentence")] = None,
) -> Q.EventFilter:
    try:
        types = Q.parse_types(type)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc
    if since and until and since > until:
        raise ApiError(422, "since is after until")
    return Q.EventFilter(since=since, until=until, actor=actor or None, types=types, outlet=outlet or None,
                         q=q or None)

Filter = Annotated[Q.EventFilter, Depends(event_filter)]
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Items per page")]


def _is_api(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api") or p in ("/openapi.json",)


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    env.globals["version"] = __version__
    env.filters["day"] = lambda v: (v or "")[:10] if isinstance(v, str) else (v.isoformat() if v else "")
    env.filters["when"] = lambda v: (v or "").replace("T", " ")[:16] if isinstance(v, str) else (v or "")
    return env


def create_app(db_url: str | None = None, token: str | None = None, kb: KnowledgeBase | None = None) -> FastAPI:
    """The FastAPI application over the database at ``db_url`` (default: RASAD_DB or the user data folder)."""
    token = token if token is not None else (os.environ.get("RASAD_TOKEN") or None)
    store = Store(db_url)
    kb = kb or load_kb()
    env = _templates()
    ingest_lock = threading.Lock()

    app = FastAPI(
        title="rasad", version=__version__, docs_url=None, redoc_url=None,
        description="Events, actors, quotes and articles from Persian news. English names and summaries, "
                    "Persian evidence. Errors are `{\"error\": {\"code\", \"message\"}}`. "
                    + ("Ingest is enabled: `POST /api/articles` with a bearer token." if token else
                       "This server is read-only."),
    )
    app.state.store = store
    app.state.kb = kb
    app.state.read_only = token is None
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    engine = store.engine

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(path=request.url.path, read_only=app.state.read_only, **ctx)
        return HTMLResponse(html, status_code=status)

    # --- errors -------------------------------------------------------------------------------------------

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if _is_api(request):
            return JSONResponse(error_body(exc.status_code, message, getattr(exc, "code", None)),
                                status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return page(request, "error.html", status=exc.status_code, title=HTTPStatus(exc.status_code).phrase,
                    status_code=exc.status_code, message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        message = "; ".join(f"{'.'.join(str(x) for x in d['loc'])}: {d['msg']}" for d in details) or "invalid request"
        if _is_api(request):
            return JSONResponse(error_body(422, message, details=details), status_code=422)
        return page(request, "error.html", status=422, title="Invalid request", status_code=422, message=message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        if _is_api(request):
            return JSONResponse(error_body(500, "internal server error"), status_code=500)
        return page(request, "error.html", status=500, title="Server error", status_code=500,
                    message="Something went wrong on the server.")

    # --- shared parameters ----------------------------------------------------------------------------------

    def require_token(request: Request) -> None:
        if token is None:
            raise ApiError(403, "this server is read-only: set RASAD_TOKEN to enable ingest", "read_only")
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    # --- API ------------------------------------------------------------------------------------------------

    @app.get("/api", tags=["meta"], summary="What this server holds")
    def api_root() -> dict[str, Any]:
        return {"name": "rasad", "version": __version__, "read_only": app.state.read_only,
                "database": store.safe_url, "counts": store.summary(), "docs": "/docs", "openapi": "/openapi.json"}

    @app.get("/api/events", tags=["events"], summary="Events (fused across outlets where fusion has run)")
    def api_events(f: Filter, page: Page = 1, per_page: PerPage = 50,
                   sort: Annotated[Literal["date", "-date", "num_sources"], Query()] = "-date") -> dict[str, Any]:
        return Q.list_events(engine, kb, f, page=page, per_page=per_page, sort=sort)

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with all its reports")
    def api_event(event_id: Annotated[str, PathParam(max_length=20, description="e12 (an article's event), "
                                                                                 "f3 (a fused event) or 12")]):
        try:
            return Q.get_event(engine, kb, event_id)
        except Q.NotFound as exc:
            raise ApiError(404, str(exc)) from exc

    @app.get("/api/actors", tags=["actors"], summary="Search actors by English or Persian name")
    def api_actors(q: Annotated[str | None, Query(max_length=200)] = None,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
        return Q.search_actors(engine, kb, q, limit=limit)

    @app.get("/api/actors/{kb_id}", tags=["actors"], summary="An actor: names, positions, contacts, quotes")
    def api_actor(kb_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        try:
            return Q.actor_detail(engine, kb, kb_id)
        except Q.NotFound as exc:
            raise ApiError(404, str(exc)) from exc

    @app.get("/api/articles", tags=["articles"], summary="Stored articles")
    def api_articles(page: Page = 1, per_page: PerPage = 50,
                     outlet: Annotated[str | None, Query(max_length=200)] = None,
                     q: Annotated[str | None, Query(max_length=500)] = None,
                     since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
        return Q.list_articles(engine, page=page, per_page=per_page, outlet=outlet, q=q, since=since, until=until)

    @app.get("/api/articles/{article_id}", tags=["articles"],
             summary="An article: cleaned body, annotations as offsets, other outlets of its story")
    def api_article(article_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> dict[str, Any]:
        try:
            return Q.article_detail(engine, kb, article_id)
        except Q.NotFound as exc:
            raise ApiError(404, str(exc)) from exc

    @app.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)],
              summary="Ingest an article (needs the bearer token; 403 when the server is read-only)",
              responses={200: {"description": "Already stored"}, 401: {"description": "Missing or wrong token"},
                         403: {"description": "Read-only server"}, 422: {"description": "Not an article"}})
    def api_ingest(payload: ArticleIn, response: Response) -> dict[str, Any]:
        from ..clean import clean
        from ..pipeline import IngestReport, process_batch, store_outcomes
        from ..records import RawDocument

        doc = RawDocument(source=f"api:{uuid.uuid4().hex}", text=payload.text if payload.text else None,
                          html=payload.html if payload.html else None, url=payload.url,
                          published=payload.published, outlet=payload.outlet)
        with ingest_lock:
            outcomes = process_batch([doc], kb, store.has)
            report = IngestReport()
            store_outcomes(store, outcomes, report)
            fused = _fuse(store, report.article_ids, kb)
        if report.failed:
            rej = report.failed[0]
            raise ApiError(422, f"not stored: {rej.reason}" + (f" ({rej.detail})" if rej.detail else ""), "rejected")
        if report.ignored:
            raise ApiError(422, "not stored: the input holds no article", "rejected")
        if report.article_ids:
            article_id, status = report.article_ids[0], "stored"
        else:
            article_id, status = Q.article_id_by_hash(engine, content_hash(clean(doc, kb).body)), "present"
            response.status_code = 200
        if article_id is None:  # pragma: no cover - stored by someone else and removed meanwhile
            raise ApiError(409, "the article could not be found after ingest")
        detail = Q.article_detail(engine, kb, article_id)
        return {"status": status, "article_id": article_id, "fused": fused, "page": f"/articles/{article_id}",
                "api": f"/api/articles/{article_id}", "title": detail["title"],
                "events": detail["annotations"]["events"]}

    @app.get("/api/graph", tags=["network"], summary="Actor network: nodes and source→target edges by type")
    def api_graph(f: Filter, max_edges: Annotated[int, Query(ge=1, le=20000, description=(
            "the heaviest edges kept; edges_total and nodes_total give the full counts"))] = 500) -> dict[str, Any]:
        return Q.graph(engine, kb, f, max_edges=max_edges)

    @app.get("/api/stats", tags=["stats"], summary="Event counts per type and ISO week")
    def api_stats(f: Filter) -> dict[str, Any]:
        return Q.stats(engine, kb, f)

    @app.get("/api/places", tags=["map"], summary="Event places with coordinates and counts")
    def api_places(f: Filter) -> dict[str, Any]:
        return Q.places(engine, kb, f)

    @app.get("/api/outlets", tags=["articles"], summary="Outlets with their article counts")
    def api_outlets() -> dict[str, Any]:
        return {"items": Q.outlets(engine)}

    # --- pages ----------------------------------------------------------------------------------------------

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs(request: Request):
        return page(request, "docs.html", title="API")

    def filtered_page(template: str, title: str):
        """A page whose data the browser fetches from the API with the event filters."""
        def view(request: Request):
            return page(request, template, title=title, types=Q.PLOVER_TYPES)
        return view

    for path, template, title in (("/", "events.html", "Events"), ("/timeline", "timeline.html", "Timeline"),
                                  ("/network", "network.html", "Network"), ("/map", "map.html", "Map")):
        app.add_api_route(path, filtered_page(template, title), methods=["GET", "HEAD"], include_in_schema=False)

    @app.api_route("/actors", methods=["GET", "HEAD"], include_in_schema=False)
    def actors_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None):
        return page(request, "actors.html", title="Actors", q=q or "",
                    result=Q.search_actors(engine, kb, q, limit=200))

    @app.api_route("/actors/{kb_id}", methods=["GET", "HEAD"], include_in_schema=False)
    def actor_page(request: Request, kb_id: Annotated[str, PathParam(max_length=200)]):
        try:
            actor = Q.actor_detail(engine, kb, kb_id)
        except Q.NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        return page(request, "actor.html", title=actor["name"], actor=actor)

    @app.api_route("/articles", methods=["GET", "HEAD"], include_in_schema=False)
    def articles_page(request: Request, page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
                      outlet: Annotated[str | None, Query(max_length=200)] = None,
                      q: Annotated[str | None, Query(max_length=500)] = None):
        result = Q.list_articles(engine, page=page_no, per_page=50, outlet=outlet, q=q)
        return page(request, "articles.html", title="Articles", result=result, outlet=outlet or "", q=q or "",
                    outlets=Q.outlets(engine))

    @app.api_route("/articles/{article_id}", methods=["GET", "HEAD"], include_in_schema=False)
    def article_page(request: Request, article_id: Annotated[int, PathParam(ge=1, le=2**62)]):
        try:
            art = Q.article_detail(engine, kb, article_id)
        except Q.NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        return page(request, "article.html", title=f"Article {article_id}", article=art,
                    segments=Q.body_segments(art))

    return app


def _fuse(store: Store, article_ids: list[int], kb: KnowledgeBase) -> bool:
    """Fuse new articles' events; the article stays stored if fusion fails (``rasad fuse`` can finish it later)."""
    if not article_ids:
        return False
    from ..fuse import fuse_articles

    try:
        fuse_articles(store, article_ids, kb)
    except Exception:  # fusion is best effort here: the article is already stored
        log.exception("fusion failed for articles %s", article_ids)
        return False
    return True
