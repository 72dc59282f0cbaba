"""Typed errors turned into one sentence in the user's language; reasons come from `messages`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    STORAGE_PROBLEMS,
    AssistantError,
    ConflictError,
    NotFoundError,
    Reason,
    StorageError,
    ValidationError,
)
from ..workspace.backups import BackupError
from ..workspace.transfer import ImportWriteError
from .messages import reason_text


def storage_message(exc: StorageError) -> str:
    """What happened, that nothing was lost, and what the user can do about it."""
    return storage_text(exc.code, exc.path)


def storage_text(code: Reason, path: str) -> str:
    texts = {
        Reason.DISK_FULL: QCoreApplication.translate(
            "Errors",
            "The disk is full, so this change was not saved; no record was lost. "
            "Free some space (empty the recycle bin, move old files away) and try again.",
        ),
        Reason.READ_ONLY: QCoreApplication.translate(
            "Errors",
            "The data folder {path} cannot be written (it is read-only), so this change was not "
            "saved; no record was lost. Ask whoever looks after this computer to allow writing there.",
        ),
        Reason.IO_ERROR: QCoreApplication.translate(
            "Errors",
            "The disk reported an error while writing, so this change was not saved; no record was "
            "lost. Back up now (Settings → Backups) and have the disk checked.",
        ),
        Reason.CANNOT_OPEN: QCoreApplication.translate(
            "Errors",
            "The database file {path} cannot be opened, so this change was not saved; no record was lost.",
        ),
    }
    text = texts.get(code, texts[Reason.IO_ERROR])
    return text.format(path=Path(path).parent)


def field_label(field: str) -> str:
    labels = {
        "sku": QCoreApplication.translate("Errors", "SKU"),
        "name": QCoreApplication.translate("Errors", "Name"),
        "category": QCoreApplication.translate("Errors", "Category"),
        "age_group": QCoreApplication.translate("Errors", "Age group"),
        "skin_contact": QCoreApplication.translate("Errors", "Skin contact"),
        "market": QCoreApplication.translate("Errors", "Markets"),
        "fibre": QCoreApplication.translate("Errors", "Composition"),
        "claim": QCoreApplication.translate("Errors", "Claims"),
        "finish": QCoreApplication.translate("Errors", "Finishes"),
        "number": QCoreApplication.translate("Errors", "Certificate number"),
        "issuer": QCoreApplication.translate("Errors", "Issuer"),
        "expires": QCoreApplication.translate("Errors", "Expiry date"),
        "scheme": QCoreApplication.translate("Errors", "Scheme"),
        "file": QCoreApplication.translate("Errors", "Scan"),
    }
    return labels.get(field, field)


def message_for(exc: BaseException) -> str:
    """One sentence for the user; the log file keeps the traceback."""
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "{field} \u201c{value}\u201d already exists.").format(
            field=field_label(exc.field), value=exc.value
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "\u201c{key}\u201d was not found; it may have been deleted."
        ).format(key=exc.key)
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Errors", "{field}: {reason}").format(
            field=field_label(exc.field), reason=reason_text(exc.code, exc.params)
        )
    if isinstance(exc, StorageError):
        return storage_message(exc)
    if isinstance(exc, ImportWriteError):
        if exc.cause in STORAGE_PROBLEMS:
            return storage_text(exc.cause, exc.file)
        return QCoreApplication.translate(
            "Errors", "Nothing was imported; your records are as they were. ({reason})"
        ).format(reason=exc.detail)
    if isinstance(exc, BackupError):
        return QCoreApplication.translate(
            "Errors", "Backup stopped: {reason}. Nothing in your records was replaced. ({path})"
        ).format(reason=reason_text(exc.code, exc.params), path=exc.path)
    if isinstance(exc, AssistantError):
        return reason_text(exc.code, exc.params)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "A file could not be read or written: {error}").format(
            error=exc
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {error}. The log file has the details."
    ).format(error=exc)
