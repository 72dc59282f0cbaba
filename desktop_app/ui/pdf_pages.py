"""A PDF's pages as images (PDFium, through pypdfium2), for the print preview and printing.

PDFium is not thread-safe: every call goes through one lock, so the preview may
render on a worker thread while the GUI thread asks for a page's size. The
images are `QImage`s (safe to make off the GUI thread; a `QPixmap` is not).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0


class PdfPages:
    """One open PDF; `close()` it when done (the dialog does on close)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with _PDFIUM:
            self._doc: pdfium.PdfDocument | None = pdfium.PdfDocument(str(self.path))
            self._count = len(self._doc)
            self._sizes = [QSizeF(*self._doc[i].get_size()) for i in range(self._count)]

    def __len__(self) -> int:
        return self._count

    def size_points(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch), as the PDF gives it."""
        return self._sizes[index]

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` (from 0) at `dpi`, white background, RGB; a null image once closed."""
        with _PDFIUM:
            if self._doc is None:
                return QImage()
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(
                    bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
                ).copy()  # the bitmap's memory goes with it
                bitmap.close()
            finally:
                page.close()
        return image

    def close(self) -> None:
        with _PDFIUM:
            if self._doc is not None:
                self._doc.close()
                self._doc = None
