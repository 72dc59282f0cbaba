"""First start: the firm's name and language, or the demo firm (its own data folder) to look around."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..discard_guard import DiscardGuard


class WelcomeDialog(QDialog):
    """Changing the language retranslates the dialog at once (`language_chosen`)."""

    language_chosen = Signal(str)

    def __init__(self, *, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.demo = QCheckBox(self)
        self.name_label = QLabel(self)
        self.language_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)
        self.demo.toggled.connect(self._validate)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self.setMinimumWidth(460)
        self.retranslate()
        self._validate()
        # a typed firm name is asked about before Esc throws it away (and the app closes)
        self.guard = DiscardGuard(self, self.firm_name)

    def reject(self) -> None:
        if self.guard.allows_close():
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to the Textile Compliance Assistant"))
        self.intro.setText(
            self.tr(
                "It keeps your products, the standards that apply to them and your certificates "
                "in one place, and reminds you before a certificate expires."
            )
        )
        self.name_label.setText(self.tr("Firm name"))
        self.language_label.setText(self.tr("Language"))
        self.name.setPlaceholderText(self.tr("e.g. 绍兴某某纺织有限公司"))
        self.demo.setText(self.tr("Look around in a demo firm first (sample products and certificates)"))
        self.demo.setToolTip(
            self.tr(
                "The demo firm has its own data folder and is marked “Demo data” in the title bar; "
                "nothing is added to your firm. Start again later to set up your own firm."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _validate(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()) or self.demo.isChecked())

    def firm_name(self) -> str:
        return self.name.text().strip()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def wants_demo(self) -> bool:
        return self.demo.checkState() == Qt.CheckState.Checked
