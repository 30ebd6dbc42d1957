"""Annotation alone, in one process: cleaning, sentences, entity linking, events and quotes.

    python benchmarks/bench_annotate.py CORPUS [--limit N] [--runs N] [--json] [--profile]

CORPUS: a folder of shards from make_corpus.py (or any inputs rasad reads). Reading and decompressing are timed
apart; the rates count annotation only (rasad.run.batch.process_batch without a database lookup). ``--runs N``
annotates the corpus N times and prints each pass's rate and their median; every pass must give the same output
(its digest is printed, to compare two versions of the code).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import statistics
import time

from _common import Timer, corpus_files, peak_rss_mb, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--limit", type=int, default=None, help="annotate only the first N inputs")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--runs", type=int, default=1,
                    help="annotate the corpus this many times in the process; the first pass also compiles the "
                         "trigger expressions it meets (cold), the later ones find them compiled (warm)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--profile", action="store_true", help="also print the 25 costliest functions (cProfile)")
    args = ap.parse_args(argv)

    from rasad.kb import load_kb
    from rasad.read import read_inputs
    from rasad.run.preload import warm_up

    with Timer() as t_kb:
        kb = load_kb()
    with Timer() as t_prepare:  # a process's one-time cost: the ingest forkserver pays it before forking workers
        warm_up(kb)
    with Timer() as t_read:
        items = read_inputs(corpus_files(args.corpus))
        items = list(itertools.islice(items, args.limit) if args.limit else items)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    if not items:
        raise SystemExit(f"no inputs in {' '.join(args.corpus)}")
    passes = [_annotate_pass(items, kb, args.batch_size, profiler) for _ in range(max(1, args.runs))]
    first = passes[0]
    if len({p["digest"] for p in passes}) != 1:
        raise SystemExit("the passes' outputs differ: annotation is not deterministic")
    rates = [p["sentences"] / p["cpu_s"] for p in passes if p["cpu_s"]]
    data = {
        "articles": first["articles"], "failed": first["failed"], "sentences": first["sentences"],
        "events": first["events"], "quotes": first["quotes"], "body_mb": round(first["body_bytes"] / 1e6, 2),
        "kb_load_s": round(t_kb.seconds, 2), "prepare_s": round(t_prepare.seconds, 2), "read_s": round(t_read.seconds, 2),
        "annotate_s": round(first["wall_s"], 2), "annotate_cpu_s": round(first["cpu_s"], 2),
        "articles_per_s": _rate(first["articles"], first["wall_s"]),
        "sentences_per_s": _rate(first["sentences"], first["wall_s"]),
        "sentences_per_cpu_s": _rate(first["sentences"], first["cpu_s"]),
        "body_mb_per_s": round(first["body_bytes"] / 1e6 / first["wall_s"], 3) if first["wall_s"] else None,
        "runs": len(passes), "sentences_per_cpu_s_each": [round(r, 1) for r in rates],
        "median_sentences_per_cpu_s": round(statistics.median(rates), 1) if rates else None,
        "warm_median_sentences_per_cpu_s": round(statistics.median(rates[1:]), 1) if len(rates) > 1 else None,
        "output_digest": first["digest"], "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    rows = [
        ("articles annotated", f"{data['articles']:,} ({data['failed']} rejected)"),
        ("sentences", f"{data['sentences']:,} ({data['sentences'] / max(data['articles'], 1):.1f} per article)"),
        ("events / quotes", f"{data['events']:,} / {data['quotes']:,}"),
        ("knowledge base load", f"{t_kb.seconds:.2f} s"),
        ("warm-up (as each ingest worker starts)", f"{t_prepare.seconds:.2f} s: matchers built, patterns compiled "
                                                    "(once per process, not counted below)"),
        ("reading (gzip + JSON)", f"{t_read.seconds:.2f} s"),
        ("annotation time (first pass)", f"{first['wall_s']:.2f} s"),
        ("articles/s", f"{data['articles_per_s']}"),
        ("sentences/s", f"{data['sentences_per_s']} ({data['sentences_per_cpu_s']} per CPU second)"),
        ("body text MB/s", f"{data['body_mb_per_s']}"),
        ("output digest", f"{data['output_digest'][:16]} (events, quotes and entities of every article)"),
        ("peak RSS", f"{data['peak_rss_mb']} MB"),
    ]
    if len(passes) > 1:
        rows += [("sentences per CPU second, each pass", " / ".join(f"{r:,.0f}" for r in rates)),
                 ("median of the passes", f"{data['median_sentences_per_cpu_s']:,}"),
                 ("median of the warm passes (2nd on)", f"{data['warm_median_sentences_per_cpu_s']:,}")]
    report("annotate (1 process)", rows, data, args.json)
    if profiler:
        import pstats
        import sys

        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return 0


def _rate(n: int, seconds: float) -> float | None:
    return round(n / seconds, 1) if seconds else None


def _annotate_pass(items: list, kb, batch_size: int, profiler) -> dict:
    """One pass of annotation over ``items``: counts, wall and CPU time, and a digest of what came out (the same
    digest before and after a change that should not alter the output)."""
    from rasad.run.batch import _batched, process_batch
    from rasad.text.sentences import split_sentences

    out = {"articles": 0, "failed": 0, "sentences": 0, "events": 0, "quotes": 0, "body_bytes": 0,
           "wall_s": 0.0, "cpu_s": 0.0}
    digest = hashlib.sha1()
    for batch in _batched(iter(items), batch_size):
        t0, c0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        outcomes = process_batch(batch, kb)
        if profiler:
            profiler.disable()
        out["wall_s"] += time.perf_counter() - t0
        out["cpu_s"] += time.process_time() - c0  # on a shared machine wall time also counts other processes' turns
        for o in outcomes:
            if o.annotation is None:
                out["failed"] += o.rejection is not None
                continue
            a = o.annotation
            out["articles"] += 1
            out["sentences"] += len(split_sentences(a.body))
            out["events"] += len(a.events)
            out["quotes"] += len(a.quotes)
            out["body_bytes"] += len(a.body.encode("utf-8"))
            digest.update(_fingerprint(a).encode("utf-8"))
    out["digest"] = digest.hexdigest()
    return out


def _fingerprint(annotation) -> str:
    """What an article's annotation says (events, quotes, entities), without its timings."""
    parts = {k: [dataclasses.asdict(x) for x in getattr(annotation, k)] for k in ("events", "quotes", "entities")}
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)


if __name__ == "__main__":
    raise SystemExit(main())
