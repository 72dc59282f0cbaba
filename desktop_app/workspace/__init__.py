"""The facade the GUI and the CLI use: `ws.products`, `ws.certificates`, ...

Each service opens its own short transaction per call and returns core
dataclasses, so callers on any thread never hold an ORM object or a session.
Each mutation returns what it changed (`changes.ChangeSet`, alone or with its
value as `changes.Changed`), for the GUI to publish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import DatabaseCorruptError
from ..core.firm import FirmProfile, validate_firm
from ..db.engine import make_engine, make_session_factory
from ..db.firm_repo import FirmRepo
from ..db.migrate import MigrationResult, migrate
from ..db.session import transaction
from ..paths import DataPaths, resources_dir
from .catalogue import CatalogueService
from .certificates import CertificateService
from .changes import Changed, ChangeSet
from .demo import DemoService
from .products import ProductService

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["ChangeSet", "Changed", "FirmProfile", "Workspace"]


class Workspace:
    """One open data folder: database, scans, backups."""

    def __init__(
        self,
        data_dir: Path,
        *,
        today: Callable[[], dt.date] | None = None,
        resources: Path | None = None,
        load_bundled_catalogue: bool = True,
    ) -> None:
        self.paths = DataPaths(Path(data_dir))
        self.paths.ensure()
        self.resources = resources or resources_dir()
        self._today = today or dt.date.today
        self._load_bundled = load_bundled_catalogue
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
        self._attach_optional_services()
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
        from .backups import BackupService

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

    def _attach_optional_services(self) -> None:
        """Services from later features, attached when their module is present."""
        try:
            from .sync import SyncService  # type: ignore[import-not-found,unused-ignore]

            self.sync = SyncService(self)
        except ImportError:
            pass
        try:
            from .reports import ReportService  # type: ignore[import-not-found,unused-ignore]

            self.reports = ReportService(self)
        except ImportError:
            pass
        from .backups import BackupService  # issue 7: backups and spreadsheet transfer
        from .transfer import TransferService

        self.backups, self.transfer = BackupService(self), TransferService(self)

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
