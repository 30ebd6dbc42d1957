"""Repairs that keep good text instead of throwing it away: lone surrogates, NULs and control characters.

Text reaches rasad from files, JSON Lines (whose ``\\udc80`` escapes decode to lone surrogates), WARC records and the
API. A lone surrogate cannot be encoded as UTF-8 and a NUL cannot be stored in PostgreSQL, so either would stop a
batch later; control characters are noise in a stored body. Each repair is counted so that the article can carry
a warning saying what was changed.
"""

from __future__ import annotations

import html
import re

# C0 controls except tab, newline and carriage return; DEL; C1 controls. Vertical tab, form feed, the file/group/
# record separators and NEL break lines (str.splitlines), so they become newlines; the rest is removed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKING = frozenset("\x0b\x0c\x1c\x1d\x1e\x85")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def repair_text(text: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates replaced by U+FFFD and control characters removed (line-breaking ones become
    newlines), and a warning for each kind of repair made. Clean text comes back unchanged with no warnings."""
    warnings: list[str] = []
    if _SURROGATE.search(text):
        text, n = _SURROGATE.subn("\ufffd", text)
        warnings.append(f"{n} lone surrogate code point{'s' if n > 1 else ''} replaced by U+FFFD")
    if _CONTROL.search(text):
        nuls = text.count("\x00")
        text, n = _CONTROL.subn(lambda m: "\n" if m.group() in _LINE_BREAKING else "", text)
        if nuls:
            warnings.append(f"{nuls} NUL character{'s' if nuls > 1 else ''} removed")
        if n - nuls:
            warnings.append(f"{n - nuls} control character{'s' if n - nuls > 1 else ''} removed")
    return text, warnings


# (session 28) An HTML character reference left in scraped plain text ("نگارش از&nbspیورونیوز", "&amp;", "&#8204;"),
# with or without its semicolon: decoded by the standard library's table of HTML5 references.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


def decode_references(text: str) -> tuple[str, int]:
    """Plain ``text`` with the HTML character references it carries decoded, and how many were."""
    if "&" not in text:
        return text, 0
    count = 0

    def decoded(m: re.Match) -> str:
        nonlocal count
        out = html.unescape(m.group())
        count += out != m.group()
        return out

    return _REFERENCE.sub(decoded, text), count


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def printable(name: str) -> str:
    """A name (file path, record id) that can be stored and shown: undecodable file-name bytes, surrogates and
    control characters written as escapes (``bad_\\xff.txt``), everything else as it was."""
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), name) if _UNPRINTABLE.search(name) else name
