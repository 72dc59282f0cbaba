"""Backups of a shared (PostgreSQL) database: a logical export that restores onto either engine.

On a PostgreSQL host there is no file to copy, so *Back up now* and the
daily backup write every table of the schema as JSON lines
(`tables/<table>.jsonl`, one object per row, read in one REPEATABLE READ
snapshot) into the same `.zip` as a SQLite backup, with the manifest
(`format_version` 2) giving each member's size and SHA-256 and each
table's row count. Restoring one, on either engine, first loads it into a
fresh SQLite file built by the app's own migrations at the archive's
schema revision (`load_into_sqlite`), so the checks and the upgrade that
every restore makes (integrity, the schema's exact shape, plain scan
names, migrations) apply to it as to a file backup.

The scans the host keeps (`scan_files`, from revision 0009 on) go into the
archive as `scans/<name>` members, read in the same snapshot, exactly where
a SQLite backup keeps the data folder's scans; that table has no JSON-lines
member. So every archive, old or new, restores its scans the same way: into
the folder on a single PC, into `scan_files` on a host (and the folder).

Restoring onto a host replaces its tables in one transaction from that
checked file (`restore_onto_host`, the same verified copy `host move-data`
makes), and is refused while another PC is connected to the database
(`pg_stat_activity`, by the application name each PC gives its
connections), naming those PCs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Engine, MetaData, Table, delete, inspect, text

from ..core.bounded import loads_json
from ..core.errors import AssistantError
from ..core.filenames import is_plain_name
from ..core.reasons import Reason
from ..db.engine import make_engine
from ..db.migrate import HEAD_REVISION, current_revision, migrate
from ..db.models import Base
from ..db.scan_models import ScanFileRow

LOGICAL_FORMAT_VERSION = 2
TABLES_DIR = "tables/"
SCANS_DIR = "scans/"
# kept as `scans/<name>` members, not as JSON lines (`export`)
AS_FILES = frozenset({ScanFileRow.__tablename__})
BATCH = 2000
# SQLite only: the FTS5 index over the search texts (external content), rebuilt after a load;
# an archive of revisions 0005 to 0009 has it over standard_terms
_FTS_TABLES = ("standards_fts_terms", "search_texts_fts")


def tables() -> list[Table]:
    """Every table of the schema exported as JSON lines, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in AS_FILES]


def member_name(table: Table) -> str:
    return f"{TABLES_DIR}{table.name}.jsonl"


def is_table_member(name: str) -> bool:
    return name in {member_name(t) for t in tables()}


def _encode(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _decoder(table: Table) -> dict[str, Any]:
    """Column → the function that turns its JSON value back into what the column takes."""
    found: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, DateTime):
            found[column.key] = dt.datetime.fromisoformat
        elif isinstance(column.type, Date):
            found[column.key] = dt.date.fromisoformat
    return found


def export(engine: Engine, folder: Path) -> tuple[str | None, dict[str, Path], dict[str, int]]:
    """Write every table of the database behind `engine` into `folder`; (revision, members, row counts).

    One snapshot for all tables: what another PC saves meanwhile is either in
    the backup whole or not at all.
    """
    members: dict[str, Path] = {}
    counts: dict[str, int] = {}
    revision = current_revision(engine)
    isolation = "REPEATABLE READ" if engine.dialect.name == "postgresql" else "SERIALIZABLE"
    with engine.connect().execution_options(isolation_level=isolation) as conn, conn.begin():
        # an older schema (the backup before a migration): its tables and columns as they are
        present = tables() if revision == HEAD_REVISION else _as_built(conn)
        for table in present:
            path = folder / f"{table.name}.jsonl"
            keys = list(table.columns.keys())
            rows = 0
            with path.open("w", encoding="utf-8", newline="\n") as out:
                result = conn.execute(table.select().execution_options(yield_per=BATCH))
                for row in result:
                    record = {k: _encode(v) for k, v in zip(keys, row, strict=True)}
                    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
                    out.write("\n")
                    rows += 1
            members[member_name(table)] = path
            counts[table.name] = rows
        if ScanFileRow.__tablename__ in inspect(conn).get_table_names():
            members.update(_export_scans(conn, folder / SCANS_DIR.rstrip("/")))
    return revision, members, counts


def _export_scans(conn: Connection, folder: Path) -> dict[str, Path]:
    """The host's scans as files (`scans/<name>` members), one in memory at a time."""
    table = Base.metadata.tables[ScanFileRow.__tablename__]
    folder.mkdir(exist_ok=True)
    found: dict[str, Path] = {}
    names = conn.execute(table.select().with_only_columns(table.c.name).order_by(table.c.name)).scalars()
    for name in list(names):
        if not is_plain_name(name):  # not one of ours (no certificate could name it safely)
            continue
        data = conn.execute(table.select().with_only_columns(table.c.data).where(table.c.name == name))
        path = folder / name
        path.write_bytes(data.scalar_one())
        found[SCANS_DIR + name] = path
    return found


