"""Work off the GUI thread: a database lane with one worker and a network lane.

A task is a function taking a `TaskContext`; it runs on a pool thread, never
touches widgets, and returns plain dataclasses. Its result or error comes back
to the GUI thread through a queued signal. A task still running after half a
second is announced (`long_task_started`) so the window can show progress and
a cancel button; cancelling sets a flag the task checks between steps.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Lane(enum.Enum):
    DB = "db"
    NETWORK = "network"


class Cancelled(Exception):
    """Raised inside a task by `TaskContext.check()` once the user cancelled."""


class TaskContext:
    """What a running task may use: the cancel flag and a progress callback."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task.cancel_event.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        self._task.progressed.emit(int(done), int(total))


class Task(QObject):
    """One submitted task; lives on the GUI thread, so its slots run there."""

    progressed = Signal(int, int)
    finished = Signal()  # after the result or error was delivered
    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        label: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self.label = label
        self.on_done = on_done
        self.on_error = on_error
        self.cancel_event = threading.Event()
        self.done = False
        self.runner: TaskRunner | None = None
        self._succeeded.connect(self._on_result_succeeded)
        self._failed.connect(self._on_result_failed)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run_in_worker(self) -> None:
        try:
            result = self.fn(TaskContext(self))
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    def _closed(self) -> bool:
        return self.runner is not None and self.runner.closed

    @Slot(object)
    def _on_result_succeeded(self, result: Any) -> None:
        self.done = True
        try:
            if self.on_done is not None and not self.cancel_event.is_set() and not self._closed():
                self.on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _on_result_failed(self, exc: BaseException) -> None:
        self.done = True
        try:
            if isinstance(exc, Cancelled):
                log.info("task cancelled: %s", self.label)
            else:
                log.error("task failed: %s", self.label, exc_info=exc)
                if self.on_error is not None and not self._closed():
                    self.on_error(exc)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run_in_worker()


class TaskRunner(QObject):
    """Runs tasks on lanes; the database lane has one worker so writes are serial."""

    long_task_started = Signal(object)  # Task still running after PROGRESS_DELAY_MS
    task_finished = Signal(object)
    failed = Signal(str, object)  # label, exception: for tasks without their own handler

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {Lane.DB: QThreadPool(self), Lane.NETWORK: QThreadPool(self)}
        self._pools[Lane.DB].setMaxThreadCount(1)
        self._pools[Lane.NETWORK].setMaxThreadCount(2)
        self._running: set[Task] = set()
        self.closed = False

    def submit(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
        lane: Lane = Lane.DB,
    ) -> Task:
        if on_error is None:

            def on_error(exc: BaseException) -> None:
                self.failed.emit(label, exc)

        task = Task(fn, label=label, on_done=on_done, on_error=on_error, parent=self)
        task.runner = self
        if self.closed:  # the window is gone: nothing may call back into it
            task.cancel()
            task.done = True
            return task
        self._running.add(task)
        task.finished.connect(lambda: self._on_task_finished(task))
        QTimer.singleShot(PROGRESS_DELAY_MS, task, lambda: self._on_task_slow(task))
        self._pools[lane].start(_Runnable(task))
        return task

    def _on_task_slow(self, task: Task) -> None:
        if not task.done:
            self.long_task_started.emit(task)

    def _on_task_finished(self, task: Task) -> None:
        self._running.discard(task)
        self.task_finished.emit(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel what runs and wait for the workers (on window close); no callbacks after this."""
        self.closed = True
        for task in list(self._running):
            task.cancel()
        for pool in self._pools.values():
            pool.waitForDone(timeout_ms)
