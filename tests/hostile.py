"""A folder of hostile inputs (issue 13), built small on disk: every kind of input that once stopped a batch, lost
good text or was skipped without a word, with what rasad must do with it.

``build(folder)`` writes the folder and returns ``{name: expected}`` where ``expected`` is "stored" (a good article,
possibly repaired with a warning), "ignored" (not an article file), or the rejection reason. Names are the file name
(``name:LINE`` for a JSON Lines record, ``name#URL`` for a WARC record). Good articles are distinct project
articles, so each one must be stored, not found already present.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
from pathlib import Path

from rasad.text.repair import printable
from tests.conftest import ARTICLES

_EVENTS = sorted((ARTICLES / "events").glob("*.txt"))


class _Articles:
    """Hands out a different project article each time, so no good input is a copy of another."""

    def __init__(self) -> None:
        self.i = 0

    def next(self) -> str:
        text = _EVENTS[self.i].read_text(encoding="utf-8")
        self.i += 1
        return text


def _gzip_bomb(path: Path, parts: list[tuple[bytes, int]]) -> None:
    """A gzip file of (bytes, times repeated) parts, each part one gzip member compressed once: gzip readers join
    members into one stream, so the file is a few kilobytes however far it expands (and takes no time to write)."""
    with open(path, "wb") as fh:
        for data, times in parts:
            member = gzip.compress(data, compresslevel=9)
            for _ in range(times):
                fh.write(member)


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    """An uncompressed WARC file of HTTP responses (url, HTML bytes)."""
    out = io.BytesIO()
    for url, html in records:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-06-20T08:00:00Z\r\n"
                f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\nContent-Type: application/http; msgtype=response"
                f"\r\nContent-Length: {len(http)}\r\n\r\n").encode()
        out.write(head + http + b"\r\n\r\n")
    return out.getvalue()


def _html(text: str, title: str = "خبر") -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body><article>{paras}</article></body></html>"


def _texts(folder: Path, a: _Articles) -> dict[str, str]:
    """Plain-text files: encodings, BOMs, repairs, empties and binaries."""
    exp: dict[str, str] = {}

    def put(name: str | bytes, data: bytes, expected: str) -> None:
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())
        with open(path, "wb") as fh:
            fh.write(data)
        exp[printable(os.fsdecode(name) if isinstance(name, bytes) else name)] = expected  # as rasad names it

    put("empty.txt", b"", "empty")
    put("whitespace.txt", b" \n\t\n  ", "empty")
    put("random.bin", random.Random(13).randbytes(20_000), "binary")
    put("zeros.txt", b"\x00" * 10_000, "binary")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(5000), "binary")
    put("short.txt", "خبر کوتاه".encode(), "empty")
    put("utf8.txt", a.next().encode(), "stored")
    put("utf8_bom.txt", codecs.BOM_UTF8 + a.next().encode(), "stored")
    put("utf16le_bom.txt", a.next().encode("utf-16"), "stored")
    put("utf16be_bom.txt", codecs.BOM_UTF16_BE + a.next().encode("utf-16-be"), "stored")
    put("utf16le_nobom.txt", a.next().encode("utf-16-le"), "stored")
    put("utf32_bom.txt", a.next().encode("utf-32"), "stored")
    put("cp1256.txt", a.next().replace("ی", "ي").replace("ک", "ك").translate(
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).encode("cp1256", "replace"), "stored")
    put("bom_then_utf16.txt", codecs.BOM_UTF8 + "خبر".encode("utf-16-le") * 200, "binary")
    put("truncated_utf8.txt", a.next().encode()[:-1] + "ی".encode()[:1], "stored")
    text = a.next().encode()
    put("nul_in_head.txt", text[:200] + b"\x00" + text[200:], "stored")
    text = a.next()
    put("controls.txt", "".join(c + ("\x01" if i % 25 == 0 else "") for i, c in enumerate(text)).encode(), "stored")
    put(b"bad_name_\xff\xfe.txt", a.next().encode(), "stored")
    put("line\nbreak in name.txt", a.next().encode(), "stored")
    put("notes.md", b"# not an article", "ignored")
    unit = a.next().replace("\n", " ")  # 5 MB without a line break: rejected at the time budget, memory bounded
    put("long_line.txt.gz", gzip.compress((unit * (5_000_000 // len(unit))).encode()), "timeout")
    return exp


def _htmls(folder: Path, a: _Articles) -> dict[str, str]:
    """HTML pages: good, cut off, empty, and nested deeper than any tree parser goes."""
    (folder / "page.html").write_text(_html(a.next()), encoding="utf-8")
    (folder / "cut.html").write_text(_html(a.next())[:900], encoding="utf-8")
    (folder / "scripts_only.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    body = "".join(f"<p>{p}</p>" for p in a.next().split("\n") if p.strip())
    deep = "<html><body>" + "<div>" * 100_000 + body + "</div>" * 100_000 + "</body></html>"
    (folder / "nested.html").write_text(deep, encoding="utf-8")
    return {"page.html": "stored", "cut.html": "malformed", "scripts_only.html": "empty", "nested.html": "stored"}


def _gzips(folder: Path, a: _Articles) -> dict[str, str]:
    """Gzip: good, cut off, not gzip at all, and a bomb that expands past the size limit."""
    (folder / "good.txt.gz").write_bytes(gzip.compress(a.next().encode()))
    (folder / "cut.txt.gz").write_bytes(gzip.compress(a.next().encode())[:300])
    (folder / "not_gzip.txt.gz").write_bytes(a.next().encode())
    _gzip_bomb(folder / "bomb.txt.gz", [(b"\xd8\xae" * 500_000, 200)])  # 200 MB of one letter
    return {"good.txt.gz": "stored", "cut.txt.gz": "malformed", "not_gzip.txt.gz": "malformed",
            "bomb.txt.gz": "too-large"}


def _jsonl(folder: Path, a: _Articles) -> dict[str, str]:
    """JSON Lines: good records around odd ones — bad JSON, odd field types, surrogates, NULs, deep nesting."""
    def rec(**kw) -> bytes:
        return json.dumps(kw, ensure_ascii=False).encode()

    lines: list[tuple[bytes, str]] = [
        (rec(text=a.next(), outlet="Mehr"), "stored"),
        (b"{not json", "malformed"),
        (rec(url="https://example.org/no-text"), "empty"),
        (b'["a list"]', "malformed"),
        (rec(text=a.next(), published=1718870700), "stored"),  # a Unix time, not a string
        (json.dumps({"text": a.next()[:400] + "\udc80" + a.next()}).encode(), "stored"),  # a lone surrogate
        ('{"text": "خبر"}'.encode("cp1256"), "undecodable"),
        (b"[" * 100_000 + b"]" * 100_000, "malformed"),
        (b'{"text": ' + b"9" * 5000 + b"}", "malformed"),
        (rec(text=12345), "malformed"),
        (rec(text=a.next(), id="x\u0000y", url="https://example.org/\u0000", outlet=["Mehr"], published=True),
         "stored"),
        (rec(text=a.next().replace("\n", "\u0000\n", 3)), "stored"),
    ]
    (folder / "records.jsonl").write_bytes(b"\n".join(x for x, _ in lines) + b"\n")
    exp = {f"records.jsonl:{i}": e for i, (_, e) in enumerate(lines, 1)}
    exp["records.jsonl#x\\x00y"] = exp.pop("records.jsonl:11")
    # one line expanding to 300 MB, then a good record: the bomb is refused while decompressing, the record kept
    good = rec(text=a.next())
    _gzip_bomb(folder / "bomb.jsonl.gz", [(b'{"text": "', 1), (b"a" * 1_000_000, 300), (b'"}\n' + good + b"\n", 1)])
    exp.update({"bomb.jsonl.gz:1": "too-large", "bomb.jsonl.gz:2": "stored"})
    return exp


def _warcs(folder: Path, a: _Articles) -> dict[str, str]:
    """WARC: a good Persian page, a record cut off mid-way, and a file that is no WARC at all."""
    (folder / "good.warc").write_bytes(_warc([("https://www.irna.ir/news/1", _html(a.next()).encode())]))
    whole = _warc([("https://www.irna.ir/news/2", _html(a.next()).encode())])
    (folder / "cut.warc").write_bytes(whole[: len(whole) // 2])
    (folder / "garbage.warc").write_bytes(b"this is not a WARC file\n" * 50)
    return {"good.warc#https://www.irna.ir/news/1": "stored", "cut.warc#https://www.irna.ir/news/2": "malformed",
            "garbage.warc": "malformed"}


def _filesystem(folder: Path, a: _Articles) -> dict[str, str]:
    """Links that loop or point nowhere, a folder that links to itself, an unreadable folder and file, a FIFO."""
    os.symlink(folder / "loop_b", folder / "loop_a")
    os.symlink(folder / "loop_a", folder / "loop_b")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "inner.txt").write_text(a.next(), encoding="utf-8")
    os.symlink(sub, sub / "self")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(a.next(), encoding="utf-8")
    locked.chmod(0)
    (folder / "locked_file.txt").write_text(a.next(), encoding="utf-8")
    (folder / "locked_file.txt").chmod(0)
    os.mkfifo(folder / "pipe.txt")
    return {"loop_a": "symlink-loop", "loop_b": "symlink-loop", "dangling.txt": "broken-link",
            "sub/inner.txt": "stored", "sub/self": "symlink-loop", "locked": "unreadable",
            "locked_file.txt": "unreadable", "pipe.txt": "special-file"}


def build(folder: Path) -> dict[str, str]:
    """Write the hostile folder; return what must become of each input (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    a = _Articles()
    expected: dict[str, str] = {}
    for part in (_texts, _htmls, _gzips, _jsonl, _warcs, _filesystem):
        expected.update(part(folder, a))
    return expected


def unlock(folder: Path) -> None:
    """Make the folder removable again."""
    for p in (folder / "locked", folder / "locked_file.txt"):
        if p.exists():
            p.chmod(0o755)
