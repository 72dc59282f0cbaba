"""What an upgrade of the database could not carry over exactly, told once in the window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.reasons import Reason
from .messages.reasons import reason_text

if TYPE_CHECKING:
    from ..db.migrate import MigrationNote  # what `ws.migration.notes` holds


def migration_notes_text(notes: Sequence[MigrationNote]) -> str:
    """One line per note, in the interface language."""
    return "\n".join(reason_text(Reason(note.code), {"sku": note.sku, "value": note.value}) for note in notes)


def show_migration_notes(parent: QWidget, notes: Sequence[MigrationNote]) -> None:
    """A non-blocking message after the window opens: the records were kept, a few need a look."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MigrationNotes", "Records upgraded"),
        QCoreApplication.translate("MigrationNotes", "Every record was kept. A few values need a look:"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(migration_notes_text(notes))
    box.setModal(False)
    box.show()
