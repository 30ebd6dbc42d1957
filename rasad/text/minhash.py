"""MinHash signatures of article bodies: the fingerprint by which republished copies are found to be one story.

Computed where an article is annotated (workers) and stored with it, so fusion only reads it.
"""

from __future__ import annotations

import pickle

import numpy as np
from datasketch import MinHash

from rasad.text.normalize import char_normalize

NUM_PERM = 128
SHINGLE = 5

_TEMPLATE = MinHash(num_perm=NUM_PERM)
_PERMUTATIONS, _SCHEME = _TEMPLATE.permutations, _TEMPLATE.scheme  # generated once: MinHash() redoes it per call
_VALUES = _TEMPLATE.hashvalues.dtype.newbyteorder("<")  # stored little-endian whatever the machine
_WORD_FOLD = str.maketrans({"\u200c": None, "\u200d": None, "\u0640": None, "\u0654": None,
                            "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و"})


def minhash(body: str) -> MinHash:
    """MinHash of the body's word 5-shingles. Words are folded like ``match_key`` (no ZWNJ, hamza seats folded)
    so that copies differing only in such spelling are the same story."""
    words = char_normalize(body).translate(_WORD_FOLD).split()
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=_SCHEME)
    m.update_batch(list(shingles))
    return m


def story_signature(body: str) -> bytes:
    """What the store keeps of an article for story detection: the MinHash values as bytes. Computed with the
    article's rows where it is annotated (worker processes, Dask workers), so fusion in the writer only reads it."""
    return signature_bytes(minhash(body))


def signature_bytes(m: MinHash) -> bytes:
    """A MinHash's values as the bytes the store keeps (little-endian whatever the machine)."""
    return m.hashvalues.astype(_VALUES).tobytes()


def load_minhash(blob: bytes) -> MinHash:
    """A stored signature back as a MinHash (raw values, or the pickled objects of older databases)."""
    if len(blob) == NUM_PERM * _VALUES.itemsize:
        values = np.frombuffer(blob, dtype=_VALUES)
    else:  # databases written before signatures were stored raw held pickled MinHash objects
        values = pickle.loads(blob).hashvalues
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS, scheme=_SCHEME)
