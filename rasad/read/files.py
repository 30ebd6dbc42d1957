"""Reading inputs: files and folders, lazily, into :class:`RawDocument` or :class:`Rejection` records.

Files are streamed one at a time, and JSON Lines, gzip and WARC containers one record at a time, so memory stays
flat whatever the corpus size. Encodings are detected with charset-normalizer (a BOM wins; UTF-8 is tried
strictly first; Windows-1256 and UTF-16 are the usual others for Persian). Every input that cannot be read comes
out as a Rejection naming the file (and line or record) with a reason; nothing is skipped silently.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasad.errors import EmptyInput, InputError
from rasad.read.containers import read_jsonl, read_warc
from rasad.read.decode import (
    _check_size,
    _document,
    _looks_html,
    _read_limited,
    decode_bytes,
)
from rasad.read.kinds import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    IGNORED_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    WARC_SUFFIXES,
    Ignored,
    Item,
)
from rasad.records import Rejection


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, named: bool = True) -> Iterator[Item]:
    source = str(path)
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    inner = _inner_suffix(path)
    if not named and inner in IGNORED_SUFFIXES:
        yield Ignored(source, f"not an article file ({inner})")
        return
    try:
        if path.stat().st_size == 0:
            raise EmptyInput(source, "file is empty")
        opener = gzip.open if gz else open
        if inner in JSONL_SUFFIXES:
            with opener(path, "rb") as fh:
                yield from read_jsonl(fh, source, max_bytes)
            return
        if inner in WARC_SUFFIXES:
            with open(path, "rb") as fh:  # warcio decompresses .warc.gz itself
                yield from read_warc(fh, source, max_bytes)
            return
        if not gz:
            _check_size(path.stat().st_size, source, max_bytes)
        with opener(path, "rb") as fh:
            data = _read_limited(fh, source, max_bytes)
        text, enc = decode_bytes(data, source)
        kind = "html" if inner in HTML_SUFFIXES else ("text" if inner in TEXT_SUFFIXES and not _looks_html(text) else None)
        yield _document(text, source, enc, kind)
    except InputError as exc:
        yield Rejection(exc.source, exc.reason, exc.detail)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        reason = "malformed" if gz else "unreadable"
        yield Rejection(source, reason, f"{type(exc).__name__}: {exc}")


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, bool]]:
    """Files under the given paths, recursively and in a stable order; (path, named explicitly)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f, False
        else:
            yield path, True


def read_inputs(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article, rejection and ignored file under ``paths``, lazily."""
    for path, named in iter_paths(paths):
        if not path.exists():
            yield Rejection(str(path), "missing", "no such file or folder")
            continue
        yield from read_file(path, max_bytes, named)
