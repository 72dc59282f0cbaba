"""The facade the GUI and the CLI use: `ws.products`, `ws.certificates`, ...

Each service opens its own short transaction per call and returns core
dataclasses, so callers on any thread never hold an ORM object or a session.
Each mutation returns what it changed (`changes.ChangeSet`, alone or with its
value as `changes.Changed`), for the GUI to publish.

`ws.sync`, `ws.reports` and `ws.transfer` are built on first use: requests,
pydantic, ReportLab, pypdf and the spreadsheet code load only for the
commands and windows that need them.
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
from ..db.engine import make_engine, make_session_factory
from ..db.firm_repo import FirmRepo
from ..db.migrate import MigrationResult, migrate
from ..db.session import transaction
from ..paths import DataPaths, resources_dir
from .backups import BackupService, tidy_at_start
from .catalogue import CatalogueService
from .certificates import CertificateService
from .changes import Changed, ChangeSet
from .compliance import ComplianceService
from .demo import DemoService
from .products import ProductService
from .results import ResultService

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
    """One open data folder: database, scans, backups."""

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
    ) -> None:
        self.paths = DataPaths(Path(data_dir))
        tidy_at_start(self.paths)  # a restore or a backup killed half way
        self.paths.ensure()
        self.resources = resources or resources_dir()
        self._today = today or dt.date.today
        self._load_bundled = load_bundled_catalogue
        self._services_lock = threading.RLock()  # a service built may ask for another
        self._open()

    def _open(self) -> None:
        """Check, migrate and open the database file; (re)build every service over it."""
        self._check_database_file()
        self.engine = make_engine(self.paths.database)
        self.migration: MigrationResult = migrate(
            self.engine,
            self.paths.database,
            backup_dir=self.paths.backups,
            take_backup=self._backup_before_migration,
        )
        self._sessions = make_session_factory(self.engine)
        self.catalogue = CatalogueService(self)
        self.products = ProductService(self)
        self.certificates = CertificateService(self)
        self.demo = DemoService(self)
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
        return BackupService(paths=self.paths).auto_backup(f"before-migration-{revision or 'none'}")

    def today(self) -> dt.date:
        return self._today()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction for the repositories: committed on success, rolled back on any error.

        A full disk or a read-only data folder becomes `StorageError`: the
        transaction was rolled back, so the caller can say that nothing was lost.
        """
        with transaction(self._sessions, self.paths.database) as session:
            yield session

    # firm profile -------------------------------------------------------------

    def firm(self) -> FirmProfile:
        with self.session() as s:
            return FirmRepo(s).get()

    def save_firm(self, profile: FirmProfile) -> Changed[FirmProfile]:
        profile = validate_firm(profile)
        with self.session() as s:
            saved = FirmRepo(s).save(profile)
        return Changed(saved, ChangeSet.FIRM)

    def close(self) -> None:
        self.engine.dispose()
