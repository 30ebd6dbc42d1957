"""rasad.text.rx.compile: re.compile with the generated code kept on disk (hit, miss, corrupt file, fallback)."""

from __future__ import annotations

import re

import pytest

from rasad.text import rx

_SAMPLES = [
    (r"(?<![\w\u200c])(?P<noun>حمله|تحریم)[\s\u200c]*(?:ها|های)?(?![\w\u200c])", 0),
    (r"(?i)abc(?:d|e)+\b", 0),
    (r"^[\s\u200c]*(?:از|به)\s+(\d+)$", re.MULTILINE),
    (rb"\x00(?P<x>[a-z]{2,4})", 0),
]
_TEXT = "در پی حمله‌ها و تحریم های تازه\nاز 12\nABCde"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh store whose file lives in tmp_path."""
    monkeypatch.setenv("RASAD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_STORE", rx._Store())
    return tmp_path


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # equal code, flags and pattern
    assert (a.groups, a.groupindex) == (b.groups, b.groupindex)
    text = _TEXT.encode() if isinstance(a.pattern, bytes) else _TEXT
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_miss_then_hit_from_the_file(store, monkeypatch):
    if rx._internals() is None:
        pytest.skip("this Python compiles with plain re.compile")
    for pattern, flags in _SAMPLES:
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))  # a miss: generated and kept
    rx.save()
    (path,) = store.glob("regex-*.bin")
    assert set(rx._read(path)) == {(p, f) for p, f in _SAMPLES}
    monkeypatch.setattr(rx, "_STORE", rx._Store())  # another process: reads the file
    monkeypatch.setattr(rx, "_generate", lambda *a: pytest.fail("generated again"))
    for pattern, flags in _SAMPLES:
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))
    assert rx.compile(_SAMPLES[0][0]).search(_TEXT).group("noun") == "حمله"
    assert not rx._STORE.new


@pytest.mark.parametrize("content", [b"", b"not a cache", rx._MAGIC + b"\x00" * 40, "truncated"])
def test_corrupt_or_foreign_file_is_ignored_and_rewritten(store, content):
    if rx._internals() is None:
        pytest.skip("this Python compiles with plain re.compile")
    rx.compile(*_SAMPLES[1])
    rx.save()
    (path,) = store.glob("regex-*.bin")
    path.write_bytes(path.read_bytes()[:-3] if content == "truncated" else content)
    assert rx._read(path) == {}
    rx._STORE = rx._Store()
    _same(rx.compile(*_SAMPLES[2]), re.compile(*_SAMPLES[2]))
    rx.save()
    assert set(rx._read(path)) == {_SAMPLES[2]}


def test_off_or_unknown_internals_fall_back_to_re(store, monkeypatch):
    monkeypatch.setattr(rx, "_internals", lambda: None)
    for pattern, flags in _SAMPLES:
        _same(rx.compile(pattern, flags), re.compile(pattern, flags))
    rx.save()
    assert not list(store.glob("regex-*"))


def test_env_turns_it_off(monkeypatch):
    monkeypatch.setenv(rx.OFF_ENV, "1")
    rx._internals.cache_clear()
    try:
        assert rx._internals() is None
    finally:
        monkeypatch.delenv(rx.OFF_ENV)
        rx._internals.cache_clear()


def test_a_probe_that_differs_falls_back(monkeypatch):
    monkeypatch.setattr(rx, "_probe_passes", lambda internals: False)
    rx._internals.cache_clear()
    try:
        assert rx._internals() is None
    finally:
        rx._internals.cache_clear()


def test_subclasses_and_debug_are_not_stored(store):
    class Text(str):
        pass

    rx.compile(Text("x+y"))
    assert not rx._STORE.new


def test_a_full_file_keeps_what_its_writer_used(store, monkeypatch):
    if rx._internals() is None:
        pytest.skip("this Python compiles with plain re.compile")
    for sample in _SAMPLES[:2]:
        rx.compile(*sample)
    rx.save()
    monkeypatch.setattr(rx, "_STORE", rx._Store())
    monkeypatch.setattr(rx, "MAX_CODE_BYTES", 0)
    rx.compile(*_SAMPLES[1])  # used (read from the file)
    rx.compile(*_SAMPLES[2])  # new
    rx.save()
    (path,) = store.glob("regex-*.bin")
    assert set(rx._read(path)) == {_SAMPLES[1], _SAMPLES[2]}
