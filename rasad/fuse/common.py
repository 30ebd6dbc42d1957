"""Small tools fusion's two steps share: 64-bit keys, connected components, look-ups by lists of ids or keys."""

from __future__ import annotations

import hashlib

from rasad.store.bulk import rows_in

__all__ = ["UnionFind", "key64", "rows_in"]


def key64(data: bytes) -> int:
    """A signed 64-bit key (what BIGINT holds) for ``data``."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


class UnionFind:
    """Union-find over hashable nodes, for connected components."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def groups(self) -> list[list]:
        out: dict = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())
