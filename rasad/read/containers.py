"""Containers read one record at a time: JSON Lines (one article per line) and WARC (one response per record)."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator

from rasad.errors import EmptyInput, InputError, MalformedInput, UndecodableInput
from rasad.read.decode import (
    _check_size,
    _document,
    _looks_html,
    _read_limited,
    check_html_complete,
    decode_bytes,
    is_persian,
)
from rasad.read.kinds import (
    Ignored,
    Item,
)
from rasad.records import RawDocument, Rejection


def read_jsonl(stream: Iterable[bytes], source: str, max_bytes: int) -> Iterator[Item]:
    for lineno, raw in enumerate(stream, 1):
        where = f"{source}:{lineno}"
        if not raw.strip():
            continue
        try:
            _check_size(len(raw), where, max_bytes)
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise UndecodableInput(where, f"JSON Lines must be UTF-8: {exc.reason}") from exc
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedInput(where, f"invalid JSON: {exc.msg} at column {exc.colno}") from exc
            if not isinstance(obj, dict):
                raise MalformedInput(where, "a JSON Lines record must be an object")
            text, html = obj.get("text"), obj.get("html")
            if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
                raise EmptyInput(where, "record has no 'text' or 'html'")
            name = obj.get("id") or obj.get("doc")
            doc_source = f"{source}#{name}" if name else where
            if isinstance(html, str) and html.strip():
                check_html_complete(html, doc_source)
                doc = RawDocument(source=doc_source, html=html, encoding="utf-8")
            else:
                doc = RawDocument(source=doc_source, text=text, encoding="utf-8")
            doc.url = obj.get("url")
            doc.published = obj.get("published")
            doc.outlet = obj.get("outlet")
            yield doc
        except InputError as exc:
            yield Rejection(exc.source, exc.reason, exc.detail)


def read_warc(stream: io.BufferedIOBase, source: str, max_bytes: int) -> Iterator[Item]:
    """Common Crawl News WARC: keep HTML responses whose text is Persian, with their URL and crawl date."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        for n, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or n}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.lower() and "text" not in ctype.lower():
                yield Ignored(where, f"not a page ({ctype})")
                continue
            try:
                data = _read_limited(record.content_stream(), where, max_bytes)
                charset = re.search(r"charset=([\w-]+)", ctype, re.I)
                try:
                    text, enc = (data.decode(charset.group(1)), charset.group(1)) if charset else decode_bytes(data, where)
                except (LookupError, UnicodeDecodeError):
                    text, enc = decode_bytes(data, where)
                if not is_persian(text):
                    yield Ignored(where, "not Persian")
                    continue
                doc = _document(text, where, enc, "html" if "html" in ctype.lower() or _looks_html(text) else "text")
                doc.url = url
                doc.published = record.rec_headers.get_header("WARC-Date")
                yield doc
            except InputError as exc:
                yield Rejection(exc.source, exc.reason, exc.detail)
    except Exception as exc:  # warcio raises plain exceptions on corrupt archives
        yield Rejection(source, "malformed", f"WARC archive unreadable: {exc}")
