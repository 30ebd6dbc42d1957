"""Issue 13 (5, 6): `rasad ingest` killed with SIGKILL while storing or fusing, then run again, ends exactly like a clean
run — same articles, events, fused events and stories, no unfused event — and leaves no process behind; a corpus
ingested in three runs, in any order, gives what one run gives. Real subprocesses, real kills, the suite's database
(SQLite, or PostgreSQL when RASAD_TEST_DB is set)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import sqlalchemy as sa

from rasad.fuse.compare import fusion_state
from rasad.run.local import ingest
from rasad.store.schema import articles, fused_events
from rasad.store.store import Store
from tests.snapshots import REPO

N = 300
NEVER = 100_000  # --fuse-every larger than the corpus: fusion only at the end


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> list[str]:
    """300 synthetic articles (benchmarks/make_corpus.py) in three shards of 100."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), str(N), str(out), "--shard-size", "100"],
                   check=True, capture_output=True)
    return sorted(str(p) for p in out.glob("*.jsonl.gz"))


@pytest.fixture(scope="module")
def clean(shards, tmp_path_factory) -> dict[str, set]:
    """The reference: one uninterrupted run, in this process."""
    url = f"sqlite:///{tmp_path_factory.mktemp('clean') / 'clean.db'}"
    report = ingest(shards, Store(url))
    assert report.stored == N and report.ok
    state = fusion_state(url)
    assert len(state["stories"]) < N and len(state["fused events"]) < len(state["events"])  # some fusion happened
    assert not state["unfused events"] and not state["articles without a story"]
    return state


