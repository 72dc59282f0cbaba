"""Inside an edit dialog: "someone else saved this record meanwhile", and what to do about it.

Shown in place of a modal message box when a save is refused with
EDITED_ELSEWHERE: the dialog keeps everything the user typed, the box says
what the other user changed, who and when, and offers to reload the
record as it is now (the user's edit in the dialog is then replaced) or to
cancel the edit. Nothing modal, so nothing can be left waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import AssistantError
from ..messages import reason_text


class ConflictBox(QFrame):
    reload_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#conflictBox { background: #fff4e5; border: 1px solid #e0a040; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.reload_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.conflict: AssistantError | None = None  # the refusal shown, worded again on a language change
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "What you typed is still in this dialog. Reload the saved version to see the other "
                "change (your edit here is replaced), or cancel your edit."
            )
        )
        self.reload_button.setText(self.tr("Reload the saved version"))
        self.cancel_button.setText(self.tr("Cancel my edit"))
        if self.conflict is not None:
            self.text.setText(reason_text(self.conflict.code, self.conflict.params))

    def show_conflict(self, exc: AssistantError) -> None:
        """Say who changed the record, when, and what (fields and values in the window's words)."""
        self.conflict = exc
        self.text.setText(reason_text(exc.code, exc.params))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
