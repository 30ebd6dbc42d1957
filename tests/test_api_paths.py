"""The fast event list answers exactly what the old query path did (tests/api_reference.py): same events, same
order, same totals and pages, for every filter, sort and page, on databases made by real ingests of a synthetic
corpus: fully fused, never fused, and half fused (both kinds of unit at once)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.api_reference import list_events as reference_list_events
from tests.web_fixtures import drop_db, fresh_db_url

REPO = Path(__file__).parents[1]
N_ARTICLES = 240


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """A synthetic corpus (benchmarks/make_corpus.py) in two shards, the second to ingest without fusing."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import main as make_corpus

    out = tmp_path_factory.mktemp("corpus")
    assert make_corpus([str(N_ARTICLES), str(out), "--shard-size", str(N_ARTICLES * 2 // 3)]) == 0
    shards = sorted(out.glob("*.jsonl.gz"))
    assert len(shards) == 2
    return shards


def _ingest(folder: Path, name: str, fused: list[Path], unfused: list[Path]) -> str:
    from rasad.kb import load_kb
    from rasad.run.local import ingest
    from rasad.store.store import Store

    url = fresh_db_url(folder, name)
    store = Store(url)
    for paths, fuse in ((fused, True), (unfused, False)):
        if paths:
            report = ingest([str(p) for p in paths], store, kb=load_kb(), fuse=fuse)
            assert report.stored and not report.failed
    store.engine.dispose()
    return url


@pytest.fixture(scope="module", params=["fused", "unfused", "half"])
def database(request, corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    split = {"fused": (corpus, []), "unfused": ([], corpus), "half": (corpus[:1], corpus[1:])}[request.param]
    url = _ingest(folder, request.param, *split)
    yield request.param, url
    drop_db(url)


def _filters(conn: sa.Connection, kb, rng: random.Random, n: int) -> list:
    """``n`` random filters built from the database's own actors, outlets and dates, and every kind of actor text."""
    from rasad.store.schema import articles, event_actors, events
    from rasad.web.queries import PLOVER_TYPES, EventFilter

    keys = list(conn.execute(sa.select(event_actors.c.actor).group_by(event_actors.c.actor)
                             .order_by(sa.func.count().desc(), event_actors.c.actor).limit(40)).scalars())
    ids = [k for k in keys if k in kb.actors]
    actors = ids + [kb.actors[i].name for i in ids] + [kb.actors[i].fa[0] for i in ids if kb.actors[i].fa] \
        + [k[len("name:"):] for k in keys if k.startswith("name:")] + ["a", "ی", "Iran", "nobody-at-all"]
    outlets = list(conn.execute(sa.select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct()).scalars())
    lo, hi = conn.execute(sa.select(sa.func.min(events.c.date), sa.func.max(events.c.date))).one()
    lo, hi = (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)[:10]) for d in (lo, hi))
    out = []
    for _ in range(n):
        f = EventFilter(actor=rng.choice(actors) if rng.random() < 0.8 else None)
        if rng.random() < 0.4:
            f.types = rng.sample(PLOVER_TYPES, rng.choice([1, 2]))
        if rng.random() < 0.4:
            f.since = lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))
            f.until = f.since + dt.timedelta(days=rng.choice([7, 90, 400]))
        if rng.random() < 0.2:
            f.outlet = rng.choice(outlets)
        if rng.random() < 0.1:
            f.q = rng.choice(["Tehran", "دیدار", "حمله"])
        if rng.random() < 0.1:
            f.min_goldstein, f.max_goldstein = rng.choice([(-10, 0), (0, 10), (2, 2)])
        if rng.random() < 0.1:
            f.quad_class = rng.choice(["verbal cooperation", "material conflict"])
        out.append(f)
    return out


def test_fast_event_list_equals_the_old_query_path(database, kb):
    from rasad.store.store import Store
    from rasad.web.queries import list_events

    kind, url = database
    engine = Store(url).engine
    rng = random.Random(13)
    with engine.connect() as conn:
        filters = _filters(conn, kb, rng, 120)
    nonempty = paged = 0
    for f in filters:
        sort = rng.choice(["-date", "date", "num_sources"])
        page, per_page = rng.choice([(1, 50), (1, 5), (2, 5), (3, 7), (40, 50)])
        new = list_events(engine, kb, f, page=page, per_page=per_page, sort=sort)
        assert new == reference_list_events(engine, kb, f, page=page, per_page=per_page, sort=sort), (f, sort, page)
        nonempty += bool(new["items"])
        paged += new["pages"] > 1
    kinds = {i["kind"] for f in filters[:40] for i in list_events(engine, kb, f, per_page=500)["items"]}
    engine.dispose()
    assert nonempty >= 15 and paged >= 5  # the filters found events, and pages of them, not only empty answers
    assert kinds == {"fused": {"fused"}, "unfused": {"event"}, "half": {"fused", "event"}}[kind]
