"""The event hub: the runner publishes what a task changed; each view decides whether to reload.

Nobody chooses by hand what changed: workspace mutations return a
`ChangeSet` and `tasks.TaskRunner` publishes it here after the task
succeeded. A view compares it with the kinds it shows (`Page.watches`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..workspace.changes import ChangeSet


class EventHub(QObject):
    """`data_changed(change_set)`: a `ChangeSet` of the kinds of record that changed."""

    data_changed = Signal(object)
    language_changed = Signal(str)

    def publish(self, changes: ChangeSet) -> None:
        """For the task runner: announce `changes` (nothing when empty)."""
        if changes:
            self.data_changed.emit(changes)
