"""Storage: migrations, one transaction per article, crash consistency, re-runs without duplicates."""

from pathlib import Path

import pytest
import sqlalchemy as sa

import rasad.store
from rasad.errors import StoreError
from rasad.run.local import ingest
from rasad.store.schema import articles, entities, event_actors, events, quotes
from rasad.store.store import Store
from tests.conftest import SEEDS


def _head() -> str:
    """The newest migration (so that these tests follow the chain however branches are merged)."""
    from pathlib import Path

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import rasad.store.store as module

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(module.__file__).parent / "migrations"))
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_migrations_reach_head(db_url):
    store = Store(db_url)
    assert store.revision() == _head()
    Store(db_url)  # opening again is a no-op migration
    assert store.summary()["articles"] == 0


def test_database_made_by_revision_0001_upgrades(tmp_path):
    """A database of the first release (no raw_hash column) gains it through migration 0002."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(sa.text("INSERT INTO alembic_version VALUES ('0001')"))
        conn.execute(sa.text("CREATE TABLE articles (id INTEGER PRIMARY KEY, content_hash VARCHAR(64) NOT NULL UNIQUE, "
                             "source TEXT NOT NULL, body TEXT NOT NULL, annotation JSON NOT NULL)"))
    store = Store(url)
    assert store.revision() == _head() != "0002"
    assert {"raw_hash", "warnings"} <= {c["name"] for c in sa.inspect(store.engine).get_columns("articles")}
    assert "raw_hash" in {c["name"] for c in sa.inspect(store.engine).get_columns("articles")}


def _key(row) -> tuple:
    return (row.event_id or 0, row.fused_id or 0, row.actor, row.role)


def test_migration_0003_backfills_event_actors(db_url, seeds_available):
    """A database made at revision 0002 (events and fused events, no event_actors) gains the table, filled."""
    store = Store(db_url)
    ingest([SEEDS], store)
    with store.engine.begin() as conn:
        before = sorted(map(_key, conn.execute(sa.select(event_actors.c.event_id, event_actors.c.fused_id,
                                                          event_actors.c.actor, event_actors.c.role))))
        event_actors.drop(conn)
        for index in ("ix_entities_lower_name", "ix_events_fused_article"):  # made by migration 0006 since
            conn.execute(sa.text(f"DROP INDEX {index}"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0002'"))
    store.engine.dispose()
    again = Store(db_url)
    with again.engine.connect() as conn:
        after = sorted(map(_key, conn.execute(sa.select(event_actors.c.event_id, event_actors.c.fused_id,
                                                         event_actors.c.actor, event_actors.c.role))))
    assert again.revision() == _head()
    with again.engine.connect() as conn:
        sqlite = again.url.startswith("sqlite")
        names = set(conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'index'" if sqlite
                                         else "SELECT indexname FROM pg_indexes")).scalars())
    assert {"ix_entities_lower_name", "ix_events_fused_article"} <= names
    assert after == before and {r[3] for r in after} == {"source", "target"}
    assert any(r[0] == 0 for r in after) and any(r[1] == 0 for r in after)  # fused and article events
    assert ("ali-bagheri-kani", "source") in {(r[2], r[3]) for r in after}


def test_crash_mid_batch_leaves_database_consistent_and_rerun_finishes(db_url, seeds_available, monkeypatch):
    store = Store(db_url)
    real_insert = Store._insert_batch
    calls = {"n": 0}

    def crashing(self, conn, items):
        calls["n"] += 1
        ids = real_insert(self, conn, items)  # the batch's rows are written, then the power goes before commit
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        return ids

    monkeypatch.setattr(Store, "_insert_batch", crashing)
    with pytest.raises(RuntimeError):
        ingest([SEEDS], store, batch_size=2)
    # the first batch of two committed; nothing of the crashed batch remains, not even part of an article
    assert store.count() == 2
    with store.engine.connect() as conn:
        ids = set(conn.execute(sa.select(articles.c.id)).scalars())
        for table in (events, quotes, entities):
            assert set(conn.execute(sa.select(table.c.article_id)).scalars()) <= ids
        for row in conn.execute(sa.select(articles.c.id, articles.c.annotation)):
            n = conn.execute(sa.select(sa.func.count()).select_from(events).where(events.c.article_id == row.id)).scalar()
            assert n == len(row.annotation["events"])
    monkeypatch.setattr(Store, "_insert_batch", real_insert)
    report = ingest([SEEDS], store, batch_size=2)
    assert (report.stored, report.present) == (3, 2)
    assert store.count() == 5
    with store.engine.connect() as conn:
        hashes = list(conn.execute(sa.select(articles.c.content_hash)).scalars())
    assert len(hashes) == len(set(hashes)) == 5


def test_bad_database_url_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Store("postgresql://nobody@127.0.0.1:1/none")


def test_rasad_db_environment_selects_the_database(tmp_path, monkeypatch):
    from rasad.store.store import default_db_url

    monkeypatch.setenv("RASAD_DB", str(tmp_path / "x.db"))
    assert default_db_url() == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("RASAD_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_url().startswith("sqlite:///") and "rasad" in default_db_url()


def _index_names(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'index'"
                                        if store.url.startswith("sqlite") else "SELECT indexname FROM pg_indexes"))
                   .scalars())


def test_migration_0007_adds_the_outlet_index(db_url):
    """A database at revision 0006 gains the index the API's outlet filter reads, and the filter uses it."""
    store = Store(db_url)
    assert "ix_articles_lower_outlet" in _index_names(store)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_articles_lower_outlet"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0006'"))
    store.engine.dispose()
    again = Store(db_url)
    assert again.revision() == _head() and "ix_articles_lower_outlet" in _index_names(again)
    if again.url.startswith("sqlite"):
        with again.engine.connect() as conn:
            plan = " ".join(str(r) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE lower(outlet) IN ('irna', 'isna')"))
        assert "ix_articles_lower_outlet" in plan


def test_readers_share_a_pool_as_large_as_the_servers_concurrency(db_url):
    """20 concurrent API requests reuse pooled connections instead of opening and closing one each; SQLite reads
    through a memory map."""
    import threading

    from rasad.store.store import POOL_SIZE
    from rasad.web.app import SERVER_READ_MAP

    store = Store(db_url, read_map=SERVER_READ_MAP)
    barrier = threading.Barrier(POOL_SIZE)
    seen: set[int] = set()

    def read() -> None:
        with store.engine.connect() as conn:
            seen.add(id(conn.connection.dbapi_connection))
            barrier.wait(timeout=30)
            conn.execute(sa.text("SELECT 1"))

    for _ in range(2):
        threads = [threading.Thread(target=read) for _ in range(POOL_SIZE)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert store.engine.pool.checkedin() == POOL_SIZE  # all kept, none closed
    assert len(seen) == POOL_SIZE  # the second round reused the first round's connections
    if store.url.startswith("sqlite"):
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() > 0
    store.engine.dispose()


def _mapped_bytes(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA mmap_size").scalar()


def test_an_ingest_does_not_map_the_sqlite_file_a_server_does(tmp_path, monkeypatch):
    """Mapped pages count in every process that reads them: an ingest's workers and writer do not map the file
    (their memory stays what they hold), the server maps it, and RASAD_SQLITE_MMAP overrides both."""
    from rasad.web.app import create_app

    url = f"sqlite:///{tmp_path / 'map.db'}"
    monkeypatch.delenv("RASAD_SQLITE_MMAP", raising=False)
    assert _mapped_bytes(Store(url)) == 0
    assert _mapped_bytes(create_app(url).state.store) > 0  # SERVER_READ_MAP, or the build's lower limit
    monkeypatch.setenv("RASAD_SQLITE_MMAP", "1048576")
    assert _mapped_bytes(Store(url)) == 1048576
    monkeypatch.setenv("RASAD_SQLITE_MMAP", "lots")
    with pytest.raises(StoreError, match="RASAD_SQLITE_MMAP"):
        Store(url)


def test_database_at_revision_0002_gains_scores_and_watch_tables(db_url):
    """Migration 0004 on a database made before it: the Goldstein and quad class columns are added and filled in
    from each row's CAMEO code and type, and the watch tables are created."""
    from alembic import command
    from alembic.config import Config

    store = Store(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(rasad.store.__file__).parent / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    inspector = sa.inspect(store.engine)
    assert "goldstein" not in {c["name"] for c in inspector.get_columns("fused_events")}
    assert not inspector.has_table("alerts")
    with store.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO fused_events (type, cameo, num_articles, num_sources) "
                             "VALUES ('ASSAULT', '195', 1, 1), ('CONSULT', '0421', 1, 1)"))
    with store.engine.begin() as conn:  # to 0004 only: 0005 clears fused events for fusion to rebuild them
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    assert store.revision() == "0004"
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT cameo, goldstein, quad_class FROM fused_events ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("195", -10.0, "material conflict"), ("0421", 1.9, "verbal cooperation")]
    assert {"feeds", "feed_items", "alerts"} <= set(sa.inspect(store.engine).get_table_names())


def test_a_batch_that_fails_is_stored_article_by_article(db_url, kb):
    """One transaction per batch; when it fails (here an article another writer stored meanwhile), each article is
    stored in its own savepoint: the others are all there with all their rows, the duplicate is reported as None."""
    from rasad.store.bulk import encode_rows
    from rasad.store.rows import article_rows
    from tests.conftest import ARTICLES, annotate_path

    paths = sorted((ARTICLES / "events").glob("*.txt"))[:3]
    rows = [encode_rows(article_rows(annotate_path(p, kb))) for p in paths]
    store = Store(db_url)
    [other] = store.add_rows([rows[1]])
    ids = store.add_rows(rows)
    assert ids[1] is None and ids[0] and ids[2] and len({other, ids[0], ids[2]}) == 3
    with store.engine.connect() as conn:
        for i, r in zip((ids[0], other, ids[2]), (rows[0], rows[1], rows[2])):
            n = conn.execute(sa.select(sa.func.count()).select_from(events).where(events.c.article_id == i)).scalar()
            q = conn.execute(sa.select(sa.func.count()).select_from(quotes).where(quotes.c.article_id == i)).scalar()
            assert (n, q) == (len(r.events), len(r.quotes))
            stored = conn.execute(sa.select(articles.c.annotation).where(articles.c.id == i)).scalar()
            assert len(stored["events"]) == len(r.events)  # JSON serialised by the worker reads back as JSON
    assert store.count() == 3
