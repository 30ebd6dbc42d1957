"""Helpers shared by the web tests: a database with the seed articles, a live server, an article carrying HTML."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import uuid
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
    "به گزارش خبرگزاری مهر، صالح العاروری نایب رئیس دفتر سیاسی حماس <img src=x onerror=\"window.__xss = 2; alert(1)\"> "
    "با علی شمخانی در تهران دیدار و گفتگو کرد. "
    "وی گفت ما از مقاومت حمایت می کنیم <svg onload=\"window.__xss = 3\"></svg>."
)


def fresh_db_url(folder: Path, name: str = "web") -> str:
    """An empty database: a SQLite file under ``folder``, or a new PostgreSQL database when RASAD_TEST_DB names a
    server (as tests/conftest.py does), so the web queries run on both."""
    target = os.environ.get("RASAD_TEST_DB", "")
    if not target.startswith(("postgresql", "postgres")):
        return f"sqlite:///{folder / (name + '.db')}"
    import psycopg
    import sqlalchemy as sa

    admin = sa.engine.make_url(target.replace("postgresql+psycopg", "postgresql"))
    db = f"rasad_web_{uuid.uuid4().hex[:12]}"
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')
    return admin.set(database=db).render_as_string(hide_password=False)


def drop_db(url: str) -> None:
    """Drop a PostgreSQL database that fresh_db_url made (SQLite files go with their temporary folder)."""
    if not url.startswith(("postgresql", "postgres")):
        return
    import psycopg
    import sqlalchemy as sa

    u = sa.engine.make_url(url)
    conninfo = u.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{u.database}" WITH (FORCE)')


def seeded_db(folder: Path, fuse: bool = True, name: str = "web") -> str:
    """A database holding the seed articles (fused unless ``fuse`` is false); returns its URL."""
    from rasad.kb import load_kb
    from rasad.run.local import ingest
    from rasad.store.store import Store

    assert SEEDS.is_dir(), f"seed articles not found at {SEEDS}"
    url = fresh_db_url(folder, name)
    store = Store(url)
    report = ingest([str(SEEDS)], store, kb=load_kb(), fuse=fuse)
    store.engine.dispose()
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
