"""Goldstein scores and PLOVER quad classes: the published tables, on every event, in every export."""

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from rasad.cli import cli
from rasad.export.files import EventFilter, fused_records, write_events
from rasad.kb.scales import QUAD_CLASSES, goldstein, goldstein_table, quad_class, quad_code
from rasad.run.local import ingest
from rasad.store.store import Store
from tests.conftest import ARTICLES, CORPUS

# Values of Goldstein's scale as mapped to CAMEO (CAMEO.SCALE / GDELT's CAMEO.goldsteinscale.txt).
PUBLISHED = {"010": 0.0, "016": -2.0, "036": 4.0, "041": 1.0, "042": 1.9, "043": 2.8, "046": 7.0, "057": 8.0,
             "0874": 10.0, "112": -2.0, "130": -4.4, "163": -8.0, "173": -5.0, "182": -9.5, "190": -10.0,
             "195": -10.0, "201": -9.5}


@pytest.mark.parametrize("code,score", sorted(PUBLISHED.items()))
def test_goldstein_of_cameo_codes_as_published(code, score):
    assert goldstein(code) == score


def test_goldstein_table_is_complete_and_falls_back_to_the_parent_code():
    table = goldstein_table()
    assert len(table) == 311 and all(-10 <= v <= 10 for v in table.values())
    assert {c for c in table if len(c) == 2} == {f"{i:02d}" for i in range(1, 21)}  # every CAMEO root
    assert goldstein("0215") == table["021"] == 3.4  # not in the table: its parent's score
    assert goldstein("1951") == table["195"]
    assert goldstein("99") is None and goldstein(None) is None


def test_quad_class_follows_plover():
    assert [quad_class(t) for t in ("CONSULT", "AID", "ACCUSE", "ASSAULT", "SANCTION", "PROTEST")] == [
        "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
        "material conflict", "material conflict"]
    assert [quad_code(t) for t in ("AGREE", "RETREAT", "THREATEN", "COERCE")] == [1, 2, 3, 4]
    assert quad_class("STATEMENT") is None and set(QUAD_CLASSES) == {quad_class(t) for t in (
        "AGREE", "COOPERATE", "REJECT", "MOBILIZE")}


@pytest.fixture
def corpus_store(db_url, kb):
    store = Store(db_url)
    ingest([CORPUS, ARTICLES / "fusion"], store, kb=kb)
    return store


def test_every_event_and_every_export_carries_both(corpus_store, kb, tmp_path):
    recs = list(fused_records(corpus_store, kb))
    assert recs and all(r["goldstein"] == goldstein(r["cameo"]) and r["quad_class"] == quad_class(r["type"])
                        for r in recs)
    res = CliRunner().invoke(cli, ["export", "events", "--db", corpus_store.url, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.output)))
    rows = [r for r in rows if r.get("id", "").isdigit()]
    assert rows and {"goldstein", "quad_class"} <= set(rows[0])
    strike = next(r for r in rows if r["type"] == "ASSAULT" and "Yemen" in r["target"])
    assert (strike["cameo"], strike["goldstein"], strike["quad_class"]) == ("195", "-10.0", "material conflict")
    out = io.StringIO()
    write_events(corpus_store, kb, "jsonl", out)
    assert all({"goldstein", "quad_class"} <= set(json.loads(line)) for line in out.getvalue().splitlines())
    write_events(corpus_store, kb, "plover", str(tmp_path / "p.json"))
    plover = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert all(p["quad_code"] == quad_code(p["event"]) and "goldstein" in p for p in plover)
    write_events(corpus_store, kb, "parquet", str(tmp_path / "e.parquet"))
    assert {"goldstein", "quad_class"} <= set(pq.read_table(tmp_path / "e.parquet").column_names)


def test_export_filters_by_goldstein_and_quad_class(corpus_store, kb):
    conflict = list(fused_records(corpus_store, kb, EventFilter(max_goldstein=-9)))
    assert conflict and all(r["goldstein"] <= -9 for r in conflict)
    verbal = list(fused_records(corpus_store, kb, EventFilter(quad_class="verbal cooperation", min_goldstein=2)))
    assert verbal and all(r["quad_class"] == "verbal cooperation" and r["goldstein"] >= 2 for r in verbal)
    res = CliRunner().invoke(cli, ["export", "events", "--db", corpus_store.url, "--format", "csv",
                                   "--quad-class", "material conflict"])
    assert res.exit_code == 0 and "material conflict" in res.output and "verbal cooperation" not in res.output
