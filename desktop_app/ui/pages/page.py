"""What every page of the main window shares: the workspace, runner and event hub."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import message_for
from ..events import EventHub
from ..tasks import TaskRunner


class Page(QWidget):
    """A page reloads when the kinds of data it shows change, and retranslates itself."""

    watches: frozenset[str] = frozenset()

    def __init__(self, ws, runner: TaskRunner, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.hub = hub
        self._loaded = False
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

    def _on_hub_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.watches:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("Page", "Could not complete"), message_for(exc))
