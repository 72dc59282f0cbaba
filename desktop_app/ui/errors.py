"""Typed errors from the workspace turned into messages in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import ConflictError, NotFoundError, ValidationError
from ..workspace.backups import BackupError


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
            field=field_label(exc.field), reason=exc.reason
        )
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
