import json

from click.testing import CliRunner

from rasad.cli import cli
from tests.conftest import GOLD, SEEDS


def test_annotate_prints_the_annotation_record(seeds_available):
    result = CliRunner().invoke(cli, ["annotate", str(SEEDS / "004_fc04969042098be9.txt")])
    assert result.exit_code == 0
    rec = json.loads(result.output)
    assert {"doc", "meta", "body", "entities", "roles", "events", "quotes"} <= set(rec)
    assert rec["meta"]["outlet"] == "Mehr" and rec["meta"]["published"] == "2024-06-20T11:05:00+03:30"
    ev = next(e for e in rec["events"] if e["type"] == "CONSULT")
    assert {"source", "target", "date", "date_precision", "location", "trigger", "sentence", "offsets", "rule",
            "confidence", "summary_en", "cameo"} <= set(ev)
    s, e = ev["offsets"]
    assert rec["body"][s:e] == ev["sentence"]
    assert "Ali Bagheri Kani" in ev["summary_en"] and "Doha" in ev["summary_en"]


def test_annotate_reports_an_unreadable_file(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(cli, ["annotate", str(bad)])
    assert result.exit_code == 1 and "binary" in result.output


def test_articles_and_eval(db_url, seeds_available):
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SEEDS), "--db", db_url, "--no-progress"]).exit_code == 0
    listed = runner.invoke(cli, ["articles", "--db", db_url, "--json"])
    rows = [json.loads(x) for x in listed.output.splitlines() if x.startswith("{")]
    assert len(rows) == 5 and {r["outlet"] for r in rows} == {"ISNA", "Borna", "Otagh Khabar", "Mouj", "Mehr"}
    table = runner.invoke(cli, ["eval", str(GOLD), str(SEEDS)])
    assert table.exit_code == 0 and "events strict" in table.output
    as_json = json.loads(runner.invoke(cli, ["eval", str(GOLD), str(SEEDS), "--json"]).output)
    assert as_json["totals"]["meta"] == 1.0 and len(as_json["docs"]) == 5
    assert sum(c["gold"] for c in as_json["by_type"].values()) == sum(
        len([e for e in g.get("events", []) if e.get("required", True)]) for g in map(json.loads, (
            p.read_text(encoding="utf-8") for p in GOLD.glob("*.json"))))
    by_type = runner.invoke(cli, ["eval", str(GOLD), str(SEEDS), "--by-type"])
    assert by_type.exit_code == 0 and "events per type" in by_type.output and "SUPPORT" in by_type.output


def test_db_option_from_environment(tmp_path, monkeypatch, seeds_available):
    monkeypatch.setenv("RASAD_DB", str(tmp_path / "env.db"))
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SEEDS / "000_6fffb1330899c49f.txt"), "--no-progress"]).exit_code == 0
    assert (tmp_path / "env.db").exists()
