"""Hashes that identify an input (as read) and an article (its cleaned body), so re-runs and copies add nothing."""

from __future__ import annotations

import hashlib

from rasad.text.normalize import _KEY_DROP, char_normalize


def raw_hash(content: str) -> str:
    """SHA-256 of an input exactly as read (decoded): the same file again is known before any cleaning."""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(body: str) -> str:
    """SHA-256 of the cleaned body's match key: copies differing only in encoding, spacing or ZWNJ are one article."""
    return hashlib.sha256(_hash_key(body).encode("utf-8")).hexdigest()


def _hash_key(body: str) -> str:
    """The body's key as stored articles were hashed with (frozen: changing it would make re-runs store copies)."""
    t = _KEY_DROP.sub("", char_normalize(body))
    return t.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ؤ", "و").replace("\u0654", "")
