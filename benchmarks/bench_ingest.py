"""Ingest into a database (SQLite or PostgreSQL) with 1 and with N worker processes, fusion included; then a re-run.

    python benchmarks/bench_ingest.py CORPUS --db URL [URL ...] [--workers 1 2] [--pairs K]
                                      [--engine local|dask ...] [--dask-corpus SMALLER] [--json]

Each round runs ``rasad.run.local.ingest`` (or the Dask engine) once per worker count, on an emptied database
(the SQLite file deleted; on PostgreSQL the public schema dropped and recreated), with fusion as ``rasad ingest``
runs it (during the run and at its end). Rounds interleave the worker counts, so a machine shared with other work
slows both alike; the script prints each run, the median time per worker count, the ratio of the medians and the
median of the ratios within each round, the peak resident memory of the whole process tree (writer + workers,
sampled every 0.2 s with psutil) and of the writer alone, and the time of a re-run that finds everything stored.
Several ``--db`` and ``--engine`` values are benchmarked one after the other (each engine on each database) and
their speed-ups listed together at the end: one command gives SQLite, PostgreSQL and the Dask LocalCluster.

Per run it also prints CPU times — of all processes, of the writer, of a PostgreSQL server on this machine (it
competes for the same cores) — and the writer's own stages (annotation when it is the one worker, writing, fusion
steps; the rest is reading inputs and waiting for workers). The Dask engine's LocalCluster is started and its
workers load the knowledge base before the clock starts (a cluster serves many ingests); that set-up is printed
apart.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import Timer, TreeMemory, corpus_files, report


def reset_db(url: str) -> None:
    """Empty the database: delete the SQLite file, or drop and recreate PostgreSQL's public schema."""
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


def server_process(url: str):
    """The PostgreSQL server's main process when it runs on this machine (its CPU time is sampled too), else None."""
    if not url.startswith("postgresql"):
        return None
    try:
        import psutil
        import sqlalchemy as sa

        engine = sa.create_engine(url)
        with engine.connect() as conn:
            pid = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
        engine.dispose()
        return psutil.Process(pid).parent()
    except Exception:  # noqa: BLE001 - a server elsewhere, or one we may not look at
        return None


# where the writer process spends its time: (module, attribute) patched for the run, and the stage it counts as
_STAGES = (("rasad.run.local", None, "process_batch", "annotate"), ("rasad.run.batch", None, "write_articles", "write"),
           ("rasad.run.batch", "Fuser", "step", "fuse"), ("rasad.run.batch", "Fuser", "finish", "fuse"))


