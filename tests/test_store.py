"""Storage: migrations, one transaction per article, crash consistency, re-runs without duplicates."""

import pytest
import sqlalchemy as sa

from rasad.errors import StoreError
from rasad.run.local import ingest
from rasad.store.schema import articles, entities, events, quotes
from rasad.store.store import Store
from tests.conftest import SEEDS


def test_migrations_reach_head(db_url):
    store = Store(db_url)
    assert store.revision() == "0005"
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
    assert store.revision() == "0005"
    assert "raw_hash" in {c["name"] for c in sa.inspect(store.engine).get_columns("articles")}


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
