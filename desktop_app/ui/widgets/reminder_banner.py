"""A non-modal banner across the top of the dashboard; never a blocking pop-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton


class ReminderBanner(QFrame):
    opened = Signal()  # the user wants to see the certificates

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0b040; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self.opened)
        self.close_button.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Show certificates"))
        self.close_button.setToolTip(self.tr("Hide until the next reminder"))

    def announce(self, text: str) -> None:
        self.label.setText(text)
        self.show()
