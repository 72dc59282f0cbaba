"""Moving a firm's records from its SQLite file into a PostgreSQL host, verified.

Every table of the schema is copied (the firm's records, certificate links,
the checklist log, notices read, trusted keys, the sync state and the
catalogue) in one transaction on the host, then read back and compared
with the file table by table: the row count and a checksum of the rows,
computed the same way on both sides from the values SQLAlchemy reads
(`table_digest`: order-independent, so the engines' different sort orders
of text do not matter). Any difference rolls the whole copy back.

The scans the file's certificates name go from the data folder's `scans/`
into the host's `scan_files` in the same transaction (`put_scans`), checked
the same way: their count, and a checksum over each name, size and SHA-256
as the host computes it from the bytes it stored. The folder stays as it was
(it is now this PC's cache of them).

The SQLite file is opened read-only (`mode=ro`): its bytes stay exactly as
they were, so the firm can go back to it. A host that already holds a
firm's records (rows in any table but the catalogue's, `FIRM_TABLES`)
is refused; the catalogue a first start put there is replaced by the file's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    func,
    select,
    text,
    update,
)

from ..core.errors import AssistantError, DatabaseHostError
from ..core.filenames import inside
from ..core.reasons import Reason
from ..db.base import utcnow
from ..db.migrate import HEAD_REVISION, current_revision, migrate
from ..db.models import Base, CertificateRow
from ..db.scan_models import ScanFileRow
from ..db.session import host_errors
from ..paths import DataPaths
from .connection import save_setting, shown
from .host import check, open_engine

# The catalogue: what the platform (or the bundled page) serves and a sync keeps, and the
# sync's own state. A first start on an empty host puts the bundled catalogue there, so rows
# in these tables do not make a host "not empty"; `copy_tables` replaces them with the file's.
CATALOGUE_TABLES = frozenset(
    {
        "standards",
        "search_texts",
        "standard_texts",
        "requirements",
        "rules",
        "notices",
        "factors",
        "sync_state",
        "full_pass_seen",
    }
)
# The firm's own tables, derived from the schema: everything not in the catalogue (a new
# table counts as the firm's until said otherwise). A host holding rows in any is not empty.
FIRM_TABLES = tuple(t.name for t in Base.metadata.sorted_tables if t.name not in CATALOGUE_TABLES)
BATCH = 5000
_MODULUS = 1 << 256


@dataclass(frozen=True)
class TableDigest:
    rows: int
    checksum: str  # hex: the sum of the rows' SHA-256 digests modulo 2**256

    def __str__(self) -> str:
        return f"{self.rows} rows, checksum {self.checksum[:16]}"


@dataclass(frozen=True)
class MoveResult:
    host: str
    tables: dict[str, TableDigest]  # as found on both sides, by table
    setting: Path  # the connection setting now naming the host


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):  # a scan's bytes: their digest stands for them
        return hashlib.sha256(value).hexdigest()
    return value


def row_digest(row: Sequence[Any]) -> int:
    line = json.dumps([_plain(v) for v in row], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(line.encode("utf-8")).digest(), "big")


def table_digest(conn: Connection, table: Table) -> TableDigest:
    """The count and checksum of `table`'s rows as read through SQLAlchemy's column types."""
    total, rows = 0, 0
    for row in _rows(conn, table):
        total = (total + row_digest(row)) % _MODULUS
        rows += 1
    return TableDigest(rows, f"{total:064x}")


def _rows(conn: Connection, table: Table) -> Iterator[Sequence[Any]]:
    # on the statement: a connection's own options would stay for the inserts after it
    result = conn.execute(select(*table.columns).execution_options(yield_per=BATCH))
    for partition in result.partitions(BATCH):
        yield from partition


def _tables() -> list[Table]:
    """Every table of the schema, parents before children (foreign keys)."""
    return [t for t in Base.metadata.sorted_tables]


def read_only_engine(database: Path) -> Engine:
    """An engine on the SQLite file that cannot change a byte of it."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))


