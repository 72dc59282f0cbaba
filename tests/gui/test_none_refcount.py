"""The PySide6 6.12 / Python 3.11 workaround: void Qt calls no longer count None down to zero."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_none_outlives_many_void_qt_calls(qapp):
    from PySide6.QtWidgets import QLabel

    import desktop_app.ui  # noqa: F401  (applies the workaround)

    label = QLabel()
    before = sys.getrefcount(None)
    assert before > 2**39
    for _ in range(20_000):  # more than None's own count in a fresh interpreter
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) > 2**39
