"""Answering the discard question (`ui.discard_guard`) as a user would, in GUI tests."""

from __future__ import annotations


def answer_discard_box(dialog, button: str) -> None:
    """Click `button` ("Discard" or "Keep editing") in the question the dialog is about to ask.

    The question runs its own event loop (`exec`), so the click is queued before the
    call that asks; it waits until the box exists."""
    from PySide6.QtCore import QTimer

    def click() -> None:
        box = dialog.guard.box
        if box is None:
            QTimer.singleShot(10, click)
            return
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)


def discard(dialog) -> None:
    """Close an edited dialog as a user who says "Discard" would."""
    answer_discard_box(dialog, "Discard")
    dialog.reject()
    assert dialog.result() == 0 and not dialog.isVisible()
