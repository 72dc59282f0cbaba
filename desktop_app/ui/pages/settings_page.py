"""The firm's profile and settings: name, contact, language, reminder lead days."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..events import FIRM
from ..i18n import current_language
from .page import Page


class SettingsPage(Page):
    watches = frozenset({FIRM})
    language_chosen = Signal(str)

    def __init__(self, ws, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self._firm = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.lead_days = QSpinBox(self)
        self.lead_days.setRange(0, 730)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(
            self.labels, (self.name, self.address, self.contact, self.language, self.lead_days, self.paper)
        ):
            form.addRow(label, widget)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def reload(self) -> None:
        self.runner.submit(lambda ctx: self.ws.firm(), on_done=self._on_firm_loaded, label="firm")

    def _on_firm_loaded(self, firm) -> None:
        self._firm = firm
        self.name.setText(firm.name)
        self.address.setText(firm.address)
        self.contact.setText(firm.contact)
        self.language.setCurrentIndex(max(0, self.language.findData(firm.language)))
        self.lead_days.setValue(firm.lead_days)
        self.paper.setCurrentIndex(max(0, self.paper.findData(firm.paper_size)))

    def _on_save_clicked(self) -> None:
        if self._firm is None:
            return
        profile = replace(
            self._firm,
            name=self.name.text().strip(),
            address=self.address.text().strip(),
            contact=self.contact.text().strip(),
            language=self.language.currentData(),
            lead_days=self.lead_days.value(),
            paper_size=self.paper.currentData(),
        )
        language_changed = profile.language != current_language()

        def done(saved) -> None:
            self._firm = saved
            self.status.setText(self.tr("Saved."))
            self.hub.changed(FIRM)
            if language_changed:
                self.language_chosen.emit(saved.language)

        self.runner.submit(
            lambda ctx: self.ws.save_firm(profile), on_done=done, on_error=self.show_error, label="save firm"
        )

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("Firm name"),
                self.tr("Address"),
                self.tr("Contact"),
                self.tr("Language"),
                self.tr("Remind days before expiry"),
                self.tr("Paper size"),
            ),
        ):
            label.setText(text)
        self.lead_days.setSuffix(self.tr(" days"))
        self.save_button.setText(self.tr("Save"))
        self.status.clear()
