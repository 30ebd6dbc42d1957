"""Helpers shared by the web tests: a database with the seed articles, a live server, an article carrying HTML."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
ARTIFACTS = Path(__file__).parent / "_artifacts"

# The five seed meetings, as (source, target) English names; each must come out as an event and a network edge.
MEETINGS = [
    ("Ismail Haniyeh", "Ziyad al-Nakhalah"),
    ("Ali Bagheri Kani", "Ismail Haniyeh"),
    ("Saleh al-Arouri", "Ali Shamkhani"),
    ("Saleh al-Arouri", "Kamal Kharazi"),
    ("Hamas", "Bashar al-Assad"),
]
MAP_PLACES = ["Tehran", "Doha", "Damascus"]

# A real-looking Persian article (it must code an event) with markup that would run if it were not escaped.
XSS_TEXT = (
    "دیدار صالح العاروری با علی شمخانی <script>window.__xss = 1; alert(1)</script>\n\n"
    "به گزارش خبرگزاری مهر، صالح العاروری نایب رئیس دفتر سیاسی حماس با علی شمخانی در تهران دیدار و گفتگو کرد. "
    "<img src=x onerror=\"window.__xss = 2; alert(1)\"> "
    "وی گفت ما از مقاومت حمایت می کنیم <svg onload=\"window.__xss = 3\"></svg>."
)


def seeded_db(folder: Path) -> str:
    """A SQLite database under ``folder`` holding the seed articles; returns its URL."""
    from rasad.kb import load_kb
    from rasad.pipeline import ingest
    from rasad.store import Store

    assert SEEDS.is_dir(), f"seed articles not found at {SEEDS}"
    url = f"sqlite:///{folder / 'web.db'}"
    report = ingest([str(SEEDS)], Store(url), kb=load_kb())
    assert report.stored == 5 and not report.failed, report
    return url


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def live_server(app) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on 127.0.0.1 and a free port; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
