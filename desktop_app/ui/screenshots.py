"""Developer tool: PNGs of every page on demo data, in Chinese and in English.

    python -m desktop_app.ui.screenshots DIR [--lang zh_CN en] [--size 1280x800]

Runs on a fresh temporary data folder with the demo firm, so it never touches
the user's data. Under a headless system run it with QT_QPA_PLATFORM=offscreen
or xvfb-run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> None:
    _settle(150)
    widget.grab().save(str(path))
    print(path)


def take(out: Path, languages: list[str], size: tuple[int, int], today: dt.date | None = None) -> list[Path]:
    from PySide6.QtGui import QFontDatabase

    from ..paths import resources_dir
    from ..workspace import Workspace
    from .bootstrap import apply_language, build_main_window

    app = QApplication.instance() or QApplication(sys.argv)
    for font in sorted((resources_dir() / "fonts").glob("*.tt[cf]")):  # as app.register_fonts does
        QFontDatabase.addApplicationFont(str(font))
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for lang in languages:
        with tempfile.TemporaryDirectory() as tmp:
            ws = Workspace(Path(tmp) / "data", today=(lambda: today) if today else None)
            ws.demo.load()
            firm = ws.firm()
            from dataclasses import replace

            ws.save_firm(replace(firm, language=lang))
            _demo_carbon(ws)
            apply_language(app, lang, ws.resources)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = build_main_window(ws, app, settings, use_tray=False)
            window.resize(*size)
            window.show()
            window.start()
            _settle(800)
            names = ["dashboard", "products", "certificates", "standards", "notices", "carbon", "settings"]
            for row, name in enumerate(names):
                window.go(row)
                _settle(500)
                if name == "products":
                    window.products.select("BB-001")
                    _settle(500)
                if name == "carbon":
                    saved += _carbon_shots(window, out, lang)
                    continue
                path = out / f"{name}-{lang}.png"
                _save(window, path)
                saved.append(path)
            window.go(window.PRODUCTS)
            dialog = window.products.edit_product()
            _settle(300)
            if dialog is not None:
                path = out / f"product-dialog-{lang}.png"
                _save(dialog, path)
                saved.append(path)
                dialog.reject()
            window.go(window.CERTIFICATES)
            _settle(200)
            window.certificates.select(window.certificates.model.state(0).certificate.number)
            cdialog = window.certificates.edit_certificate()
            _settle(300)
            if cdialog is not None:
                path = out / f"certificate-dialog-{lang}.png"
                _save(cdialog, path)
                saved.append(path)
                cdialog.done(0)  # without the discard question
            hdialog = window.settings_page.host_box.open_setup()  # Settings → Several PCs
            _settle(300)
            path = out / f"host-setup-dialog-{lang}.png"
            _save(hdialog, path)
            saved.append(path)
            hdialog.done(0)
            window.close()
            window.deleteLater()
            _settle(100)
            ws.close()
    return saved


def _demo_carbon(ws) -> None:
    """Demo activity data for one product (demo quantities; the factors are the bundled, cited ones)."""
    from ..core.carbon import Activity, ActivityData

    ws.carbon.set(
        ActivityData(
            "BB-001",
            "1 kg",
            (
                Activity("electricity", 5.2, "kWh", quality="measured"),
                Activity("natural_gas", 0.015, "GJ", quality="estimated"),
            ),
        )
    )


def _carbon_shots(window, out: Path, lang: str) -> list[Path]:
    """The carbon page's activity data, estimate and a what-if (40 % own solar)."""
    page = window.carbon
    page.select("BB-001")
    _settle(500)
    saved = []
    for tab, name in ((0, "carbon"), (1, "carbon-estimate")):
        page.tabs.setCurrentIndex(tab)
        path = out / f"{name}-{lang}.png"
        _save(window, path)
        saved.append(path)
    page.tabs.setCurrentIndex(2)
    page.what_if.solar_share.setValue(40)
    page.what_if.compare_button.click()
    _settle(600)
    path = out / f"carbon-what-if-{lang}.png"
    _save(window, path)
    saved.append(path)
    page.tabs.setCurrentIndex(0)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", nargs="+", default=["zh_CN", "en"])
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    w, h = (int(x) for x in args.size.lower().split("x"))
    take(args.out, args.lang, (w, h))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
