"""``POST /api/articles``: ingest one article through the normal pipeline — only with the configured bearer token."""

from __future__ import annotations

import hmac
import logging
import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from rasad.clean.article import clean
from rasad.fuse.fusion import fuse_articles
from rasad.kb.knowledge import KnowledgeBase
from rasad.read.files import DEFAULT_MAX_BYTES
from rasad.records import RawDocument
from rasad.run.batch import IngestReport, process_batch, store_outcomes
from rasad.store.store import Store
from rasad.text.hashes import content_hash
from rasad.web import queries as Q
from rasad.web.errors import ApiError, documented

log = logging.getLogger("rasad.web")
router = APIRouter()


class ArticleIn(BaseModel):
    """An article to ingest: its text or its HTML, and what is known about it."""

    # exactly one of text and html, in the schema as in the validator below
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [{"required": ["text"]},
                                                                           {"required": ["html"]}], "examples": [
        {"text": "سید عباس عراقچی وزیر امور خارجه روز دوشنبه با سرگئی لاوروف وزیر خارجه روسیه در مسکو دیدار کرد.",
         "outlet": "Mehr", "published": "2024-06-17T11:05:00+03:30", "url": "https://example.org/news/1"}]})
    text: str = Field(None, max_length=DEFAULT_MAX_BYTES, pattern=r"\S", description="Plain text of the article")
    html: str = Field(None, max_length=DEFAULT_MAX_BYTES, pattern=r"\S", description="HTML of the article page")
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO 8601 date or date-time")
    outlet: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        has_text, has_html = bool(self.text and self.text.strip()), bool(self.html and self.html.strip())
        if has_text == has_html:
            raise ValueError("give exactly one of text or html, not empty")
        return self


def require_token(request: Request) -> None:
    token = request.app.state.token
    if token is None:
        raise ApiError(403, "this server is read-only: set RASAD_TOKEN to enable ingest", "read_only")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest an article (needs the bearer token; 403 when the server is read-only)",
             responses={200: {"description": "Already stored"}, **documented(400, 401, 403, 409, 422)})
def api_ingest(payload: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    store, kb = request.app.state.store, request.app.state.kb
    doc = RawDocument(source=f"api:{uuid.uuid4().hex}", text=payload.text if payload.text else None,
                      html=payload.html if payload.html else None, url=payload.url,
                      published=payload.published, outlet=payload.outlet)
    with request.app.state.ingest_lock:
        outcomes = process_batch([doc], kb, store.has)
        report = IngestReport()
        store_outcomes(store, outcomes, report)
        fused = _fuse(store, report.article_ids, kb)
        request.app.state.cache.clear()  # answers computed before this article are out of date
    if report.failed:
        rej = report.failed[0]
        raise ApiError(422, f"not stored: {rej.reason}" + (f" ({rej.detail})" if rej.detail else ""), "rejected")
    if report.ignored:
        raise ApiError(422, "not stored: the input holds no article", "rejected")
    if report.article_ids:
        article_id, status = report.article_ids[0], "stored"
    else:
        article_id, status = Q.article_id_by_hash(store.engine, content_hash(clean(doc, kb).body)), "present"
        response.status_code = 200
    if article_id is None:  # pragma: no cover - stored by someone else and removed meanwhile
        raise ApiError(409, "the article could not be found after ingest")
    detail = Q.article_detail(store.engine, kb, article_id)
    return {"status": status, "article_id": article_id, "fused": fused, "page": f"/articles/{article_id}",
            "api": f"/api/articles/{article_id}", "title": detail["title"],
            "events": detail["annotations"]["events"]}


def _fuse(store: Store, article_ids: list[int], kb: KnowledgeBase) -> bool:
    """Fuse new articles' events; the article stays stored if fusion fails (``rasad fuse`` can finish it later)."""
    if not article_ids:
        return False
    try:
        fuse_articles(store, article_ids, kb)
    except Exception:  # fusion is best effort here: the article is already stored
        log.exception("fusion failed for articles %s", article_ids)
        return False
    return True
