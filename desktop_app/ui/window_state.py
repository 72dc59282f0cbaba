"""The main window's size and place, remembered per screen, and never larger than the screen.

A part of `MainWindow`: geometry, splitter and detail panes saved to and restored from
the window's QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow


class WindowState:
    """Methods of `MainWindow` (ui/main_window.py), which holds the state they use."""

    def _screen(self) -> QScreen | None:
        return self.screen() or self.window().screen()

    def _geometry_key(self) -> str:
        """Geometry is remembered per screen (name and size): a laptop that is sometimes on a
        large office monitor opens right on each."""
        screen = self._screen()
        if screen is None:
            return "window/geometry"
        size = screen.size()
        name = "".join(ch if ch.isalnum() else "_" for ch in screen.name()) or "screen"
        return f"window/geometry/{name}_{size.width()}x{size.height()}"

    def fit_to_screen(self) -> None:
        """Never larger than the screen's available area (1366×768 and 1024×768 are common),
        and wholly on it."""
        screen = self._screen()
        if screen is None:
            return
        fit_into(self, screen.availableGeometry())

    def restore_state(self) -> None:
        s = self.settings
        geometry = s.value(self._geometry_key())
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.fit_to_screen()
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.details_action.setChecked(s.value("window/details", True, type=bool))
        self._on_details_toggled(self.details_action.isChecked())
        for page in self.pages:
            page.restore_state(s)

    def save_state(self) -> None:
        s = self.settings
        s.setValue(self._geometry_key(), self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/details", self.details_action.isChecked())
        for page in self.pages:
            page.save_state(s)
        s.sync()


def fit_into(window: QMainWindow, available: QRect) -> None:
    """Shrink `window` (its frame included) to `available` and move it inside."""
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = max(1, min(window.width(), available.width() - max(0, extra.width())))
    height = max(1, min(window.height(), available.height() - max(0, extra.height())))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.left()), max(y, available.top()))
