"""What every page of the main window shares: the workspace, runner and event hub."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget

from ...workspace.changes import ChangeSet
from ..errors import message_for
from ..events import EventHub
from ..tasks import TaskRunner

if TYPE_CHECKING:
    from ...workspace import Workspace


class Page(QWidget):
    """A page reloads when the kinds of data it shows change, and retranslates itself."""

    watches: ChangeSet = ChangeSet.NONE  # the kinds of record the page shows
    import_requested = Signal()  # pages with an Import… button; the window opens its import dialog

    def __init__(
        self, ws: Workspace, runner: TaskRunner, hub: EventHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.hub = hub
        self._loaded = False
        self._stale = False  # a change came while the page was not shown: reload when it is
        hub.data_changed.connect(self._on_hub_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch the page's data off the GUI thread; show it when it arrives."""

    def retranslate(self) -> None:
        """Set every visible text again (after a language change)."""

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box; False if it has none."""
        return False

    def save_state(self, settings) -> None:
        pass

    def restore_state(self, settings) -> None:
        pass

    def _on_hub_data_changed(self, changes: ChangeSet) -> None:
        """The shown page reloads at once; a page behind it only when it is shown again
        (`take_stale`): after a product is saved, the five other pages' reloads competed with
        the Products page's own for the database lane and the interpreter."""
        if not changes & self.watches:
            return
        if self.isHidden():
            self._stale = True
        else:
            self.reload()

    def take_stale(self) -> bool:
        """Whether the page must load as it is shown (never loaded, or changed meanwhile)."""
        due = not self._loaded or self._stale
        self._loaded, self._stale = True, False
        return due

    def add_import_button(self, bar: QBoxLayout) -> QPushButton:
        """An Import… button at the end of the page's button bar (spreadsheets in)."""
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        bar.addWidget(self.import_button)
        self.import_button.clicked.connect(self.import_requested)
        self._retranslate_import_button()
        return self.import_button

    def _retranslate_import_button(self) -> None:
        button = getattr(self, "import_button", None)
        if button is not None:
            button.setText(QCoreApplication.translate("Page", "Import…"))
            button.setToolTip(QCoreApplication.translate("Page", "Import from an Excel or CSV spreadsheet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._retranslate_import_button()
        super().changeEvent(event)

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("Page", "Could not complete"), message_for(exc))
