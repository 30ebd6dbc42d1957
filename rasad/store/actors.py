"""The event_actors table: who took part in each event and fused event, kept beside their JSON actor lists.

An article's rows carry theirs (built in workers by :func:`rasad.store.rows.article_rows`); fused events change as
reports join them, so fusion hands the ids it wrote to :func:`index_fused_actors` once per chunk, which rewrites
their rows from the stored fused events.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from rasad.store.bulk import insert_rows
from rasad.store.rows import actor_rows
from rasad.store.schema import event_actors, events, fused_events

_BATCH = 5000


def _rows_of(conn: sa.Connection, table: sa.Table, where: sa.ColumnElement) -> list[dict]:
    """event_actors rows for the events (or fused events) of ``table`` that ``where`` selects."""
    key = "event_id" if table is events else "fused_id"
    q = sa.select(table.c.id, table.c.source_ids, table.c.source, table.c.target_ids, table.c.target).where(where)
    return [dict(r, **{key: row.id}) for row in conn.execute(q)
            for r in actor_rows(row.source_ids, row.source, row.target_ids, row.target)]


def index_fused_actors(conn: sa.Connection, fused_ids: Iterable[int]) -> None:
    """Rewrite the event_actors rows of these fused events from their actors as stored now (call in the
    transaction that wrote them)."""
    ids = sorted(set(fused_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        conn.execute(event_actors.delete().where(event_actors.c.fused_id.in_(chunk)))
        insert_rows(conn, event_actors, _rows_of(conn, fused_events, fused_events.c.id.in_(chunk)))


def backfill_event_actors(conn: sa.Connection) -> None:
    """Fill event_actors for every stored event and fused event (migration 0003, on databases made before it)."""
    for table in (t for t in (events, fused_events) if sa.inspect(conn).has_table(t.name)):
        last = 0
        while True:
            ids = list(conn.execute(sa.select(table.c.id).where(table.c.id > last).order_by(table.c.id)
                                    .limit(_BATCH)).scalars())
            if not ids:
                break
            rows = _rows_of(conn, table, table.c.id.between(ids[0], ids[-1]))
            if rows:
                conn.execute(event_actors.insert(), rows)
            last = ids[-1]
