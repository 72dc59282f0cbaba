"""The steps of the window's host setup (Settings → Several PCs), as the CLI's `host` runs them.

Each step takes the host's URL (without password) and the password typed
into the window, uses it, and only once the host accepted it keeps it in
the system keyring (`connection.store_password`): never in connection.json,
a log line or a message. Every step runs off the GUI thread; none keeps a
connection open.

A PC without a usable keyring (none installed, or one that refuses) cannot
keep the password, but the step is done all the same: its result comes back
in a `StepDone` whose `unkept` holds the keyring's refusal
(`KEYRING_UNAVAILABLE`), for the window to say what `textile-assistant host`
says: the password is then needed in the PGPASSWORD variable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import URL

from ..db.migrate import MigrationResult
from ..paths import DataPaths
from ..sync.errors import KeyringUnavailableError
from .connection import clear_setting, save_setting, store_password
from .host import HostReport, check, init
from .host_move import MoveResult, move_data

T = TypeVar("T")


@dataclass(frozen=True)
class StepDone(Generic[T]):
    """What a step did, and whether the password it used could be kept in the keyring."""

    result: T
    unkept: KeyringUnavailableError | None = None  # the step is done; the keyring refused the password

    @property
    def password_kept(self) -> bool:
        return self.unkept is None


def _keep(url: URL, secret: str | None, result: T) -> StepDone[T]:
    """The host accepted `secret` and the step is done: keep it, if this PC's keyring can."""
    if secret:
        try:
            store_password(url, secret)
        except KeyringUnavailableError as exc:
            return StepDone(result, exc)
    return StepDone(result)


def check_step(url: URL, secret: str | None) -> StepDone[HostReport]:
    return _keep(url, secret, check(url, secret=secret))


def init_step(paths: DataPaths, url: URL, secret: str | None) -> StepDone[MigrationResult]:
    """Create or upgrade the schema; an older one's records are first backed up into `paths`' backups."""
    return _keep(url, secret, init(url, paths=paths, secret=secret))


def move_step(
    paths: DataPaths, url: URL, secret: str | None, progress: Callable[[int, int], None] | None = None
) -> StepDone[MoveResult]:
    """Move the records of `paths`' SQLite file to the host (which this PC then uses); see `move_data`."""
    result = move_data(paths, url.render_as_string(hide_password=False), secret=secret, progress=progress)
    return _keep(url, secret, result)


def use_step(paths: DataPaths, url: URL, secret: str | None) -> StepDone[tuple[HostReport, bool]]:
    """Make the host this PC's database from its next start, if it is fit and has the schema.

    The result is the check's report and whether the setting was written; a
    host without a schema or with a problem is left unused (and no password kept).
    """
    report = check(url, secret=secret)
    if report.schema_revision is None or report.problems:
        return StepDone((report, False))
    save_setting(paths, url)  # whether or not the keyring can keep the password
    return _keep(url, secret, (report, True))


def forget_step(paths: DataPaths) -> bool:
    """Back to this PC's own file from its next start; False when it used it already."""
    return clear_setting(paths)
