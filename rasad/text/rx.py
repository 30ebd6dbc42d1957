"""Regular expressions compiled once and kept: the re module's own cache (512 patterns) is thrashed by the
hundreds of event-trigger patterns, so hot paths use these instead of ``re.search(pattern, ...)``; and
:func:`compile`, ``re.compile`` with the generated code kept on disk between processes (rasad's own big patterns)."""

from __future__ import annotations

import _sre
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from functools import cache
from pathlib import Path


@cache
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def search(pattern: str, *args):
    return compiled(pattern).search(*args)


def match(pattern: str, *args):
    return compiled(pattern).match(*args)


def fullmatch(pattern: str, *args):
    return compiled(pattern).fullmatch(*args)


def finditer(pattern: str, *args):
    return compiled(pattern).finditer(*args)


def sub(pattern: str, *args):
    return compiled(pattern).sub(*args)


def first_chars(words) -> str:
    """``(?=[...])`` for the first characters of ``words`` (an alternation of them escaped, each matched as
    written), which every alternative implies: the engine tries the alternatives one by one at every position it
    reaches, and this one test turns most positions away. Empty when a word is empty."""
    words = list(words)
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


# --- compiled expressions kept on disk (session 32) -----------------------------------------------------------------
# rasad's pattern builders (the event grammar, trigger forms) compile a few thousand large expressions: parsing them
# and generating the engine's code is pure Python (``re._parser``, ``re._compiler``), half a process's warm-up. The
# code depends only on the pattern, its flags and the Python build, so :func:`compile` keeps it in one file per build
# and hands it straight to ``_sre.compile`` in later processes. Only expressions passed to :func:`compile` go through
# it (never a host program's); where this Python's regex internals are not the known ones it is plain ``re.compile``.

OFF_ENV = "RASAD_NO_REGEX_CACHE"  # "1": plain re.compile, no file read or written
# past this many entries or bytes of code the file keeps only what its last writer used: patterns built from texts,
# and the old versions of the grammar's big ones (half a megabyte each) after every edit of grammar.yaml
MAX_ENTRIES = 20_000
MAX_CODE_BYTES = 32_000_000
_MAGIC = b"rasad-rx1\n"
_DIGEST = 32  # bytes of the payload's blake2b, after the magic: a truncated or foreign file is ignored

# (pattern, flags) → (flags with the inline ones, code as bytes of unsigned ints, groups, group index, index group):
# built-in types only (marshal)
Entry = tuple[int, bytes, int, dict, tuple]
Key = tuple[str | bytes, int]


class _Store:
    """This process's view of the file: what it read, what it added, what it used."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.entries: dict[Key, Entry] | None = None  # None until the first compile reads the file
        self.new: dict[Key, Entry] = {}
        self.used: set[Key] = set()


_STORE = _Store()


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(pattern, flags)``, with the engine's code read from the file when an earlier process generated
    it (the same pattern object: equal code, groups and flags)."""
    internals = _internals()
    if internals is None or type(pattern) not in (str, bytes) or flags & re.DEBUG:
        return re.compile(pattern, flags)  # (a str subclass would be stored with its class)
    key = (pattern, int(flags))
    entries = _entries()
    entry = entries.get(key)
    if entry is None:
        entry = entries[key] = _STORE.new[key] = _generate(internals, pattern, int(flags))
    _STORE.used.add(key)
    return _from_entry(pattern, entry)


def _from_entry(pattern: str | bytes, entry: Entry) -> re.Pattern:
    all_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, all_flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _generate(internals: tuple, pattern: str | bytes, flags: int) -> Entry:
    """What this Python's ``re._compiler.compile`` (3.10: ``sre_compile.compile``) computes before ``_sre.compile``."""
    parse, generate_code = internals
    p = parse(pattern, flags)
    code = generate_code(p, flags)
    groupindex = {str(k): int(v) for k, v in p.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup)


@cache
def _internals() -> tuple | None:
    """(parse, generate code) of this Python's regex compiler where they are the known ones (CPython 3.10's
    ``sre_parse``/``sre_compile``, 3.11+'s ``re._parser``/``re._compiler``) and give what ``re.compile`` gives on
    a probe; else None (plain ``re.compile``), as when the cache is turned off."""
    if os.environ.get(OFF_ENV, "").lower() in ("1", "on", "yes", "true") or sys.implementation.name != "cpython":
        return None
    try:
        if sys.version_info[:2] == (3, 10):
            import sre_compile as compiler
            import sre_parse as parser
        else:
            from re import _compiler as compiler
            from re import _parser as parser
        internals = (parser.parse, compiler._code)
        return internals if _probe_passes(internals) else None
    except Exception:  # noqa: BLE001 - other internals: plain re.compile
        return None


def _probe_passes(internals: tuple) -> bool:
    """Whether patterns built from generated entries equal ``re.compile``'s (same code, flags and groups)."""
    for pattern, flags in (("(?P<a>[\u0600-\u06FF]+)\\s+(?:ب|پ)*?(?<!x)(?P=a)$", 0), (b"(?i)a(b|c){2,}", re.M)):
        built, plain = _from_entry(pattern, _generate(internals, pattern, flags)), re.compile(pattern, flags)
        if built != plain or (built.groups, built.groupindex) != (plain.groups, plain.groupindex):
            return False
    return True


def _entries() -> dict[Key, Entry]:
    if _STORE.entries is None:
        _STORE.path = _path()
        _STORE.entries = _read(_STORE.path) if _STORE.path else {}
        atexit.register(save)
    return _STORE.entries


def _path() -> Path | None:
    """``regex-<build>.bin`` in ``RASAD_CACHE_DIR``, else the user cache folder (as the knowledge base's cache)."""
    folder = os.environ.get("RASAD_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir

            folder = user_cache_dir("rasad")
        except ImportError:  # pragma: no cover - platformdirs is a dependency
            folder = str(Path.home() / ".cache" / "rasad")
    return Path(folder) / f"regex-{_build()}.bin"


def _build() -> str:
    """What the generated code depends on besides the pattern: the exact Python build and its regex engine."""
    tag = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}"
    return hashlib.sha256(tag.encode()).hexdigest()[:16]


def _read(path: Path) -> dict[Key, Entry]:
    """The file's entries; a missing, truncated, corrupt or foreign file counts as empty (and is rewritten)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head, digest, payload = data[:len(_MAGIC)], data[len(_MAGIC):len(_MAGIC) + _DIGEST], data[len(_MAGIC) + _DIGEST:]
    if head != _MAGIC or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def save() -> None:
    """Add the expressions this process generated to the file (merged with what other processes stored meanwhile;
    written to a temporary file and renamed, so a reader never sees half a file). Called at exit; a forked worker,
    which ends without running atexit, calls it itself (rasad.run.parallel)."""
    if not _STORE.new or _STORE.path is None:
        return
    stored = _read(_STORE.path)
    if len(stored) + len(_STORE.new) > MAX_ENTRIES or sum(len(e[1]) for e in stored.values()) > MAX_CODE_BYTES:
        stored = {k: _STORE.entries[k] for k in _STORE.used if k in _STORE.entries}
    stored.update(_STORE.new)
    _STORE.new = {}
    _write(_STORE.path, stored)


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    payload = marshal.dumps(entries)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
        os.replace(tmp, path)
    except OSError:  # a read-only or full disk: the next process generates them again
        return
