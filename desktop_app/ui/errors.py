"""Typed errors from the workspace turned into messages in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import ConflictError, NotFoundError, ValidationError


def field_label(field: str) -> str:
    tr = QCoreApplication.translate
    labels = {
        "sku": tr("Errors", "SKU"),
        "name": tr("Errors", "Name"),
        "category": tr("Errors", "Category"),
        "age_group": tr("Errors", "Age group"),
        "skin_contact": tr("Errors", "Skin contact"),
        "market": tr("Errors", "Markets"),
        "fibre": tr("Errors", "Composition"),
        "claim": tr("Errors", "Claims"),
        "finish": tr("Errors", "Finishes"),
        "number": tr("Errors", "Certificate number"),
        "issuer": tr("Errors", "Issuer"),
        "expires": tr("Errors", "Expiry date"),
        "scheme": tr("Errors", "Scheme"),
        "file": tr("Errors", "Scan"),
    }
    return labels.get(field, field)


def message_for(exc: BaseException) -> str:
    """One sentence for the user; the log file keeps the traceback."""
    tr = QCoreApplication.translate
    if isinstance(exc, ConflictError):
        return tr("Errors", "{field} \u201c{value}\u201d already exists.").format(
            field=field_label(exc.field), value=exc.value
        )
    if isinstance(exc, NotFoundError):
        return tr("Errors", "\u201c{key}\u201d was not found; it may have been deleted.").format(key=exc.key)
    if isinstance(exc, ValidationError):
        return tr("Errors", "{field}: {reason}").format(field=field_label(exc.field), reason=exc.reason)
    if isinstance(exc, OSError):
        return tr("Errors", "A file could not be read or written: {error}").format(error=exc)
    return tr("Errors", "Something went wrong: {error}. The log file has the details.").format(error=exc)
