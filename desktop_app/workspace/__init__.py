"""The facade the GUI and the CLI use: `ws.products`, `ws.certificates`, ...

Each service opens its own short transaction per call and returns core
dataclasses, so callers on any thread never hold an ORM object or a session.
Each mutation returns what it changed (`changes.ChangeSet`, alone or with its
value as `changes.Changed`), for the GUI to publish.

`ws.sync`, `ws.reports` and `ws.transfer` are built on first use: requests,
pydantic, ReportLab, pypdf and the spreadsheet code load only for the
commands and windows that need them. SQLAlchemy and the services over it load
when a `Workspace` is opened, not when this package is imported, so
`workspace.quick` (listings read with `sqlite3`) runs without them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ..core.errors import DatabaseCorruptError
from ..core.firm import FirmProfile, validate_firm
from ..paths import DataPaths, resources_dir
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..db.migrate import MigrationResult
    from .connection import DatabaseTarget
    from .reports import ReportService
    from .requirement_sets import RequirementSetService
    from .sync import SyncService
    from .transfer import TransferService

__all__ = ["ChangeSet", "Changed", "FirmProfile", "Workspace"]

_S = TypeVar("_S")


class _BuiltOnFirstUse(Generic[_S]):
    """A workspace service built on first access and then kept on the instance.

    A non-data descriptor: once built, the service sits in the instance's
    `__dict__` and is found there without this code (tests may replace it
    the same way). Building holds the workspace's lock, so two threads asking
    at once share one service.
    """

    def __init__(self, build: Callable[[Workspace], _S]) -> None:
        self._build = build
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, ws: None, owner: type | None = None) -> _BuiltOnFirstUse[_S]: ...
    @overload
    def __get__(self, ws: Workspace, owner: type | None = None) -> _S: ...
    def __get__(self, ws: Workspace | None, owner: type | None = None) -> Any:
        if ws is None:
            return self
        with ws._services_lock:
            if self._name not in ws.__dict__:
                ws.__dict__[self._name] = self._build(ws)
            return ws.__dict__[self._name]


def _sync_service(ws: Workspace) -> SyncService:
    from .sync import SyncService

    return SyncService(ws)


def _report_service(ws: Workspace) -> ReportService:
    from .reports import ReportService

    return ReportService(ws)


def _requirement_set_service(ws: Workspace) -> RequirementSetService:
    from .requirement_sets import RequirementSetService  # the spreadsheet readers: only when used

    return RequirementSetService(ws)


def _transfer_service(ws: Workspace) -> TransferService:
    from .transfer import TransferService

    return TransferService(ws)


class Workspace:
    """One open data folder: database, scans, backups.

    The records are in the folder's SQLite file, or on a PostgreSQL host
    when `database_url`, the environment or the folder's connection setting
    names one (`connection.resolve`); `target` says which.
    """

    sync = _BuiltOnFirstUse(_sync_service)
    reports = _BuiltOnFirstUse(_report_service)
    transfer = _BuiltOnFirstUse(_transfer_service)
    requirement_sets = _BuiltOnFirstUse(_requirement_set_service)

    def __init__(
        self,
        data_dir: Path,
        *,
        today: Callable[[], dt.date] | None = None,
        resources: Path | None = None,
        load_bundled_catalogue: bool = True,
        database_url: str | None = None,
    ) -> None:
        from .backups import tidy_at_start
        from .connection import resolve

        self.paths = DataPaths(Path(data_dir))
        self.target: DatabaseTarget = resolve(self.paths, database_url)
        tidy_at_start(self.paths)  # a restore or a backup killed half way
        self.paths.ensure()
        self.resources = resources or resources_dir()
        self._today = today or dt.date.today
        self._load_bundled = load_bundled_catalogue
        self._services_lock = threading.RLock()  # a service built may ask for another
        self._open()

    def _open(self) -> None:
        """Check, migrate and open the database file; (re)build every service over it."""
        # here, not at the top: `workspace.quick` must not load SQLAlchemy with this package
        from ..db.engine import make_engine, make_session_factory
        from ..db.migrate import migrate
        from ..db.session import host_errors
        from .audit import AuditService
        from .backups import BackupService
        from .carbon import CarbonService
        from .catalogue import CatalogueService
        from .certificates import CertificateService
        from .compliance import ComplianceService
        from .connection import password
        from .demo import DemoService
        from .products import ProductService
        from .results import ResultService

        if self.target.url is None:
            self._check_database_file()
            self.engine = make_engine(self.paths.database)
            self.migration: MigrationResult = migrate(
                self.engine,
                self.paths.database,
                backup_dir=self.paths.backups,
                take_backup=self._backup_before_migration,
            )
        else:
            self.engine = make_engine(self.target.url, password=password(self.target.url))
            with host_errors(self.database_label):
                self.migration = migrate(
                    self.engine,
                    None,
                    backup_dir=self.paths.backups,
                    take_backup=self._backup_host_before_migration,
                )
        self._sessions = make_session_factory(self.engine)
        self.audit = AuditService(self)
        self.catalogue = CatalogueService(self)
        self.products = ProductService(self)
        self.certificates = CertificateService(self)
        self.demo = DemoService(self)
        self.carbon = CarbonService(self)
        self.results = ResultService(self)
        self.compliance = ComplianceService(self)
        self.backups = BackupService(self)
        with self._services_lock:  # after a restore: built again, over the new file
            for name in ("sync", "reports", "transfer", "requirement_sets"):
                self.__dict__.pop(name, None)
        if self._load_bundled:
            self.catalogue.ensure_bundled()

    def reopen(self) -> ChangeSet:
        """Open the data folder afresh after `backups.restore` replaced the database.

        The same object stays in the hands of the window and its pages; every
        connection, cache and service is dropped and rebuilt over the new file,
        so everything may have changed.
        """
        self.engine.dispose()
        self._open()
        return ChangeSet.ALL

    def _check_database_file(self) -> None:
        """Refuse a damaged database before anything writes to it.

        A file with bytes overwritten (a failing disk, a crash of the OS) is
        detected here, never "repaired" by a migration; the error names the
        newest backup that passes every check, for `restore`.
        """
        from .backups import BackupService

        if not self.paths.database.exists() or self.paths.database.stat().st_size == 0:
            return
        backups = BackupService(paths=self.paths)
        result = backups.quick_check()
        if result != "ok":
            good = backups.latest_good_backup()
            detail = " ".join(result.split())[:200]  # one line, for the CLI and a message box
            raise DatabaseCorruptError(str(self.paths.database), detail, str(good) if good else None)

    def _backup_before_migration(self, revision: str | None) -> Path:
        """A restorable archive of the database as it was, kept with the automatic backups."""
        from .backups import BackupService

        return BackupService(paths=self.paths).auto_backup(f"before-migration-{revision or 'none'}")

    def _backup_host_before_migration(self, revision: str | None) -> Path:
        """The same, of the host's records: a logical export at the schema they are in (as `host init`)."""
        from .host import backup_before_upgrade

        return backup_before_upgrade(self.paths, self.engine, self.database_label)(revision)

    @property
    def database_label(self) -> str:
        """The database as messages name it: the file's path, or the host's URL without password."""
        return self.target.label(self.paths)

    def today(self) -> dt.date:
        return self._today()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction for the repositories: committed on success, rolled back on any error.

        A full disk or a read-only data folder becomes `StorageError`: the
        transaction was rolled back, so the caller can say that nothing was lost.
        """
        from ..db.session import transaction

        with transaction(self._sessions, self.database_label) as session:
            session.info["actor"] = self.audit.actor()  # who the audit log records (db.audit_repo)
            yield session

    def check_host(self) -> None:
        """Reach the database once; `DatabaseHostError` while a PostgreSQL host is away.

        Pooled connections are checked before use (`pool_pre_ping`), so the
        first call after the host is back opens a fresh connection.
        """
        from ..db.session import reach

        with self.session() as s:
            reach(s)

    # firm profile -------------------------------------------------------------

    def firm(self) -> FirmProfile:
        from ..db.firm_repo import FirmRepo

        with self.session() as s:
            return FirmRepo(s).get()

    def save_firm(self, profile: FirmProfile) -> Changed[FirmProfile]:
        """Save the settings; `profile.version` (as read) older than the stored one raises
        EditConflictError and nothing is written."""
        from ..db.firm_repo import FirmRepo

        profile = validate_firm(profile)
        with self.session() as s:
            saved = FirmRepo(s).save(profile)
        return Changed(saved, ChangeSet.FIRM)

    def close(self) -> None:
        self.engine.dispose()
