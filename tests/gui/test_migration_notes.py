"""What an upgrade kept as it was is told once in the window, in the interface language."""

from __future__ import annotations

import pytest

from desktop_app.db.migrate import MigrationNote

pytestmark = pytest.mark.gui

NOTES = (
    MigrationNote("finish_kept", "MS-201", "brushed"),
    MigrationNote("finish_kept", "KD-101", "oil_repellent"),
)


def test_notes_in_chinese_name_each_product_and_value(qapp, ws):
    from desktop_app.app import apply_language
    from desktop_app.ui.migration_notes import migration_notes_text

    apply_language(qapp, "zh_CN", ws.resources)
    lines = migration_notes_text(NOTES).splitlines()
    assert len(lines) == 2 and "MS-201" in lines[0] and "brushed" in lines[0] and "后整理" in lines[0]


def test_the_message_does_not_block_the_window(qapp, qtbot, english):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop_app.ui.migration_notes import show_migration_notes

    parent = QWidget()
    qtbot.addWidget(parent)
    show_migration_notes(parent, NOTES)
    (box,) = parent.findChildren(QMessageBox)
    assert box.isVisible() and not box.isModal()
    assert "oil_repellent" in box.informativeText() and "Every record was kept" in box.text()
