"""Annotation alone, in one process: cleaning, sentences, entity linking, events and quotes.

    python benchmarks/bench_annotate.py CORPUS [--limit N] [--json] [--profile]

CORPUS: a folder of shards from make_corpus.py (or any inputs rasad reads). Reading and decompressing are timed
apart; the rates count annotation only (rasad.run.batch.process_batch without a database lookup).
"""

from __future__ import annotations

import argparse
import itertools
import time

from _common import Timer, corpus_files, peak_rss_mb, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--limit", type=int, default=None, help="annotate only the first N inputs")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--profile", action="store_true", help="also print the 25 costliest functions (cProfile)")
    args = ap.parse_args(argv)

    from rasad.kb import load_kb
    from rasad.read import read_inputs
    from rasad.run.batch import _batched, process_batch
    from rasad.run.preload import warm_up
    from rasad.text.sentences import split_sentences

    with Timer() as t_kb:
        kb = load_kb()
    with Timer() as t_prepare:  # a process's one-time cost: the ingest forkserver pays it before forking workers
        warm_up(kb)
    items = read_inputs(corpus_files(args.corpus))
    if args.limit:
        items = itertools.islice(items, args.limit)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    annotate_s = read_s = cpu_s = 0.0
    articles = failed = sentences = events = quotes = chars = body_bytes = 0
    batches = _batched(items, args.batch_size)
    while True:
        t0 = time.perf_counter()
        batch = next(batches, None)
        read_s += time.perf_counter() - t0
        if batch is None:
            break
        t0, c0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        outcomes = process_batch(batch, kb)
        if profiler:
            profiler.disable()
        annotate_s += time.perf_counter() - t0
        cpu_s += time.process_time() - c0  # on a shared machine wall time also counts other processes' turns
        for o in outcomes:
            if o.annotation is None:
                failed += o.rejection is not None
                continue
            a = o.annotation
            articles += 1
            sentences += len(split_sentences(a.body))
            events += len(a.events)
            quotes += len(a.quotes)
            chars += len(a.body)
            body_bytes += len(a.body.encode("utf-8"))
    data = {
        "articles": articles, "failed": failed, "sentences": sentences, "events": events, "quotes": quotes,
        "body_mb": round(body_bytes / 1e6, 2), "kb_load_s": round(t_kb.seconds, 2),
        "prepare_s": round(t_prepare.seconds, 2), "read_s": round(read_s, 2),
        "annotate_s": round(annotate_s, 2), "articles_per_s": round(articles / annotate_s, 1) if annotate_s else None,
        "sentences_per_s": round(sentences / annotate_s, 1) if annotate_s else None,
        "annotate_cpu_s": round(cpu_s, 2), "sentences_per_cpu_s": round(sentences / cpu_s, 1) if cpu_s else None,
        "body_mb_per_s": round(body_bytes / 1e6 / annotate_s, 3) if annotate_s else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    report("annotate (1 process)", [
        ("articles annotated", f"{articles:,} ({failed} rejected)"),
        ("sentences", f"{sentences:,} ({sentences / max(articles, 1):.1f} per article)"),
        ("events / quotes", f"{events:,} / {quotes:,}"),
        ("knowledge base load", f"{t_kb.seconds:.2f} s"),
        ("warm-up (as each ingest worker starts)", f"{t_prepare.seconds:.2f} s: matchers built, patterns compiled "
                                                    "(once per process, not counted below)"),
        ("reading (gzip + JSON)", f"{read_s:.2f} s"),
        ("annotation time", f"{annotate_s:.2f} s"),
        ("articles/s", f"{data['articles_per_s']}"),
        ("sentences/s", f"{data['sentences_per_s']} ({data['sentences_per_cpu_s']} per CPU second)"),
        ("body text MB/s", f"{data['body_mb_per_s']}"),
        ("peak RSS", f"{data['peak_rss_mb']} MB"),
    ], data, args.json)
    if profiler:
        import pstats
        import sys

        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
