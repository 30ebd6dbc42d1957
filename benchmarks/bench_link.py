"""Entity linking alone: names, short names, roles and pronouns resolved against the knowledge base.

    python benchmarks/bench_link.py CORPUS [--mb 1.0] [--repeat 3] [--json]

Cleans articles from CORPUS until their bodies hold ``--mb`` MB of Persian text (UTF-8), then times sentence
splitting + rasad.annotate.link.link_entities over all of them (best of ``--repeat`` runs; the matcher is built once before).
"""

from __future__ import annotations

import argparse
import time

from _common import Timer, corpus_files, peak_rss_mb, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--mb", type=float, default=1.0, help="MB of cleaned body text to link")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from rasad.annotate.link import link_entities
    from rasad.annotate.link.matcher import build_matcher
    from rasad.clean import clean
    from rasad.errors import InputError
    from rasad.kb import load_kb
    from rasad.read import read_inputs
    from rasad.records import RawDocument
    from rasad.text.sentences import split_sentences

    kb = load_kb()
    with Timer() as t_build:
        build_matcher(kb)
    arts, size = [], 0
    for item in read_inputs(corpus_files(args.corpus)):
        if not isinstance(item, RawDocument):
            continue
        try:
            a = clean(item, kb)
        except InputError:
            continue
        arts.append(a)
        size += len(a.body.encode("utf-8"))
        if size >= args.mb * 1e6:
            break
    best, mentions = float("inf"), 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        mentions = 0
        for a in arts:
            linked = link_entities(a, split_sentences(a.body), kb)
            mentions += len(linked.mentions)
        best = min(best, time.perf_counter() - t0)
    mb = size / 1e6
    data = {"articles": len(arts), "mb": round(mb, 3), "chars": sum(len(a.body) for a in arts), "mentions": mentions,
            "matcher_build_s": round(t_build.seconds, 2), "link_s": round(best, 3), "mb_per_s": round(mb / best, 3),
            "articles_per_s": round(len(arts) / best, 1), "peak_rss_mb": round(peak_rss_mb(), 1)}
    report("link (1 process)", [
        ("text linked", f"{mb:.2f} MB UTF-8 ({data['chars']:,} characters) in {len(arts):,} articles"),
        ("mentions found", f"{mentions:,}"),
        ("matcher build (once)", f"{t_build.seconds:.2f} s"),
        ("linking time", f"{best:.2f} s (best of {args.repeat})"),
        ("throughput", f"{data['mb_per_s']} MB/s, {data['articles_per_s']} articles/s"),
        ("peak RSS", f"{data['peak_rss_mb']} MB"),
    ], data, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
