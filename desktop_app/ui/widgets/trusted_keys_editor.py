"""The platform keys the firm trusts: a list with add and remove.

Pages from the platform are applied only when signed by one of these keys.
Keys shipped with the app are listed but cannot be removed. All reads and
writes go through `ws.sync` on the task runner; the widget only shows results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ...core.errors import AssistantError
from ...core.reasons import KEY_REASONS
from ..errors import message_for

if TYPE_CHECKING:
    from ...workspace import Workspace

KEY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BUNDLED_ROLE = Qt.ItemDataRole.UserRole + 2


class TrustedKeysEditor(QWidget):
    keys_changed = Signal()

    def __init__(self, ws: Workspace, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self._keys: list = []
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.key_id = QLineEdit(self)
        self.key_id.setObjectName("trustedKeyId")
        self.public_key = QLineEdit(self)
        self.public_key.setObjectName("trustedKeyValue")
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 1, 3)
        grid.addWidget(self.remove_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.key_id, 1, 0)
        grid.addWidget(self.public_key, 1, 1, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.message, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.key_id.textChanged.connect(self._update_buttons)
        self.public_key.textChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def reload(self) -> None:
        self.runner.submit(
            lambda ctx: self.ws.sync.trusted_keys(), on_done=self._on_keys_loaded, label="keys"
        )

    def _on_keys_loaded(self, keys) -> None:
        self._keys = list(keys)
        self.list.clear()
        for key in self._keys:
            text = f"{key.key_id}  ·  {key.public_key[:16]}…"
            if key.bundled:
                text += "  " + self.tr("(shipped with the app)")
            item = QListWidgetItem(text, self.list)
            item.setData(KEY_ID_ROLE, key.key_id)
            item.setData(BUNDLED_ROLE, key.bundled)
            item.setToolTip(key.public_key)
        self._update_buttons()

    def key_ids(self) -> list[str]:
        return [k.key_id for k in self._keys]

    def _update_buttons(self, *_args) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None and not item.data(BUNDLED_ROLE))
        self.add_button.setEnabled(bool(self.key_id.text().strip() and self.public_key.text().strip()))

    def _on_list_current_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_add_clicked(self) -> None:
        key_id, b64 = self.key_id.text().strip(), self.public_key.text().strip()

        def done(key) -> None:
            self.key_id.clear()
            self.public_key.clear()
            self.message.setText(self.tr("Key “{key}” is now trusted.").format(key=key.key_id))
            self.reload()
            self.keys_changed.emit()

        self.runner.submit(
            lambda ctx: self.ws.sync.add_trusted_key(key_id, b64),
            on_done=done,
            on_error=self._on_failed,
            label="add key",
        )

    def _on_remove_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key_id = item.data(KEY_ID_ROLE)

        def done(_r) -> None:
            self.message.setText(self.tr("Key “{key}” is no longer trusted.").format(key=key_id))
            self.reload()
            self.keys_changed.emit()

        self.runner.submit(
            lambda ctx: self.ws.sync.remove_trusted_key(key_id),
            on_done=done,
            on_error=self._on_failed,
            label="remove key",
        )

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, AssistantError) and exc.code in KEY_REASONS:
            self.message.setText(self.tr("This is not a valid platform key (base64 of 32 bytes)."))
        else:
            self.message.setText(message_for(exc))

    def retranslate(self) -> None:
        self.key_id.setPlaceholderText(self.tr("Key id"))
        self.public_key.setPlaceholderText(self.tr("Public key (base64)"))
        self.add_button.setText(self.tr("Trust key"))
        self.remove_button.setText(self.tr("Remove"))
        self.message.clear()
        if self._keys:
            self._on_keys_loaded(self._keys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
