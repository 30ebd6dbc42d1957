"""Rows ready for bulk insert: JSON serialised where the article is annotated, statements that write it as is.

The writer is the one part of a run that cannot be spread over processes, so everything that can be done before it
is: a worker serialises each JSON value to UTF-8 bytes (:func:`encode_rows`), which also makes the rows cheaper to
send between processes, and the writer's statements bind them as text (cast to ``json`` on PostgreSQL) instead of
serialising again (:class:`JsonValue`). Rows built without encoding still work: those values are serialised there.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from rasad.store.rows import ArticleRows, dumps
from rasad.store.schema import articles, entities, events, quotes


class JsonValue(sa.types.TypeDecorator):
    """A JSON column written as text: a value a worker serialised (UTF-8 bytes, which no JSON value is) goes in as
    is, anything else is serialised here."""

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str:
        return value.decode("utf-8") if isinstance(value, bytes) else dumps(value)


class SharedJson(sa.types.TypeDecorator):
    """A JSON column read through a cache of decoded values: fusion reads the same few actor lists (``["IRN"]``)
    hundreds of thousands of times. Equal texts give the SAME object, so readers must not change what they get.
    (PostgreSQL's driver hands over values already decoded; they pass through.)"""

    impl = sa.Text
    cache_ok = True
    _decoded: dict[str, Any] = {}

    def process_result_value(self, value: Any, dialect) -> Any:
        if not isinstance(value, str):
            return value
        cache = SharedJson._decoded
        out = cache.get(value, cache)
        if out is cache:
            if len(cache) > 50_000:  # a bounded cache: the writer keeps its memory
                cache.clear()
            out = cache[value] = json.loads(value)
        return out


def children(rows: ArticleRows) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """An article's child tables and the rows it has in each (the one place that pairs them)."""
    return [(entities, rows.entities), (events, rows.events), (quotes, rows.quotes)]


@functools.cache
def _json_columns(table: sa.Table) -> frozenset[str]:
    return frozenset(c.name for c in table.columns if isinstance(c.type, sa.JSON))


def _encoded(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    cols = _json_columns(table)
    return {k: dumps(v).encode("utf-8") if k in cols and not isinstance(v, bytes) else v for k, v in row.items()}


def encode_rows(rows: ArticleRows) -> ArticleRows:
    """``rows`` with every JSON value serialised to UTF-8 (None as JSON null, as SQLAlchemy's JSON type stores
    it); bytes pickle at a fraction of the cost of the nested lists and dicts they stand for."""
    rows.article = _encoded(articles, rows.article)
    for table, items in children(rows):
        items[:] = [_encoded(table, c) for c in items]
    return rows


@functools.lru_cache(maxsize=64)
def insert_statement(table: sa.Table, columns: tuple[str, ...], dialect: str, returning: bool = False):
    """INSERT of ``columns`` whose JSON values arrive serialised: bound as text, cast to json on PostgreSQL (a
    cast on SQLite would apply numeric affinity to the text)."""
    json_cols = _json_columns(table)
    values = {}
    for name in columns:
        if name in json_cols:
            param = sa.bindparam(name, type_=JsonValue())
            values[name] = sa.cast(param, table.c[name].type) if dialect == "postgresql" else param
        else:
            values[name] = sa.bindparam(name, type_=table.c[name].type)
    stmt = table.insert().values(values)
    return stmt.returning(table.c.id, sort_by_parameter_order=True) if returning else stmt


def _json_text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else dumps(value)


@functools.lru_cache(maxsize=64)
def _sqlite_insert(table: sa.Table, columns: tuple[str, ...], dialect) -> tuple[str, list]:
    """SQLite's INSERT of ``columns`` for the driver's executemany, and each column's conversion (the one SQLAlchemy
    applies: :class:`JsonValue` for JSON, the column type's for dates and numbers, None where the driver takes the
    value as is). Compiling and processing each row's parameters through SQLAlchemy cost the writer more than the
    insert itself."""
    json_cols = _json_columns(table)
    procs = [_json_text if c in json_cols else table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
             for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})', procs


def _copy_value(value: Any, is_json: bool) -> Any:
    if not is_json:
        return value
    return value.decode("utf-8") if isinstance(value, bytes) else dumps(value)


def insert_rows(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one table (all with the same keys) in bulk: COPY on PostgreSQL (executemany there runs
    one statement per row on the server), executemany elsewhere. JSON values may arrive serialised (bytes)."""
    if not rows:
        return
    columns = tuple(rows[0])
    if conn.dialect.name == "sqlite":
        sql, procs = _sqlite_insert(table, columns, conn.dialect)
        conn.exec_driver_sql(sql, [tuple(v if p is None else p(v) for v, p in zip(map(row.__getitem__, columns), procs))
                                   for row in rows])
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert_statement(table, columns, conn.dialect.name), rows)
        return
    json_cols = _json_columns(table)
    flags = [c in json_cols for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    with conn.connection.driver_connection.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([_copy_value(row[c], f) for c, f in zip(columns, flags)])


def update_column(conn: sa.Connection, table: sa.Table, column: str, key: str, pairs: list[tuple[int, int]]) -> None:
    """``UPDATE table SET column = new WHERE key = k`` for many integer (k, new) pairs: one statement over two arrays
    on PostgreSQL, executemany elsewhere."""
    if not pairs:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(f'UPDATE "{table.name}" SET "{column}" = d.v FROM unnest(CAST(:k AS bigint[]), '
                             f'CAST(:v AS bigint[])) AS d(k, v) WHERE "{table.name}"."{key}" = d.k'),
                     {"k": int_array([k for k, _ in pairs]), "v": int_array([v for _, v in pairs])})
        return
    conn.execute(table.update().where(table.c[key] == sa.bindparam("_k")).values({column: sa.bindparam("_v")}),
                 [{"_k": k, "_v": v} for k, v in pairs])


def insert_returning_ids(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows and return their new ids, in order. On PostgreSQL the ids are drawn from the table's sequence
    first and the rows copied in with them (a multi-row INSERT … RETURNING is slow to build and parse there)."""
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        return _insert_numbered(conn, table, rows)
    if conn.dialect.name != "postgresql":
        stmt = insert_statement(table, tuple(rows[0]), conn.dialect.name, returning=True)
        return list(conn.execute(stmt, rows).scalars().all())
    ids = sorted(conn.execute(sa.text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                              {"t": table.name, "n": len(rows)}).scalars())
    insert_rows(conn, table, [dict(r, id=i) for r, i in zip(rows, ids)])
    return ids


def _insert_numbered(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """SQLite: the rows numbered here and inserted in one executemany. An INSERT … RETURNING that must return ids in
    the rows' order runs one statement per row on SQLite (SQLAlchemy cannot match a multi-row RETURNING to its rows
    there), which was half of the writer's time; the ids are the ones SQLite gives (an INTEGER PRIMARY KEY without
    AUTOINCREMENT is the largest rowid + 1). Callers write in a write transaction (``Store.write_transaction``: the
    lock taken at BEGIN), so no other writer can take these ids meanwhile; without it, a clash fails on the key."""
    first = conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    ids = list(range(first + 1, first + 1 + len(rows)))
    insert_rows(conn, table, [dict(r, id=i) for r, i in zip(rows, ids)])
    return ids


def int_array(values: Sequence[int]) -> str:
    """Integers as PostgreSQL's array literal (``{1,2,3}``), bound as text and cast to an array in the statement:
    the driver's own list dumper costs ~0.5 µs per element in Python, a tenth of fusion's time on PostgreSQL."""
    return "{" + ",".join(map(str, map(int, values))) + "}"


class IntArray(sa.types.TypeDecorator):
    """A ``bigint[]`` parameter bound as its literal (:func:`int_array`), passed to the driver as is. The statement
    still says ``$1::BIGINT[]``, so the planner sees an array parameter (a cast of a text parameter in the statement
    made it scan ``fusion_keys`` for each look-up once the statement was prepared)."""

    impl = postgresql.ARRAY(sa.BigInteger)
    cache_ok = True

    def bind_processor(self, dialect):
        return None


def _in_array(column: sa.ColumnElement, dialect: str) -> sa.ColumnElement:
    """``column IN (values)`` with the integer values bound as ONE parameter (an array literal on PostgreSQL, a JSON
    array read by ``json_each`` on SQLite): the statement is compiled once, whatever the number of values, where an
    expanding IN list is rendered anew for every execution (a large part of fusion's time on big databases)."""
    if dialect == "postgresql":
        return column == sa.func.any(sa.bindparam("values", type_=IntArray()))
    each = sa.func.json_each(sa.bindparam("values", type_=sa.String)).table_valued("value")
    return column.in_(sa.select(each.c.value))


def rows_in(conn: sa.Connection, stmt: sa.Select, column: sa.ColumnElement, values: Sequence,
            size: int | None = None) -> list:
    """The rows of ``stmt`` whose integer ``column`` is in ``values``, asked in chunks of one bound array each: 5,000 on
    SQLite, 500 on PostgreSQL (whose planner scans a whole table, in parallel, for an array of thousands, where
    500 stay index look-ups: 0.4 ms against 90 ms on fusion_keys of 20,000 articles)."""
    dialect = conn.dialect.name
    size = size or (500 if dialect == "postgresql" else 5000)
    stmt = stmt.where(_in_array(column, dialect))
    out: list = []
    for i in range(0, len(values), size):
        chunk = list(values[i:i + size])
        out += conn.execute(stmt, {"values": int_array(chunk) if dialect == "postgresql" else json.dumps(chunk)}).all()
    return out
