"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer among the encodings Persian text comes in; binary, HTML that stops mid-page and non-Persian text are named and refused."""

from __future__ import annotations

import codecs
import io
import re

from rasad.errors import BinaryInput, EmptyInput, MalformedInput, NotPersian, TooLargeInput, UndecodableInput
from rasad.records import RawDocument

_PERSIAN_SPECIFIC = set("پچژگ")


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


_LATIN = re.compile(r"[A-Za-z]")


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


def html_document(data: bytes, source: str) -> RawDocument:
    """A web page's bytes as a document (what `rasad watch` fetched). Raises InputError kinds like a file would,
    and NotPersian for a page mostly in another script (as WARC records are sorted)."""
    text, enc = decode_bytes(data, source)
    if not is_persian(text):
        script, _ = persian_share(text)
        raise NotPersian(source, f"{script:.0%} of the letters in Arabic script")
    return _document(text, source, enc, "html" if _looks_html(text) else None)


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLargeInput(source, f"{size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def _read_limited(stream: io.BufferedIOBase, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    _check_size(len(data), source, max_bytes)
    return data
