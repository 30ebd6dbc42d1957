"""The HTTP API (JSON under /api, OpenAPI at /docs) and the web app (server-rendered pages plus small JS modules).

Read-only unless a token is configured (``create_app(token=...)`` or env ``RASAD_TOKEN``); then
``POST /api/articles`` with ``Authorization: Bearer TOKEN`` ingests an article (:mod:`rasad.web.ingest`).
Every string from an article reaches the browser escaped: Jinja2 autoescapes the pages, the JS modules build DOM
with ``textContent``, and a Content-Security-Policy forbids inline scripts.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from rasad import __version__
from rasad.kb.knowledge import KnowledgeBase, load_kb
from rasad.store.store import Store
from rasad.web import api, ingest, pages
from rasad.web.cache import AnswerCache, CachedAnswers, data_version
from rasad.web.errors import install_error_handlers

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")


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


class Options:
    """ASGI middleware: ``OPTIONS`` on a path of the API schema answers 204 with the methods it documents (``Allow``),
    as HTTP says it should, instead of 405; other paths go on to the app."""

    def __init__(self, app, schema: Callable[[], dict]):
        self.app, self.schema = app, schema
        self.paths: list[tuple[re.Pattern, list[str]]] | None = None

    def allowed(self, path: str) -> list[str]:
        if self.paths is None:
            self.paths = [(re.compile("^" + re.sub(r"\\{[^}/]+\\}", "[^/]+", re.escape(p)) + "$"),
                           sorted(m.upper() for m in ops)) for p, ops in self.schema().get("paths", {}).items()]
        return next((methods for rx, methods in self.paths if rx.match(path)), [])

    async def __call__(self, scope, receive, send):
        methods = self.allowed(scope["path"]) if scope["type"] == "http" and scope["method"] == "OPTIONS" else []
        if not methods:
            return await self.app(scope, receive, send)
        allow = ", ".join([*methods, "OPTIONS"]).encode()
        await send({"type": "http.response.start", "status": 204, "headers": [(b"allow", allow)]})
        await send({"type": "http.response.body", "body": b""})


# a server reads a SQLite file through a memory map up to this size (2 GB, the limit of common builds)
SERVER_READ_MAP = 2**31


def create_app(db_url: str | None = None, token: str | None = None, kb: KnowledgeBase | None = None) -> FastAPI:
    """The FastAPI application over the database at ``db_url`` (default: RASAD_DB or the user data folder)."""
    token = token if token is not None else (os.environ.get("RASAD_TOKEN") or None)
    store = Store(db_url, read_map=SERVER_READ_MAP)
    app = FastAPI(
        title="rasad", version=__version__, docs_url=None, redoc_url=None,
        description="Events, actors, quotes and articles from Persian news. English names and summaries, "
                    "Persian evidence. Errors are `{\"error\": {\"code\", \"message\"}}`. "
                    + ("Ingest is enabled: `POST /api/articles` with a bearer token." if token else
                       "This server is read-only."),
    )
    app.state.store = store
    app.state.kb = kb or load_kb()
    app.state.token = token
    app.state.read_only = token is None
    app.state.templates = pages.templates()
    app.state.ingest_lock = threading.Lock()
    app.state.cache = AnswerCache(lambda: data_version(store.engine))
    app.add_middleware(CachedAnswers, cache=app.state.cache)
    app.add_middleware(Options, schema=app.openapi)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(pages.HERE / "static")), name="static")
    install_error_handlers(app, pages.page)
    for router in (api.router, ingest.router, pages.router):
        app.include_router(router)
    return app
