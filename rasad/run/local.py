"""Ingest in this machine: read, annotate (here or in worker processes), store, fuse."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rasad.read.files import DEFAULT_MAX_BYTES, read_inputs
from rasad.run.batch import FUSE_EVERY, IngestReport, _batched, in_flight, process_batch, skip_stored, write_batches
from rasad.run.parallel import PoolFuser, pool_fuses, process_parallel, worker_pool
from rasad.store.store import Store

if TYPE_CHECKING:
    from rasad.kb.knowledge import KnowledgeBase


def ingest(paths: Iterable[str], store: Store, kb: KnowledgeBase | None = None, workers: int = 1,
           batch_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES, progress=None, fuse: bool = True,
           kb_dirs: list[str] | None = None, fuse_every: int = FUSE_EVERY) -> IngestReport:
    """Read, annotate and store everything under ``paths``, fusing every ``fuse_every`` stored articles and at the
    end (also what an interrupted earlier run left unfused). ``progress(outcome)`` is called per input. With
    ``workers`` > 1, worker processes annotate (and fuse, one step at a time) and this process writes; it then
    needs no knowledge base of its own (``kb`` unused) unless it fuses (an in-memory database)."""
    report = IngestReport()
    items = skip_stored(read_inputs(paths, max_bytes=max_bytes), store, report, progress)
    if workers <= 1:
        from rasad.kb.knowledge import load_kb

        kb = kb or load_kb(kb_dirs)
        outcome_batches = (process_batch(batch, kb, store.has, as_rows=True) for batch in _batched(items, batch_size))
        return write_batches(store, outcome_batches, report, kb, progress=progress, fuse=fuse, fuse_every=fuse_every)
    with worker_pool(kb_dirs, workers, store.url) as pool:
        outcome_batches = process_parallel(items, workers=workers, batch_size=batch_size, as_rows=True, pool=pool,
                                           max_in_flight=in_flight(workers, batch_size, fuse_every if fuse else 0))
        # fusion steps run in the pool while this process goes on writing
        fuser = PoolFuser(pool, store.url) if fuse and pool_fuses(store.url) else None
        return write_batches(store, outcome_batches, report, kb, progress=progress, fuse=fuse,
                             fuse_every=fuse_every, fuser=fuser)
