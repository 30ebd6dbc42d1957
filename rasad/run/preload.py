"""Work done once in the forkserver so that every worker forked from it starts ready.

Imported by the multiprocessing forkserver (``rasad.run.parallel`` lists it in the preload modules): it loads the
knowledge base the ingest process names in ``RASAD_PRELOAD_KB`` and annotates one short text, which builds the
matchers and compiles the patterns. Workers are forked with all of it in place (shared, copy-on-write) instead of
each spending a second or two building its own. Anything that goes wrong here only means workers load it themselves.
"""

from __future__ import annotations

import gc
import json
import os

ENV = "RASAD_PRELOAD_KB"
_SAMPLE = "تهران - وزیر امور خارجه ایران روز دوشنبه با همتای عمانی خود در مسقط دیدار و گفت‌وگو کرد."


def request(kb_dirs: list[str] | None) -> None:
    """Called by the ingest process before it starts workers: which knowledge base the forkserver should load."""
    os.environ[ENV] = json.dumps(list(kb_dirs or []))


def warm(kb_dirs: list[str] | None) -> None:
    """Load the knowledge base and annotate one short text in this process (also a Dask worker's warm-up)."""
    from rasad.kb.knowledge import load_kb

    warm_up(load_kb(kb_dirs or None))


def warm_up(kb) -> None:
    """Annotate one short text with ``kb``: builds the matchers, compiles the patterns the text needs and imports
    what annotation uses, as every ingest worker finds it done (benchmarks/bench_annotate.py times it apart)."""
    from rasad.records import RawDocument
    from rasad.run.batch import process_batch

    process_batch([RawDocument("preload.txt", text=_SAMPLE)], kb, as_rows=True)


def _warm() -> None:
    dirs = os.environ.get(ENV)
    if dirs is None:
        return
    try:
        warm(json.loads(dirs))
    except Exception:  # noqa: BLE001 - a worker loads what it needs itself
        return
    from rasad.text import rx

    rx.save()  # the expressions generated here, for the next run's forkserver (it ends without running atexit)
    gc.freeze()  # what is loaded now stays shared with the workers: the collector will not touch its pages


_warm()
