"""The steps of the window's host setup (Settings → Several PCs), as the CLI's `host` runs them.

Each step takes the host's URL (without password) and the password typed
into the window, uses it, and only once the host accepted it keeps it in
the system keyring (`connection.store_password`): never in connection.json,
a log line or a message. Every step runs off the GUI thread; none keeps a
connection open.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import URL

from ..db.migrate import MigrationResult
from ..paths import DataPaths
from .connection import clear_setting, save_setting, store_password
from .host import HostReport, check, init
from .host_move import MoveResult, move_data


def _keep(url: URL, secret: str | None) -> None:
    if secret:
        store_password(url, secret)


def check_step(url: URL, secret: str | None) -> HostReport:
    report = check(url, secret=secret)
    _keep(url, secret)
    return report


def init_step(paths: DataPaths, url: URL, secret: str | None) -> MigrationResult:
    """Create or upgrade the schema; an older one's records are first backed up into `paths`' backups."""
    result = init(url, paths=paths, secret=secret)
    _keep(url, secret)
    return result


def move_step(
    paths: DataPaths, url: URL, secret: str | None, progress: Callable[[int, int], None] | None = None
) -> MoveResult:
    """Move the records of `paths`' SQLite file to the host (which this PC then uses); see `move_data`."""
    result = move_data(paths, url.render_as_string(hide_password=False), secret=secret, progress=progress)
    _keep(url, secret)
    return result


def use_step(paths: DataPaths, url: URL, secret: str | None) -> tuple[HostReport, bool]:
    """Make the host this PC's database from its next start, if it is fit and has the schema.

    Returns the check's report and whether the setting was written; a host
    without a schema or with a problem is left unused.
    """
    report = check(url, secret=secret)
    if report.schema_revision is None or report.problems:
        return report, False
    _keep(url, secret)
    save_setting(paths, url)
    return report, True


def forget_step(paths: DataPaths) -> bool:
    """Back to this PC's own file from its next start; False when it used it already."""
    return clear_setting(paths)
