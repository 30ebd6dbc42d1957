"""Stage 1, read: files, folders, JSON Lines, WARC and gzip into raw documents — or named rejections."""

from rasad.read.files import DEFAULT_MAX_BYTES, Ignored, Item, read_file, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "Ignored", "Item", "read_file", "read_inputs"]
