"""The main window: navigation on the left, pages on the right, status bar below.

Its catalogue updates (`catalogue_updates.py`), size and place (`window_state.py`), and demo
firm and Help menu (`demo_and_help.py`) are written apart, as parts of this class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..workspace.changes import ChangeSet
from .catalogue_updates import CatalogueUpdates
from .demo_and_help import DemoAndHelp, gui_command
from .errors import message_for
from .events import EventHub
from .host_banner import HostBanner
from .i18n import current_language
from .pages.carbon_page import CarbonPage
from .pages.certificates_page import CertificatesPage
from .pages.dashboard_page import DashboardPage
from .pages.notices_page import NoticesPage
from .pages.page import Page
from .pages.products_page import ProductsPage
from .pages.settings_page import SettingsPage
from .pages.standards_page import StandardsPage
from .records_transfer import RecordsTransfer
from .reminders import Reminders
from .sync_status import last_sync_text, load_sync_info, platform_text
from .tasks import Lane, Task, TaskRunner
from .window_state import WindowState, fit_into

if TYPE_CHECKING:
    # opened on demand: the results dialog brings the checklist code (ReportLab, pypdf), so
    # the dialogs load when first opened, not at start (tests/gui/test_startup_imports.py)
    from ..workspace import Workspace
    from .dialogs.about_dialog import AboutDialog
    from .dialogs.help_dialog import HelpDialog
    from .dialogs.record_results_dialog import RecordResultsDialog
    from .dialogs.sync_summary_dialog import SyncSummaryDialog


__all__ = ["MainWindow", "fit_into", "gui_command"]

FIRST_PAGE_TASK = "dashboard"  # the label of the first page's load (DashboardPage.reload)
BACKGROUND_DELAY_MS = 3000  # the start's background work waits at most this for the first page
NAV_FONT_PX, NAV_PAD_PX = 13, 6  # the navigation list's font size and its items' side padding
NAV_SPARE_PX = 10  # the item's focus frame and text margins, and rounding of the text's advance


class MainWindow(CatalogueUpdates, WindowState, DemoAndHelp, QMainWindow):
    language_chosen = Signal(str)
    demo_opened = Signal(str)  # the demo firm's data folder, opened in a second window (its own process)

    DASHBOARD, PRODUCTS, CERTIFICATES, STANDARDS, NOTICES, CARBON, SETTINGS = range(7)

    def __init__(
        self,
        ws: Workspace,
        *,
        runner: TaskRunner,
        hub: EventHub,
        settings: QSettings,
        icon: QIcon | None = None,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__()
        self.ws = ws
        self.runner = runner
        self.hub = hub
        self.settings = settings
        self.setObjectName("mainWindow")
        if icon is not None:
            self.setWindowIcon(icon)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(
            f"#navigation {{ font-size: {NAV_FONT_PX}px; }} #navigation::item {{ padding: 8px {NAV_PAD_PX}px; }}"
        )
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.dashboard = DashboardPage(ws, runner, hub)
        self.products = ProductsPage(ws, runner, hub)
        self.certificates = CertificatesPage(ws, runner, hub)
        self.standards = StandardsPage(ws, runner, hub)
        self.notices = NoticesPage(ws, runner, hub)
        self.carbon = CarbonPage(ws, runner, hub)
        self.settings_page = SettingsPage(ws, runner, hub)
        self.pages: list[Page] = [
            self.dashboard,
            self.products,
            self.certificates,
            self.standards,
            self.notices,
            self.carbon,
            self.settings_page,
        ]
        for page in self.pages:
            self.stack.addWidget(page)
            self.nav.addItem("")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([130, 1000])
        self.host_banner = HostBanner(ws, runner, hub)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.host_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self._build_actions()
        self._build_status_bar()
        self.reminders = Reminders(
            ws, runner, self.dashboard.banner, icon=icon or QIcon(), use_tray=use_tray, parent=self
        )
        self.reminders.tray_message_clicked.connect(self.show_certificates)
        self.dashboard.certificate_activated.connect(self.show_certificate)
        self.dashboard.product_activated.connect(self.show_product)
        self.dashboard.notice_activated.connect(self.show_notice)
        self.dashboard.show_certificates.connect(self.show_certificates)
        self.settings_page.language_chosen.connect(self.language_chosen)
        self.products.import_requested.connect(lambda: self.transfer.open_import("products"))
        self.certificates.import_requested.connect(lambda: self.transfer.open_import("certificates"))
        self.settings_page.backups.blocker = self._restore_blocker
        self.settings_page.backups.restored.connect(self._on_backup_restored)
        self.products.certificate_activated.connect(self.show_certificate)
        runner.long_task_started.connect(self._on_runner_long_task_started)
        runner.task_finished.connect(self._on_runner_task_finished)
        runner.failed.connect(self._on_runner_failed)
        hub.data_changed.connect(self._on_hub_data_changed)
        self._progress_task: Task | None = None
        self.retranslate()
        self.restore_state()
        self.nav.setCurrentRow(self.DASHBOARD)

    # building -----------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self._on_new_triggered)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self._on_find_triggered)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self._on_print_triggered)
        self.sync_action = self._action("F5", self._on_sync_triggered)
        self.import_action = self._action(None, self._on_import_triggered)
        self.record_action = self._action("Ctrl+R", self.record_results)
        self.record_dialog: RecordResultsDialog | None = None
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.demo_action = self._action(None, self._on_demo_triggered)
        self.details_action = self._action("F9", self._on_details_toggled)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.guide_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_guide)
        self.about_action = self._action(None, self.show_about)
        self.help_dialog: HelpDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self._sync_task: Task | None = None
        self.sync_summary: SyncSummaryDialog | None = None
        self.sync_error_box: QMessageBox | None = None
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.print_action, self.record_action])
        self.file_menu.addSeparator()
        self.transfer = RecordsTransfer(self.ws, self.runner, self.hub, self)
        self.file_menu.addMenu(self.transfer.import_menu)
        self.file_menu.addMenu(self.transfer.export_menu)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addAction(self.settings_page.host_box.action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.details_action)
        self.catalogue_menu = self.menuBar().addMenu("")
        self.catalogue_menu.addActions([self.sync_action, self.import_action])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.guide_action, self.about_action])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(
            [self.new_action, self.find_action, self.print_action, self.record_action, self.sync_action]
        )

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.catalogue_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet(
            "#demoLabel { background: #f0a030; color: black; font-weight: 600; padding: 1px 8px; }"
        )
        self.demo_label.setVisible(self.ws.demo.is_demo)
        bar.insertPermanentWidget(0, self.demo_label)  # a status message never hides it
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.catalogue_label)
        bar.addPermanentWidget(self.sync_label)
        self.progress.hide()
        self.cancel_button.hide()

    def retranslate(self) -> None:
        if self.ws.demo.is_demo:
            self.setWindowTitle(self.tr("Textile Compliance Assistant — Demo data"))
        else:
            self.setWindowTitle(self.tr("Textile Compliance Assistant"))
        self.demo_label.setText(self.tr("Demo data: not your firm's records"))
        self.transfer.retranslate()
        for row, page in enumerate(self.pages):
            self.nav.item(row).setText(page.title())
        self._fit_nav()
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setToolTip(self.tr("New product or certificate (Ctrl+N)"))
        self.find_action.setText(self.tr("&Find"))
        self.print_action.setText(self.tr("&Print checklist…"))
        self.record_action.setText(self.tr("&Record results…"))
        self.record_action.setToolTip(
            self.tr("Enter an inspector's results from a printed checklist: scan its QR code (Ctrl+R)")
        )
        self.sync_action.setText(self.tr("&Update catalogue"))
        self.sync_action.setToolTip(self.tr("Fetch the latest standards from the platform (F5)"))
        self.import_action.setText(self.tr("&Import update file…"))
        self.import_action.setToolTip(self.tr("Apply an offline catalogue update file from the platform"))
        self.quit_action.setText(self.tr("&Quit"))
        self.demo_action.setText(self.tr("Open the &demo firm (separate data)…"))
        self.demo_action.setStatusTip(
            self.tr(
                "Opens a demo firm with sample products and certificates in a second window, "
                "from its own data folder: your records are not touched"
            )
        )
        self.demo_action.setEnabled(not self.ws.demo.is_demo)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About"))
        self.details_action.setText(self.tr("&Detail pane"))
        self.details_action.setToolTip(self.tr("Show or hide the detail pane of products and standards (F9)"))
        self.catalogue_menu.setTitle(self.tr("&Catalogue"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # navigation ---------------------------------------------------------------

    def nav_width(self) -> int:
        """Wide enough for the longest page name in the current language, padding and frame."""
        font = QFont(self.nav.font())
        font.setPixelSize(NAV_FONT_PX)  # the style sheet's size, before the list is polished
        metrics = QFontMetrics(font)
        longest = max(
            (metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())), default=0
        )
        return longest + 2 * NAV_PAD_PX + 2 * self.nav.frameWidth() + NAV_SPARE_PX

    def _fit_nav(self) -> None:
        width = self.nav_width()
        self.nav.setMinimumWidth(width)
        sizes = self.splitter.sizes()
        if sizes and sizes[0] < width:
            self.splitter.setSizes([width, max(sum(sizes) - width, 1)])

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        if page.take_stale():
            page.reload()

    def go(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def show_certificates(self) -> None:
        self.go(self.CERTIFICATES)
        self.raise_()
        self.activateWindow()

    def show_certificate(self, number: str) -> None:
        self.go(self.CERTIFICATES)
        self.certificates.select(number)

    def show_product(self, sku: str) -> None:
        self.go(self.PRODUCTS)
        self.products.select(sku)

    def show_notice(self, notice_id: str) -> None:
        self.go(self.NOTICES)
        self.notices.select(notice_id)

    def start(self) -> None:
        """After show(): load the first page, check reminders, then back up once a day, warm up
        printing and sync quietly: the backup and the warm-up wait for the first page's data
        (or BACKGROUND_DELAY_MS), so they do not compete with what the user sees first."""
        self.reminders.check(force=True)
        self._background_started = False
        self.runner.task_finished.connect(self._on_start_task_finished)
        QTimer.singleShot(BACKGROUND_DELAY_MS, self, self._start_background)
        if self.settings.value("sync/at_start", True, type=bool):
            self.runner.submit(
                lambda ctx: bool(self.ws.firm().platform_url),
                on_done=self._on_auto_sync_checked,
                label="status",
            )

    def _on_start_task_finished(self, task: Task) -> None:
        if task.label == FIRST_PAGE_TASK:
            self._start_background()

    def _start_background(self) -> None:
        if self._background_started:
            return
        self._background_started = True
        self.runner.task_finished.disconnect(self._on_start_task_finished)
        self.runner.submit(
            lambda ctx: self.ws.backups.daily_backup_if_due(),
            on_done=self._on_daily_backup_done,
            on_error=self._on_daily_backup_failed,
            label="daily backup",
            # its own SQLite connection (online backup API, a reader under WAL): kept off the
            # serial database lane, so the pages' loads do not queue behind a large copy
            lane=Lane.NETWORK,
        )
        # font and ReportLab loaded before the first print
        self.runner.submit(lambda ctx: self.ws.reports.warm_up(), label="warm up", lane=Lane.NETWORK)

    def _on_daily_backup_done(self, path) -> None:
        if path is not None:
            self.settings_page.backups.reload()

    def _on_daily_backup_failed(self, exc: BaseException) -> None:
        # the records are untouched; say so where it is seen, without a dialog at every start
        self.statusBar().showMessage(
            self.tr("The daily backup could not be written: {error}").format(error=message_for(exc)), 15000
        )

    def _restore_blocker(self) -> str | None:
        if self._sync_task is not None:
            return self.tr("The catalogue is being updated; restore a backup when it has finished.")
        return None

    def _on_backup_restored(self) -> None:
        """The workspace now shows the restored data (the reopened workspace announced that
        everything changed, so pages, reminders and status reload): its language too."""
        self.runner.submit(
            lambda ctx: self.ws.firm().language,
            on_done=self._on_restored_language,
            label="firm",
        )

    def _on_restored_language(self, language: str) -> None:
        if language != current_language():
            self.language_chosen.emit(language)

    # actions ------------------------------------------------------------------

    def _on_new_triggered(self) -> None:
        if self.stack.currentWidget() is self.certificates:
            self.certificates.add_certificate()
        else:
            self.go(self.PRODUCTS)
            self.products.add_product()

    def _on_find_triggered(self) -> None:
        page = self.stack.currentWidget()
        if not (isinstance(page, Page) and page.focus_search()):
            self.go(self.PRODUCTS)
            self.products.focus_search()

    def _on_print_triggered(self) -> None:
        self.go(self.PRODUCTS)
        self.products.print_checklists()

    def record_results(self) -> RecordResultsDialog:
        """*Record results…*: a checklist id typed or scanned, then its printed items."""
        from .dialogs.record_results_dialog import RecordResultsDialog

        dialog = RecordResultsDialog(self.ws, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "record_dialog", None))
        dialog.open()
        return dialog

    # help ---------------------------------------------------------------------

    # status and progress ------------------------------------------------------

    def _update_status(self) -> None:
        def fetch(ctx):
            return self.ws.catalogue.version(), load_sync_info(self.ws)

        # reads only: kept off the database lane, which the pages' loads use
        self.runner.submit(fetch, on_done=self._on_status_loaded, label="status", lane=Lane.NETWORK)

    def _on_status_loaded(self, result) -> None:
        version, info = result
        self.catalogue_label.setText(self.tr("Catalogue version {version}").format(version=version))
        self.sync_label.setText(
            self.tr("Last sync: {when}").format(when=last_sync_text(info)) + " · " + platform_text(info)
        )
        if info.last_error:
            self.sync_label.setToolTip(info.last_error)

    def _on_hub_data_changed(self, changes: ChangeSet) -> None:
        if changes & (ChangeSet.CATALOGUE | ChangeSet.SYNC_STATE | ChangeSet.FIRM):
            self._update_status()
        if changes & (ChangeSet.CERTIFICATES | ChangeSet.FIRM):
            self.reminders.check(force=True)

    def _on_runner_long_task_started(self, task: Task) -> None:
        self._progress_task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(task.label if not task.label.islower() else self.tr("Working…"))
        task.progressed.connect(self._on_task_progressed)

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_runner_task_finished(self, task: Task) -> None:
        if task is self._progress_task:
            self._progress_task = None
            self.progress.hide()
            self.cancel_button.hide()
            self.statusBar().clearMessage()

    def _on_cancel_clicked(self) -> None:
        if self._progress_task is not None:
            self._progress_task.cancel()

    def _on_runner_failed(self, label: str, exc: BaseException) -> None:
        if self.host_banner.handles(exc):  # the banner says it, once, and retries
            return
        QMessageBox.warning(self, self.tr("Could not complete"), message_for(exc))

    # remembered geometry ------------------------------------------------------

    def _on_details_toggled(self, shown: bool) -> None:
        """The detail panes of Products and Standards, hidden together to give the table room."""
        for page in (self.products, self.standards):
            splitter = getattr(page, "splitter", None)
            if splitter is not None and splitter.count() > 1:
                splitter.widget(1).setVisible(shown)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.runner.shutdown()
        if self.reminders.tray is not None:
            self.reminders.tray.hide()
        super().closeEvent(event)