def move_data(
    paths: DataPaths,
    url: str,
    *,
    secret: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MoveResult:
    """Copy the records of `paths`' SQLite file to the host at `url` and make it this PC's database.

    `progress(done, total)` is called before each table (the window's
    progress bar); an exception it raises (a cancel) rolls the whole copy back.
    """
    report = check(url, secret=secret)
    if report.problems:
        raise report.problems[0]
    source = read_only_engine(paths.database)
    target = open_engine(url, secret)
    host = shown(target.url)
    try:
        found = current_revision(source)
        if found != HEAD_REVISION:
            raise DatabaseHostError(
                Reason.HOST_COPY_MISMATCH, host, table="alembic_version", detail=f"local schema {found}"
            )
        with host_errors(host):
            migrate(target, None)
            with source.connect() as src, target.begin() as dst:
                dst.execute(text("LOCK TABLE firm, products, certificates IN EXCLUSIVE MODE"))
                _refuse_firm_records(dst, host)
                digests = copy_tables(src, dst, host, progress)
                digests[ScanFileRow.__tablename__] = put_scans(
                    dst, host, local_scans(paths.scans, named_scans(src))
                )
    finally:
        source.dispose()
        target.dispose()
    setting = save_setting(paths, target.url)
    return MoveResult(host, digests, setting)


def _refuse_firm_records(dst: Connection, host: str) -> None:
    tables = Base.metadata.tables
    held = [n for n in FIRM_TABLES if dst.scalar(select(func.count()).select_from(tables[n]))]
    if held:
        raise DatabaseHostError(Reason.HOST_NOT_EMPTY, host, tables=held)


def copy_tables(
    src: Connection, dst: Connection, host: str, progress: Callable[[int, int], None] | None = None
) -> dict[str, TableDigest]:
    """Replace every table of `dst` (a host) with `src`'s rows, verified table by table.

    Also how a backup is restored onto a host (`backup_logical`).
    """
    tables = _tables()
    for table in reversed(tables):  # children first: what a first start put there goes
        dst.execute(delete(table))
    digests: dict[str, TableDigest] = {}
    for done, table in enumerate(tables):
        if progress is not None:
            progress(done, len(tables))
        keys = table.columns.keys()
        for batch in _batches(_rows(src, table), BATCH):
            insert_rows(dst, table, [dict(zip(keys, row, strict=True)) for row in batch])
        _reset_sequences(dst, table)
        mine, theirs = table_digest(src, table), table_digest(dst, table)
        if mine != theirs:
            raise DatabaseHostError(
                Reason.HOST_COPY_MISMATCH, host, table=table.name, detail=f"{mine} here, {theirs} there"
            )
        digests[table.name] = mine
    return digests


def insert_rows(dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows`; a column naming a row of the same table (a certificate's `replaces_id`)
    is filled in afterwards, since the row it names may come later in the batch (or a later one)
    and PostgreSQL checks the key row by row."""
    own = [
        fk.parent.key
        for fk in table.foreign_keys
        if fk.column.table.name == table.name and fk.parent.nullable
    ]
    pk = [c.key for c in table.primary_key.columns]
    if not own or not rows:
        if rows:
            dst.execute(table.insert(), rows)
        return
    dst.execute(table.insert(), [{**r, **dict.fromkeys(own)} for r in rows])
    later = [r for r in rows if any(r[k] is not None for k in own)]
    if later:
        where = and_(*(table.c[k] == bindparam(f"pk_{k}") for k in pk))
        values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in own}
        dst.execute(
            update(table).where(where).values(values),
            [{**{f"pk_{k}": r[k] for k in pk}, **{f"v_{k}": r[k] for k in own}} for r in later],
        )


def _reset_sequences(dst: Connection, table: Table) -> None:
    """Rows came with their ids: the next id the host hands out follows the largest copied."""
    for column in table.primary_key.columns:
        if column.autoincrement is True or (column.autoincrement == "auto" and len(table.primary_key) == 1):
            sequence = dst.scalar(
                text("select pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            )
            if sequence:
                dst.execute(
                    text(
                        f"select setval(:s, coalesce((select max({column.name}) from {table.name}), 0) + 1, false)"
                    ),
                    {"s": sequence},
                )


def _batches(rows: Iterable[Sequence[Any]], size: int) -> Iterator[list[Sequence[Any]]]:
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def named_scans(conn: Connection) -> set[str]:
    """The scan names the certificates hold (a renewal may share one)."""
    rows = conn.execute(select(CertificateRow.scan_file).where(CertificateRow.scan_file.is_not(None)))
    return {name for (name,) in rows if name}


def local_scans(folder: Path, names: Iterable[str]) -> dict[str, Path]:
    """Of `names`, those with a file in `folder` (`scans/`), by name; a name that is not plain
    or a file that is missing (removed by hand) is left out: there is nothing to move."""
    found: dict[str, Path] = {}
    for name in sorted(names):
        try:
            path = inside(folder, name)
        except AssistantError:
            continue
        if path.is_file() and not path.is_symlink():
            found[name] = path
    return found


def scan_digest(scans: Iterable[tuple[str, int, str]]) -> TableDigest:
    total, rows = 0, 0
    for name, size, sha in scans:
        total = (total + row_digest([name, size, sha])) % _MODULUS
        rows += 1
    return TableDigest(rows, f"{total:064x}")


def put_scans(dst: Connection, host: str, files: dict[str, Path]) -> TableDigest:
    """Store `files` (name → file) in the host's `scan_files`, one at a time, replacing rows
    of the same name; then compare the count and checksum the host computes from what it
    stored (`sha256(data)` on the server) with the files'. A difference raises HOST_COPY_MISMATCH
    and the caller's transaction rolls everything back."""
    table = Base.metadata.tables[ScanFileRow.__tablename__]
    mine = []
    for name, path in files.items():
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        dst.execute(delete(table).where(table.c.name == name))
        dst.execute(
            table.insert(),
            {"name": name, "sha256": sha, "size": len(data), "data": data, "added_at": utcnow()},
        )
        mine.append((name, len(data), sha))
    theirs = dst.execute(
        text("select name, length(data), encode(sha256(data), 'hex') from scan_files where name = any(:n)"),
        {"n": list(files)},
    ).all()
    expected, found = scan_digest(mine), scan_digest((n, int(z), h) for n, z, h in theirs)
    if expected != found:
        raise DatabaseHostError(
            Reason.HOST_COPY_MISMATCH, host, table="scan_files", detail=f"{expected} here, {found} there"
        )
    return expected
