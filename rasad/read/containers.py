"""Containers read one record at a time: JSON Lines (one article per line) and WARC (one response per record).

Lines and records are read with the size limit applied while reading (and decompressing), so a line that expands to
gigabytes is refused after ``max_bytes`` and skipped in small pieces: memory stays bounded and the records after it
are still read.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from rasad.errors import EmptyInput, InputError, MalformedInput, TooLargeInput, UndecodableInput
from rasad.read.decode import (
    _check_size,
    _document,
    _looks_html,
    _read_limited,
    check_html_complete,
    decode_text,
    is_persian,
)
from rasad.read.kinds import (
    Ignored,
    Item,
)
from rasad.records import RawDocument, Rejection
from rasad.text.repair import printable

_SKIP_CHUNK = 1 << 20


def _lines(stream: io.BufferedIOBase, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line of ``stream``; a line over ``max_bytes`` comes as (None, its size), read through
    in pieces of a megabyte without being kept."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            size += len(line)
        yield None, size


def read_jsonl(stream: io.BufferedIOBase, source: str, max_bytes: int) -> Iterator[Item]:
    for lineno, (raw, size) in enumerate(_lines(stream, max_bytes), 1):
        where = f"{source}:{lineno}"
        try:
            if raw is None:
                raise TooLargeInput(where, f"a line of {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            _check_size(size, where, max_bytes)
            if raw.strip():
                yield _record(_parse_line(raw, where), source, where)
        except InputError as exc:
            yield Rejection(exc.source, exc.reason, exc.detail)


def _parse_line(raw: bytes, where: str) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UndecodableInput(where, f"JSON Lines must be UTF-8: {exc.reason}") from exc
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(where, f"invalid JSON: {exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:
        raise MalformedInput(where, "invalid JSON: nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise MalformedInput(where, f"invalid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise MalformedInput(where, "a JSON Lines record must be an object")
    return obj


def _record(obj: dict[str, Any], source: str, where: str) -> RawDocument:
    """One JSON Lines object → a document; fields of an unexpected type are converted or left out, with a warning."""
    text, html = obj.get("text"), obj.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise MalformedInput(where, f"'{key}' must be a string, not {type(value).__name__}")
    if not (text and text.strip()) and not (html and html.strip()):
        raise EmptyInput(where, "record has no 'text' or 'html'")
    warnings: list[str] = []
    name = _string_field(obj, "id", warnings) or _string_field(obj, "doc", warnings)
    doc_source = f"{source}#{printable(name)}" if name else where
    if html and html.strip():
        check_html_complete(html, doc_source)
        doc = RawDocument(source=doc_source, html=html, encoding="utf-8")
    else:
        doc = RawDocument(source=doc_source, text=text, encoding="utf-8")
    doc.url = _string_field(obj, "url", warnings)
    doc.outlet = _string_field(obj, "outlet", warnings)
    doc.published = _published(obj.get("published"), warnings)
    doc.warnings = warnings
    return doc


def _string_field(obj: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    """A metadata field as a string: numbers as their digits, NULs and controls escaped; other types left out."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        warnings.append(f"'{key}' ignored: a {type(value).__name__}, not a string")
        return None
    text = printable(str(value))
    if text != str(value):
        warnings.append(f"'{key}': control characters or lone surrogates escaped")
    return text


def _published(value: Any, warnings: list[str]) -> str | None:
    """'published' as given (a string), or a Unix time in seconds or milliseconds as ISO 8601 in UTC."""
    if value is None or isinstance(value, str):
        return printable(value) if value else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            stamp = dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            stamp = None
        if stamp is not None and 1900 <= stamp.year <= 2100:
            warnings.append(f"'published' {value!r} read as a Unix time: {stamp.isoformat()}")
            return stamp.isoformat()
    warnings.append(f"'published' ignored: {type(value).__name__} {str(value)[:40]!r} is no date")
    return None


def read_warc(stream: io.BufferedIOBase, source: str, max_bytes: int) -> Iterator[Item]:
    """Common Crawl News WARC: keep HTML responses whose text is Persian, with their URL and crawl date."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        for n, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{printable(url) if url else n}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.lower() and "text" not in ctype.lower():
                yield Ignored(where, f"not a page ({ctype})")
                continue
            try:
                yield _warc_document(record, where, ctype, max_bytes)
            except InputError as exc:
                yield Rejection(exc.source, exc.reason, exc.detail)
    except Exception as exc:  # warcio raises plain exceptions on corrupt archives
        yield Rejection(source, "malformed", f"WARC archive unreadable: {exc}")


def _warc_document(record: Any, where: str, ctype: str, max_bytes: int) -> RawDocument | Ignored:
    data = _read_limited(record.content_stream(), where, max_bytes)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the archive ends before the record does
        declared = record.length or 0
        raise MalformedInput(where, f"WARC record cut off: {declared - missing:,} of {declared:,} bytes")
    charset = re.search(r"charset=([\w-]+)", ctype, re.I)
    try:
        text, enc, warnings = (data.decode(charset.group(1)), charset.group(1), []) if charset else \
            decode_text(data, where, "record")
    except (LookupError, UnicodeDecodeError):
        text, enc, warnings = decode_text(data, where, "record")
    if not is_persian(text):
        return Ignored(where, "not Persian")
    doc = _document(text, where, enc, "html" if "html" in ctype.lower() or _looks_html(text) else "text")
    doc.url = record.rec_headers.get_header("WARC-Target-URI")
    doc.published = record.rec_headers.get_header("WARC-Date")
    doc.warnings = warnings
    return doc
