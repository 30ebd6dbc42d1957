"""Hashes that identify an input (as read) and an article (its cleaned body), so re-runs and copies add nothing."""

from __future__ import annotations

import hashlib

from rasad.text.normalize import match_key


def raw_hash(content: str) -> str:
    """SHA-256 of an input exactly as read (decoded): the same file again is known before any cleaning."""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(body: str) -> str:
    """SHA-256 of the cleaned body's match key: copies differing only in encoding, spacing or ZWNJ are one article."""
    return hashlib.sha256(match_key.__wrapped__(body).encode("utf-8")).hexdigest()  # not cached: bodies are large
