"""The main window's demo firm (its own folder, opened in a second process) and Help menu.

A part of `MainWindow` (its texts keep the window's translation context). The dialogs load
when first opened, not at start (tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox

from .i18n import current_language

if TYPE_CHECKING:
    from .dialogs.help_dialog import HelpDialog


def gui_command(data_dir: Path) -> tuple[str, list[str]]:
    """The program and arguments that open the window on `data_dir` in a new process
    (a frozen build is its own program; a checkout or wheel runs the package)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data-dir", str(data_dir)]
    return sys.executable, ["-m", "desktop_app", "--data-dir", str(data_dir)]


class DemoAndHelp:
    """Methods of `MainWindow` (ui/main_window.py), which holds the state they use."""

    def _on_demo_triggered(self) -> None:
        """The demo firm in its own data folder, opened in a second window of its own process:
        its workspace, runner and settings never meet this firm's."""
        self.runner.submit(
            lambda ctx: self.ws.demo.prepare().value[0],
            on_done=self._on_demo_prepared,
            label=QCoreApplication.translate("MainWindow", "Preparing the demo firm"),
        )

    def _on_demo_prepared(self, folder: Path) -> None:
        program, arguments = gui_command(folder)
        started, _pid = QProcess.startDetached(program, arguments)
        if not started:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Demo firm"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The demo firm could not be opened. Start the program with --data-dir {folder}.",
                ).format(folder=folder),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The demo firm opens in a second window."), 8000
        )
        self.demo_opened.emit(str(folder))

    def show_guide(self) -> HelpDialog:
        """The user guide shipped with the app, in the window's language, offline."""
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
        from .dialogs.help_dialog import HelpDialog

        self.help_dialog = HelpDialog(resources=self.ws.resources, language=current_language(), parent=self)
        self.help_dialog.show()
        return self.help_dialog

    def show_about(self) -> None:
        self.runner.submit(
            lambda ctx: self.ws.catalogue.version(), on_done=self._on_about_version, label="about"
        )

    def _on_about_version(self, version) -> None:
        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.deleteLater()
        from .dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(
            catalogue_version=version,
            data_folder=self.ws.paths.root,
            resources=self.ws.resources,
            parent=self,
        )
        self.about_dialog.show()
