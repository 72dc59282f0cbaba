"""The facade the GUI and the CLI use: `ws.products`, `ws.certificates`, ...

Each service opens its own short transaction per call and returns core
dataclasses, so callers on any thread never hold an ORM object or a session.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..core.errors import DatabaseCorruptError, StorageError
from ..db.engine import make_engine, make_session_factory
from ..db.firm_repo import FirmProfile, FirmRepo
from ..db.migrate import MigrationResult, migrate
from ..db.storage_errors import storage_problem
from ..paths import DataPaths, resources_dir
from .catalogue import CatalogueService
from .certificates import CertificateService
from .demo import DemoService
from .products import ProductService

__all__ = ["FirmProfile", "Workspace"]


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

    def reopen(self) -> None:
        """Open the data folder afresh after `backups.restore` replaced the database.

        The same object stays in the hands of the window and its pages; every
        connection, cache and service is dropped and rebuilt over the new file.
        """
        self.engine.dispose()
        self._open()

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
        """One transaction: committed on success, rolled back on any error.

        A full disk or a read-only data folder becomes `StorageError`: the
        transaction was rolled back, so the caller can say that nothing was lost.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except (OperationalError, sqlite3.Error) as exc:
            problem = storage_problem(exc)
            if problem is None:
                raise
            orig = getattr(exc, "orig", None) or exc
            raise StorageError(str(self.paths.database), problem, str(orig)) from exc

    # firm profile -------------------------------------------------------------

    def firm(self) -> FirmProfile:
        with self.session() as s:
            return FirmRepo(s).get()

    def save_firm(self, profile: FirmProfile) -> FirmProfile:
        from ..core.errors import Reason, ValidationError
        from ..core.vocabulary import LANGUAGES

        if profile.language not in LANGUAGES:
            raise ValidationError("language", profile.language, Reason.NOT_ONE_OF, allowed=list(LANGUAGES))
        if not 0 <= profile.lead_days <= 730:
            raise ValidationError("lead_days", profile.lead_days, Reason.OUT_OF_RANGE, low=0, high=730)
        if profile.checklist_lang not in ("", "zh", "en", "both"):
            raise ValidationError(
                "checklist_lang", profile.checklist_lang, Reason.NOT_ONE_OF, allowed=["zh", "en", "both"]
            )
        if profile.paper_size not in ("a4", "letter"):
            raise ValidationError(
                "paper_size", profile.paper_size, Reason.NOT_ONE_OF, allowed=["a4", "letter"]
            )
        with self.session() as s:
            return FirmRepo(s).save(profile)

    def close(self) -> None:
        self.engine.dispose()
