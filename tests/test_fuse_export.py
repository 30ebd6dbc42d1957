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


_MEETING = """دیدار عراقچی با وزیر خارجه عمان

۱۴۰۳/۰۹/۱۲ - ۱۰:{minute}:۲۲

به گزارش {outlet}، سید عباس عراقچی وزیر امور خارجه کشورمان صبح امروز در مسقط با بدر البوسعیدی وزیر خارجه عمان دیدار و گفت‌وگو کرد.

{tail}
"""
_TAILS = ["دو طرف درباره روابط دوجانبه رایزنی کردند.", "در این دیدار تحولات منطقه بررسی شد.",
          "این سفر یک روزه بود.", "گفت‌وگوها درباره تجارت نیز بود."]
_OUTLETS = ["خبرگزاری ایرنا", "خبرگزاری ایسنا", "خبرگزاری مهر", "خبرگزاری تسنیم"]


def _meeting_files(tmp_path):
    out = []
    for i, (outlet, tail) in enumerate(zip(_OUTLETS, _TAILS)):
        f = tmp_path / f"m{i}.txt"
        f.write_text(_MEETING.format(minute=f"۱{i}", outlet=outlet, tail=tail), encoding="utf-8")
        out.append(f)
    return out


def _fusion_state(store):
    from rasad.store.schema import events, fusion_keys
    with store.engine.connect() as conn:
        fused = conn.execute(sa.select(fused_events.c.type, fused_events.c.num_articles, fused_events.c.num_sources,
                                       fused_events.c.date)).all()
        keyed = conn.execute(sa.select(sa.func.count(sa.distinct(fusion_keys.c.event_id)))).scalar()
        reports = conn.execute(sa.select(sa.func.count()).select_from(events)
                               .where(events.c.type == "CONSULT")).scalar()
    return sorted(fused, key=str), keyed, reports


def test_copies_of_one_report_are_keyed_once_and_fuse_as_before(db_url, kb, tmp_path):
    """Outlets repeat one event with the same fields: fusion keeps keys for one of them (later steps read fewer
    candidates), and one article at a time fuses exactly as all at once."""
    from rasad.fuse import refuse_all
    files = _meeting_files(tmp_path)
    store = Store(db_url)
    for f in files:  # four fusion steps, each finding the meeting stored before it
        ingest([f], store, kb=kb)
    one_by_one, keyed, reports = _fusion_state(store)
    meetings = [r for r in one_by_one if r.type == "CONSULT"]
    assert len(meetings) == 1 and meetings[0].num_articles == 4 and meetings[0].num_sources == 4
    assert reports == 4
    assert keyed < reports  # copies with the same signature are not keyed again
    refuse_all(store, kb)  # all four in one step
    at_once, keyed_at_once, _ = _fusion_state(store)
    assert at_once == one_by_one
    assert keyed_at_once == keyed
