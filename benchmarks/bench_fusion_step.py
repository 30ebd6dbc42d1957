"""One fusion step on a large fused database: how long the next 2,048 articles take to fuse once it is full.

    python benchmarks/bench_fusion_step.py FUSED_DB NEW_CORPUS [--copy PATH] [--rounds 2] [--profile] [--json]

Copies FUSED_DB (SQLite: the result of a fused ingest, e.g. of the 100,000 corpus), stores NEW_CORPUS in the copy
without fusing it (2 workers), then times planning the step (`plan_fusion`: stories, candidate reads, matching) and
writing it (`apply_fusion`), each round on a fresh copy. Make NEW_CORPUS with `make_corpus.py 2048 DIR --seed 7
--weeks -32 6` so its dates fall among the stored ones.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time

from _common import report


def _round(src: str, corpus: str, copy: str, profile: bool) -> dict:
    from rasad.fuse.fusion import apply_fusion, plan_fusion, unfused_article_ids
    from rasad.kb import load_kb
    from rasad.run.local import ingest
    from rasad.store.store import Store

    shutil.copy(src, copy)
    kb = load_kb()
    store = Store(copy)
    ingest([corpus], store, kb=kb, workers=2, fuse=False)
    ids = unfused_article_ids(store)
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    with store.write_transaction() as conn:
        t0 = time.perf_counter()
        plan = plan_fusion(conn, ids, kb)
        t1 = time.perf_counter()
        apply_fusion(conn, plan)
        t2 = time.perf_counter()
    if profiler is not None:
        import pstats
        import sys

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    return {"articles": len(ids), "plan_s": round(t1 - t0, 2), "write_s": round(t2 - t1, 2), **plan.counts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="a fused SQLite database (path)")
    ap.add_argument("corpus", help="new articles to fuse into it")
    ap.add_argument("--copy", default="/tmp/rasad-fusion-step.db", help="where the working copy goes")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--profile", action="store_true", help="the 30 costliest functions (cProfile) on standard error")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    runs = [_round(args.db, args.corpus, args.copy, args.profile) for _ in range(args.rounds)]
    last = runs[-1]
    data = {"database": args.db, "new_articles": last["articles"], "stories": last["stories"],
            "fused_created": last["fused"], "joined": last["joined"],
            "plan_s": [r["plan_s"] for r in runs], "write_s": [r["write_s"] for r in runs],
            "plan_median_s": statistics.median(r["plan_s"] for r in runs),
            "write_median_s": statistics.median(r["write_s"] for r in runs)}
    rows = [("database", args.db), ("new articles", f"{last['articles']:,}"),
            ("stories / fused created / joined", f"{last['stories']:,} / {last['fused']:,} / {last['joined']:,}"),
            ("plan (s), each round", " ".join(map(str, data["plan_s"])) + f"  median {data['plan_median_s']}"),
            ("write (s), each round", " ".join(map(str, data["write_s"])) + f"  median {data['write_median_s']}")]
    report("fusion step", rows, data, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
