"""The fusion generation: how many fusion steps a database has had written (table ``fusion_generation``)."""

from __future__ import annotations

import sqlalchemy as sa

from rasad.store.schema import fusion_generation

_ROW = fusion_generation.c.id == 1


def generation(conn: sa.Connection, lock: bool = False) -> int:
    """The generation now (0 before the first step). ``lock``: hold its row until the transaction ends, so that no
    other step is written meanwhile (PostgreSQL; SQLite's write transaction holds the whole database already)."""
    q = sa.select(fusion_generation.c.generation).where(_ROW)
    return conn.execute(q.with_for_update() if lock else q).scalar() or 0


def bump_generation(conn: sa.Connection) -> None:
    """Count one more written step (inside the step's transaction)."""
    if not conn.execute(fusion_generation.update().where(_ROW)
                        .values(generation=fusion_generation.c.generation + 1)).rowcount:
        conn.execute(fusion_generation.insert().values(id=1, generation=1))
