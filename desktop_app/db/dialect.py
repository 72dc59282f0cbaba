"""The few SQL fragments that differ between SQLite and PostgreSQL, in one place.

Call sites write one statement; the fragment is compiled for the engine it
runs on (`@compiles`), or chosen by the session's dialect. Everything else
in the repositories is plain SQLAlchemy, the same on both engines.

- `json_array_contains(column, value)`: a JSON array column holds `value`
  (SQLite `json_each`, PostgreSQL `json_array_elements_text`).
- `insert_ignoring_duplicates(session, table)`: INSERT ... ON CONFLICT DO
  NOTHING, from the dialect's own `insert`.
- `driver_sql(connection, statement)`: a statement written with `?`
  placeholders for the driver's own `executemany`, in the driver's style
  (psycopg writes `%s`).
- `contains_pattern(words)`: a LIKE pattern for a substring typed by the user.
- `is_sqlite(session)`: for the one branch that has no common form, the
  catalogue's text search (FTS5 on SQLite, trigram-indexed ILIKE on PostgreSQL).
- `bulk_insert(connection, statement, rows)`: many rows of one `INSERT ...
  VALUES (?, ...)` statement: the driver's `executemany` on SQLite, `COPY
  ... FROM STDIN` on PostgreSQL (a catalogue page's half a million rows).
- `tune_bulk_transaction(session)`: the memory PostgreSQL may use for one
  transaction that writes a catalogue page (`SET LOCAL`).
- `analyze(session, tables)`: fresh planner statistics after a bulk load
  (PostgreSQL's `ANALYZE`, inside the transaction).
- `lock_catalogue_sync(session)`: one PC at a time applies catalogue pages.
  PostgreSQL takes a transaction-scoped advisory lock (released by the
  commit or rollback); SQLite needs nothing, as its `BEGIN IMMEDIATE`
  already admits one writer at a time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BindParameter,
    Boolean,
    Connection,
    Engine,
    Select,
    Table,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class json_array_contains(ColumnElement[bool]):  # reads as a SQL function at call sites
    """True where the JSON array in `column` has the text `value` as an element."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy's own declaration is an instance variable
        ("column", InternalTraversal.dp_clauseelement),
        ("value", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: QueryableAttribute[Any] | ColumnElement[Any], value: str) -> None:
        self.column = column.expression if isinstance(column, QueryableAttribute) else column
        self.value: BindParameter[str] = bindparam(None, value, unique=True)


@compiles(json_array_contains)
def _json_array_contains_sqlite(element: json_array_contains, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    value = compiler.process(element.value, **kw)
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = {value})"


