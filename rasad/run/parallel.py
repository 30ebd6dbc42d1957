"""Annotation in worker processes, with the caller as the single writer.

``process_parallel`` reads items lazily, sends them in batches to N worker processes and yields the outcomes batch
by batch *in input order*, so the writer (``rasad.run.local.ingest``) stores exactly what a single-process run stores,
with the same article ids. Each worker loads the knowledge base once (pool initializer) and opens its own read-only
connection to the database to skip articles already stored; at most ``2 × workers`` batches are in flight, so memory
stays flat whatever the corpus size.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from rasad.run import lifeline, preload
from rasad.run.batch import BackgroundFuser, Outcome, _batched, fuse_step, process_batch

# per worker process, set by the initializer
_KB = None
_LOOKUP = None


def _context() -> mp.context.BaseContext:
    """forkserver where the platform has it (cheap workers, no inherited threads or connections), else spawn."""
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "forkserver":
        # the lifeline first: the forkserver dies with the ingest process (rasad.run.lifeline)
        ctx.set_forkserver_preload(["rasad.run.lifeline", "rasad.run.batch", "rasad.annotate", "rasad.clean",
                                    "rasad.kb", "rasad.fuse.fusion", "rasad.run.preload"])
    return ctx


def sqlite_path(url: str) -> str | None:
    """The file behind a ``sqlite:///`` URL (None for other databases and in-memory SQLite)."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return url[len("sqlite:///"):]
    return None


def make_lookup(db_url: str | None):
    """A read-only ``hashes → stored hashes`` function for a worker, or None where the database cannot be reached.

    A SQLite file that does not exist on this machine (a Dask worker elsewhere) gives None: everything is annotated
    and the writer drops what is already stored.
    """
    if not db_url:
        return None
    path = sqlite_path(db_url)
    if db_url.startswith("sqlite") and (path is None or not os.path.exists(path)):
        return None
    from rasad.store.store import Store

    store = Store(db_url, migrate=False)

    def lookup(hashes: list[str]) -> set[str]:
        return store.has(hashes)

    return lookup


# niceness added to worker processes: the writer (and the database server) are the serial part of a run, and
# workers that always have a batch to annotate took two thirds of its core from it, so the writer — not the
# annotation — set the pace; lower-priority workers use what the writer leaves. (On a machine busy with other work
# they also yield to it.)
WORKER_NICE = 5


def _init_worker(kb_dirs: list[str] | None, db_url: str | None, ingest_pid: int | None = None) -> None:
    global _KB, _LOOKUP
    from rasad.kb.knowledge import load_kb

    if ingest_pid:
        lifeline.hold(ingest_pid)  # a worker dies with the ingest process, even a SIGKILLed one
    try:
        os.nice(WORKER_NICE)
    except (OSError, AttributeError):  # pragma: no cover - a platform without it: same priority as the writer
        pass

    _KB = load_kb(kb_dirs)
    _LOOKUP = make_lookup(db_url)
    # a worker ends with os._exit (no atexit): the expressions it generated are stored when multiprocessing ends it
    from multiprocessing.util import Finalize

    from rasad.text import rx

    Finalize(None, rx.save, exitpriority=0)


def _work(batch: list, as_rows: bool) -> list[Outcome]:
    return process_batch(batch, _KB, _LOOKUP, as_rows=as_rows)


_STORE = None  # per worker process: the store fusion steps write to


def _fuse(article_ids: list[int] | None, db_url: str) -> int:
    global _STORE
    from rasad.store.store import Store

    if _STORE is None or _STORE.url != db_url:
        _STORE = Store(db_url, migrate=False)
    return fuse_step(_STORE, article_ids, _KB)


def pool_fuses(db_url: str) -> bool:
    """Whether fusion steps run in the worker pool while the writer goes on: on a database server (PostgreSQL),
    where a step and the writer's inserts do not wait for each other, and on a SQLite file, where a step is
    planned in a read snapshot and holds the one write lock only to write its result. (An in-memory database is
    the writer's own.)"""
    return not db_url.startswith("sqlite") or sqlite_path(db_url) is not None


class PoolFuser(BackgroundFuser):
    """Fusion steps in the worker pool, one at a time, queued behind the batches already submitted."""

    def __init__(self, pool: ProcessPoolExecutor, db_url: str) -> None:
        super().__init__()
        self.pool, self.db_url = pool, db_url

    def _submit(self, article_ids: list[int] | None) -> Future:
        return self.pool.submit(_fuse, article_ids, self.db_url)


@contextlib.contextmanager
def worker_pool(kb_dirs: list[str] | None = None, workers: int = 2,
                db_url: str | None = None) -> Iterator[ProcessPoolExecutor]:
    """``workers`` processes, each with the knowledge base loaded (pool initializer) and a read-only look-up of
    the database; they die with this process. Shut down when the block ends (queued work cancelled on an error)."""
    lifeline.mark_ingest_process()
    preload.request(kb_dirs)
    executor = ProcessPoolExecutor(max_workers=max(1, int(workers)), mp_context=_context(), initializer=_init_worker,
                                   initargs=(list(kb_dirs) if kb_dirs else None, db_url, os.getpid()))
    ok = False
    try:
        yield executor
        ok = True
    finally:
        executor.shutdown(wait=True, cancel_futures=not ok)


def process_parallel(items: Iterable, kb_dirs: list[str] | None = None, workers: int = 2, batch_size: int = 64,
                     db_url: str | None = None, max_in_flight: int | None = None,
                     as_rows: bool = False, pool: ProcessPoolExecutor | None = None) -> Iterator[list[Outcome]]:
    """Outcomes of ``items`` (RawDocument | Rejection | Ignored), one list per batch, in input order.

    Batches are processed by ``workers`` processes (of ``pool`` when given, which the caller shuts down); at most
    ``max_in_flight`` (default ``2 × workers``) batches are submitted and not yet yielded. A worker that dies
    raises ``BrokenProcessPool`` here.
    """
    if pool is None:
        with worker_pool(kb_dirs, workers, db_url) as own:
            yield from process_parallel(items, workers=workers, batch_size=batch_size, max_in_flight=max_in_flight,
                                        as_rows=as_rows, pool=own)
        return
    limit = max(1, max_in_flight or 2 * max(1, int(workers)))
    pending: deque[Future] = deque()
    ok = False
    try:
        for batch in _batched(items, max(1, batch_size)):
            # rejections and ignored files need no worker, but they travel with their batch to keep the order
            pending.append(pool.submit(_work, batch, as_rows))
            while len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        ok = True
    finally:
        if not ok:
            for f in pending:
                f.cancel()
