"""The GUI's entry point: the one place that wires Qt to the workspace."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from .workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv)
    ws = Workspace(data_dir)
    window = QMainWindow()
    window.setWindowTitle(app.translate("MainWindow", "Textile Compliance Assistant"))
    stats = ws.catalogue.stats()
    window.setCentralWidget(QLabel(f"Catalogue version {stats.version}: {stats.standards} standards"))
    window.resize(900, 600)
    window.show()
    return app.exec()
