"""The GUI's entry point: the one place that wires Qt to the workspace.

Order at start: logging (rotating file in the data folder's logs/), the
QApplication, fonts, the workspace (migrations run there), translators in the
firm's language (or the system's before the firm is set up), the welcome
dialog on first start, then the main window.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

ORGANIZATION = "TextileAssistant"
APPLICATION = "TextileAssistant"

# SQLAlchemy before PySide6: shiboken's import hook (installed with PySide6) then sees every
# later import, and SQLAlchemy's few hundred modules, needed to open the workspace anyway,
# load faster without it (bench/bench_startup.py)
import sqlalchemy.orm  # noqa: F401

from .core.masking import MaskingFilter
from .ui.bootstrap import apply_language, build_main_window

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["apply_language", "build_main_window", "run_gui", "welcome"]

log = logging.getLogger(__name__)
if logging.lastResort is not None:  # stderr, when nothing is set up (the command line)
    logging.lastResort.addFilter(MaskingFilter())


def setup_logging(log_dir: Path) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "assistant.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())  # a token a platform echoed never reaches the file
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def register_fonts(resources: Path) -> None:
    """Bundled CJK fonts, so Chinese renders on a machine without them."""
    from PySide6.QtGui import QFontDatabase

    fonts = resources / "fonts"
    if fonts.is_dir():
        for path in sorted(fonts.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                QFontDatabase.addApplicationFont(str(path))


def welcome(ws: Workspace, app, *, exec_dialog: Callable | None = None) -> tuple[bool, bool]:
    """First start: ask for the firm's name and language; returns (accepted, wants_demo).

    Saved here, before the main window and its task runner exist: one small
    write that the user waits for anyway.
    """
    from .ui.dialogs.welcome_dialog import WelcomeDialog
    from .ui.i18n import current_language

    dialog = WelcomeDialog(language=current_language())
    dialog.language_chosen.connect(lambda lang: apply_language(app, lang, ws.resources))
    result = exec_dialog(dialog) if exec_dialog is not None else dialog.exec()
    if not result:
        return False, False
    firm = ws.firm()
    ws.save_firm(replace(firm, name=dialog.firm_name() or firm.name, language=dialog.chosen_language()))
    return True, dialog.wants_demo()


def open_workspace(app, data_dir: Path, *, exec_box: Callable | None = None):
    """The workspace, or None after telling the user why the data folder cannot be opened.

    A damaged database is explained and the newest good backup offered
    (`ui.recovery`); after a restore the folder is opened again.
    """
    from PySide6.QtWidgets import QMessageBox

    from .core.errors import AssistantError, DatabaseCorruptError
    from .paths import resources_dir
    from .ui.i18n import system_language
    from .ui.opening import open_in_background
    from .ui.recovery import offer_restore
    from .workspace import Workspace

    # the PC's language until the firm's is known: for the opening window and the recovery dialog
    apply_language(app, system_language(), resources_dir())
    try:
        # the migrations may rebuild a large table: off the GUI thread, said in a window
        return open_in_background(app, lambda: Workspace(data_dir))
    except DatabaseCorruptError as exc:
        log.error("damaged database: %s", exc)
        if not offer_restore(exc, data_dir, exec_box=exec_box):
            return None
        return open_workspace(app, data_dir, exec_box=exec_box)
    except AssistantError as exc:
        log.exception("could not open the data folder")
        box = QMessageBox(QMessageBox.Icon.Critical, "Textile Compliance Assistant", str(exc))
        (exec_box or QMessageBox.exec)(box)
        return None


def run_gui(data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from .paths import DataPaths, resources_dir
    from .ui.i18n import system_language

    setup_logging(DataPaths(Path(data_dir)).logs)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv)
    from .ui.gc_collector import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(app)  # never collect Qt objects on a worker thread
    register_fonts(resources_dir())  # before any dialog: Chinese must render on a PC without CJK fonts
    ws = open_workspace(app, Path(data_dir))
    if ws is None:
        return 1
    firm = ws.firm()
    apply_language(app, firm.language if firm.is_set_up else system_language(), ws.resources)
    demo = False
    if not firm.is_set_up:
        accepted, demo = welcome(ws, app)
        if not accepted:
            return 0
    if demo:  # the demo firm has its own data folder; this firm's stays as set up (or not) above
        folder = ws.demo.prepare().value[0]
        ws.close()
        ws = open_workspace(app, folder)
        if ws is None:
            return 1
    window = build_main_window(ws, app, QSettings())
    window.show()
    window.start()
    if ws.migration.notes:
        from .ui.migration_notes import show_migration_notes

        show_migration_notes(window, ws.migration.notes)
    if os.environ.get("TEXTILE_ASSISTANT_EXIT_WHEN_READY"):
        quit_when_ready(app, window)
    code = app.exec()
    ws.close()
    collector.stop()
    return code


def quit_when_ready(app, window) -> None:
    """bench/bench_startup.py: once the dashboard shows its data (the window is usable), print
    `ready <CPU seconds of this process>` and quit; after 60 s without it, quit all the same."""
    import time

    from PySide6.QtCore import QTimer

    def on_finished(task) -> None:
        if task.label == "dashboard":
            print(f"ready {time.process_time():.3f}", flush=True)
            QTimer.singleShot(0, app.quit)

    window.runner.task_finished.connect(on_finished)
    QTimer.singleShot(60_000, app.quit)


def run_smoke(data_dir: Path | None = None) -> int:
    """The check that a (frozen) build is complete; exits 0 when all parts work.

    Migrates a fresh data folder, loads the bundled catalogue, writes a
    checklist PDF with the bundled font, and opens and closes the main window
    offscreen. Each step prints what it checked, so a failure says which part
    of the bundle is missing.
    """
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from .workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="textile-smoke-") as tmp:
        root = Path(data_dir) if data_dir else Path(tmp) / "data"
        ws = Workspace(root)
        print(f"database migrated to revision {ws.migration.to_revision}: {ws.paths.database}")
        stats = ws.catalogue.stats()
        if stats.standards == 0 or stats.rules == 0:
            print("bundled catalogue missing")
            return 1
        print(f"bundled catalogue: {stats.standards} standards, {stats.rules} rules, {stats.notices} notices")
        ws.demo.load()
        gb = {a.standard.code: a.grade for a in ws.products.applicable("BB-001")}
        if gb.get("GB 18401-2010") != "A":
            print(f"applicability wrong: {gb}")
            return 1
        pdf = Path(tmp) / "smoke-checklist.pdf"
        ws.reports.write_checklists(["BB-001"], pdf, lang="both", paper="a4")
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"FontFile2" not in data:
            print("checklist PDF missing or its font not embedded")
            return 1
        print(f"checklist PDF written with an embedded font: {len(data):,} bytes")
        batch = Path(tmp) / "smoke-batch.pdf"
        from .reports.parallel import SMALL_BATCH

        skus = [p.sku for p in ws.products.list()]
        if len(skus) < SMALL_BATCH:  # the demo firm's products must make a batch for the workers
            print(f"demo firm too small to test checklist workers: {len(skus)} products")
            return 1
        run = ws.reports.write_checklists(skus, batch, lang="zh")
        if len(run.entries) != len(skus) or not batch.read_bytes().startswith(b"%PDF"):
            print("checklist batch in worker processes failed")
            return 1
        print(f"checklist batch of {len(skus)} written by worker processes: {run.pages} pages")
        import pypdfium2  # the print preview

        bitmap = pypdfium2.PdfDocument(str(pdf))[0].render(scale=0.5)
        print(f"print preview renders a page: {bitmap.width}×{bitmap.height} px")
        import psycopg
        from sqlalchemy.dialects.postgresql import psycopg as _pg_dialect  # noqa: F401  (a PostgreSQL host)

        print(f"PostgreSQL driver: psycopg {psycopg.__version__} ({psycopg.pq.__impl__})")

        from .ui.bootstrap import build_main_window

        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION + "-smoke")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        app = QApplication.instance() or QApplication(sys.argv)
        settings = QSettings(str(Path(tmp) / "smoke.ini"), QSettings.Format.IniFormat)
        window = build_main_window(ws, app, settings, use_tray=False)
        window.show()
        app.processEvents()
        if not window.isVisible():
            print("main window did not open")
            return 1
        window.close()
        app.processEvents()
        ws.close()
        print("main window opened and closed")
    print("smoke test passed")
    return 0