class Stages:
    """Wall and CPU time (this thread's) of the writer process per stage: annotation done in the writer (one
    worker), writing batches, fusion steps; the rest is reading inputs and waiting for the workers."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._saved: list[tuple[object, str, object]] = []

    def _wrap(self, fn, stage: str):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            w, c = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - w
                self.cpu[stage] = self.cpu.get(stage, 0.0) + time.thread_time() - c
        return timed

    def __enter__(self) -> Stages:
        import importlib

        for module, cls, name, stage in _STAGES:
            owner = importlib.import_module(module)
            owner = getattr(owner, cls) if cls else owner
            self._saved.append((owner, name, getattr(owner, name)))
            setattr(owner, name, self._wrap(getattr(owner, name), stage))
        return self

    def __exit__(self, *exc) -> None:
        for owner, name, fn in reversed(self._saved):
            setattr(owner, name, fn)


def run(paths: list[str], url: str, workers: int, engine: str, batch_size: int, fuse: bool, scheduler: str | None):
    """One ingest as ``rasad ingest`` runs it (fusion during the run and at its end, unless ``fuse`` is off). The
    Dask engine's cluster is started and its workers load the knowledge base before the clock starts (a cluster
    serves many ingests); that set-up is timed apart."""
    from rasad.kb import load_kb
    from rasad.run.local import ingest
    from rasad.store.store import Store

    store = Store(url)
    # as ``rasad ingest`` does: a writer with worker processes loads no knowledge base (they load their own)
    kb = load_kb() if workers <= 1 or engine != "local" else None
    with contextlib.ExitStack() as stack:
        client, setup = None, 0.0
        if engine == "dask":
            from rasad.run.dask import dask_client, warm_workers

            with Timer() as ts:
                client = stack.enter_context(dask_client(scheduler, workers))
                warm_workers(client)
            setup = ts.seconds
        load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
        with TreeMemory(server=server_process(url)) as mem, Stages() as stages, Timer() as t:
            if engine == "dask":
                from rasad.run.dask import ingest_dask

                rep = ingest_dask(paths, store, scheduler=scheduler, batch_size=batch_size, fuse=fuse,
                                  n_workers=workers, client=client)
            else:
                rep = ingest(paths, store, kb=kb, workers=workers, batch_size=batch_size, fuse=fuse)
    fused = store.summary()["fused_events"]
    store.engine.dispose()
    return {"workers": workers, "seconds": t.seconds, "stored": rep.stored, "present": rep.present,
            "failed": len(rep.failed), "events": rep.events, "fused_events": fused,
            "peak_tree_mb": mem.peak_mb, "peak_pss_mb": mem.peak_pss_mb, "peak_pss_anon_mb": mem.peak_pss_anon_mb,
            "peak_writer_mb": mem.peak_self_mb,
            "cpu_s": mem.cpu_s, "setup_s": setup,
            "writer_cpu_s": mem.self_cpu_s, "server_cpu_s": mem.server_cpu_s,
            "stages_cpu_s": stages.cpu, "stages_s": stages.wall, "load": (load_before, os.getloadavg()[0])}


def run_isolated(paths: list[str], url: str, workers: int, engine: str, batch_size: int, fuse: bool,
                 scheduler: str | None) -> dict:
    """:func:`run` in a fresh Python process, as each ``rasad ingest`` is: nothing an earlier run loaded or built
    (a knowledge base, its matchers, caches) is held in the writer's memory or spares this run its work."""
    spec = json.dumps({"paths": paths, "url": url, "workers": workers, "engine": engine, "batch_size": batch_size,
                       "fuse": fuse, "scheduler": scheduler})
    out = subprocess.run([sys.executable, __file__, *paths, "--db", url, "--one-run", spec], check=True,
                         stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def server_note(r: dict) -> str:
    return f", database server {r['server_cpu_s']:.1f} s" if r.get("server_cpu_s") else ""


def setup_note(r: dict) -> str:
    return f"; cluster start and warm-up {r['setup_s']:.1f} s before the clock" if r.get("setup_s") else ""


def stage_note(r: dict) -> str:
    """The writer's stages as 'name CPU/wall s', and the rest of its wall time (reading, waiting for workers)."""
    parts = [f"{k} {r['stages_cpu_s'][k]:.1f}/{r['stages_s'][k]:.1f} s" for k in sorted(r["stages_s"])]
    rest = r["seconds"] - sum(r["stages_s"].values())
    return f"(CPU/wall) {', '.join(parts)}, rest {rest:.1f} s wall" if parts else "(none timed)"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def cpu_bound(run: dict, separate_writer: bool) -> float:
    """The shortest time a run's CPU times allow on free cores: the writer, the average worker and the total (with
    the database server's, which runs on the same cores) over the cores its processes can use. One local worker
    runs in the writer's process (``separate_writer`` off), and waits for the server."""
    w, server = run["workers"], run.get("server_cpu_s", 0.0)
    if w == 1 and not separate_writer:
        return run["cpu_s"] + server
    processes = w + 1 + (1 if server else 0)
    return max(run["writer_cpu_s"], (run["cpu_s"] - run["writer_cpu_s"]) / w,
               (run["cpu_s"] + server) / min(os.cpu_count() or 1, processes))


def summarise(runs: list[dict], worker_counts: list[int], separate_writer: bool = False) -> dict:
    """Median time per worker count, and the ratio of the first count's median to each other's (with the median of
    the ratios within each interleaved pair)."""
    by = {w: [r for r in runs if r["workers"] == w] for w in worker_counts}
    out = {"median_s": {w: round(median([r["seconds"] for r in rs]), 1) for w, rs in by.items()},
           "median_server_cpu_s": {w: round(median([r.get("server_cpu_s", 0.0) for r in rs]), 1) for w, rs in by.items()},
           "median_cpu_s": {w: round(median([r["cpu_s"] for r in rs]), 1) for w, rs in by.items()},
           "median_writer_cpu_s": {w: round(median([r["writer_cpu_s"] for r in rs]), 1) for w, rs in by.items()},
           "times_s": {w: [round(r["seconds"], 1) for r in rs] for w, rs in by.items()}}
    # what the CPU times allow on free cores: a run cannot beat its writer, its average worker, nor its total CPU
    # spread over the cores it can use; on a shared machine this says what the wall clock cannot
    out["cpu_bound_s"] = {w: round(median([cpu_bound(r, separate_writer) for r in rs]), 1) for w, rs in by.items()}
    base = worker_counts[0]
    out["cpu_bound_ratio"] = {w: round(out["cpu_bound_s"][base] / out["cpu_bound_s"][w], 2) for w in worker_counts[1:]}
    out["ratio_of_medians"] = {w: round(out["median_s"][base] / out["median_s"][w], 2) for w in worker_counts[1:]}
    out["median_pair_ratio"] = {w: round(median([a["seconds"] / b["seconds"] for a, b in zip(by[base], by[w])]), 2)
                                for w in worker_counts[1:]}
    return out


def bench(paths: list[str], url: str, engine: str, args) -> tuple[list[tuple[str, str]], dict]:
    """Every worker count in ``args.pairs`` interleaved rounds on one database and engine: the report's rows and
    data."""
    runs = []
    for round_ in range(args.pairs):
        for w in args.workers:
            reset_db(url)
            once = run_isolated if args.isolate else run
            runs.append(once(paths, url, w, engine, args.batch_size, not args.no_fuse, args.scheduler))
            r = runs[-1]
            print(f"round {round_ + 1}, {w} worker(s): {r['seconds']:.1f} s, {r['stored']:,} stored, "
                  f"{r['fused_events']:,} fused events, CPU {r['cpu_s']:.1f} s (writer {r['writer_cpu_s']:.1f} s"
                  f"{server_note(r)}), writer's stages {stage_note(r)}{setup_note(r)}; peak {r['peak_tree_mb']:.0f} MB "
                  f"(PSS {r['peak_pss_mb']:.0f} MB, without mapped files {r['peak_pss_anon_mb']:.0f} MB), load average {r['load'][0]:.1f} → {r['load'][1]:.1f}",
                  file=sys.stderr, flush=True)
    rerun = None
    if not args.no_rerun:
        once = run_isolated if args.isolate else run
        rerun = once(paths, url, args.workers[-1], engine, args.batch_size, not args.no_fuse, args.scheduler)
    kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    first = runs[0]
    n = first["stored"] + first["present"] + first["failed"]
    summary = summarise(runs, args.workers, separate_writer=engine == "dask")
    data = {"db": kind, "engine": engine, "fusion": not args.no_fuse, "inputs": n, "stored": first["stored"],
            "events": first["events"], "fused_events": first["fused_events"], "pairs": args.pairs, **summary,
            "peak_tree_mb": round(max(r["peak_tree_mb"] for r in runs)),
            "peak_pss_mb": round(max(r["peak_pss_mb"] for r in runs)),
            "peak_pss_anon_mb": round(max(r["peak_pss_anon_mb"] for r in runs)),
            "peak_writer_mb": round(max(r["peak_writer_mb"] for r in runs)),
            "rerun_s": round(rerun["seconds"], 1) if rerun else None, "runs": runs}
    rows = [
        ("database", f"{kind} ({engine} engine, batches of {args.batch_size}, "
                     f"fusion {'off' if args.no_fuse else 'during the run'})"),
        ("inputs", f"{n:,}: {first['stored']:,} stored, {first['present']:,} already present, {first['failed']} failed"),
        ("events / fused events", f"{first['events']:,} / {first['fused_events']:,}"),
    ]
    for w in args.workers:
        med = summary["median_s"][w]
        server = summary["median_server_cpu_s"][w]
        rows.append((f"{w} worker(s)", f"median {med:.1f} s = {n / med:.0f} articles/s "
                                       f"(runs: {', '.join(f'{t:.1f}' for t in summary['times_s'][w])}); CPU "
                                       f"{summary['median_cpu_s'][w]:.1f} s, writer {summary['median_writer_cpu_s'][w]:.1f} s"
                                       + (f", database server {server:.1f} s" if server else "")))
    for w in args.workers[1:]:
        rows.append((f"speed-up {w} vs {args.workers[0]}", f"{summary['ratio_of_medians'][w]}× (median of the "
                                                           f"{args.pairs} pair ratios: {summary['median_pair_ratio'][w]}×)"))
        rows.append((f"CPU-bound speed-up {w} vs {args.workers[0]}",
                     f"{summary['cpu_bound_ratio'][w]}× on free cores (max(writer CPU, worker CPU, CPU with the "
                     f"database server's / cores): {summary['cpu_bound_s'][args.workers[0]]} s vs "
                     f"{summary['cpu_bound_s'][w]} s)"))
    rows.append(("peak memory, all processes", f"{data['peak_tree_mb']} MB RSS, {data['peak_pss_mb']} MB PSS, "
                                                f"{data['peak_pss_anon_mb']} MB PSS without files mapped for reading "
                                                f"(the SQLite database) (writer alone {data['peak_writer_mb']} MB RSS)"))
    if rerun is not None:
        rows.append(("re-run (all present)", f"{rerun['seconds']:.1f} s: {rerun['stored']} stored, "
                                             f"{rerun['present']:,} present"))
    return rows, data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--db", required=True, nargs="+",
                    help="database URLs or SQLite paths (each emptied before each run; each benchmarked in turn)")
    ap.add_argument("--workers", "-j", type=int, nargs="+", default=[1, 2],
                    help="worker counts to compare (default: 1 2); the first is the base of the ratio")
    ap.add_argument("--pairs", type=int, default=1, help="interleaved rounds: each runs every worker count once")
    ap.add_argument("--engine", choices=["local", "dask"], nargs="+", default=["local"],
                    help="engines to benchmark, each on every --db (dask: a LocalCluster of each worker count)")
    ap.add_argument("--dask-corpus", nargs="+", default=None,
                    help="a (smaller) corpus for the dask engine (default: the same corpus)")
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--no-fuse", action="store_true", help="skip fusion")
    ap.add_argument("--fresh", action="store_true", help="accepted for old command lines: every run starts empty")
    ap.add_argument("--no-rerun", action="store_true", help="skip the re-run that finds everything stored")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--isolate", action="store_true",
                    help="each run in a fresh process (as each `rasad ingest` is): no knowledge base or matchers "
                         "kept from an earlier run in the writer")
    ap.add_argument("--one-run", help=argparse.SUPPRESS)  # (--isolate's child: one run, its result as JSON)
    args = ap.parse_args(argv)
    if args.one_run:
        spec = json.loads(args.one_run)
        print(json.dumps(run(spec["paths"], spec["url"], spec["workers"], spec["engine"], spec["batch_size"],
                             spec["fuse"], spec["scheduler"]), default=str))
        return 0

    from rasad.store.store import normalize_url

    results = []
    for engine in args.engine:
        paths = corpus_files(args.dask_corpus if engine == "dask" and args.dask_corpus else args.corpus)
        for db in args.db:
            results.append(bench(paths, normalize_url(db), engine, args))
    if args.json:
        report("ingest", [], {"results": [data for _, data in results]}, True)
        return 0
    for rows, data in results:
        report("ingest", rows, data, False)
    if len(results) > 1:  # the ratios side by side
        print("\nspeed-ups (wall clock; CPU-bound on free cores):")
        for _, data in results:
            for w, ratio in data["ratio_of_medians"].items():
                print(f"  {data['db']:<10} {data['engine']:<5} {data['inputs']:>7,} inputs, {w} vs {args.workers[0]} "
                      f"workers: {ratio}× ({data['cpu_bound_ratio'][w]}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
