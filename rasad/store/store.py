"""Storage through SQLAlchemy: SQLite by default, PostgreSQL by URL; Alembic migrations; one transaction per article.

Articles are keyed by the SHA-256 of their cleaned, normalised body, so the same story ingested again (even from a
copy in another encoding) adds nothing, and a killed ingest leaves no half-written article: an article, its
entities, events and quotes are written in one transaction or not at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.errors import StoreError
from rasad.records import Annotation, Rejection
from rasad.store.bulk import children, dumps, insert_returning_ids, insert_rows, rows_in
from rasad.store.rows import ArticleRows, article_rows
from rasad.store.schema import articles, entities, event_actors, events, fused_events, quotes, rejections
from rasad.text.repair import printable


def default_db_url() -> str:
    env = os.environ.get("RASAD_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).expanduser().resolve()}"
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("rasad", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'rasad.db'}"


def normalize_url(url: str | None) -> str:
    if not url:
        return default_db_url()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url[len("postgres://"):]
    return url




POOL_SIZE = 20  # connections kept open: as many as the web server's threads query at once under load


def _pool(url: str) -> dict[str, int]:
    """Pool sizes for ``url``. SQLAlchemy keeps 5 connections by default and closes any further one when it is
    returned, so 20 concurrent API requests kept opening connections (and running their pragmas) instead of
    reusing them. Unused connections are never opened; an in-memory SQLite database has its own pool."""
    if url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url:
        return {}
    return {"pool_size": POOL_SIZE, "max_overflow": POOL_SIZE}


class Store:
    """A rasad database. ``Store(url)`` opens it and brings its schema to the newest migration."""

    def __init__(self, url: str | None = None, migrate: bool = True, read_map: int = 0):
        """``read_map``: bytes of a SQLite file read through a memory map (RASAD_SQLITE_MMAP overrides it). A
        server answering many reads gains from it; an ingest does not, and its workers would each count the mapped
        pages in their memory (a 100,000-article ingest: 2.9 GB of PSS with an 8 GB map, 0.94 GB without; 20,000
        articles took 70.9 s with it, 72.2 s without)."""
        self.url = normalize_url(url)
        try:
            if self.url.startswith("sqlite:///"):
                Path(self.url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = sa.create_engine(self.url, future=True, json_serializer=dumps, **_pool(self.url))
            if self.url.startswith("sqlite"):
                map_bytes = _sqlite_mmap_bytes(read_map)
                sa.event.listen(self.engine, "connect", lambda conn, rec: _sqlite_pragmas(conn, map_bytes))
            if migrate:
                self.migrate()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {exc}") from exc

    @property
    def safe_url(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
            except sa.exc.SQLAlchemyError:
                return None

    # --- writing ------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[sa.Connection]:
        """A transaction that reads and then writes. On SQLite it takes the write lock at once (BEGIN IMMEDIATE):
        a transaction that read first cannot wait for the lock, it fails if another writer committed meanwhile."""
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[sa.Connection]:
        """A read-only transaction whose every read sees the database as it was at its first: SQLite's deferred
        transaction (a WAL snapshot, taken by the first read, no lock that holds writers up), PostgreSQL's
        REPEATABLE READ."""
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN")
            else:
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            try:
                yield conn
            finally:
                conn.rollback()

    def has(self, hashes: Iterable[str], raw: bool = False) -> set[str]:
        """Which of ``hashes`` are stored: content hashes (of cleaned bodies), or with ``raw`` hashes of inputs."""
        column = articles.c.raw_hash if raw else articles.c.content_hash
        hashes = list(hashes)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                found.update(conn.execute(sa.select(column).where(column.in_(hashes[i: i + 500]))).scalars())
        return found

    def add_annotations(self, items: list[Annotation]) -> list[int | None]:
        """Store several articles, each in its own transaction (savepoint); returns ids (None: already present)."""
        return self.add_rows([article_rows(a) for a in items])

    def add_annotation(self, ann: Annotation) -> int | None:
        return self.add_annotations([ann])[0]

    def add_rows(self, items: list[ArticleRows]) -> list[int | None]:
        """Store a batch of articles built by :func:`article_rows` (in worker processes): all in one transaction,
        each table in one bulk insert. If the batch fails (an article stored meanwhile by another writer, a bad
        row), it is stored again article by article, each in its own savepoint: an article is all its rows or none,
        and one bad article costs only itself. Returns ids in order (None: already present)."""
        if not items:
            return []
        try:
            with self.write_transaction() as conn:  # on SQLite the lock at once: writers from other processes wait
                return self._insert_batch(conn, items)
        except (sa.exc.DBAPIError, *self._driver_errors("Error")):  # COPY raises the driver's own errors
            return self._insert_each(items)

    def _driver_errors(self, name: str) -> tuple[type[Exception], ...]:
        dbapi = self.engine.dialect.loaded_dbapi
        return (getattr(dbapi, name),) if dbapi is not None and hasattr(dbapi, name) else ()

    def _insert_each(self, items: list[ArticleRows]) -> list[int | None]:
        ids: list[int | None] = []
        with self.write_transaction() as conn:
            for rows in items:
                try:
                    with conn.begin_nested():
                        ids.append(self._insert_batch(conn, [rows])[0])
                except (sa.exc.IntegrityError, *self._driver_errors("IntegrityError")):
                    ids.append(None)
        return ids

    def _insert_batch(self, conn: sa.Connection, items: list[ArticleRows]) -> list[int]:
        created = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # UTC on every backend ("new since")
        ids = insert_returning_ids(conn, articles, [dict(r.article, created_at=created) for r in items])
        tables: dict[sa.Table, list[dict[str, Any]]] = {}
        for r, i in zip(items, ids):
            for table, rows in children(r):
                if table is not events:
                    tables.setdefault(table, []).extend(dict(c, article_id=i) for c in rows)
        for table, rows in tables.items():
            insert_rows(conn, table, rows)
        self._insert_events(conn, items, ids)
        return list(ids)

    @staticmethod
    def _insert_events(conn: sa.Connection, items: list[ArticleRows], ids: list[int]) -> None:
        """Events with their new ids, then their rows in the actor index (event_actors) that point to them."""
        owned = [(i, e) for r, i in zip(items, ids) for e in r.events]
        event_ids = insert_returning_ids(conn, events, [dict(e, article_id=i) for i, e in owned])
        by_seq = {(i, e["seq"]): eid for (i, e), eid in zip(owned, event_ids)}
        insert_rows(conn, event_actors, [{"event_id": by_seq[(i, a["seq"])], "actor": a["actor"], "role": a["role"]}
                                         for r, i in zip(items, ids) for a in r.actors])

    def add_rejection(self, rej: Rejection) -> None:
        """Record (or refresh) why an input was rejected; one row per source and reason."""
        rej = Rejection(printable(rej.source), rej.reason, printable(rej.detail or ""))
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with self.engine.begin() as conn:
            updated = conn.execute(
                rejections.update().where(rejections.c.source == rej.source, rejections.c.reason == rej.reason)
                .values(detail=rej.detail, seen=rejections.c.seen + 1, updated_at=now)
            ).rowcount
            if not updated:
                conn.execute(rejections.insert().values(source=rej.source, reason=rej.reason, detail=rej.detail,
                                                        created_at=now, updated_at=now))

    def clear_rejection(self, source: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(rejections.delete().where(rejections.c.source == source))

    # --- reading ------------------------------------------------------------------------------------------

    def count(self, table: sa.Table = articles) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        q = sa.select(
            articles.c.id, articles.c.source, articles.c.outlet, articles.c.cites, articles.c.published,
            articles.c.news_id, articles.c.category, articles.c.title, articles.c.url, articles.c.story_id,
            sa.func.length(articles.c.body).label("chars"),
        ).order_by(articles.c.id).offset(offset)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            counts = dict(conn.execute(sa.select(events.c.article_id, sa.func.count()).group_by(events.c.article_id)).all())
        for r in rows:
            r["events"] = counts.get(r["id"], 0)
        return rows

    def ids_by_date(self, article_ids: list[int], size: int) -> Iterator[list[int]]:
        """``article_ids`` in chunks of ``size``, ordered by publication day (undated last)."""
        with self.engine.connect() as conn:  # only these articles: a run fuses in steps, the database grows
            rows = rows_in(conn, sa.select(articles.c.id, articles.c.published_day), articles.c.id,
                           sorted(set(article_ids)))
        ordered = sorted(rows, key=lambda r: (r.published_day is None, r.published_day or dt.date.min, r.id))
        ids = [r.id for r in ordered]
        for i in range(0, len(ids), size):
            yield ids[i:i + size]

    def get_article(self, article_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            return dict(row._mapping) if row else None

    def iter_articles(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = [dict(r._mapping) for r in conn.execute(
                    sa.select(articles).where(articles.c.id > last).order_by(articles.c.id).limit(batch))]
            if not rows:
                return
            yield from rows
            last = rows[-1]["id"]

    def warnings_of(self, article_ids: list[int]) -> list[tuple[str, list[str]]]:
        """(source, warnings) of the articles among ``article_ids`` whose text was repaired to be kept."""
        out: list[tuple[str, list[str]]] = []
        with self.engine.connect() as conn:
            for i in range(0, len(article_ids), 500):
                q = sa.select(articles.c.source, articles.c.warnings).where(
                    articles.c.id.in_(article_ids[i:i + 500]), articles.c.warnings.is_not(None))
                out += [(r.source, r.warnings) for r in conn.execute(q.order_by(articles.c.id)) if r.warnings]
        return out

    def list_rejections(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(rejections).order_by(rejections.c.id))]

    def summary(self) -> dict[str, int]:
        return {name: self.count(t) for name, t in (("articles", articles), ("events", events), ("quotes", quotes),
                                                     ("entities", entities), ("fused_events", fused_events),
                                                     ("rejections", rejections))}


def _sqlite_mmap_bytes(default: int) -> int:
    try:
        return max(0, int(os.environ.get("RASAD_SQLITE_MMAP", default)))
    except ValueError as exc:
        raise StoreError(f"RASAD_SQLITE_MMAP must be a number of bytes, not {os.environ['RASAD_SQLITE_MMAP']!r}") from exc


def _sqlite_pragmas(dbapi_conn, map_bytes: int) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=300000")  # wait for another writer (Dask workers write too) instead of failing
    # pages read through a memory map share the operating system's page cache instead of being copied into each
    # connection's small cache with a system call (see Store: the server maps, an ingest does not)
    cur.execute(f"PRAGMA mmap_size={int(map_bytes)}")
    cur.close()
