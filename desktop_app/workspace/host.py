"""Setting up a PostgreSQL host: check it, create the schema, move the firm's records in.

Used by `textile-assistant host ...` (and later by the window's setup page).
Nothing here keeps a connection: each call opens an engine on the URL and
disposes of it. Every failure to reach or use the host is a
`DatabaseHostError` naming the URL without its password.

The minimum server is PostgreSQL 13: from 13 on, `pg_trgm` is a trusted
extension, so the firm's role (the database's owner, no superuser) can
create it when `host init` migrates; every SQL the repositories and
migrations use exists in 13. (Debian 12 ships 15; the EDB installer for
Windows offers 13 to 17.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, text

from ..core.errors import DatabaseHostError
from ..core.reasons import Reason
from ..db.engine import make_engine
from ..db.migrate import MigrationResult, current_revision, migrate
from ..db.session import host_errors
from ..paths import DataPaths
from .connection import parse_url, password, shown

MINIMUM_SERVER = 130000  # server_version_num of PostgreSQL 13
MINIMUM_SERVER_TEXT = "13"


@dataclass(frozen=True)
class HostReport:
    """What `check` found; `problems` empty when the host can take the firm's records."""

    host: str
    server_version: str
    encoding: str
    trgm_available: bool
    can_create: bool
    schema_revision: str | None  # None: no schema yet (`init` creates it)
    seconds: float  # to connect and ask
    problems: tuple[DatabaseHostError, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def open_engine(url: URL | str, secret: str | None = None) -> Engine:
    """An engine on the host: the password given, else the URL's, else the keyring's."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseHostError(Reason.DATABASE_URL_INVALID, shown(parsed))
    return make_engine(parsed, password=secret or password(parsed))


def check(url: URL | str, *, secret: str | None = None) -> HostReport:
    """Whether the host answers (within the connect timeout) and can keep the firm's records.

    Raises `DatabaseHostError` when it cannot be reached or refuses the
    login; everything else it finds wrong is in `problems`.
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    engine = open_engine(parsed, secret)
    host = shown(parsed)  # as given: a password typed in the keyring or at the prompt is no `:***` here
    started = time.monotonic()
    try:
        with host_errors(host), engine.connect() as conn:
            number = int(conn.scalar(text("select current_setting('server_version_num')::int")) or 0)
            version = str(conn.scalar(text("select current_setting('server_version')")))
            encoding = str(
                conn.scalar(
                    text(
                        "select pg_encoding_to_char(encoding) from pg_database "
                        "where datname = current_database()"
                    )
                )
            )
            trgm = bool(
                conn.scalar(text("select count(*) from pg_available_extensions where name = 'pg_trgm'"))
            )
            can_create = bool(
                conn.scalar(
                    text(
                        "select has_schema_privilege(current_user, 'public', 'CREATE') "
                        "and has_database_privilege(current_user, current_database(), 'CREATE')"
                    )
                )
            )
            role = str(conn.scalar(text("select current_user")))
        revision = current_revision(engine)
    finally:
        engine.dispose()
    problems: list[DatabaseHostError] = []
    if number < MINIMUM_SERVER:
        problems.append(
            DatabaseHostError(Reason.HOST_VERSION_TOO_OLD, host, found=version, minimum=MINIMUM_SERVER_TEXT)
        )
    if encoding.upper() != "UTF8":
        problems.append(DatabaseHostError(Reason.HOST_NOT_UTF8, host, encoding=encoding))
    if not trgm:
        problems.append(DatabaseHostError(Reason.HOST_NO_TRGM, host))
    if not can_create and revision is None:
        problems.append(DatabaseHostError(Reason.HOST_NO_PRIVILEGE, host, role=role))
    return HostReport(
        host=host,
        server_version=version,
        encoding=encoding,
        trgm_available=trgm,
        can_create=can_create,
        schema_revision=revision,
        seconds=time.monotonic() - started,
        problems=tuple(problems),
    )


def backup_before_upgrade(paths: DataPaths, engine: Engine, host: str) -> Callable[[str | None], Path]:
    """What `migrate` calls before it upgrades the host's schema: a logical backup archive
    of the records as they are, among `paths`' automatic backups (`auto-...-before-migration-REV.zip`).

    One for the workspace's start and `host init` alike, so a host's records
    are kept the same way whichever of the two finds the older schema; it
    restores onto a host or a single PC's file like any backup.
    """

    def take(revision: str | None) -> Path:
        from .backups import BackupService

        service = BackupService(paths=paths, host=(engine, host))
        return service.auto_backup(f"before-migration-{revision or 'none'}")

    return take


def init(
    url: URL | str,
    *,
    paths: DataPaths,
    secret: str | None = None,
    backed_up: Callable[[Path], None] | None = None,
) -> MigrationResult:
    """Create (or upgrade) the schema on the host, after `check` found nothing wrong.

    A schema at an older revision holds a firm's records: they are first
    backed up into `paths`' backups (`result.backup`; `backed_up(archive)`
    is told before the upgrade starts, so the caller can say where it went
    even if the upgrade then fails). The whole upgrade is one transaction: a
    failure leaves the host as it was.
    """
    report = check(url, secret=secret)
    if report.problems:
        raise report.problems[0]
    engine = open_engine(url, secret)
    take = backup_before_upgrade(paths, engine, report.host)

    def take_and_tell(revision: str | None) -> Path:
        archive = take(revision)
        if backed_up is not None:
            backed_up(archive)
        return archive

    try:
        with host_errors(report.host):
            return migrate(engine, None, backup_dir=paths.backups, take_backup=take_and_tell)
    finally:
        engine.dispose()
