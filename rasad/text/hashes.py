"""Hashes that identify an input (as read) and an article (its cleaned body), so re-runs and copies add nothing."""

from __future__ import annotations

import hashlib

from rasad.text.normalize import char_normalize


def raw_hash(content: str) -> str:
    """SHA-256 of an input exactly as read (decoded): the same file again is known before any cleaning."""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(body: str) -> str:
    """SHA-256 of the cleaned body's match key: copies differing only in encoding, spacing or ZWNJ are one article."""
    return hashlib.sha256(_hash_key(body).encode("utf-8")).hexdigest()


def _hash_key(body: str) -> str:
    """The body's key as stored articles were hashed with (frozen: changing it would make re-runs store copies).
    ``_KEY_DROP``'s white space (``\\s``, which is what ``str.split`` splits on) goes by a split and a join, its
    other characters by ``str.replace`` with the folds: ~2× faster than the regex substitution, same key."""
    t = "".join(char_normalize(body).split())
    for ch, kept in _KEY_REPLACE.items():
        t = t.replace(ch, kept)
    return t


# _KEY_DROP's characters but white space (dropped), and the hamza seats folded; no replacement is itself replaced
_KEY_REPLACE = {"\u200c": "", "\u200d": "", "\u00a0": "", "\u0640": "", "\u0654": "",
                "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و"}
