"""The firm's profile and settings: firm, checklists, platform account and keys, data folder, backups.

The platform token is typed into a password field and handed to
`ws.sync.login` on the network lane, which checks it and keeps it in the
system keyring. The field is cleared afterwards and never shows the stored
token: the page asks only whether one is stored (`ws.sync.has_token`) and
says "saved". Whether to update the catalogue at start is a preference of
this computer (QSettings), not of the firm.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AssistantError, EditConflictError
from ...core.reasons import URL_REASONS, Reason
from ...workspace.audit import pc_user
from ...workspace.changes import ChangeSet
from ..errors import message_for
from ..i18n import current_language
from ..sync_status import sync_error_message
from ..tasks import Lane
from ..widgets.backups_box import BackupsBox
from ..widgets.host_box import HostBox
from ..widgets.trusted_keys_editor import TrustedKeysEditor
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace


def _form(group: QGroupBox, rows: list[tuple[QLabel, QWidget]]) -> QFormLayout:
    form = QFormLayout(group)
    for label, widget in rows:
        form.addRow(label, widget)
    return form


class SettingsPage(Page):
    watches = ChangeSet.FIRM
    language_chosen = Signal(str)

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self._firm = None
        self._token_saved = False
        inner = QWidget(self)
        outer = QVBoxLayout(inner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

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
        self.checklist_lang = QComboBox(self)
        for code in ("", "zh", "en", "both"):
            self.checklist_lang.addItem("", code)
        self.labels = [QLabel(self) for _ in range(7)]
        self.firm_group = QGroupBox(self)
        _form(
            self.firm_group,
            list(
                zip(self.labels[:5], (self.name, self.address, self.contact, self.language, self.lead_days))
            ),
        )
        self.checklist_group = QGroupBox(self)
        _form(self.checklist_group, list(zip(self.labels[5:], (self.paper, self.checklist_lang))))
        # who this computer's changes are recorded as (this_pc.json, not the firm's records)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(200)
        self.display_name_note = QLabel(self)
        self.display_name_note.setWordWrap(True)
        self.display_name_note.setStyleSheet("color: #555;")
        self.pc_label = QLabel(self)
        self.pc_group = QGroupBox(self)
        pc_form = _form(self.pc_group, [(self.pc_label, self.display_name)])
        pc_form.addRow("", self.display_name_note)
        outer.addWidget(self.firm_group)
        outer.addWidget(self.checklist_group)
        outer.addWidget(self.pc_group)

        # platform -------------------------------------------------------------
        self.platform_url = QLineEdit(self)
        self.platform_url.setObjectName("platformUrl")
        self.token = QLineEdit(self)
        self.token.setObjectName("platformToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_token_button = QPushButton(self)
        self.test_button = QPushButton(self)
        self.forget_token_button = QPushButton(self)
        self.forget_token_button.setEnabled(False)
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionResult")
        self.connection.setWordWrap(True)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.save_token_button)
        token_row.addWidget(self.test_button)
        token_row.addWidget(self.forget_token_button)
        self.sync_at_start = QCheckBox(self)
        self.sync_at_start.setObjectName("syncAtStart")
        self.sync_at_start.setChecked(True)
        self._qsettings = None
        self.keys = TrustedKeysEditor(ws, runner, self)
        self.platform_labels = [QLabel(self) for _ in range(3)]
        self.platform_group = QGroupBox(self)
        form = QFormLayout(self.platform_group)
        form.addRow(self.platform_labels[0], self.platform_url)
        form.addRow(self.platform_labels[1], token_row)
        form.addRow("", self.connection)
        form.addRow("", self.sync_at_start)
        form.addRow(self.platform_labels[2], self.keys)
        outer.addWidget(self.platform_group)

        # saves the firm, checklist and platform address fields above it
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        outer.addLayout(buttons)

        # data folder and backups ----------------------------------------------
        self.data_group = QGroupBox(self)
        data_row = QHBoxLayout(self.data_group)
        self.data_path = QLabel(str(ws.paths.root), self)
        self.data_path.setObjectName("dataFolder")
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton(self)
        data_row.addWidget(self.data_path, 1)
        data_row.addWidget(self.open_data_button)
        outer.addWidget(self.data_group)
        self.backups = BackupsBox(ws, runner, hub, self)
        outer.addWidget(self.backups)
        self.host_box = HostBox(ws, runner, self)  # Several PCs: the guided host setup
        outer.addWidget(self.host_box)
        outer.addStretch(1)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.save_token_button.clicked.connect(self._on_save_token_clicked)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.forget_token_button.clicked.connect(self._on_forget_token_clicked)
        self.sync_at_start.toggled.connect(self._on_sync_at_start_toggled)
        self.open_data_button.clicked.connect(self._on_open_data_clicked)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def reload(self) -> None:
        self.display_name.setText(self.ws.audit.saved_display_name())
        self.runner.submit(lambda ctx: self.ws.firm(), on_done=self._on_firm_loaded, label="firm")
        self.keys.reload()
        self.backups.reload()

    def _on_hub_data_changed(self, changes: ChangeSet) -> None:
        if changes & self.watches:
            self.reload()  # the firm, the keys and the backups
        elif changes & ChangeSet.BACKUPS:  # an import's automatic backup, say
            self.backups.reload()

    def _on_firm_loaded(self, firm) -> None:
        self._firm = firm
        self.name.setText(firm.name)
        self.address.setText(firm.address)
        self.contact.setText(firm.contact)
        self.language.setCurrentIndex(max(0, self.language.findData(firm.language)))
        self.lead_days.setValue(firm.lead_days)
        self.paper.setCurrentIndex(max(0, self.paper.findData(firm.paper_size)))
        self.checklist_lang.setCurrentIndex(max(0, self.checklist_lang.findData(firm.checklist_lang)))
        self.platform_url.setText(firm.platform_url)
        if firm.platform_url:
            # the keyring may be slow to answer (or ask to be unlocked): off the GUI thread
            self.runner.submit(
                lambda ctx: self.ws.sync.has_token(),
                on_done=self._show_token_saved,
                label="token",
                lane=Lane.NETWORK,
            )

    def _show_token_saved(self, saved: bool) -> None:
        self._token_saved = saved
        self.forget_token_button.setEnabled(saved)
        self.token.setPlaceholderText(self.tr("saved") if saved else self.tr("Paste the token here"))

    def _on_forget_token_clicked(self) -> None:
        self.forget_token_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.sync.logout(),
            on_done=self._on_token_forgotten,
            on_error=self._on_login_failed,
            label="logout",
            lane=Lane.NETWORK,
        )

    def _on_token_forgotten(self, _removed: bool) -> None:
        self._show_token_saved(False)
        self.connection.setText(self.tr("The token was removed from this computer."))

    # preferences of this computer (QSettings), not of the firm ---------------------

    def restore_state(self, settings) -> None:
        self._qsettings = settings
        self.sync_at_start.setChecked(settings.value("sync/at_start", True, type=bool))

    def save_state(self, settings) -> None:
        settings.setValue("sync/at_start", self.sync_at_start.isChecked())

    def _on_sync_at_start_toggled(self, checked: bool) -> None:
        if self._qsettings is not None:
            self._qsettings.setValue("sync/at_start", checked)

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
            checklist_lang=self.checklist_lang.currentData(),
            platform_url=self.platform_url.text().strip(),
        )
        language_changed = profile.language != current_language()
        display_name = self.display_name.text()

        def done(saved) -> None:
            self._firm = saved
            self.status.setText(self.tr("Saved."))
            if language_changed:
                self.language_chosen.emit(saved.language)

        def save(ctx):
            self.ws.audit.set_display_name(display_name)  # this computer's, before the firm's records
            return self.ws.save_firm(profile)

        self.runner.submit(save, on_done=done, on_error=self._on_save_failed, label="save firm")

    def _on_save_failed(self, exc: BaseException) -> None:
        """Saved on another PC meanwhile: say what changed, keep what was typed, and take the stored
        version, so Save again (after reading the message) saves these fields over it."""
        if not isinstance(exc, EditConflictError):
            self.show_error(exc)
            return
        self.status.setText(
            message_for(exc) + " " + self.tr("Your values are still here: press Save again to save them.")
        )

        def fresh(firm) -> None:
            self._firm = firm
            self.save_button.setEnabled(True)

        self.save_button.setEnabled(False)  # until the stored version is here
        self.runner.submit(
            lambda ctx: self.ws.firm(),
            on_done=fresh,
            on_error=lambda exc: self.save_button.setEnabled(True),
            label="firm",
        )

    # platform account ------------------------------------------------------------

    def _login(self, *, testing: bool) -> None:
        url, token = self.platform_url.text().strip(), self.token.text().strip()
        if not url:
            self.connection.setText(self.tr("Enter the platform address first."))
            return
        if not token:
            self.connection.setText(
                self.tr("Enter the token to test it. A saved token is used by “Update catalogue” (F5).")
                if testing
                else self.tr("Enter the token the platform gave you.")
            )
            return
        self.connection.setText(self.tr("Contacting the platform…"))
        self.save_token_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.sync.login(url, token, db_lane=ctx.on_db_lane),
            on_done=self._on_login_done,
            on_error=self._on_login_failed,
            label="login",
            lane=Lane.NETWORK,
        )

    def _on_save_token_clicked(self) -> None:
        self._login(testing=False)

    def _on_test_clicked(self) -> None:
        self._login(testing=True)

    def _on_login_done(self, result) -> None:
        self._enable_login_buttons()
        self.token.clear()
        self._show_token_saved(True)
        self.platform_url.setText(result.url)
        if result.checked:
            self.connection.setText(self.tr("Connected: the platform accepted the token, and it is saved."))
        else:
            self.connection.setText(
                self.tr(
                    "The token is saved, but the platform could not be reached to check it. "
                    "Check the address and the internet connection, then try again."
                )
            )
        if self._firm is not None:
            self._firm = replace(self._firm, platform_url=result.url)

    def _on_login_failed(self, exc: BaseException) -> None:
        self._enable_login_buttons()
        self.token.clear()
        code = exc.code if isinstance(exc, AssistantError) else None
        if code in (Reason.TOKEN_REJECTED, Reason.TOKEN_FORBIDDEN):
            text = self.tr(
                "The platform refused this token; it was not saved. Copy the token again from the platform."
            )
        elif code in URL_REASONS:
            text = self.tr("This platform address is not valid (it must start with https://).")
        elif code is Reason.KEYRING_UNAVAILABLE:
            text = self.tr("The system keyring is not available, so the token cannot be kept safely.")
        else:
            text = sync_error_message(exc) or message_for(exc)
        self.connection.setText(text)

    def _enable_login_buttons(self) -> None:
        self.save_token_button.setEnabled(True)
        self.test_button.setEnabled(True)

    def _on_open_data_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ws.paths.root)))

    def retranslate(self) -> None:
        texts = (
            self.tr("Firm name"),
            self.tr("Address"),
            self.tr("Contact"),
            self.tr("Language"),
            self.tr("Remind days before expiry"),
            self.tr("Paper size"),
            self.tr("Checklist language"),
        )
        for label, text in zip(self.labels, texts):
            label.setText(text)
        for index, text in enumerate(
            (
                self.tr("Same as the window"),
                self.tr("Chinese"),
                self.tr("English"),
                self.tr("Chinese and English"),
            )
        ):
            self.checklist_lang.setItemText(index, text)
        for label, text in zip(
            self.platform_labels, (self.tr("Platform address"), self.tr("Token"), self.tr("Trusted keys"))
        ):
            label.setText(text)
        self.firm_group.setTitle(self.tr("Firm"))
        self.checklist_group.setTitle(self.tr("Checklists"))
        self.pc_group.setTitle(self.tr("This computer"))
        self.pc_label.setText(self.tr("Your name in the change history"))
        self.display_name_note.setText(
            self.tr(
                "Every change made on this computer is recorded with this name and the computer's "
                "user name ({user}), so colleagues on other PCs can see who changed what."
            ).format(user=pc_user() or "-")
        )
        self.platform_group.setTitle(self.tr("Platform"))
        self.data_group.setTitle(self.tr("Data folder"))
        self.platform_url.setPlaceholderText("https://")
        self.token.setPlaceholderText(
            self.tr("saved") if self._token_saved else self.tr("Paste the token here")
        )
        self.save_token_button.setText(self.tr("Save token"))
        self.test_button.setText(self.tr("Test connection"))
        self.forget_token_button.setText(self.tr("Remove token"))
        self.sync_at_start.setText(self.tr("Update the catalogue when the app starts"))
        self.open_data_button.setText(self.tr("Open data folder"))
        self.lead_days.setSuffix(self.tr(" days"))
        self.save_button.setText(self.tr("Save"))
        self.status.clear()
        self.connection.clear()
