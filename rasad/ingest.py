"""Reading inputs: files and folders, lazily, into :class:`RawDocument` or :class:`Rejection` records.

Files are streamed one at a time, and JSON Lines, gzip and WARC containers one record at a time, so memory stays
flat whatever the corpus size. Encodings are detected with charset-normalizer (a BOM wins; UTF-8 is tried
strictly first; Windows-1256 and UTF-16 are the usual others for Persian). Every input that cannot be read comes
out as a Rejection naming the file (and line or record) with a reason; nothing is skipped silently.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLargeInput, UndecodableInput
from .records import RawDocument, Rejection

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
# Files a folder walk passes over without complaint (documentation, data, images): listed as ignored.
IGNORED_SUFFIXES = {".md", ".rst", ".yaml", ".yml", ".json", ".py", ".csv", ".tsv", ".png", ".jpg", ".jpeg", ".gif",
                    ".svg", ".pdf", ".css", ".js", ".parquet", ".db", ".sqlite", ".log", ".toml", ".cfg", ".ini"}

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article (a file, a JSON line or a WARC record)

_PERSIAN_SPECIFIC = set("پچژگ")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Ignored:
    source: str
    reason: str


Item = RawDocument | Rejection | Ignored


def persian_share(text: str) -> tuple[float, float]:
    """(share of letters in Arabic script, share of those that are Persian-specific or Persian ی/ک)."""
    sample = text[:20000]
    arabic = _ARABIC_SCRIPT.findall(sample)
    latin = len(_LATIN.findall(sample))
    if not arabic:
        return 0.0, 0.0
    letters = len(arabic) + latin
    persian = sum(1 for c in arabic if c in _PERSIAN_SPECIFIC or c in "یک")
    arabic_only = sum(1 for c in arabic if c in "يكة")
    return len(arabic) / letters, (persian - arabic_only) / len(arabic)


def is_persian(text: str) -> bool:
    """Decided from letters alone (no model): mostly Arabic script, with Persian letters outnumbering Arabic-only ones."""
    script, persian = persian_share(text)
    return script >= 0.3 and persian >= 0.03


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Bytes → (text, encoding). Raises EmptyInput, BinaryInput or UndecodableInput."""
    if not data.strip():
        raise EmptyInput(source, "file is empty" if not data else "only whitespace")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
                     (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom) and not (enc == "utf-16" and data.startswith(codecs.BOM_UTF32_LE)):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise UndecodableInput(source, f"{enc} byte-order mark but invalid {enc}: {exc.reason}") from exc
    head = data[:4096]
    if b"\x00" not in head:  # UTF-16 text without a BOM can be valid UTF-8 byte-wise, NULs and all
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    nul = head.count(b"\x00")
    if nul:
        # UTF-16 without a BOM shows NULs in every other byte for Latin text, or high bytes 0x06 for Arabic script.
        even, odd = head[0::2], head[1::2]
        for enc, part in (("utf-16-le", odd), ("utf-16-be", even)):
            if part.count(0) + part.count(6) > 0.6 * len(part):
                try:
                    return data.decode(enc), enc
                except UnicodeDecodeError:
                    pass
        raise BinaryInput(source, f"{nul} NUL bytes in the first {len(head)} bytes")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp720", "mac_arabic", "utf_16", "cp1252"]).best()
    if best is None:
        raise UndecodableInput(source, "no text encoding fits (tried UTF-8, UTF-16, Windows-1256, ISO-8859-6)")
    enc = best.encoding
    text = data.decode(enc, errors="strict")
    controls = sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 5000):
        raise BinaryInput(source, f"{controls} control characters after decoding as {enc}")
    return text, enc


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<!doctype html") or "<html" in head or ("<body" in head) or bool(re.match(r"<(div|article|p|head)\b", head))


def check_html_complete(html: str, source: str) -> None:
    """A page cut off mid-way (no closing </html> or </body>, ending inside a tag) is reported, not half-read."""
    tail = html.rstrip()[-4000:].lower()
    if "</html>" in tail or "</body>" in tail:
        return
    if "<html" in html[:5000].lower() or "<body" in html[:5000].lower():
        last_open = tail.rfind("<")
        ends_in_tag = last_open > tail.rfind(">")
        raise MalformedInput(source, "truncated HTML: no closing </body> or </html>" + (", ends inside a tag" if ends_in_tag else ""))


def _document(text: str, source: str, encoding: str, kind: str | None = None) -> RawDocument:
    if not text.strip():
        raise EmptyInput(source, "no text after decoding")
    if kind == "html" or (kind is None and _looks_html(text)):
        check_html_complete(text, source)
        return RawDocument(source=source, html=text, encoding=encoding)
    return RawDocument(source=source, text=text, encoding=encoding)


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLargeInput(source, f"{size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def _read_limited(stream: io.BufferedIOBase, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    _check_size(len(data), source, max_bytes)
    return data


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


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
