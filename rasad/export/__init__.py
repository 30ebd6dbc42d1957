"""Stage 6, export: fused events as CSV, JSON Lines, Parquet and PLOVER; the actor network; articles."""

from rasad.export.files import EventFilter, write_articles, write_events, write_graph

__all__ = ["EventFilter", "write_articles", "write_events", "write_graph"]
