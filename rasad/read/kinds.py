"""What an input can be: the file kinds rasad reads or passes over, the size limit, and the items reading yields."""

from __future__ import annotations

from dataclasses import dataclass

from rasad.records import RawDocument, Rejection

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}

# Files a folder walk passes over without complaint (documentation, data, images): listed as ignored.
IGNORED_SUFFIXES = {".md", ".rst", ".yaml", ".yml", ".json", ".py", ".csv", ".tsv", ".png", ".jpg", ".jpeg", ".gif",
                    ".svg", ".pdf", ".css", ".js", ".parquet", ".db", ".sqlite", ".log", ".toml", ".cfg", ".ini"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article (a file, a JSON line or a WARC record)


@dataclass
class Ignored:
    source: str
    reason: str


Item = RawDocument | Rejection | Ignored
