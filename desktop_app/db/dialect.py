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
- `lock_catalogue_sync(session)`: one PC at a time applies catalogue pages.
  PostgreSQL takes a transaction-scoped advisory lock (released by the
  commit or rollback); SQLite needs nothing, as its `BEGIN IMMEDIATE`
  already admits one writer at a time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Boolean, Connection, Table, bindparam, text
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
