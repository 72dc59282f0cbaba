"""Settings → Several PCs: the guided setup of a PostgreSQL host, in the window.

The same steps as `textile-assistant host ...` (`workspace/host.py`,
`host_move.py`, `connection.py`): choose what this PC does (keeps its own
file, is the host, connects to a host), then Check, Create the schema, Move
the records (verified table by table; the SQLite file is kept as it was),
Use the host, or go back to the own file. Every step runs on the task
runner: moving the records on the database lane (it reads the local file,
so no write of the window's own races it) with progress and cancel, the
others on the network lane, bounded by the connect timeout.

The password is typed into a masked field and handed to the step; once the
host accepted it, it is kept in the system keyring (`store_password`), never
in connection.json, a log line or a message. The step's result says what
changed; this PC uses the host from its next start. On a PC whose keyring
cannot keep it, the step's result is shown all the same, with a note that
says where the password must come from instead (PGPASSWORD, as the CLI says).
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...workspace.connection import DEFAULT_PORT, host_url
from ...workspace.host_setup import StepDone, check_step, forget_step, init_step, move_step, use_step
from ..discard_guard import DiscardGuard
from ..errors import message_for
from ..host_report import check_lines, move_lines, place, unkept_line
from ..tasks import Cancelled, Lane, Task, TaskRunner

if TYPE_CHECKING:
    from ...workspace import Workspace

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
OK_COLOUR, BAD_COLOUR = QColor("#2e7d32"), QColor("#c62828")


class Mode(enum.IntEnum):
    SINGLE = 0  # this PC keeps its records in its own file (the default)
    HOST = 1  # this PC is the host: check, create the schema, move the records in
    CLIENT = 2  # this PC connects to a host another PC set up


class HostSetupDialog(QDialog):
    setting_changed = Signal()  # connection.json was written or removed

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostSetupDialog")
        self.ws, self.runner = ws, runner
        self.task: Task | None = None
        self._cancel = threading.Event()  # our own flag: a move that ended anyway still reports
        self._delivered = False
        self._cancellable = False  # the running step is a move (rolled back on cancel)
        self.state = QLabel(self)
        self.state.setObjectName("hostState")
        self.state.setWordWrap(True)
        self.modes = QButtonGroup(self)
        self.mode_buttons = [QRadioButton(self) for _ in Mode]
        self.mode_notes = [QLabel(self) for _ in Mode]
        mode_box = QVBoxLayout()
        for mode, button in enumerate(self.mode_buttons):
            self.modes.addButton(button, mode)
            self.mode_notes[mode].setWordWrap(True)
            self.mode_notes[mode].setContentsMargins(24, 0, 0, 4)
            mode_box.addWidget(button)
            mode_box.addWidget(self.mode_notes[mode])
        self.host = QLineEdit(self)
        self.host.setObjectName("hostAddress")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("textile", self)
        self.role = QLineEdit("assistant", self)
        self.password = QLineEdit(self)
        self.password.setObjectName("hostPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        self.field_labels = [QLabel(self) for _ in range(5)]
        self.fields = QGroupBox(self)
        form = QFormLayout(self.fields)
        for label, field in zip(
            self.field_labels, (self.host, self.port, self.database, self.role, password_row)
        ):
            form.addRow(label, field)
        self.check_button = QPushButton(self)
        self.init_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.use_button = QPushButton(self)
        self.forget_button = QPushButton(self)
        steps = QHBoxLayout()
        for button in self._step_buttons():
            steps.addWidget(button)
        steps.addStretch(1)
        self.report = QListWidget(self)
        self.report.setObjectName("hostReport")
        self.report.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(mode_box)
        layout.addWidget(self.fields)
        layout.addLayout(steps)
        layout.addWidget(self.report, 1)
        layout.addLayout(running)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.modes.idToggled.connect(self._on_modes_id_toggled)
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.init_button.clicked.connect(self._on_init_clicked)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self._next_start: str | None = None  # what connection.json says after a step of this dialog
        self._fill()
        self.retranslate()
        self.resize(680, 640)
        self.guard = DiscardGuard(self, self._snapshot)

    def _step_buttons(self) -> list[QPushButton]:
        return [self.check_button, self.init_button, self.move_button, self.use_button, self.forget_button]

    def _fill(self) -> None:
        """The fields from the database this window opened (the host's, or defaults)."""
        url = self.ws.target.url
        mode = Mode.SINGLE
        if url is not None:
            self.host.setText(url.host or "")
            self.port.setValue(url.port or DEFAULT_PORT)
            self.database.setText(url.database or "")
            self.role.setText(url.username or "")
            mode = Mode.HOST if (url.host or "") in LOCAL_HOSTS else Mode.CLIENT
        self.mode_buttons[mode].setChecked(True)
        self._show_mode(mode)

    def mode(self) -> Mode:
        return Mode(max(0, self.modes.checkedId()))

    def _snapshot(self) -> object:
        return (
            self.mode(),
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.role.text(),
            self.password.text(),
        )

    # choosing -------------------------------------------------------------------

    def _on_modes_id_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self._show_mode(Mode(mode))

    def _show_mode(self, mode: Mode) -> None:
        self.fields.setEnabled(mode is not Mode.SINGLE)
        if mode is Mode.HOST and not self.host.text().strip():
            self.host.setText("localhost")
        shown = {
            Mode.SINGLE: (self.forget_button,),
            Mode.HOST: (self.check_button, self.init_button, self.move_button),
            Mode.CLIENT: (self.check_button, self.use_button),
        }[mode]
        for button in self._step_buttons():
            button.setVisible(button in shown)

    def _on_show_password_toggled(self, checked: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password)

    # running a step ---------------------------------------------------------------

    def _target(self) -> tuple[Any, str | None] | None:
        """The host's URL and the typed password; None (and said in the report) when a field is missing."""
        if not self.host.text().strip() or not self.database.text().strip():
            self._show_lines([(False, self.tr("Enter the host's address and the database name."))])
            return None
        try:
            url = host_url(
                host=self.host.text(),
                port=self.port.value(),
                database=self.database.text(),
                role=self.role.text(),
            )
        except ValidationError:  # a host name with a slash, an @ or a space in it
            self._show_lines([(False, self.tr("This is not a host address: write a name or an IP address."))])
            return None
        return url, self.password.text() or None

    def _run(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        *,
        label: str,
        lane: Lane,
        working: str,
        cancellable: bool = False,
    ) -> None:
        self._show_lines([(None, working)])
        self._set_running(True, cancellable=cancellable)
        self._cancel.clear()
        self._delivered = False
        self._cancellable = cancellable

        def finished(result: Any) -> None:
            self._delivered = True
            self._set_running(False)
            if not isinstance(result, StepDone):
                done(result)
                return
            done(result.result)  # the step is done, whether or not its password could be kept
            if result.unkept is not None:
                self._add_lines([unkept_line()])

        def failed(exc: BaseException) -> None:
            self._delivered = True
            self._set_running(False)
            self._show_lines([(False, message_for(exc))])

        self.task = self.runner.submit(fn, on_done=finished, on_error=failed, label=label, lane=lane)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.finished.connect(self._on_task_finished)

    def _set_running(self, running: bool, *, cancellable: bool = False) -> None:
        for widget in (*self._step_buttons(), *self.mode_buttons, self.fields):
            widget.setEnabled(not running)
        if not running:
            self.fields.setEnabled(self.mode() is not Mode.SINGLE)
        self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running and cancellable)

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_task_finished(self) -> None:
        if not self._delivered:  # cancelled (here or in the status bar): neither callback ran
            self._set_running(False)
            if self._cancellable:  # a move: rolled back
                self._show_lines([(None, self.tr("Cancelled: nothing was moved, the host is as it was."))])
            else:  # a step that cannot be stopped half way went on; its result is not shown
                self._show_lines([(None, self.tr("Cancelled. Press Check to see how the host is now."))])
        self.task = None

    def _on_cancel_clicked(self) -> None:
        self._cancel.set()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _on_check_clicked(self) -> None:
        target = self._target()
        if target is None:
            return
        url, secret = target
        self._run(
            lambda ctx: check_step(url, secret),
            lambda report: self._show_lines(check_lines(report)),
            label="host check",
            lane=Lane.NETWORK,
            working=self.tr("Asking the host…"),
        )

    def _on_init_clicked(self) -> None:
        target = self._target()
        if target is None:
            return
        url, secret = target
        paths = self.ws.paths

        def done(result) -> None:
            lines: list[tuple[bool | None, str]] = [
                (
                    True,
                    self.tr("The schema on the host is ready (revision {revision}).").format(
                        revision=result.to_revision
                    ),
                )
            ]
            if result.backup is not None:
                lines.append(
                    (
                        None,
                        self.tr("The records on the host were backed up first, to {path}.").format(
                            path=result.backup
                        ),
                    )
                )
            else:
                lines.append((None, self.tr("Next: move this PC's records to the host.")))
            self._show_lines(lines)

        self._run(
            lambda ctx: init_step(paths, url, secret),
            done,
            label="host init",
            lane=Lane.NETWORK,
            working=self.tr("Creating the schema…"),
        )

    def _on_move_clicked(self) -> None:
        target = self._target()
        if target is None:
            return
        url, secret = target
        paths, cancel = self.ws.paths, self._cancel

        def work(ctx):
            def step(done: int, total: int) -> None:
                if cancel.is_set() or ctx.cancelled:
                    raise Cancelled()  # the copy is rolled back
                ctx.progress(done, total)

            return move_step(paths, url, secret, step)

        def done(result) -> None:
            self._next_start = result.host
            self.guard.mark_clean()
            self._show_lines(move_lines(result))
            self._show_state()
            self.setting_changed.emit()

        self._run(
            work,
            done,
            label="host move-data",
            lane=Lane.DB,
            working=self.tr("Moving the records, table by table…"),
            cancellable=True,
        )

    def _on_use_clicked(self) -> None:
        target = self._target()
        if target is None:
            return
        url, secret = target
        paths = self.ws.paths

        def done(result) -> None:
            report, used = result
            if not used:
                lines = check_lines(report)
                if report.schema_revision is None:
                    lines.append(
                        (
                            False,
                            self.tr(
                                "The host has no records yet: set it up on the host PC first "
                                "(this PC is the host → Create the schema, Move the records)."
                            ),
                        )
                    )
                self._show_lines(lines)
                return
            self._next_start = report.host
            self.guard.mark_clean()
            self._show_lines(
                [(True, self.tr("This PC will use the host {host}.").format(host=place(report.host)))]
            )
            self._show_state()
            self.setting_changed.emit()

        self._run(
            lambda ctx: use_step(paths, url, secret),
            done,
            label="host use",
            lane=Lane.NETWORK,
            working=self.tr("Asking the host…"),
        )

    def _on_forget_clicked(self) -> None:
        paths = self.ws.paths

        def done(removed: bool) -> None:
            self._next_start = ""
            self.guard.mark_clean()
            self._show_lines(
                [
                    (
                        True,
                        self.tr("This PC will keep its records in its own file again.")
                        if removed
                        else self.tr("This PC already keeps its records in its own file."),
                    )
                ]
            )
            self._show_state()
            self.setting_changed.emit()

        self._run(
            lambda ctx: forget_step(paths),
            done,
            label="host forget",
            lane=Lane.DB,
            working=self.tr("Going back to this PC's own file…"),
        )

    # showing ----------------------------------------------------------------------

    def _show_lines(self, lines: list[tuple[bool | None, str]]) -> None:
        self.report.clear()
        self._add_lines(lines)

    def _add_lines(self, lines: list[tuple[bool | None, str]]) -> None:
        for ok, text in lines:
            mark = {True: "✓ ", False: "✗ ", None: "• "}[ok]
            item = QListWidgetItem(mark + text, self.report)
            if ok is not None:
                item.setForeground(OK_COLOUR if ok else BAD_COLOUR)

    def report_lines(self) -> list[str]:
        return [self.report.item(row).text() for row in range(self.report.count())]

    def _show_state(self) -> None:
        target = self.ws.target
        if target.is_local:
            now = self.tr("Now this PC keeps the records in its own file ({path}).").format(
                path=self.ws.paths.database
            )
        else:
            now = self.tr("Now this PC uses the database host {host}.").format(host=self.ws.database_label)
        if target.source in ("option", "environment"):
            now += " " + self.tr(
                "The address was given at start (--database-url or TEXTILE_ASSISTANT_DATABASE_URL): "
                "it wins over what is set here."
            )
        if self._next_start is not None:
            if self._next_start:
                now += " " + self.tr("From the next start it uses {host}.").format(
                    host=place(self._next_start)
                )
            else:
                now += " " + self.tr("From the next start it uses its own file.")
            now += " " + self.tr("Close the app and open it again to switch.")
        self.state.setText(now)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Several PCs, one set of records"))
        for button, text in zip(
            self.mode_buttons,
            (
                self.tr("This PC keeps its records (one PC, nothing to set up)"),
                self.tr("This PC is the host (it runs PostgreSQL for the others)"),
                self.tr("Connect to a host"),
            ),
        ):
            button.setText(text)
        for note, text in zip(
            self.mode_notes,
            (
                self.tr("The records stay in the file in this PC's data folder, as always."),
                self.tr(
                    "Install PostgreSQL first (installer/README.md), then: Check, Create the schema, "
                    "Move the records. The local file is kept as it was."
                ),
                self.tr("For the other PCs, once the host is set up: Check, then Use this host."),
            ),
        ):
            note.setText(text)
        self.fields.setTitle(self.tr("Database host"))
        for label, text in zip(
            self.field_labels,
            (self.tr("Address"), self.tr("Port"), self.tr("Database"), self.tr("Role"), self.tr("Password")),
        ):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.password.setPlaceholderText(self.tr("kept in the system keyring, never in a file"))
        self.show_password.setText(self.tr("Show"))
        self.check_button.setText(self.tr("Check"))
        self.init_button.setText(self.tr("Create the schema"))
        self.move_button.setText(self.tr("Move the records here"))
        self.use_button.setText(self.tr("Use this host"))
        self.forget_button.setText(self.tr("Use this PC's own file"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if not self.guard.allows_close():
            return
        if self.task is not None:
            self._cancel.set()  # a move is rolled back; a check or a use ends within the timeout
        super().reject()
