"""A cache of API answers, valid for one version of the data.

Event lists, networks, statistics and actor pages are aggregates over the whole database: costly to compute, the
same for every reader, and they only change when articles are stored, fused or re-fused. So each successful
``GET /api/...`` answer is kept (its bytes and headers) under its path and query string, and served again while the
database is at the same version: the newest article and fused event, the count of events not yet fused and of
articles without a story. The version is read at most once a second, so an answer is at most a second behind a
write from another process; an ingest through this server clears the cache at once. Concurrent requests for the
same URL wait for the first one instead of computing it twenty times.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Engine

from rasad.web.queries.filters import version_of

MAX_BYTES = 64 * 1024 * 1024  # answers kept, in total
RECHECK_SECONDS = 1.0
_UNCACHED = ("/api", "/api/")  # the root reports live counts


def data_version(engine: Engine) -> tuple:
    """What changes whenever stored data does (:func:`rasad.web.queries.filters.version_of`)."""
    with engine.connect() as conn:
        return version_of(conn)


class AnswerCache:
    """Answers (status 200) by URL, least recently used dropped first beyond ``max_bytes``."""

    def __init__(self, version: Callable[[], tuple], max_bytes: int = MAX_BYTES, recheck: float = RECHECK_SECONDS):
        self.version, self.max_bytes, self.recheck = version, max_bytes, recheck
        self.items: OrderedDict[bytes, tuple[list, bytes]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.current: tuple | None = None
        self.checked = 0.0
        self.hits = self.misses = 0

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.size, self.current, self.checked = 0, None, 0.0

    def _fresh(self) -> None:
        """Drop everything when the data version moved (checked at most every ``recheck`` seconds)."""
        now = time.monotonic()
        if now - self.checked < self.recheck:
            return
        version = self.version()
        with self.lock:
            if version != self.current:
                self.items.clear()
                self.size, self.current = 0, version
            self.checked = now

    def get(self, key: bytes) -> tuple[list, bytes] | None:
        self._fresh()
        with self.lock:
            hit = self.items.get(key)
            if hit is not None:
                self.items.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return hit

    def put(self, key: bytes, headers: list, body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return
        with self.lock:
            if key in self.items:
                return
            self.items[key] = (headers, body)
            self.size += len(body)
            while self.size > self.max_bytes:
                _, (_, old) = self.items.popitem(last=False)
                self.size -= len(old)


class CachedAnswers:
    """ASGI middleware serving ``GET /api/...`` answers from an :class:`AnswerCache`."""

    def __init__(self, app, cache: AnswerCache):
        self.app, self.cache = app, cache
        self.pending: dict[bytes, asyncio.Event] = {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/") \
                or scope["path"] in _UNCACHED:
            return await self.app(scope, receive, send)
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        while (busy := self.pending.get(key)) is not None:  # the same URL is being answered: wait for it
            await busy.wait()
        hit = await asyncio.to_thread(self.cache.get, key)
        if hit is not None:
            return await _replay(send, *hit)
        self.pending[key] = asyncio.Event()
        try:
            await self._answer(scope, receive, send, key)
        finally:
            self.pending.pop(key).set()

    async def _answer(self, scope, receive, send, key: bytes) -> None:
        start: dict[str, Any] = {}
        body: list[bytes] = []

        async def keep(message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        if start.get("status") == 200:
            self.cache.put(key, list(start.get("headers") or []), b"".join(body))


async def _replay(send, headers: list, body: bytes) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
