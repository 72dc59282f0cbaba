"""The bundled CJK font, registered with ReportLab once per process.

WenQuanYi Micro Hei (Apache-2.0, `resources/fonts/`) is a TrueType
collection with TrueType outlines, so ReportLab embeds it as a subset with a
ToUnicode map: the PDF prints the same on any PC and its Chinese text can be
searched and copied. (Noto CJK cannot be used: its outlines are CFF.)
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources_dir

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"

# Symbols the checklist prints that the font lacks, mapped to ones it has
# (checked against the font's cmap in the tests).
GLYPH_SUBSTITUTES = str.maketrans(
    {
        "\u2717": "\u2718",  # ✗ → ✘
        "\u2610": "\u25a1",  # ☐ → □
        "\u2611": "\u2714",  # ☑ → ✔
        "\u2612": "\u2718",  # ☒ → ✘
        "\u26a0": "!",  # ⚠ → !
    }
)

_lock = threading.Lock()


class FontMissingError(FileNotFoundError):
    """The bundled font is not where the app expects it (a broken install)."""


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def ensure_font() -> str:
    """Register the font (first call only) and return its ReportLab name.

    Bold and italic map to the same face: the font has no bold, and
    `<b>` in a Paragraph must not fall back to a font without Chinese.
    """
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        path = font_path()
        if not path.is_file():
            raise FontMissingError(f"bundled font not found: {path}")
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_NAME, bold, italic, FONT_NAME)
        return FONT_NAME


def printable(text: str) -> str:
    """`text` with the symbols the font lacks replaced by ones it has."""
    return text.translate(GLYPH_SUBSTITUTES)
