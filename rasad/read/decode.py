"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer among the encodings Persian text comes in; binary, HTML that stops mid-page and non-Persian text are named and refused."""

from __future__ import annotations

import codecs
import io
import re

from rasad.errors import BinaryInput, EmptyInput, MalformedInput, NotPersian, TooLargeInput, UndecodableInput
from rasad.records import RawDocument
from rasad.text.language import not_persian_reason


def is_persian(text: str) -> bool:
    """Decided from letters alone (no model): mostly Arabic script, and not another language's letters
    (``rasad.text.language``); in a page, the letters of its text, not of its markup, scripts and styles."""
    return not_persian_reason(_visible(text)) is None


_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


def _visible(text: str, limit: int = 300_000) -> str:
    """A page's text without its tags, scripts and styles (roughly: only its letters are counted); other text as is."""
    return _TAG.sub(" ", _SCRIPTS.sub(" ", text[:limit])) if _looks_html(text) else text


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE starts like UTF-16 LE
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.10  # of the first 5,000 characters, in text whose encoding is certain; more is not text


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Bytes → (text, encoding). Raises EmptyInput, BinaryInput or UndecodableInput."""
    text, enc, _warnings = decode_text(data, source)
    return text, enc


def decode_text(data: bytes, source: str, what: str = "file") -> tuple[str, str, list[str]]:
    """Bytes → (text, encoding, warnings). A few bad bytes in otherwise good text are replaced (U+FFFD) and a few
    NULs removed, each with a warning; empty, binary and undecodable input raises EmptyInput, BinaryInput or
    UndecodableInput. ``what`` names the input in messages (file, record)."""
    if not data.strip():
        raise EmptyInput(source, f"{what} is empty" if not data else "only whitespace")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _check_controls(*_decode_bom(data, enc, source), source)
    head = data[:4096]
    if b"\x00" in head:  # UTF-16 without a BOM, a few stray NULs, or binary
        return _check_controls(*_with_nuls(data, head, source), source)
    try:
        return _check_controls(data.decode("utf-8"), "utf-8", [], source)
    except UnicodeDecodeError:
        pass
    mostly = _lenient(data, "utf-8")
    if mostly is not None:
        return _check_controls(*mostly, source)
    return _detect(data, source)


def _lenient(data: bytes, enc: str) -> tuple[str, str, list[str]] | None:
    """``data`` decoded with bad byte sequences replaced, when they are rare among the valid non-ASCII characters
    (a character cut at the end, a damaged byte); None when the bytes are not this encoding at all."""
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad == 0 or valid < 50 * bad:
        return None
    return text, enc, [f"{bad} invalid {enc.upper().replace('-SIG', '')} byte sequence{'s' if bad > 1 else ''} "
                       "replaced by U+FFFD"]


def _decode_bom(data: bytes, enc: str, source: str) -> tuple[str, str, list[str]]:
    try:
        return data.decode(enc), enc, []
    except UnicodeDecodeError as exc:
        mostly = _lenient(data, enc)
        if mostly is None:
            raise UndecodableInput(source, f"{enc} byte-order mark but invalid {enc}: {exc.reason}") from exc
        return mostly


def _with_nuls(data: bytes, head: bytes, source: str) -> tuple[str, str, list[str]]:
    """UTF-16 shows NULs in every other byte for Latin text, or high bytes 0x06 for Arabic script; text with a few
    stray NULs loses them (with a warning); anything else is binary."""
    even, odd = head[0::2], head[1::2]
    for enc, part in (("utf-16-le", odd), ("utf-16-be", even)):
        if part.count(0) + part.count(6) > 0.6 * len(part):
            try:
                return data.decode(enc), enc, []
            except UnicodeDecodeError:
                pass
    stripped = data.replace(b"\x00", b"")
    nuls = len(data) - len(stripped)
    if nuls <= 0.01 * len(data):
        try:
            text, enc, warnings = stripped.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            text, enc, warnings = _lenient(stripped, "utf-8") or (None, "", [])
        if text is not None:
            return text, enc, [f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed", *warnings]
    raise BinaryInput(source, f"{head.count(0)} NUL bytes in the first {len(head)} bytes")


def _check_controls(text: str, enc: str, warnings: list[str], source: str,
                    limit: float = MAX_CONTROL_SHARE) -> tuple[str, str, list[str]]:
    """Text, unless control characters are so many that it is no text (they are removed later, with a warning)."""
    sample = text[:5000]
    controls = len(_CONTROL.findall(sample))
    if controls > limit * len(sample):
        raise BinaryInput(source, f"{controls} control characters in the first {len(sample)} after decoding as {enc}")
    return text, enc, warnings


def _detect(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Not UTF-8: charset-normalizer among the encodings Persian text comes in."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "cp720", "mac_arabic", "utf_16", "cp1252"]).best()
    if best is None:
        raise UndecodableInput(source, "no text encoding fits (tried UTF-8, UTF-16, Windows-1256, ISO-8859-6)")
    enc = best.encoding
    try:
        text = data.decode(enc, errors="strict")
    except UnicodeDecodeError as exc:  # the guess was made on the first 200,000 bytes only
        raise UndecodableInput(source, f"not {enc} after byte {exc.start:,}: {exc.reason}") from exc
    return _check_controls(text, enc, [], source, limit=0.01)  # a guessed encoding: binary passes for cp1256


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
    reason = not_persian_reason(_visible(text))
    if reason:
        raise NotPersian(source, reason)
    return _document(text, source, enc, "html" if _looks_html(text) else None)


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLargeInput(source, f"{size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def _read_limited(stream: io.BufferedIOBase, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    _check_size(len(data), source, max_bytes)
    return data
