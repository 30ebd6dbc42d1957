"""rasad (رصد, "watch"): Persian news to event data.

The pipeline runs one way, one subpackage per stage (see docs/architecture.md):
read → clean → annotate (entities, roles, dates, events, quotes) → store → fuse → export / web, with ``run`` driving
it over many inputs and ``cli`` as a thin layer. Records that flow between stages are in :mod:`rasad.records`.

The public API is importable from here; names load on first use so that ``import rasad`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "annotate_document": "rasad.annotate", "annotate_clean": "rasad.annotate", "clean": "rasad.clean",
    "read_inputs": "rasad.read", "load_kb": "rasad.kb", "KnowledgeBase": "rasad.kb", "Store": "rasad.store",
    "ingest": "rasad.run", "IngestReport": "rasad.run", "fuse_articles": "rasad.fuse",
    "RawDocument": "rasad.records", "CleanArticle": "rasad.records", "Meta": "rasad.records",
    "Annotation": "rasad.records", "Entity": "rasad.records", "Mention": "rasad.records", "Role": "rasad.records",
    "Event": "rasad.records", "Quote": "rasad.records", "Rejection": "rasad.records",
    "RasadError": "rasad.errors", "InputError": "rasad.errors",
}
__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'rasad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
