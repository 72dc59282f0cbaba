"""Typed errors from the workspace turned into messages in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.errors import ConflictError, NotFoundError, StorageError, ValidationError
from ..workspace.backups import BackupError
from ..workspace.transfer import ImportWriteError
from .reason_texts import reason_text


def storage_message(exc: StorageError) -> str:
    """What happened, that nothing was lost, and what the user can do about it."""
    texts = {
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk is full, so this change was not saved; no record was lost. "
            "Free some space (empty the recycle bin, move old files away) and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "Errors",
            "The data folder {path} cannot be written (it is read-only), so this change was not "
            "saved; no record was lost. Ask whoever looks after this computer to allow writing there.",
        ),
        "io_error": QCoreApplication.translate(
            "Errors",
            "The disk reported an error while writing, so this change was not saved; no record was "
            "lost. Back up now (Settings → Backups) and have the disk checked.",
        ),
        "cannot_open": QCoreApplication.translate(
            "Errors",
            "The database file {path} cannot be opened, so this change was not saved; no record was lost.",
        ),
    }
    text = texts.get(exc.problem, texts["io_error"])
    return text.format(path=Path(exc.path).parent)


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
            field=field_label(exc.field), reason=reason_text(exc.reason)
        )
    if isinstance(exc, StorageError):
        return storage_message(exc)
    if isinstance(exc, ImportWriteError):
        return QCoreApplication.translate(
            "Errors", "Nothing was imported; your records are as they were. ({reason})"
        ).format(reason=exc.reason)
    if isinstance(exc, BackupError):
        return QCoreApplication.translate(
            "Errors", "Backup stopped: {reason}. Nothing in your records was replaced. ({path})"
        ).format(reason=exc.reason, path=exc.path)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Errors", "A file could not be read or written: {error}").format(
            error=exc
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {error}. The log file has the details."
    ).format(error=exc)
