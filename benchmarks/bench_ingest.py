"""Ingest into a database (SQLite or PostgreSQL): annotate in N processes, one writer, then fusion; then a re-run.

    python benchmarks/bench_ingest.py CORPUS --db URL [--workers N] [--engine local|dask] [--fresh] [--json]

Reports articles/s for annotate+store, the time of fusion (rasad.fuse.fuse_articles over the new articles, as
``rasad ingest`` runs it), the peak resident memory of the whole process tree (writer + workers, sampled every
0.2 s with psutil) and of the writer alone, and the time of a re-run that finds every article already stored.
``--fresh`` empties the database first (deletes the SQLite file; drops and recreates the public schema on PostgreSQL).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from _common import Timer, TreeMemory, corpus_files, report


def reset_db(url: str) -> None:
    from rasad.store.store import normalize_url

    url = normalize_url(url)
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        for suffix in ("", "-wal", "-shm", "-journal"):
            p = Path(str(path) + suffix)
            if p.exists():
                p.unlink()
        return
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def run(paths: list[str], url: str, workers: int, engine: str, batch_size: int, fuse: bool, scheduler: str | None):
    from rasad.kb import load_kb
    from rasad.run.local import ingest
    from rasad.store.store import Store

    store = Store(url)
    kb = load_kb()
    with TreeMemory() as mem, Timer() as t:
        if engine == "dask":
            from rasad.run.dask import ingest_dask

            rep = ingest_dask(paths, store, scheduler=scheduler, batch_size=batch_size, fuse=False,
                              n_workers=workers)
        else:
            rep = ingest(paths, store, kb=kb, workers=workers, batch_size=batch_size, fuse=False)
    fuse_s, fuse_mem = 0.0, None
    if fuse and rep.article_ids:
        from rasad.fuse import fuse_articles

        with TreeMemory() as fuse_mem, Timer() as tf:
            fuse_articles(store, rep.article_ids, kb)
        fuse_s = tf.seconds
    store.engine.dispose()
    return rep, t.seconds, mem, fuse_s, fuse_mem


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--db", required=True, help="database URL or SQLite path")
    ap.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--fresh", action="store_true", help="empty the database first")
    ap.add_argument("--no-fuse", action="store_true", help="skip fusion")
    ap.add_argument("--no-rerun", action="store_true", help="skip the re-run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from rasad.store.store import normalize_url

    url = normalize_url(args.db)
    if args.fresh:
        reset_db(url)
    paths = corpus_files(args.corpus)
    rep, ingest_s, mem, fuse_s, fuse_mem = run(paths, url, args.workers, args.engine, args.batch_size,
                                               not args.no_fuse, args.scheduler)
    rerun_s = None
    rerun = None
    if not args.no_rerun:
        rerun, rerun_s, _m, _f, _fm = run(paths, url, args.workers, args.engine, args.batch_size, True, args.scheduler)
    kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    n = rep.stored + rep.present + len(rep.failed)
    data = {
        "db": kind, "engine": args.engine, "workers": args.workers, "inputs": n, "stored": rep.stored,
        "present": rep.present, "failed": len(rep.failed), "events": rep.events,
        "ingest_s": round(ingest_s, 1), "articles_per_s": round(n / ingest_s, 1),
        "fuse_s": round(fuse_s, 1), "total_s": round(ingest_s + fuse_s, 1),
        "peak_tree_mb": round(mem.peak_mb), "peak_writer_mb": round(mem.peak_self_mb),
        "peak_fuse_mb": round(fuse_mem.peak_mb) if fuse_mem else None,
        "rerun_s": round(rerun_s, 1) if rerun_s is not None else None,
        "rerun_stored": rerun.stored if rerun else None, "rerun_present": rerun.present if rerun else None,
    }
    rows = [
        ("database", f"{kind} ({args.engine} engine, {args.workers} workers, batches of {args.batch_size})"),
        ("inputs", f"{n:,}: {rep.stored:,} stored, {rep.present:,} already present, {len(rep.failed)} failed"),
        ("events stored", f"{rep.events:,}"),
        ("annotate + store", f"{ingest_s:.1f} s = {data['articles_per_s']} articles/s"),
        ("fusion", f"{fuse_s:.1f} s" if not args.no_fuse else "skipped"),
        ("total", f"{ingest_s + fuse_s:.1f} s"),
        ("peak memory, all processes", f"{data['peak_tree_mb']} MB (writer alone {data['peak_writer_mb']} MB)"),
    ]
    if fuse_mem:
        rows.append(("peak memory during fusion", f"{data['peak_fuse_mb']} MB"))
    if rerun is not None:
        rows.append(("re-run (all present)", f"{rerun_s:.1f} s: {rerun.stored} stored, {rerun.present:,} present"))
    report("ingest", rows, data, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
