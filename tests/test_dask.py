"""The Dask engine on a real LocalCluster of two worker processes: same events as the local engine; Parquet round trip."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from rasad.fuse.compare import fusion_state
from rasad.run.local import ingest
from rasad.store.store import Store
from tests.snapshots import CORPUS, EVENTS, SHARED, snapshot

distributed = pytest.importorskip("dask.distributed")



@pytest.fixture(scope="module")
def paths(tmp_path_factory) -> list[str]:
    """The project's articles and one empty file (a failure, named)."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.txt").write_text("")
    found = [str(CORPUS), str(EVENTS), str(bad)]
    if (SHARED / "seeds").is_dir():
        found.append(str(SHARED / "seeds"))
    return found


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: two worker processes, one thread each."""
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR) as lc:
        with distributed.Client(lc) as client:
            client.wait_for_workers(2, timeout=60)
            yield lc, client


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, paths):
    """The reference: the local engine, one process."""
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.db'}"
    report = ingest(paths, Store(url))
    return report, snapshot(url), url


def test_dask_engine_gets_exactly_the_local_events(cluster, local_run, paths, db_url):
    from rasad.run.dask import ingest_dask

    lc, client = cluster
    assert len(client.scheduler_info()["workers"]) == 2
    ref_report, ref, local_url = local_run
    seen = []
    report = ingest_dask(paths, Store(db_url), scheduler=lc.scheduler_address, batch_size=4,
                         progress=seen.append)
    assert (report.stored, report.events, len(report.failed), len(report.ignored)) == \
        (ref_report.stored, ref_report.events, len(ref_report.failed), len(ref_report.ignored))
    assert len(seen) == report.stored + report.present + len(report.failed) + len(report.ignored)
    got = snapshot(db_url)
    # on PostgreSQL the workers write their batches themselves: article ids follow the order batches finished in
    assert sorted(got["events"], key=repr) == sorted(ref["events"], key=repr) and len(got["events"]) == ref_report.events > 0
    assert {k: sorted(v, key=repr) for k, v in got.items()} == {k: sorted(v, key=repr) for k, v in ref.items()}
    assert fusion_state(db_url) == fusion_state(local_url)
    # both worker processes did work: each imported the task module and loaded the knowledge base
    loaded = client.run(lambda: "rasad.run.dask" in sys.modules and "rasad.kb.knowledge" in sys.modules)
    assert len(loaded) == 2 and all(loaded.values())

    # a re-run: the workers find every article stored and annotate nothing
    again = ingest_dask(paths, Store(db_url), scheduler=lc.scheduler_address, batch_size=16)
    assert again.stored == 0 and again.present == ref_report.stored


def test_cli_ingest_engine_dask(cluster, local_run, paths, tmp_path):
    from rasad.cli import cli

    lc, _ = cluster
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(cli, ["ingest", *paths, "--db", url, "--engine", "dask", "--scheduler",
                                      lc.scheduler_address, "--json"])
    assert result.exit_code == 1, result.output  # the empty file is a failure, named
    summary = json.loads(result.output)
    assert summary["stored"] == local_run[0].stored and summary["events"] == local_run[0].events
    assert snapshot(url)["events"] == local_run[1]["events"]


def test_parquet_round_trip_equals_direct_ingest(cluster, local_run, paths, tmp_path, db_url):
    import pyarrow.parquet as pq

    from rasad.run.dask import annotate_to_parquet, load_parquet

    lc, _ = cluster
    ref_report, ref, _ = local_run
    out = tmp_path / "parts"
    summary = annotate_to_parquet(paths, out, scheduler=lc.scheduler_address, batch_size=8,
                                  partition_rows=20)
    assert summary["articles"] == ref_report.stored and summary["events"] == ref_report.events
    assert summary["rejections"] == 1 and summary["ignored"] == len(ref_report.ignored)
    parts = sorted((out / "articles").glob("part-*.parquet"))
    assert len(parts) >= 2  # rolled over into several partitions of about 20 rows
    assert sum(pq.ParquetFile(p).metadata.num_rows for p in parts) == ref_report.stored
    table = pq.read_table(parts[0])
    assert {"content_hash", "source", "meta", "entities", "events", "quotes", "body"} <= set(table.column_names)
    row = table.slice(0, 1).to_pylist()[0]
    assert isinstance(json.loads(row["events"]), list) and len(row["content_hash"]) == 64
    assert (out / "rejections" / "part-00000.parquet").is_file()

    report = load_parquet(out, Store(db_url))
    assert (report.stored, report.events, len(report.failed)) == (ref_report.stored, ref_report.events, 1)
    assert snapshot(db_url) == ref

    again = load_parquet(out, Store(db_url))
    assert again.stored == 0 and again.present == ref_report.stored


def test_cli_annotate_batch_and_load(tmp_path):
    """`rasad annotate-batch --engine dask` with no scheduler (its own LocalCluster), then `rasad load`."""
    from rasad.cli import cli

    runner = CliRunner()
    out = tmp_path / "parts"
    r = runner.invoke(cli, ["annotate-batch", str(CORPUS), "-o", str(out), "--engine", "dask", "--json"])
    assert r.exit_code == 0, r.output
    made = json.loads(r.output)
    assert made["articles"] == 15 and made["ignored"] == 1  # README.md is passed over
    url = f"sqlite:///{tmp_path / 'loaded.db'}"
    r = runner.invoke(cli, ["load", str(out), "--db", url, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["stored"] == 15

    direct = f"sqlite:///{tmp_path / 'direct.db'}"
    ingest([str(CORPUS)], Store(direct))
    assert snapshot(url) == snapshot(direct)


def test_workers_write_their_batches(cluster, local_run, paths, tmp_path):
    """Workers on this machine write a SQLite file themselves, one transaction per batch, while this process
    fuses: the same articles, events, stories and fused events as the local engine."""
    from rasad.run.dask import ingest_dask

    lc, _ = cluster
    ref_report, ref, local_url = local_run
    url = f"sqlite:///{tmp_path / 'workers.db'}"
    seen = []
    report = ingest_dask(paths, Store(url), scheduler=lc.scheduler_address, batch_size=4, write_in_workers=True,
                         fuse_every=8, progress=seen.append)
    assert (report.stored, report.events, len(report.failed)) == (ref_report.stored, ref_report.events, 1)
    assert len(seen) == report.stored + report.present + len(report.failed) + len(report.ignored)
    assert sorted(report.article_ids) == list(range(1, report.stored + 1))
    assert fusion_state(url) == fusion_state(local_url)
    got = snapshot(url)
    assert sorted(got["events"], key=repr) == sorted(ref["events"], key=repr)
    assert sorted(got["quotes"], key=repr) == sorted(ref["quotes"], key=repr) and got["rejections"] == ref["rejections"]


def test_client_writes_sqlite_and_fusion_runs_on_the_workers(cluster, local_run, paths, tmp_path, monkeypatch):
    """SQLite (one write lock): this process writes in input order — the same article ids as the local engine —
    while every fusion step, the last one included, runs on a worker: this process never fuses."""
    import rasad.fuse.fusion
    from rasad.run.dask import ingest_dask

    def no_fusion_here(*args, **kwargs):
        raise AssertionError("fusion ran in the client")

    monkeypatch.setattr(rasad.fuse.fusion, "fuse_articles", no_fusion_here)  # (imported where it is used)
    lc, _ = cluster
    ref_report, ref, local_url = local_run
    url = f"sqlite:///{tmp_path / 'client-writes.db'}"
    report = ingest_dask(paths, Store(url), scheduler=lc.scheduler_address, batch_size=4, write_in_workers=False,
                         fuse_on_workers=True, fuse_every=8)
    assert (report.stored, report.events, len(report.failed)) == (ref_report.stored, ref_report.events, 1)
    got = snapshot(url)
    assert {k: got[k] for k in ("articles", "events", "quotes", "rejections")} == \
        {k: ref[k] for k in ("articles", "events", "quotes", "rejections")}
    assert fusion_state(url) == fusion_state(local_url)


def test_a_database_file_made_anew_is_opened_anew_by_the_workers(cluster, local_run, paths, tmp_path):
    """Workers outlive runs and keep their connections: a SQLite file deleted and made anew between two runs (what
    the benchmark does) is opened again, not written through connections to the deleted file."""
    from pathlib import Path

    from rasad.run.dask import ingest_dask

    lc, _ = cluster
    _, _, local_url = local_run
    path = tmp_path / "again.db"
    for _ in range(2):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        ingest_dask(paths, Store(f"sqlite:///{path}"), scheduler=lc.scheduler_address, batch_size=4,
                    write_in_workers=False, fuse_on_workers=True, fuse_every=8)
        assert fusion_state(f"sqlite:///{path}") == fusion_state(local_url)
