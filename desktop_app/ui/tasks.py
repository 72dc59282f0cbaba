"""Work off the GUI thread: a database lane with one worker and a network lane.

A task is a function taking a `TaskContext`; it runs on a pool thread, never
touches widgets, and returns plain dataclasses. Its result or error comes back
to the GUI thread through a queued signal. A task still running after half a
second is announced (`long_task_started`) so the window can show progress and
a cancel button; cancelling sets a flag the task checks between steps.

Every database write runs on the database lane. A task on the network lane
that must write (a sync applying the pages it fetched) hands each write to
the database lane with `ctx.on_db_lane(step)` and waits for it.

What a task changed is published on the event hub when it ends (Anki's
`CollectionOp`): the change set its result announces (`workspace.changes`),
only if it succeeded, together with those of the steps it ran through
`on_db_lane`, which are committed even if the task fails later. A
`Changed` result reaches `on_done` as its value.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ..core.errors import AssistantError, DatabaseHostError, Reason
from ..workspace.changes import ChangeSet, changes_of, value_of
from .events import EventHub

log = logging.getLogger(__name__)
T = TypeVar("T")
_lane = threading.local()  # .lane: the lane whose worker is this thread, while it runs a task

PROGRESS_DELAY_MS = 500


def is_host_away(exc: BaseException) -> bool:
    """Whether `exc` says the PostgreSQL host cannot be reached (the host-away banner's cue)."""
    return isinstance(exc, DatabaseHostError) and exc.code is Reason.HOST_UNREACHABLE


class Lane(enum.Enum):
    DB = "db"
    NETWORK = "network"


def current_lane() -> Lane | None:
    """The lane whose worker runs the calling code; None off the runner's workers (the GUI thread)."""
    return getattr(_lane, "lane", None)


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

    def on_db_lane(self, step: Callable[[], T]) -> T:
        """Run `step` on the database lane, wait for it, and return its result (or raise its error).

        What the step changed is published when the task ends, even if the
        task fails after it. On the database lane already, the step runs in place.
        """
        runner = self._task.runner
        if current_lane() is Lane.DB or runner is None:
            result = step()
        else:
            future: Future[T] = Future()
            runner.start_step(_Step(step, future))
            result = future.result()
        self._task.add_changes(changes_of(result))
        return result


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
        self._changes = ChangeSet.NONE  # of the steps run through `on_db_lane`
        self._changes_lock = threading.Lock()
        self._succeeded.connect(self._on_result_succeeded)
        self._failed.connect(self._on_result_failed)

    def cancel(self) -> None:
        self.cancel_event.set()

    def add_changes(self, changes: ChangeSet) -> None:
        with self._changes_lock:
            self._changes |= changes

    def _publish(self, changes: ChangeSet) -> None:
        with self._changes_lock:
            changes |= self._changes
        if self.runner is not None and self.runner.hub is not None and not self._closed():
            self.runner.hub.publish(changes)

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
                self.on_done(value_of(result))
        finally:
            try:  # a cancelled task that returned has still changed what it did
                self._publish(changes_of(result))
            finally:
                self.finished.emit()

    @Slot(object)
    def _on_result_failed(self, exc: BaseException) -> None:
        self.done = True
        try:
            if isinstance(exc, Cancelled):
                log.info("task cancelled: %s", self.label)
            else:
                if isinstance(exc, AssistantError):
                    # an expected refusal (a duplicate SKU, a record edited elsewhere, a bad file):
                    # the user is told in words; the log keeps the code, not a traceback nor values
                    log.warning("task refused: %s: %s", self.label, exc.code.value)
                else:
                    log.error("task failed: %s", self.label, exc_info=exc)
                if is_host_away(exc) and self.runner is not None and not self._closed():
                    self.runner.host_away.emit(exc)
                if self.on_error is not None and not self._closed():
                    self.on_error(exc)
        finally:
            try:  # only the steps that were committed before the failure
                self._publish(ChangeSet.NONE)
            finally:
                self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, lane: Lane) -> None:
        super().__init__()
        self.task = task
        self.lane = lane

    def run(self) -> None:
        _lane.lane = self.lane
        try:
            self.task.run_in_worker()
        finally:
            _lane.lane = None


class _Step(QRunnable):
    """A step of a task on another lane, run on the database lane (`TaskContext.on_db_lane`)."""

    def __init__(self, step: Callable[[], Any], future: Future[Any]) -> None:
        super().__init__()
        self.step = step
        self.future = future

    def run(self) -> None:
        _lane.lane = Lane.DB
        try:
            self.future.set_result(self.step())
        except BaseException as exc:  # noqa: BLE001 - raised again in the waiting task
            self.future.set_exception(exc)
        finally:
            _lane.lane = None


class TaskRunner(QObject):
    """Runs tasks on lanes; the database lane has one worker so writes are serial.

    What a task changed is published on `hub` (see the module's docstring).
    """

    long_task_started = Signal(object)  # Task still running after PROGRESS_DELAY_MS
    task_finished = Signal(object)
    failed = Signal(str, object)  # label, exception: for tasks without their own handler
    host_away = Signal(object)  # a task failed because the database host cannot be reached

    def __init__(self, parent: QObject | None = None, *, hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
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
        self._pools[lane].start(_Runnable(task, lane))
        return task

    def start_step(self, step: QRunnable) -> None:
        """Queue a task's database step (`TaskContext.on_db_lane`) behind the lane's other work."""
        self._pools[Lane.DB].start(step)

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
