"""Help → About: version, catalogue version, data folder, and the licences of what ships."""

from __future__ import annotations

import html
import importlib.metadata
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ... import __version__

# the libraries the program is built on, by distribution name
LIBRARIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "pypdf",
    "pypdfium2",
    "openpyxl",
    "defusedxml",
    "requests",
    "truststore",
    "keyring",
    "platformdirs",
    "pydantic",
    "cryptography",
    "qrcode",
)


def library_licence(name: str) -> tuple[str, str]:
    """(version, licence) from the installed package's own metadata; "—" where it says none
    (a frozen build may carry no metadata)."""
    try:
        meta = importlib.metadata.metadata(name)
    except importlib.metadata.PackageNotFoundError:
        return "—", "—"
    licence = meta.get("License-Expression") or ""
    text = (meta.get("License") or "").strip()
    if not licence and text and "\n" not in text and len(text) <= 60:
        licence = text
    if not licence:
        classifiers = [
            c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
        ]
        licence = ", ".join(classifiers) or "—"
    return meta.get("Version") or "—", licence


def font_licences(fonts: Path) -> list[tuple[str, str]]:
    """(font, licence) from each bundled font's Debian-style LICENSE file (its `Files: *` block)."""
    found = []
    for path in sorted(Path(fonts).glob("*.LICENSE")):
        name, licence, in_all_files = path.stem, "—", False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("Upstream-Name:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("Files:"):
                in_all_files = line.split(":", 1)[1].strip() == "*"
            elif line.startswith("License:") and in_all_files:
                licence = line.split(":", 1)[1].strip()
                break
        found.append((name, licence))
    return found


class AboutDialog(QDialog):
    def __init__(
        self,
        *,
        catalogue_version: int | str,
        data_folder: Path,
        resources: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("About"))
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Catalogue version"), str(catalogue_version)),
            (self.tr("Data folder"), str(data_folder)),
        ]
        fonts = font_licences(Path(resources) / "fonts")
        libraries = [(name, *library_licence(name)) for name in LIBRARIES]
        e = html.escape
        title, font_heading, library_heading = (
            self.tr("Textile Compliance Assistant"),
            self.tr("Bundled font"),
            self.tr("Libraries"),
        )
        parts = [f"<h2>{e(title)}</h2><table>"]
        parts += [f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows]
        parts.append(f"</table><h3>{e(font_heading)}</h3><table>")
        parts += [f"<tr><td>{e(n)}&nbsp;&nbsp;</td><td>{e(lic)}</td></tr>" for n, lic in fonts]
        parts.append(f"</table><h3>{e(library_heading)}</h3><table>")
        parts += [
            f"<tr><td>{e(n)}&nbsp;&nbsp;</td><td>{e(v)}&nbsp;&nbsp;</td><td>{e(lic)}</td></tr>"
            for n, v, lic in libraries
        ]
        parts.append("</table>")
        self.html = "".join(parts)
        self.text.setHtml(self.html)
        self.resize(620, 560)
