"""Shared fixtures. Set RASAD_TEST_DB=postgresql://user@127.0.0.1:PORT/postgres to run every database test against
a real PostgreSQL server (each test gets a fresh database); otherwise each test gets a fresh SQLite file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
ARTICLES = REPO / "tests" / "articles"
CORPUS = REPO / "examples" / "corpus"


def pytest_report_header(config):
    return f"rasad test database: {os.environ.get('RASAD_TEST_DB', 'sqlite (temporary files)')}"


@pytest.fixture
def db_url(tmp_path):
    target = os.environ.get("RASAD_TEST_DB", "")
    if target.startswith(("postgresql", "postgres")):
        import psycopg
        import sqlalchemy as sa

        admin = sa.engine.make_url(target.replace("postgresql+psycopg", "postgresql"))
        name = f"rasad_test_{uuid.uuid4().hex[:12]}"
        conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = admin.set(database=name).render_as_string(hide_password=False)
        yield url
        sa.engine.create_engine(url.replace("postgresql://", "postgresql+psycopg://")).dispose()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield f"sqlite:///{tmp_path / 'rasad.db'}"


@pytest.fixture(scope="session")
def kb():
    from rasad.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def seeds_available():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return SEEDS


def annotate_path(path: Path, kb):
    from rasad.annotate.document import annotate_document
    from rasad.read import read_file

    item = next(iter(read_file(path)))
    return annotate_document(item, kb)
