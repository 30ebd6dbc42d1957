"""A local news site for the watcher's tests, on 127.0.0.1 only: an RSS 2.0 feed and an Atom feed of the sample
corpus's articles (served as HTML pages), feeds that fail (500, a timeout, malformed XML), a webhook receiver, and
a log of every request with its conditional-GET headers. It stops when its ``with`` block ends."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
# The sample corpus's single-article files: the RSS feed carries the first six, the Atom feed the rest.
RSS_FILES = ["001_isna_phone_call.txt", "002_khabaronline_beirut_visit.txt", "003_mehr_yemen_condemnation.txt",
             "004_tasnim_eu_sanctions.txt", "005_fars_drone_attack.txt", "006_irna_agreement.txt"]
ATOM_FILES = ["007_independentpersian_threat.txt", "008_bbcpersian_arrest.txt", "009_irna_grossi_visit.html",
              "010_tasnim_houthi_threat.html", "011_isna_sudani_visit.html", "013_irib_borrell_visit.txt.gz"]
SLOW_SECONDS = 3.0
LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"


def page_html(name: str) -> bytes:
    """A corpus file as the web page an outlet would serve: HTML files as they are, text wrapped in paragraphs."""
    data = (CORPUS / name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    if ".html" in name:
        return data
    paras = "".join(f"<p>{html.escape(ln)}</p>\n" for ln in data.decode("utf-8").splitlines() if ln.strip())
    return (f'<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(name)}'
            f"</title></head><body><article>\n{paras}</article></body></html>").encode()


def slug(name: str) -> str:
    return name.split(".")[0]


@dataclass
class Site:
    """What the server serves; tests change it between rounds (``rss`` gains items, ``pages`` change)."""

    base: str = ""
    rss: list[str] = field(default_factory=lambda: [slug(n) for n in RSS_FILES])  # item slugs
    atom: list[str] = field(default_factory=lambda: [slug(n) for n in ATOM_FILES])
    pages: dict[str, bytes] = field(default_factory=lambda: {slug(n): page_html(n) for n in RSS_FILES + ATOM_FILES})
    extra_pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)  # path → (status, type, body)
    page_delay: float = 0.0  # seconds each article page takes (to stop the watcher mid-round)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # (method, path, headers)
    hooks: list[dict] = field(default_factory=list)  # JSON bodies POSTed to /hook
    lock: threading.Lock = field(default_factory=threading.Lock)

    def gets(self, prefix: str = "/") -> list[str]:
        with self.lock:
            return [p for m, p, _ in self.requests if m == "GET" and p.startswith(prefix)]

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()

    def rss_xml(self) -> bytes:
        items = "".join(
            f"<item><title>{n}</title><link>{self.base}/news/{n}</link>"
            f'<guid isPermaLink="false">rss-{n}</guid><description>{n}</description></item>\n' for n in self.rss)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>test news</title>'
                f"<link>{self.base}/</link><description>test</description>\n{items}</channel></rss>").encode()

    def atom_xml(self) -> bytes:
        entries = "".join(
            f'<entry><title>{n}</title><id>urn:test:{n}</id><link href="/news/{n}"/>'
            f"<updated>2024-01-01T00:00:00Z</updated></entry>\n" for n in self.atom)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                f'xml:base="{self.base}/"><title>test atom</title><id>urn:test</id>'
                f"<updated>2024-01-01T00:00:00Z</updated>\n{entries}</feed>").encode()


MALFORMED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>broken & <item><title>unclosed'


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path
        with self.site.lock:
            self.site.requests.append(("GET", path, {k.lower(): v for k, v in self.headers.items()}))
        route = {"/rss.xml": lambda: self._feed(self.site.rss_xml(), "application/rss+xml"),
                 "/atom.xml": lambda: self._feed(self.site.atom_xml(), "application/atom+xml"),
                 "/broken-500.xml": lambda: self._send(500, "text/plain", b"internal error"),
                 "/slow.xml": self._slow,
                 "/malformed.xml": lambda: self._send(200, "application/rss+xml", MALFORMED)}.get(path)
        if route:
            return route()
        if path in self.site.extra_pages:
            return self._send(*self.site.extra_pages[path])
        if path.startswith("/news/") and path[6:] in self.site.pages:
            time.sleep(self.site.page_delay)
            return self._send(200, "text/html; charset=utf-8", self.site.pages[path[6:]], gzip_ok=True)
        self._send(404, "text/plain", b"not found")

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        with self.site.lock:
            self.site.requests.append(("POST", self.path, {}))
            if self.path == "/hook":
                self.site.hooks.append(json.loads(body))
        self._send(200 if self.path == "/hook" else 404, "text/plain", b"ok")

    def _feed(self, body: bytes, kind: str) -> None:
        """Conditional GET: 304 when the client's ETag or date matches the feed's current one."""
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(200, kind, body, extra={"ETag": etag, "Last-Modified": LAST_MODIFIED}, gzip_ok=True)

    def _slow(self) -> None:
        time.sleep(SLOW_SECONDS)
        with contextlib.suppress(OSError):
            self._send(200, "application/rss+xml", self.site.rss_xml())

    def _send(self, status: int, kind: str, body: bytes, extra: dict | None = None, gzip_ok: bool = False) -> None:
        if gzip_ok and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            extra = {**(extra or {}), "Content-Encoding": "gzip"}
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def news_site() -> Iterator[Site]:
    """Serve a Site on 127.0.0.1 and a free port in a thread; stops when the block ends."""
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
