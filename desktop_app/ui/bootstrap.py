"""Building the window from a workspace: translators, runner, event hub, window.

`app.py` calls these at start; tests and the screenshot tool call them to get
the same window on a temporary data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .events import EventHub
from .i18n import install_translators
from .main_window import MainWindow
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..workspace import Workspace


def translations_dir(resources: Path) -> Path:
    return resources / "translations"


def apply_language(app: QApplication, language: str, resources: Path) -> None:
    install_translators(app, language, translations_dir(resources))


def build_main_window(
    ws: Workspace, app: QApplication, settings: QSettings, *, use_tray: bool | None = None
) -> MainWindow:
    hub = EventHub(app)
    runner = TaskRunner(app, hub=hub)
    icon_path = ws.resources / "icons" / "app-icon.png"
    icon = QIcon(str(icon_path)) if icon_path.is_file() else QIcon()
    window = MainWindow(ws, runner=runner, hub=hub, settings=settings, icon=icon, use_tray=use_tray)

    def switch(language: str) -> None:
        apply_language(app, language, ws.resources)
        hub.language_changed.emit(language)

    window.language_chosen.connect(switch)
    return window
