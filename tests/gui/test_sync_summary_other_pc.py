"""The sync summary says when another PC sharing the database updated the catalogue first."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "Another PC updated the catalogue to version 15"), ("zh_CN", "另一台电脑已将目录更新到版本 15")],
)
def test_summary_names_the_other_pcs_version(qapp, qtbot, ws, lang: str, words: str) -> None:
    from desktop_app.app import apply_language
    from desktop_app.ui.dialogs.sync_summary_dialog import SyncSummaryDialog
    from desktop_app.workspace.sync_tally import SyncResult

    apply_language(qapp, lang, ws.resources)
    try:
        dialog = SyncSummaryDialog(
            SyncResult("https://platform", 4, 15, 15, pages=1, applied_by_other_pc=True)
        )
        qtbot.addWidget(dialog)
        assert words in dialog.text.text()
    finally:
        apply_language(qapp, "zh_CN", ws.resources)
