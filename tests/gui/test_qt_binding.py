"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 drops a reference to None on every Qt call that returns
nothing; after a few thousand calls the interpreter aborts ("none_dealloc").
pyproject.toml keeps that release out; this test fails if one like it comes back.
"""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


def test_calls_returning_nothing_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50  # other code may drop a few; the bug drops 4,000
