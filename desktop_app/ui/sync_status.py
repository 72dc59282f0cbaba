"""The platform sync as the window shows it: last sync, reachability, errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.errors import AssistantError, Reason
from .i18n import format_date

if TYPE_CHECKING:
    from ..workspace import Workspace


@dataclass(frozen=True)
class SyncInfo:
    platform_url: str = ""
    last_sync_at: dt.datetime | None = None
    last_error: str | None = None


def load_sync_info(ws: Workspace) -> SyncInfo:
    """Runs on a worker thread."""
    status = ws.sync.status()
    return SyncInfo(status.platform_url, status.last_sync_at, status.last_sync_error)


def last_sync_text(info: SyncInfo) -> str:
    when = info.last_sync_at
    if when is not None:
        return format_date(when.date())
    return QCoreApplication.translate("SyncStatus", "never")


def platform_text(info: SyncInfo) -> str:
    if not info.platform_url:
        return QCoreApplication.translate("SyncStatus", "no platform set up")
    if info.last_error:
        return QCoreApplication.translate("SyncStatus", "platform not reachable at the last try")
    return QCoreApplication.translate("SyncStatus", "platform connected")


def sync_error_message(exc: BaseException) -> str | None:
    """Messages for the sync's own errors, by reason code; None for any other error."""
    code = exc.code if isinstance(exc, AssistantError) else None
    if code in (Reason.NO_PLATFORM_URL, Reason.NOT_LOGGED_IN):
        return QCoreApplication.translate(
            "SyncStatus", "Sign in to the platform first (Settings, or `textile-assistant login --url URL`)."
        )
    if code is Reason.NO_TRUSTED_KEYS:
        return QCoreApplication.translate("SyncStatus", "No trusted platform key is set up yet.")
    if code in (Reason.PLATFORM_UNREACHABLE, Reason.PLATFORM_BUSY, Reason.PLATFORM_ERROR):
        return QCoreApplication.translate(
            "SyncStatus", "The platform could not be reached. Check the internet connection and try again."
        )
    return None
