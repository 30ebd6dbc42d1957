"""Ingest in this machine: read, annotate (here or in worker processes), store, fuse."""

from __future__ import annotations

from collections.abc import Iterable

from rasad.kb.knowledge import KnowledgeBase, load_kb
from rasad.read.files import DEFAULT_MAX_BYTES, read_inputs
from rasad.run.batch import FUSE_EVERY, IngestReport, _batched, in_flight, process_batch, skip_stored, write_batches
from rasad.run.parallel import process_parallel
from rasad.store.store import Store


def ingest(paths: Iterable[str], store: Store, kb: KnowledgeBase | None = None, workers: int = 1,
           batch_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES, progress=None, fuse: bool = True,
           kb_dirs: list[str] | None = None, fuse_every: int = FUSE_EVERY) -> IngestReport:
    """Read, annotate and store everything under ``paths``, fusing every ``fuse_every`` stored articles and at the
    end (also what an interrupted earlier run left unfused). ``progress(outcome)`` is called per input."""
    kb = kb or load_kb(kb_dirs)
    report = IngestReport()
    items = skip_stored(read_inputs(paths, max_bytes=max_bytes), store, report, progress)
    if workers > 1:
        outcome_batches = process_parallel(items, kb_dirs=kb_dirs, workers=workers, batch_size=batch_size,
                                           db_url=store.url, as_rows=True,
                                           max_in_flight=in_flight(workers, batch_size, fuse_every if fuse else 0))
    else:
        outcome_batches = (process_batch(batch, kb, store.has, as_rows=True) for batch in _batched(items, batch_size))
    return write_batches(store, outcome_batches, report, kb, progress=progress, fuse=fuse, fuse_every=fuse_every)