def _start(shards: list[str], url: str, workers: int, fuse_every: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "RASAD_INGEST_PID"}
    return subprocess.Popen([sys.executable, "-m", "rasad.cli", "ingest", *shards, "--db", url, "--workers",
                             str(workers), "--fuse-every", str(fuse_every), "--no-progress"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _counts(store: Store, fused: bool = True) -> tuple[int, int]:
    """Articles and fused events stored (fused events not asked for while a test holds their table locked)."""
    with store.engine.connect() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one(),
                conn.execute(sa.select(sa.func.count()).select_from(fused_events)).scalar_one() if fused else 0)


def _wait_until(proc: subprocess.Popen, store: Store, moment, timeout: float = 180, every: float = 0.01,
                fused: bool = True) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, f"the run ended before the moment to kill it: {proc.stdout.read().decode()}"
        if moment(*_counts(store, fused)):
            return
        time.sleep(every)
    pytest.fail("the moment to kill never came")


class _FusionLock:
    """Another connection holding what fusion needs to write, so that the run waits inside fusion to be killed.

    ``hold_final()`` — PostgreSQL: fused_events locked from the start (storing never touches it), so the run stores
    everything and stops at fusion's first write. SQLite has one write lock for everything: it is taken once every
    article is stored; if fusion already holds it (``taken`` is False), fusion's transaction is under way — kill it
    now.

    ``hold_unfinished()`` — once a fusion step has been committed: freeze the run with work left to fuse, or say
    there is none (yet). PostgreSQL: one stored article without a story locked (``FOR UPDATE SKIP LOCKED`` skips the
    rows the run's step is changing), which the run must change to finish. SQLite: the write lock, taken between
    two of the run's transactions, while an article is unstored or without a story."""

    def __init__(self, url: str):
        self.url, self.taken = url, False
        self.sqlite = url.startswith("sqlite:///")

    def __enter__(self):
        if self.sqlite:
            self.conn = sqlite3.connect(self.url[len("sqlite:///"):], isolation_level=None, timeout=0)
        else:
            import psycopg

            self.conn = psycopg.connect(self.url.replace("postgresql+psycopg://", "postgresql://"))
        return self

    def hold_final(self) -> None:
        if not self.sqlite:
            self.conn.execute("LOCK TABLE fused_events IN ACCESS EXCLUSIVE MODE")
            self.taken = True

    def all_stored(self) -> None:
        if not self.taken:
            self.taken = self._begin_immediate()

    def _begin_immediate(self) -> bool:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError:  # locked: the run is writing
            return False

    def hold_unfinished(self) -> bool:
        if self.sqlite:
            if not self._begin_immediate():
                return False
            stored, storyless = self.conn.execute(
                "SELECT count(*), count(*) - count(story_id) FROM articles").fetchone()
            self.taken = stored < N or storyless > 0
        else:
            self.taken = self.conn.execute("SELECT id FROM articles WHERE story_id IS NULL LIMIT 1 "
                                           "FOR UPDATE SKIP LOCKED").fetchone() is not None
        if not self.taken:
            self.conn.rollback()
        return self.taken

    def __exit__(self, *exc) -> None:
        self.conn.rollback()
        self.conn.close()


def _kill(proc: subprocess.Popen) -> list[psutil.Process]:
    """SIGKILL the run (and only it); returns the helper processes it had."""
    helpers = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    return helpers


def _assert_gone(helpers: list[psutil.Process], timeout: float = 15) -> None:
    """Workers, the forkserver and the resource tracker die with the killed run."""
    _, alive = psutil.wait_procs(helpers, timeout=timeout)
    alive = [p for p in alive if _running(p)]  # a zombie has exited; only its reaping is left to init
    for p in alive:  # do not leave them to the next test, but fail
        p.kill()
    assert not alive, f"left running after the kill: {[p.pid for p in alive]}"


def _running(p: psutil.Process) -> bool:
    try:
        return p.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _storing(articles: int, fused: int) -> bool:
    return articles >= N // 3


def _all_stored(articles: int, fused: int) -> bool:
    return articles == N


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("moment", ["storing", "after the first fusion step", "during the final fusion"])
def test_killed_run_then_rerun_equals_clean_run(shards, clean, db_url, workers, moment):
    store = Store(db_url)
    if moment == "storing":
        proc = _start(shards, db_url, workers, NEVER)
        _wait_until(proc, store, _storing)
        helpers = _kill(proc)
    elif moment == "after the first fusion step":
        # a step's commit is seen, then the run is frozen with work left: with fusion in the worker pool
        # (PostgreSQL) every article may be stored before the first step ends
        with _FusionLock(store.url) as lock:
            proc = _start(shards, db_url, workers, 32)
            _wait_until(proc, store, lambda _, fused: fused > 0 and lock.hold_unfinished())
            helpers = _kill(proc)
    else:
        with _FusionLock(store.url) as lock:
            lock.hold_final()
            proc = _start(shards, db_url, workers, NEVER)
            _wait_until(proc, store, _all_stored, every=0.002, fused=False)
            lock.all_stored()
            if lock.taken:
                time.sleep(0.5)  # the run is now inside fusion, waiting to write its result
            helpers = _kill(proc)
    if workers > 1:
        assert len(helpers) >= 2  # it had its worker processes when it was killed
    _assert_gone(helpers)
    killed = fusion_state(store.url)
    assert killed["unfused events"] or killed["articles without a story"] or len(killed["articles"]) < N

    rerun = _start(shards, db_url, workers, NEVER)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out.decode()
    after = fusion_state(store.url)
    assert not after["unfused events"] and not after["articles without a story"]
    for part in ("articles", "events", "stories", "fused events"):
        assert after[part] == clean[part], part


def test_three_runs_in_any_order_equal_one_run(shards, clean, db_url, kb):
    store = Store(db_url)
    for shard in (shards[2], shards[0], shards[1]):
        ingest([shard], store, kb=kb)
    state = fusion_state(store.url)
    for part in ("articles", "events", "stories", "fused events"):
        assert state[part] == clean[part], part
    assert not state["unfused events"]


def test_fusion_in_pieces_equals_fusion_at_once(shards, clean, db_url, kb):
    """Fusion over the same stored articles in small pieces in scrambled order gives the same result."""
    from rasad.fuse.fusion import fuse_new, unfused_article_ids

    store = Store(db_url)
    ingest(shards, store, kb=kb, fuse=False)
    ids = unfused_article_ids(store)
    assert len(ids) == N
    scrambled = ids[1::2] + ids[::2][::-1]
    for i in range(0, N, 37):
        fuse_new(store, scrambled[i:i + 37], kb)
    state = fusion_state(store.url)
    assert state["stories"] == clean["stories"] and state["fused events"] == clean["fused events"]


def test_a_step_planned_before_another_step_was_written_is_planned_again(shards, clean, db_url, kb, monkeypatch):
    """A step planned in a read snapshot (a worker fusing on SQLite) while another process wrote a step is not
    written as planned — it would miss the other step's stories and fused events — but planned again under the
    write lock: the result is what fusing everything at once gives."""
    from rasad.fuse import fusion

    store = Store(db_url)
    ingest(shards, store, kb=kb, fuse=False)
    with store.engine.connect() as conn:
        hash_of = dict(conn.execute(sa.select(articles.c.id, articles.c.content_hash)).all())
    # one copy of each republished story first: planned without it, the other copies would make a story of their own
    leads = {min(story) for story in clean["stories"] if len(story) > 1}
    assert leads
    first = [i for i in fusion.unfused_article_ids(store) if hash_of[i] in leads]
    second = [i for i in fusion.unfused_article_ids(store) if hash_of[i] not in leads]
    plan, planned = fusion.plan_fusion, []

    def plan_then_let_another_step_write(conn, step_ids, kb_):
        planned.append(step_ids)
        result = plan(conn, step_ids, kb_)
        if len(planned) == 1:
            fusion.fuse_new(store, first, kb)  # "another process", between this plan and its writing
        return result

    monkeypatch.setattr(fusion, "plan_fusion", plan_then_let_another_step_write)
    fusion.fuse_new(store, second, kb, planned_apart=True)
    assert planned == [second, first, second]  # planned, the other step, planned again
    state = fusion_state(store.url)
    assert state["stories"] == clean["stories"] and state["fused events"] == clean["fused events"]
    assert not state["unfused events"]


def test_helpers_die_with_a_killed_run_of_two_workers(shards, tmp_path):
    """Issue 13.6 on its own: nothing of a SIGKILLed `--workers 2` run is alive two seconds later."""
    url = f"sqlite:///{tmp_path / 'orphans.db'}"
    proc = _start(shards, url, 2, NEVER)
    _wait_until(proc, Store(url), lambda articles, fused: articles > 0)
    names = " ".join(" ".join(p.cmdline()) for p in psutil.Process(proc.pid).children(recursive=True))
    assert "forkserver" in names and "resource_tracker" in names
    helpers = _kill(proc)
    _assert_gone(helpers, timeout=2)
    assert Path(url[len("sqlite:///"):]).exists()
