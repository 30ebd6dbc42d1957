"""Memory of one `rasad ingest` run as a user starts it: every process of its tree, sampled until it ends.

    python benchmarks/bench_memory.py CORPUS [--db URL] [--workers 2] [--every 1.0] [--json]

bench_ingest.py runs every configuration inside one process that is also the writer, so a later run starts with
what the earlier ones left in it. This one starts `rasad ingest` in a fresh process (into a fresh SQLite database
unless --db names one) and reports the peak of the summed proportional set sizes (PSS: pages the forkserver shares
with its workers — the knowledge base — divided among them), both in all and without the files mapped for reading
(SQLite reads the database through mmap: those pages are the operating system's file cache), and each process's
peak, with the run's wall time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import _pss_anon, report


def sample(proc: subprocess.Popen, every: float) -> dict:
    """Peak PSS sums of ``proc``'s tree until it exits, and each process's own peak (MB)."""
    import psutil

    root = psutil.Process(proc.pid)
    peak = peak_anon = 0
    each: dict[str, float] = {}
    while proc.poll() is None:
        total = anon = 0
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in tree:
            try:
                pss = p.memory_full_info().pss
                label = f"{_role(p, root)} (pid {p.pid})"
            except psutil.Error:
                continue
            total += pss
            anon += _pss_anon(p.pid)
            each[label] = max(each.get(label, 0.0), pss / 2**20)
        peak, peak_anon = max(peak, total), max(peak_anon, anon)
        time.sleep(every)
    return {"peak_pss_mb": round(peak / 2**20), "peak_pss_anon_mb": round(peak_anon / 2**20),
            "processes": dict(sorted(each.items(), key=lambda kv: -kv[1])[:6])}


def _role(p, root) -> str:
    """What a process of the tree is: the ingest process (the writer), multiprocessing's helpers, or a worker."""
    if p.pid == root.pid:
        return "ingest process (reads, writes, fuses)"
    if "resource_tracker" in " ".join(p.cmdline()):
        return "resource tracker"
    return "forkserver" if p.ppid() == root.pid else "worker"  # workers are forked from the forkserver


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--db", default=None, help="database URL (default: a new SQLite file in a temporary folder)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--every", type=float, default=1.0, help="seconds between samples")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "memory.db")
        cmd = [sys.executable, "-c", "from rasad.cli import main; main()", "ingest", args.corpus, "--db", db, "-j", str(args.workers),
               "--no-progress"]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        data = sample(proc, args.every)
        out = proc.communicate()[0]
        data |= {"wall_s": round(time.perf_counter() - started, 1), "returncode": proc.returncode,
                 "workers": args.workers, "summary": out.strip().splitlines()[-1:]}
    rows = [("command", "rasad " + " ".join(cmd[3:])), ("wall time", f"{data['wall_s']} s (exit {proc.returncode})"),
            ("peak PSS, all processes", f"{data['peak_pss_mb']} MB"),
            ("  without files mapped for reading", f"{data['peak_pss_anon_mb']} MB"),
            *[(f"  process {k}", f"{v:.0f} MB PSS") for k, v in data["processes"].items()]]
    report("memory of one ingest run", rows, data, args.json)
    return 0 if proc.returncode == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