@compiles(json_array_contains, "postgresql")
def _json_array_contains_postgresql(element: json_array_contains, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    value = compiler.process(element.value, **kw)
    return f"EXISTS (SELECT 1 FROM json_array_elements_text({column}) AS e(v) WHERE e.v = {value})"


LIKE_ESCAPE = "\\"


def contains_pattern(words: str) -> str:
    """A LIKE pattern for text containing `words` as typed: `%`, `_` and the escape are plain characters."""
    plain = words.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
    return "%" + plain.replace("_", LIKE_ESCAPE + "_") + "%"


def dialect_name(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name


def is_sqlite(session: Session | Connection) -> bool:
    return dialect_name(session) == "sqlite"


def int_list(session: Session, ids: Select[Any]) -> list[int]:
    """The values of a one-column select of integers, aggregated on the server into one value.

    Tens of thousands of ids (a broad catalogue search) cost far more as rows, each made
    a Python tuple by the driver and SQLAlchemy, than as one JSON array (SQLite) or
    integer array (PostgreSQL): 69,000 ids in 19 ms as rows, 10 ms as one array.
    """
    sub = ids.subquery()
    column = sub.c[0]
    if is_sqlite(session):
        found = session.scalar(select(func.json_group_array(column)))
        return json.loads(found) if found else []
    return session.scalar(select(func.array_agg(column))) or []


def insert_ignoring_duplicates(session: Session, table: Any) -> Any:
    """`INSERT ... ON CONFLICT DO NOTHING` into `table` (a mapped class or a Table)."""
    if is_sqlite(session):
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
    target: Table | Any = table
    return insert(target).on_conflict_do_nothing()


def driver_sql(connection: Connection, statement: str) -> str:
    """`statement`, written with `?` placeholders, in the driver's parameter style.

    Only for the bulk statements written for the driver's `executemany`
    (no `?` or `%` inside their literals).
    """
    if connection.dialect.paramstyle == "qmark":
        return statement
    return statement.replace("?", "%s")


_INSERT = re.compile(r"\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \([?, ]*\)\s*", re.IGNORECASE)


def bulk_insert(connection: Connection, statement: str, rows: Sequence[Sequence[object]]) -> None:
    """Insert `rows` with `statement` (`INSERT INTO t (a, "b") VALUES (?, ?)`), in the caller's transaction.

    SQLite: the driver's `executemany`. PostgreSQL: the same columns by
    `COPY t (a, "b") FROM STDIN` (psycopg 3's `cursor.copy()`), on the
    session's own connection, so the rows are part of its transaction and a
    rollback removes them. Why: psycopg's `executemany` still runs the
    statement once per row on the server; COPY parses a stream (measured on
    the 141,000 requirement items of a first sync at scale 0.3,
    `bench/bench_sync.py`, machine loaded: 4.5 s against 1.3 s). Values go in
    COPY's text form, which PostgreSQL reads with each column's own input
    function, as it reads the text of an `INSERT` parameter (JSON and dates
    are text already, `db.convert`).
    """
    found = _INSERT.fullmatch(statement)  # on both engines, so a statement COPY cannot take fails in any test
    if found is None:
        raise ValueError(f"not a plain INSERT ... VALUES statement: {statement!r}")
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        connection.exec_driver_sql(driver_sql(connection, statement), list(rows))
        return
    table, columns = found.group(1), found.group(2)
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


# Memory one page's transaction may use on PostgreSQL for sorting, including the flush of the
# trigram (GIN) indexes' pending lists into the indexes, which a page of 80,000 search terms
# triggers several times (the server's default is 4 MB; measured once, machine loaded: copying
# 80,000 terms 2.5 s against 2.1 s; larger pending lists did not help). SET LOCAL: it ends with
# the transaction, other work keeps the server's setting.
BULK_WORK_MEM = "64MB"


def tune_bulk_transaction(session: Session) -> None:
    """Give this transaction (on PostgreSQL) the memory for bulk writes; SQLite needs nothing."""
    if not is_sqlite(session):
        session.execute(text(f"SET LOCAL work_mem = '{BULK_WORK_MEM}'"))


def analyze(session: Session, tables: Sequence[str]) -> None:
    """PostgreSQL: new planner statistics for `tables`, in this transaction (SQLite: nothing).

    After a full pass the statistics still describe the small bundled
    catalogue until autovacuum comes by, and the searches planned meanwhile
    are planned for that size. ANALYZE reads a sample (0.3 s for the three
    large tables of a full catalogue) and, being part of the transaction,
    takes effect with its commit.
    """
    if not is_sqlite(session):
        for table in tables:
            session.execute(text(f"ANALYZE {table}"))


def vacuum(engine: Engine, tables: Sequence[str]) -> bool:
    """PostgreSQL: `VACUUM ANALYZE` `tables` now, outside any transaction; SQLite: nothing (False).

    After a sync has written the search index, autovacuum would come by within
    a minute or so; until then PostgreSQL cannot read `standard_texts`' index
    alone (its visibility map is not set) and a broad search reads the table
    too. Done at once it costs about a second after a first sync of 31,300
    standards, and the next search is as fast as every later one.
    """
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in tables:
            conn.execute(text(f"VACUUM ANALYZE {table}"))
    return True


# The advisory lock key of "applying catalogue pages": any constant both
# engines' code agrees on; the bytes of "TXTSYNC1" read as a signed 64-bit number.
CATALOGUE_SYNC_LOCK = int.from_bytes(b"TXTSYNC1", "big", signed=True)


def lock_catalogue_sync(session: Session) -> None:
    """Wait until no other PC is applying catalogue pages; hold that turn until this transaction ends."""
    if not is_sqlite(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CATALOGUE_SYNC_LOCK})


# Keys of the PostgreSQL advisory locks the app takes, one per kind of work (any 64-bit number
# nothing else on the server uses; these spell "txa-migr", "txa-cat0" and "txa-impo").
MIGRATION_LOCK = 0x7478612D6D696772
FIRST_CATALOGUE_LOCK = 0x7478612D63617430
# Writing an imported file: one PC at a time plans and writes, so a second import made at the
# same moment waits and then plans against the first one's records (as SQLite's BEGIN IMMEDIATE).
IMPORT_LOCK = 0x7478612D696D706F


def hold_transaction_lock(bind: Session | Connection, key: int) -> None:
    """On PostgreSQL, wait for and hold advisory lock `key` until the transaction ends.

    Several PCs starting at once on a new host: the first migrates the
    schema (or loads the bundled catalogue), the others wait and then find
    it done; two imports at once: the second plans after the first wrote.
    Take it first in the transaction: under READ COMMITTED every statement
    after it sees what the previous holder committed. SQLite needs none: every write transaction holds the file
    (BEGIN IMMEDIATE).
    """
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name == "postgresql":
        bind.execute(text("select pg_advisory_xact_lock(:key)"), {"key": key})
