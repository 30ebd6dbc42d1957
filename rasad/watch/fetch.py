"""HTTP for the watcher: httpx with timeouts, redirects, gzip, conditional GET, a politeness delay per host and
retries with exponential backoff. Every failure becomes a FetchError with a short reason (http-404, timeout…)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from rasad import __version__
from rasad.errors import FetchError

RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
USER_AGENT = f"rasad/{__version__} (Persian news event coder)"


@dataclass
class Fetched:
    """A response: its final URL, status, body (None on 304) and the validators for the next conditional GET."""

    url: str
    status: int
    content: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class FetchSettings:
    timeout: float = 20.0  # seconds, for connecting and for each read
    delay: float = 2.0  # seconds between two requests to one host
    retries: int = 2  # further tries after a timeout, a connection error or a 5xx/429
    backoff: float = 2.0  # seconds before the first retry, doubled each time
    max_bytes: int = 20 * 1024 * 1024


class Fetcher:
    """One HTTP client for a watch session. ``stop`` (set on SIGTERM) cuts politeness waits and backoffs short."""

    def __init__(self, settings: FetchSettings | None = None, stop: threading.Event | None = None):
        self.settings = settings or FetchSettings()
        self.stop = stop or threading.Event()
        self._last: dict[str, float] = {}
        self.client = httpx.Client(timeout=httpx.Timeout(self.settings.timeout), follow_redirects=True,
                                   max_redirects=5, headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET with retries; ``etag``/``last_modified`` make it conditional (a 304 comes back as not_modified)."""
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        failure = FetchError(url, "not-fetched")
        for attempt in range(self.settings.retries + 1):
            if attempt and self.stop.wait(self.settings.backoff * 2 ** (attempt - 1)):
                break
            self._polite(url)
            try:
                return self._once(url, headers)
            except _Retry as exc:
                failure = exc.error
        raise failure

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in RETRY_STATUS:
                    raise _Retry(FetchError(url, f"http-{r.status_code}", r.reason_phrase))
                if r.status_code >= 400:
                    raise FetchError(url, f"http-{r.status_code}", r.reason_phrase)
                body = None if r.status_code == 304 else self._read(r, url)
                return Fetched(str(r.url), r.status_code, body, r.headers.get("content-type"),
                               r.headers.get("etag"), r.headers.get("last-modified"))
        except httpx.TimeoutException as exc:
            raise _Retry(FetchError(url, "timeout", f"{type(exc).__name__} after {self.settings.timeout:g} s")) from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, "too-many-redirects", str(exc)) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retry(FetchError(url, "connection-error", f"{type(exc).__name__}: {exc}")) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, "bad-url", str(exc)) from exc

    def _read(self, r: httpx.Response, url: str) -> bytes:
        """The body (decompressed), refused past ``max_bytes``."""
        chunks, size = [], 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise FetchError(url, "too-large", f"over {self.settings.max_bytes:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _polite(self, url: str) -> None:
        """Wait until ``delay`` seconds have passed since the last request to this host."""
        host = urlsplit(url).netloc.lower()
        wait = self._last.get(host, -1e9) + self.settings.delay - time.monotonic()
        if wait > 0:
            self.stop.wait(wait)
        self._last[host] = time.monotonic()


class _Retry(Exception):
    """A failure worth another try (timeout, connection error, 5xx, 429)."""

    def __init__(self, error: FetchError):
        super().__init__(str(error))
        self.error = error
