"""rasad (رصد, "watch"): Persian news to event data.

The pipeline runs one way: ingest → clean → annotate (entities, roles, dates, events, quotes) → fuse → store →
serve/export. Each stage is a module with functions over the plain records in :mod:`rasad.records`.
"""

__version__ = "0.1.0"
