"""Issue 5: republished stories, cross-outlet fusion, and the exports researchers read back."""

import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from rasad.cli import cli
from rasad.export.files import EventFilter, fused_records, write_events
from rasad.run.local import ingest
from rasad.store.schema import articles, fused_events
from rasad.store.store import Store
from tests.conftest import ARTICLES, SEEDS

FUSION = ARTICLES / "fusion"


@pytest.fixture
def fused_store(db_url, kb):
    store = Store(db_url)
    ingest([FUSION], store, kb=kb)
    return store


def test_republished_story_is_one_story_with_two_outlets(fused_store):
    with fused_store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.outlet, articles.c.story_id, articles.c.source)).all()
    by_file = {r.source.rsplit("/", 1)[-1]: r for r in rows}
    isna, copy = by_file["isna_kanaani_condemns.txt"], by_file["khabaronline_kanaani_condemns.txt"]
    assert isna.story_id == copy.story_id
    assert {isna.outlet, copy.outlet} == {"ISNA", "Khabar Online"}
    assert by_file["irna_araghchi_muscat.txt"].story_id != isna.story_id


def test_two_outlets_one_meeting_in_different_words(fused_store, kb):
    meetings = list(fused_records(fused_store, kb, EventFilter(type="CONSULT")))
    assert len(meetings) == 1
    m = meetings[0]
    assert m["num_sources"] == 2 and m["num_articles"] == 2
    assert {"Abbas Araghchi", "Badr bin Hamad Al Busaidi"} == set(m["source"]) | set(m["target"])
    assert m["first_reported"] < m["last_reported"]
    assert any("same" in " ".join(w["reasons"]) or "within" in " ".join(w["reasons"]) for w in m["why"][1:])


def test_seed_meetings_stay_five(db_url, kb, seeds_available):
    store = Store(db_url)
    ingest([SEEDS], store, kb=kb)
    meetings = list(fused_records(store, kb, EventFilter(type="CONSULT")))
    pairs = {frozenset(m["source"] + m["target"]) for m in meetings}
    assert len(meetings) == 5
    assert frozenset({"Saleh al-Arouri", "Ali Shamkhani"}) in pairs and frozenset({"Saleh al-Arouri", "Kamal Kharazi"}) in pairs


def test_fusion_is_incremental(db_url, kb):
    store = Store(db_url)
    ingest([FUSION / "irna_araghchi_muscat.txt"], store, kb=kb)
    ingest([FUSION / "tasnim_araghchi_muscat.txt"], store, kb=kb)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(fused_events.c.num_sources).where(fused_events.c.type == "CONSULT")).all()
    assert [r.num_sources for r in rows] == [2]


def test_exports_read_back(fused_store, kb, tmp_path):
    pq_path = tmp_path / "events.parquet"
    n = write_events(fused_store, kb, "parquet", str(pq_path))
    table = pq.read_table(pq_path)
    assert table.num_rows == n > 0 and {"date", "type", "source", "target", "num_sources"} <= set(table.column_names)
    plover_path = tmp_path / "events.json"
    write_events(fused_store, kb, "plover", str(plover_path))
    records = json.loads(plover_path.read_text(encoding="utf-8"))
    rec = next(r for r in records if r["event"] == "CONSULT")
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "text", "sources"} <= set(rec)
    assert rec["event_loc"]["name"] == "Muscat" and len(rec["sources"]) == 2
    assert rec["actor"][0]["country"] in ("IRN", "OMN")
    csv_out = CliRunner().invoke(cli, ["export", "events", "--db", fused_store.url, "--format", "csv", "--type", "ACCUSE"])
    assert csv_out.exit_code == 0 and "Nasser Kanaani" in csv_out.output and "CONSULT" not in csv_out.output
    gml = tmp_path / "g.graphml"
    res = CliRunner().invoke(cli, ["export", "graph", "--db", fused_store.url, "-o", str(gml)])
    assert res.exit_code == 0
    g = nx.read_graphml(gml)
    assert g.has_edge("abbas-araghchi", "badr-bin-hamad-al-busaidi") or g.has_edge("badr-bin-hamad-al-busaidi", "abbas-araghchi")
    assert g.nodes["abbas-araghchi"]["country"] == "IRN"
    gexf = tmp_path / "g.gexf"
    assert CliRunner().invoke(cli, ["export", "graph", "--db", fused_store.url, "--format", "gexf", "-o", str(gexf)]).exit_code == 0
    assert nx.read_gexf(gexf).number_of_nodes() == g.number_of_nodes()
    arts = CliRunner().invoke(cli, ["export", "articles", "--db", fused_store.url, "--format", "jsonl"])
    assert len([ln for ln in arts.output.splitlines() if ln.startswith("{")]) == 4


def test_export_filters(fused_store, kb):
    assert not list(fused_records(fused_store, kb, EventFilter(actor="Vladimir Putin")))
    assert list(fused_records(fused_store, kb, EventFilter(actor="عراقچی")))
    import datetime as dt

    assert not list(fused_records(fused_store, kb, EventFilter(since=dt.date(2025, 1, 1))))
    assert list(fused_records(fused_store, kb, EventFilter(outlet="Tasnim")))


def test_stories_from_older_signatures(db_url, kb):
    """Databases written before signatures were stored raw (pickled MinHash, or none) still get their stories."""
    import pickle

    from rasad.fuse import refuse_all
    from rasad.text.minhash import minhash

    store = Store(db_url)
    ingest([FUSION], store, kb=kb)
    with store.engine.begin() as conn:
        rows = conn.execute(sa.select(articles.c.id, articles.c.body, articles.c.source).order_by(articles.c.id)).all()
        for i, r in enumerate(rows):
            blob = pickle.dumps(minhash(r.body)) if i % 2 else None
            conn.execute(articles.update().where(articles.c.id == r.id).values(minhash=blob, story_id=None))
    refuse_all(store, kb)
    with store.engine.connect() as conn:
        story = {s.rsplit("/", 1)[-1]: st for s, st in conn.execute(sa.select(articles.c.source, articles.c.story_id))}
        signatures = conn.execute(sa.select(articles.c.minhash)).scalars().all()
    assert story["isna_kanaani_condemns.txt"] == story["khabaronline_kanaani_condemns.txt"]
    assert story["irna_araghchi_muscat.txt"] != story["isna_kanaani_condemns.txt"]
    assert all(s for s in signatures)
