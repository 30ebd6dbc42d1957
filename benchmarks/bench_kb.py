"""Knowledge-base load time in fresh processes: cold (building the compiled cache) and warm (reading it), and the
linker's automaton built over it.

    python benchmarks/bench_kb.py [--runs 5] [--kb DIR] [--json]

Each run is a new Python process (``load_kb()`` then ``build_matcher``), so nothing is shared but the disk cache.
The cold run uses an empty cache folder; warm runs reuse it. Figures are medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile

from _common import REPO, report

PROBE = """
import json, time, resource
t0 = time.perf_counter()
from rasad.kb.knowledge import load_kb
kb = load_kb({dirs!r})
t1 = time.perf_counter()
from rasad.annotate.link.matcher import build_matcher
build_matcher(kb)
t2 = time.perf_counter()
print(json.dumps({{"load_s": t1 - t0, "matcher_s": t2 - t1, "actors": len(kb.actors), "places": len(kb.places),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def probe(cache: str, dirs: list[str]) -> dict:
    env = {"RASAD_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PROBE.format(dirs=dirs)], capture_output=True, text=True, env=env,
                         cwd=REPO, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kb", action="append", default=[], help="a user folder layered over the packaged data")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rasad-kbcache-") as cache:
        cold = probe(cache, args.kb)
        warm = [probe(cache, args.kb) for _ in range(args.runs)]
    med = {k: statistics.median(w[k] for w in warm) for k in ("load_s", "matcher_s", "peak_rss_mb")}
    data = {"actors": cold["actors"], "places": cold["places"], "cold_load_s": round(cold["load_s"], 2),
            "warm_load_s_median": round(med["load_s"], 2),
            "warm_load_s_range": [round(min(w["load_s"] for w in warm), 2), round(max(w["load_s"] for w in warm), 2)],
            "matcher_s_median": round(med["matcher_s"], 2), "peak_rss_mb_median": round(med["peak_rss_mb"], 1),
            "runs": args.runs}
    report("knowledge-base load (fresh processes)", [(k.replace("_", " "), str(v)) for k, v in data.items()], data,
           args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
