"""The bundled font: found in a checkout and a frozen build, and has every glyph we print."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from desktop_app.core.certificates import STATUS_SYMBOLS
from desktop_app.reports import fonts
from desktop_app.reports.wording import _WORDS, SEVERITY_WORDS, SIGNOFF_ROLES


def _cmap() -> dict[int, int]:
    return pdfmetrics.getFont(fonts.ensure_font()).face.charToGlyph


def test_font_and_licence_are_bundled():
    assert fonts.font_path().is_file()
    assert (fonts.font_path().parent / "wqy-microhei.LICENSE").is_file()
    assert fonts.ensure_font() == fonts.ensure_font() == fonts.FONT_NAME


def test_frozen_build_looks_beside_the_executable(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_path() == tmp_path / "resources" / "fonts" / fonts.FONT_FILE


def test_every_symbol_and_fixed_word_has_a_glyph():
    cmap = _cmap()
    texts = [fonts.printable(s) for s in STATUS_SYMBOLS.values()]
    texts += ["\u2714", "\u2718", "≤≥–—µ·…→"]
    texts += [w for pair in (*_WORDS.values(), *SEVERITY_WORDS.values(), *SIGNOFF_ROLES) for w in pair]
    missing = {ch for text in texts for ch in text if ord(ch) not in cmap and not ch.isspace()}
    assert not missing


def test_symbols_the_font_lacks_are_replaced():
    cmap = _cmap()
    for lacking in "\u2717\u2610\u2611\u2612\u26a0":
        assert ord(lacking) not in cmap
        assert all(ord(ch) in cmap for ch in fonts.printable(lacking))
