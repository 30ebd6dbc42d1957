"""Errors as the API answers them (``{"error": {"code", "message"}}``) and as pages show them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasad.web.queries import NotFound

log = logging.getLogger("rasad.web")

ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type",
               422: "validation_error", 429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    """The shape of every API error."""

    error: ErrorDetail


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the errors a route can answer, all in the ``{"error": ...}`` shape."""
    what = {400: "Bad request", 401: "Missing or wrong token", 403: "Read-only server", 404: "Nothing has this id",
            409: "Conflict", 422: "Invalid parameters or body"}
    return {s: {"model": ErrorOut, "description": what.get(s, HTTPStatus(s).phrase)} for s in statuses}


class ApiError(HTTPException):
    def __init__(self, status: int, message: str, code: str | None = None, headers: dict | None = None):
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code


def found(query, *args):
    """A query's answer, or 404 when nothing has the id asked for (a JSON error under /api, an error page elsewhere)."""
    try:
        return query(*args)
    except NotFound as exc:
        raise ApiError(404, str(exc)) from exc


def error_body(status: int, message: str, code: str | None = None, details: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code or ERROR_CODES.get(status, f"http_{status}"), "message": message}
    if details is not None:
        err["details"] = details
    return {"error": err}


def is_api(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api") or p in ("/openapi.json",)


def install_error_handlers(app: FastAPI, page: Callable[..., Any]) -> None:
    """JSON errors under /api, error pages elsewhere; unhandled exceptions are logged and answered 500."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if is_api(request):
            return JSONResponse(error_body(exc.status_code, message, getattr(exc, "code", None)),
                                status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return page(request, "error.html", status=exc.status_code, title=HTTPStatus(exc.status_code).phrase,
                    status_code=exc.status_code, message=message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        message = "; ".join(f"{'.'.join(str(x) for x in d['loc'])}: {d['msg']}" for d in details) or "invalid request"
        if is_api(request):
            return JSONResponse(error_body(422, message, details=details), status_code=422)
        return page(request, "error.html", status=422, title="Invalid request", status_code=422, message=message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        if is_api(request):
            return JSONResponse(error_body(500, "internal server error"), status_code=500)
        return page(request, "error.html", status=500, title="Server error", status_code=500,
                    message="Something went wrong on the server.")
