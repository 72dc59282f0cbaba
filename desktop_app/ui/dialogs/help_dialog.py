"""Help → User guide: the short guide shipped with the app, offline, in the chosen language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_path(resources: Path, language: str) -> Path:
    """`resources/help/guide.<language>.html`; the English one for a language without a guide."""
    folder = Path(resources) / "help"
    path = folder / f"guide.{language}.html"
    return path if path.is_file() else folder / "guide.en.html"


class HelpDialog(QDialog):
    """Links inside the guide stay in the browser; links to the web open in the system browser."""

    def __init__(self, *, resources: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.path = guide_path(resources, language)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.browser.documentTitle() or self.tr("User guide"))
        self.resize(720, 620)