def _records(archive: str, name: str, path: Path, table: Table) -> Iterator[dict[str, Any]]:
    from .backups import BackupError

    keys = set(table.columns.keys())
    decode = _decoder(table)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                record = loads_json(line)
                if not isinstance(record, dict) or set(record) != keys:
                    raise ValueError("not a row of the table")
                for key, convert in decode.items():
                    if record[key] is not None:
                        record[key] = convert(record[key])
            except (ValueError, TypeError):
                raise BackupError(archive, Reason.ARCHIVE_ALTERED, member=name) from None
            yield record


def load_into_sqlite(archive: str, manifest: dict[str, Any], staging: Path, db: Path) -> None:
    """Build the SQLite file `db` from the checked members in `staging` (the tables' JSON lines).

    The schema is the app's own at the archive's revision (an unknown one is
    refused); the JSON-lines files are removed once loaded.
    """
    from .backups import BackupError

    revision = manifest.get("schema_revision")
    engine = make_engine(db)
    try:
        try:
            migrate(engine, db, backup_dir=staging / "pre-upgrade", target=str(revision))
        except AssistantError:
            raise
        except Exception:  # noqa: BLE001 - Alembic's words for a revision it does not know
            raise BackupError(archive, Reason.BACKUP_FORMAT_UNKNOWN, format=f"2, schema {revision}") from None
        counts = manifest.get("rows", {})
        with engine.begin() as conn:
            present = _as_built(conn)
            for table in reversed(present):
                conn.execute(delete(table))  # what the migrations seed is replaced by the archive's
            for table in present:
                name = member_name(table)
                path = staging / name
                if name not in manifest["members"]:
                    continue  # a table this revision does not have
                loaded = 0
                batch: list[dict[str, Any]] = []
                for record in _records(archive, name, path, table):
                    batch.append(record)
                    if len(batch) == BATCH:
                        conn.execute(table.insert(), batch)
                        loaded, batch = loaded + len(batch), []
                if batch:
                    conn.execute(table.insert(), batch)
                    loaded += len(batch)
                if counts.get(table.name) != loaded:
                    raise BackupError(archive, Reason.ARCHIVE_ALTERED, member=name)
                path.unlink()
            for fts in _FTS_TABLES:
                exists = conn.scalar(text("select count(*) from sqlite_master where name = :n"), {"n": fts})
                if exists:
                    conn.exec_driver_sql(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    except BackupError:
        raise
    except Exception as exc:  # noqa: BLE001 - a row SQLite refuses (a constraint): the archive is not ours
        raise BackupError(archive, Reason.ARCHIVE_DATABASE_DAMAGED, detail=str(exc)) from None
    finally:
        engine.dispose()
    folder = staging / TABLES_DIR.rstrip("/")
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def _as_built(conn: Connection) -> list[Table]:
    """The tables as the migrations built them at the archive's revision (an older one may lack
    tables and columns the models have now), parents first."""
    found = set(inspect(conn).get_table_names())
    reflected = MetaData()
    return [Table(t.name, reflected, autoload_with=conn) for t in tables() if t.name in found]


def other_pcs(engine: Engine) -> list[str]:
    """The other PCs connected to this database (their application names, and addresses)."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "select application_name, coalesce(host(client_addr), 'local') from pg_stat_activity "
                "where datname = current_database() and pid <> pg_backend_pid() "
                "and application_name like 'textile-assistant%'"
            )
        ).all()
    named = {f"{name.removeprefix('textile-assistant').strip() or '?'} ({addr})" for name, addr in rows}
    return sorted(named)


def ensure_alone(archive: str, engine: Engine, host: str) -> None:
    """Refuse (`RESTORE_HOST_IN_USE`, naming them) while other PCs are connected to the database."""
    from .backups import BackupError

    pcs = other_pcs(engine)
    if pcs:
        raise BackupError(archive, Reason.RESTORE_HOST_IN_USE, host=host, pcs=", ".join(pcs[:10]))


def restore_onto_host(archive: str, engine: Engine, host: str, db: Path, scans: Path) -> None:
    """Replace every table on the host with the checked SQLite file `db`, verified table by table,
    and its scans with those in `scans` that the restored certificates name."""
    from .host_move import copy_tables, local_scans, named_scans, put_scans, read_only_engine

    ensure_alone(archive, engine, host)
    source = read_only_engine(db)
    try:
        with source.connect() as src, engine.begin() as dst:
            copy_tables(src, dst, host)
            put_scans(dst, host, local_scans(scans, named_scans(src)))
    finally:
        source.dispose()
