"""Reading inputs: files and folders, lazily, into :class:`RawDocument` or :class:`Rejection` records.

Files are streamed one at a time, and JSON Lines, gzip and WARC containers one record at a time, so memory stays
flat whatever the corpus size. Encodings are detected with charset-normalizer (a BOM wins; UTF-8 is tried
strictly first; Windows-1256 and UTF-16 are the usual others for Persian). Every input that cannot be read comes
out as a Rejection naming the file (and line or record) with a reason; nothing is skipped silently.
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasad.errors import EmptyInput, InputError, MalformedInput
from rasad.read.containers import read_jsonl, read_warc
from rasad.read.decode import (
    _check_size,
    _document,
    _looks_html,
    _read_limited,
    decode_text,
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
from rasad.text.repair import printable


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, named: bool = True) -> Iterator[Item]:
    source = printable(str(path))
    inner = _inner_suffix(path)
    if not named and inner in IGNORED_SUFFIXES:
        yield Ignored(source, f"not an article file ({inner})")
        return
    try:
        yield from _read_regular(path, source, inner, max_bytes)
    except InputError as exc:
        yield Rejection(exc.source, exc.reason, exc.detail)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        gz = path.suffix.lower() == ".gz"
        reason = "malformed" if gz and not isinstance(exc, PermissionError) else "unreadable"
        yield Rejection(source, reason, printable(f"{type(exc).__name__}: {exc}"))


def _read_regular(path: Path, source: str, inner: str, max_bytes: int) -> Iterator[Item]:
    """A regular file's articles; links that lead nowhere, FIFOs and devices are refused before opening."""
    info = _stat(path, source)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "special-file", "not a regular file (a FIFO, socket or device)")
    if info.st_size == 0:
        raise EmptyInput(source, "file is empty")
    gz = path.suffix.lower() == ".gz"
    opener = gzip.open if gz else open
    if inner in JSONL_SUFFIXES:
        with opener(path, "rb") as fh:
            yield from read_jsonl(fh, source, max_bytes)
        return
    if inner in WARC_SUFFIXES:
        _check_warc_start(path, source, gz)
        with open(path, "rb") as fh:  # warcio decompresses .warc.gz itself
            yield from read_warc(fh, source, max_bytes)
        return
    if not gz:
        _check_size(info.st_size, source, max_bytes)
    with opener(path, "rb") as fh:
        data = _read_limited(fh, source, max_bytes)  # a gzip bomb stops expanding here
    text, enc, warnings = decode_text(data, source)
    kind = "html" if inner in HTML_SUFFIXES else ("text" if inner in TEXT_SUFFIXES and not _looks_html(text) else None)
    doc = _document(text, source, enc, kind)
    doc.warnings = warnings
    yield doc


def _check_warc_start(path: Path, source: str, gz: bool) -> None:
    """A WARC (or ARC) file starts with its version line; warcio would read any other text as records."""
    with (gzip.open if gz else open)(path, "rb") as fh:
        start = fh.read(9)
    if not start.startswith((b"WARC/", b"filedesc:")):
        raise MalformedInput(source, f"not a WARC file: it starts with {start!r}")


def _stat(path: Path, source: str) -> os.stat_result:
    """``os.stat`` with a reason for each way it fails: a link loop, a link to nothing, no such file, no access."""
    try:
        return path.stat()
    except OSError as exc:
        raise InputError(source, _stat_reason(path, exc), printable(exc.strerror or str(exc))) from exc


def _stat_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink-loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "unreadable"
    return "broken-link" if path.is_symlink() else "missing"


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, bool] | Rejection]:
    """Files under the given paths, recursively and in a stable order, as (path, named explicitly); folders that
    cannot be listed and folder links that lead back into a folder already walked come as rejections."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path, True


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, bool] | Rejection]:
    """Depth first, names sorted, hidden names passed over; linked folders are followed once (``seen`` holds the
    device and inode of every folder entered, so a link back into one is named a loop, not walked again)."""
    source = printable(str(folder))
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            yield Rejection(source, "symlink-loop", "a link to a folder already read")
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield Rejection(source, _stat_reason(folder, exc), printable(f"cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if _is_dir(entry):
            yield from _walk(path, seen)
        else:
            yield path, False


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def read_inputs(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article, rejection and ignored file under ``paths``, lazily. A file that fails in a way nobody
    foresaw is named with the error (reason ``internal-error``) and the next file is read."""
    for found in iter_paths(paths):
        if isinstance(found, Rejection):
            yield found
            continue
        path, named = found
        try:
            yield from read_file(path, max_bytes, named)
        except Exception as exc:  # a reader bug must not stop the batch: the file is named with the error
            yield Rejection(printable(str(path)), "internal-error", printable(f"{type(exc).__name__}: {exc}"))
