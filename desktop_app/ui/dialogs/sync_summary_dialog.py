"""What a catalogue update changed, shown without blocking the window; and why one failed.

The dialog is modeless: the user can keep working and open it again from
nothing, since the same facts reach the Notices and Products pages. Its two
buttons ask the window to go to those pages (`notices_requested`,
`products_requested`). `failure_message` turns the sync's typed errors into
what happened and what to do, by their reason codes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import AssistantError, Reason
from ..errors import message_for
from ..i18n import vocab_lang
from ..sync_status import sync_error_message

_PAGE_REJECTED = {
    Reason.PAGE_INVALID,
    Reason.PAGE_SINCE_MISMATCH,
    Reason.PAGE_NO_PROGRESS,
    Reason.SIGNATURE_MALFORMED,
    Reason.SIGNATURE_NOT_BASE64,
    Reason.SIGNATURE_LENGTH,
    Reason.SIGNATURE_MISSING,
    Reason.SIGNATURE_UNTRUSTED,
    Reason.SIGNATURE_MISMATCH,
    Reason.SIGNATURE_BAD_KEY,
}
_PACKAGE_DAMAGED = {
    Reason.PACKAGE_MEMBER_MISSING,
    Reason.PACKAGE_MEMBER_TOO_LARGE,
    Reason.PACKAGE_UNREADABLE,
    Reason.PACKAGE_NOT_ZIP,
    Reason.PACKAGE_MANIFEST_INVALID,
    Reason.PACKAGE_PAGE_REJECTED,
    Reason.PACKAGE_PAGES_GAP,
    Reason.PACKAGE_ENDS_EARLY,
}


def failure_message(exc: BaseException) -> str:
    """A failed sync or import in plain words: what happened, then what to do; by reason code."""
    code = exc.code if isinstance(exc, AssistantError) else None
    if code in (Reason.TOKEN_REJECTED, Reason.TOKEN_FORBIDDEN):
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "The platform did not accept the access token. "
            "Open Settings, paste the token from the platform again and press “Save token”.",
        )
    if code is Reason.PLATFORM_BUSY:
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "The platform is busy at the moment. Nothing was lost; try again in a few minutes.",
        )
    if code in (Reason.PLATFORM_UNREACHABLE, Reason.PLATFORM_ERROR):
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "The platform could not be reached; this computer may be offline. "
            "Check the internet connection and try again, or import an update file.",
        )
    if code in _PAGE_REJECTED:
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "An update page failed its check, so it was not applied; the pages before it are kept. "
            "Try again later; if it keeps happening, tell the platform's support.",
        )
    if code in _PACKAGE_DAMAGED:
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "This update file is damaged or not from the platform; nothing of it was applied.",
        )
    if code is Reason.PACKAGE_TOO_NEW:
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "This update file starts after your catalogue's version. Sync first, or ask for a full update file.",
        )
    if code in (Reason.NO_PLATFORM_URL, Reason.NOT_LOGGED_IN):
        return QCoreApplication.translate(
            "SyncSummaryDialog",
            "No platform account is set up. Enter the platform address and token in Settings.",
        )
    if code is Reason.NO_TRUSTED_KEYS:
        return QCoreApplication.translate(
            "SyncSummaryDialog", "No trusted platform key is set up. Add the platform's key in Settings."
        )
    if code is Reason.HISTORY_EXPIRED:
        return QCoreApplication.translate(
            "SyncSummaryDialog", "The platform needs a full update. Run the update again."
        )
    return sync_error_message(exc) or message_for(exc)


def _counts(label: str, counts) -> str:
    return QCoreApplication.translate(
        "SyncSummaryDialog", "{what}: {added} added, {changed} changed, {removed} removed"
    ).format(what=label, added=counts.added, changed=counts.changed, removed=counts.removed)


class SyncSummaryDialog(QDialog):
    notices_requested = Signal()
    products_requested = Signal()

    def __init__(self, result, new_notices=(), parent: QWidget | None = None) -> None:
        """`result` is a `SyncResult`; `new_notices` the `NoticeView`s of its new notices."""
        super().__init__(parent)
        self.setObjectName("syncSummary")
        self.setModal(False)
        self.result = result
        self.new_notices = list(new_notices)
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.notices_button = QPushButton(self)
        self.products_button = QPushButton(self)
        self.buttons.addButton(self.notices_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.products_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        self.notices_button.clicked.connect(self._on_notices_clicked)
        self.products_button.clicked.connect(self._on_products_clicked)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _on_notices_clicked(self) -> None:
        self.notices_requested.emit()
        self.close()

    def _on_products_clicked(self) -> None:
        self.products_requested.emit()
        self.close()

    def summary_html(self) -> str:
        r = self.result
        if getattr(r, "package_not_newer", False):
            return escape(self.tr("This update file is not newer than your catalogue; nothing changed."))
        lines: list[str] = []
        if getattr(r, "applied_by_other_pc", False):
            lines.append(
                self.tr("Another PC updated the catalogue to version {version} meanwhile.").format(
                    version=r.to_version
                )
            )
        if not r.changed:
            lines.append(
                self.tr("The catalogue is already up to date (version {version}).").format(
                    version=r.to_version
                )
            )
        else:
            lines.append(
                self.tr("The catalogue went from version {old} to {new}.").format(
                    old=r.from_version, new=r.to_version
                )
            )
            lines.append(_counts(self.tr("Standards"), r.standards))
            lines.append(_counts(self.tr("Rules"), r.rules))
            lines.append(_counts(self.tr("Notices"), r.notices))
        if not r.complete:
            lines.append(self.tr("The update stopped before the end; run it again to fetch the rest."))
        if r.affected_products:
            lines.append(self.tr("Products affected: {skus}").format(skus=", ".join(r.affected_products)))
        elif r.changed:
            lines.append(self.tr("None of your products is affected."))
        html = "<br>".join(escape(line) for line in lines)
        if self.new_notices:
            items = "".join(
                f"<li>{escape(v.notice.title.get(vocab_lang()))}"
                + (f" — {escape(', '.join(v.affected))}" if v.affected else "")
                + "</li>"
                for v in self.new_notices
            )
            html += "<p>" + escape(self.tr("New notices:")) + f"</p><ul>{items}</ul>"
        return html

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Catalogue updated"))
        self.text.setText(self.summary_html())
        self.notices_button.setText(self.tr("Show notices"))
        self.products_button.setText(self.tr("Show products"))
        self.notices_button.setEnabled(bool(self.new_notices) or bool(self.result.notices.upserted))
        self.products_button.setEnabled(bool(self.result.affected_products))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
