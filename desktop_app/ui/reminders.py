"""Reminders of expiring and expired certificates: on start, then once a day.

Announced with a system-tray message where the platform has a tray, otherwise
with the dashboard's banner. Never a modal dialog: the owner may be busy.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from ..core.certificates import CertificateState, CertStatus
from .tasks import TaskRunner
from .widgets.reminder_banner import ReminderBanner

if TYPE_CHECKING:
    from ..workspace import Workspace

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly look at the date; announce once per day


class Reminders(QObject):
    announced = Signal(str)
    tray_message_clicked = Signal()

    def __init__(
        self,
        ws: Workspace,
        runner: TaskRunner,
        banner: ReminderBanner,
        *,
        icon: QIcon,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.banner = banner
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self.tray_message_clicked)
            self.tray.show()
        self._last_day: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def check(self, *, force: bool = False) -> None:
        today = self.ws.today()
        if not force and self._last_day == today:
            return
        self._last_day = today
        self.runner.submit(
            lambda ctx: self.ws.certificates.reminders(), on_done=self._announce, label="reminders"
        )

    def _on_timer_timeout(self) -> None:
        self.check()

    def message(self, states: list[CertificateState]) -> str:
        expired = sum(1 for s in states if s.status is CertStatus.EXPIRED)
        expiring = len(states) - expired
        parts = []
        if expired:
            parts.append(self.tr("%n certificate(s) expired", "", expired))
        if expiring:
            parts.append(self.tr("%n certificate(s) expiring soon", "", expiring))
        return self.tr("Please renew: {items}.").format(items=self.tr(", ").join(parts))

    def _announce(self, states: list[CertificateState]) -> None:
        if not states:
            self.banner.hide()
            return
        text = self.message(states)
        if self.tray is not None:
            self.tray.setToolTip(text)
            self.tray.showMessage(
                self.tr("Certificates need attention"), text, QSystemTrayIcon.MessageIcon.Warning, 15000
            )
        else:
            self.banner.announce(text)
        self.announced.emit(text)
