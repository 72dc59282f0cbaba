"""Ask before a half-filled dialog is thrown away (Esc, Cancel, the window's close button).

A dialog keeps a `DiscardGuard` over a snapshot of what the user can edit,
taken once the dialog is filled, and calls `guard.allows_close()` in its
`reject()`: unchanged, it closes at once; changed, the user chooses between
discarding the edits and going on editing. Saving (accept) never asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class DiscardGuard:
    def __init__(self, dialog: QWidget, snapshot: Callable[[], object]) -> None:
        self.dialog = dialog
        self.snapshot = snapshot
        self.clean = snapshot()
        self.box: QMessageBox | None = None

    def mark_clean(self) -> None:
        """What the dialog shows now counts as unedited (after filling it, after a save)."""
        self.clean = self.snapshot()

    def is_edited(self) -> bool:
        return self.snapshot() != self.clean

    def allows_close(self) -> bool:
        """True when the dialog may close: nothing edited, or the user chose to discard."""
        if not self.is_edited():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DiscardGuard", "Discard changes?"),
            QCoreApplication.translate("DiscardGuard", "You have changed this form. Discard the changes?"),
            QMessageBox.StandardButton.NoButton,
            self.dialog,
        )
        box.setObjectName("discardChanges")
        discard = box.addButton(
            QCoreApplication.translate("DiscardGuard", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("DiscardGuard", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.box = box
        box.exec()
        self.box = None
        return box.clickedButton() is discard
