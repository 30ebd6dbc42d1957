"""Small tools fusion's two steps share: 64-bit keys, connected components, chunked IN look-ups."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa

_VALUES = sa.bindparam("values", expanding=True)


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


def rows_in(conn: sa.Connection, stmt: sa.Select, column: sa.ColumnElement, values: Sequence, size: int = 500) -> list:
    """The rows of ``stmt`` whose ``column`` is in ``values``, asked in chunks (one cached statement, bound lists)."""
    stmt = stmt.where(column.in_(_VALUES))
    out: list = []
    for i in range(0, len(values), size):
        out += conn.execute(stmt, {"values": list(values[i:i + size])}).all()
    return out
