"""Helpers shared by the benchmark scripts: machine description, memory sampling, result tables."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def machine() -> str:
    cores = os.cpu_count()
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        mem = "? GiB"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cores} cores ({cpu}), {mem}, Python {platform.python_version()}, {platform.system()}"


def peak_rss_mb() -> float:
    """Peak resident memory of this process (MB), from getrusage."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pss_anon(pid: int) -> int:
    """Anonymous (and shared-memory) proportional set size of a process in bytes, from /proc (0 if unreadable)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(("Pss_Anon:", "Pss_Shmem:")):
                total += int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return 0
    return total


class TreeMemory:
    """Samples the resident memory of this process and all its descendants (worker processes) every ``every`` s.

    ``peak_mb`` is the largest sum seen; ``peak_self_mb`` the largest of this process alone; ``cpu_s`` the CPU time
    (user + system) the tree used while sampled (each child's last sample, so a child's last 0.2 s may be missed), and
    ``self_cpu_s`` this process's share: on a machine shared with other work, CPU time shows what a run costs
    whatever the others take. ``peak_pss_mb`` is the largest sum of proportional set sizes (Linux: pages shared
    between processes — the knowledge base the forkserver loaded before forking the workers — divided among them),
    sampled every ``pss_every`` samples: RSS counts a shared page once per process that maps it.
    """

    def __init__(self, every: float = 0.2, pss_every: int = 5, server=None):
        self.every = every
        self.pss_every = pss_every
        self.server = server  # a database server's main process (psutil.Process) on this machine, or None
        self.server_cpu_s = 0.0
        self._server_cpu: dict[int, float] = {}
        self._server_start: dict[int, float] = {}
        self.peak_pss_mb = 0.0
        self.peak_pss_anon_mb = 0.0
        self.peak_mb = 0.0
        self.peak_self_mb = 0.0
        self.cpu_s = 0.0
        self.self_cpu_s = 0.0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        start = self._cpu_of(me)
        before = dict(self._cpu)  # children already running (a Dask cluster started first) count from now
        self._server_start = self._server_times()
        n = 0
        while not self._stop.is_set():
            n += 1
            if n % self.pss_every == 0:
                pss, anon = self._pss(me)
                self.peak_pss_mb = max(self.peak_pss_mb, pss / 2**20)
                self.peak_pss_anon_mb = max(self.peak_pss_anon_mb, anon / 2**20)
            total = 0
            try:
                own = me.memory_info().rss
                total = own
                for child in me.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                own = 0
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self.peak_self_mb = max(self.peak_self_mb, own / 2**20)
            self.self_cpu_s = self._cpu_of(me) - start
            self.cpu_s = self.self_cpu_s + sum(t - before.get(pid, 0.0) for pid, t in self._cpu.items())
            if self.server is not None:
                self._server_cpu.update(self._server_times())
                self.server_cpu_s = sum(t - self._server_start.get(pid, 0.0) for pid, t in self._server_cpu.items())
            self._stop.wait(self.every)

    def _server_times(self) -> dict[int, float]:
        """CPU seconds of the database server's processes (its main process, backends, background workers) by pid:
        the server competes with the workers for the same cores, and its time is not in the tree's."""
        import psutil

        out: dict[int, float] = {}
        if self.server is None:
            return out
        try:
            procs = [self.server, *self.server.children(recursive=True)]
        except psutil.Error:
            return out
        for p in procs:
            try:
                t = p.cpu_times()
                out[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        return out

    @staticmethod
    def _pss(me) -> tuple[int, int]:
        """Sums of the proportional set sizes of ``me`` and its descendants: all of it, and its anonymous part
        (Linux ``smaps_rollup``: without files mapped for reading — SQLite reads the database through mmap, and
        those pages are the operating system's file cache, counted however many processes map them). 0 where the
        system cannot say."""
        import psutil

        total = anon = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += getattr(p.memory_full_info(), "pss", 0)
            except psutil.Error:
                pass
            anon += _pss_anon(p.pid)
        return total, anon

    def _cpu_of(self, proc) -> float:
        """CPU seconds of ``proc``; children's are remembered by pid so that those which exit still count."""
        import psutil

        for child in proc.children(recursive=True):
            try:
                t = child.cpu_times()
                self._cpu[child.pid] = t.user + t.system
            except psutil.Error:
                pass
        t = proc.cpu_times()
        return t.user + t.system

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def corpus_files(paths: list[str]) -> list[str]:
    out = []
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            out.append(str(path))
            continue
        # a folder of make_corpus.py shards, or else of any inputs rasad reads (articles as files)
        shards = sorted(str(f) for f in path.glob("*.jsonl.gz"))
        out.extend(shards or sorted(str(f) for f in path.iterdir() if f.is_file() and not f.name.startswith(".")))
    return out


def report(title: str, rows: list[tuple[str, str]], data: dict, as_json: bool) -> None:
    data = {"benchmark": title, "machine": machine(), **data}
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    width = max(len(k) for k, _ in rows)
    print(f"{title} — {data['machine']}")
    print("-" * (width + 30))
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


class Timer:
    def __enter__(self) -> Timer:
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.t0
