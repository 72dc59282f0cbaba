"""The Products page with 5,000 products, in a real window (offscreen).

Run: python bench/bench_products_page.py [N]
Imports N products (default 5,000) into a temporary data folder, opens the
main window on the Products page, then times: the reload after a change
(a product added: from the change set's reload until the new row shows, and
the part of it spent on the GUI thread), and the filter per keystroke while
typing a search ("产品 12" and "cotton"), with the slowest keystroke.
Targets (issue 16): reload ≤ 0.2 s, a keystroke ≤ 50 ms.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_products
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.imports import PRODUCT_COLUMNS, headers, product_cells, write_table
from desktop_app.ui.bootstrap import build_main_window
from desktop_app.workspace import Workspace


def wait_until(app: QApplication, cond, timeout: float = 60.0) -> float:
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError
        time.sleep(0.0005)
    return time.perf_counter() - t0


def gui_time(page, fn) -> float:
    """How long the GUI thread spends in `_on_products_loaded` during `fn()`'s reload."""
    spent: list[float] = []
    real = page._on_products_loaded

    def timed(result) -> None:
        t0 = time.perf_counter()
        real(result)
        spent.append(time.perf_counter() - t0)

    page._on_products_loaded = timed
    try:
        fn()
    finally:
        page._on_products_loaded = real
    return sum(spent)


def main(n: int = 5000) -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = Workspace(root / "data")
        sheet = root / "products.csv"
        write_table(
            sheet, headers(PRODUCT_COLUMNS), (product_cells(p) for p in make_products(n, random.Random(7)))
        )
        ws.transfer.import_products(sheet, apply=True)
        settings = QSettings(str(root / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(ws, app, settings, use_tray=False)
        window.resize(1366, 768)
        window.show()
        window.start()
        page = window.products
        window.go(window.PRODUCTS)
        wait_until(app, lambda: page.model.rowCount() == n)
        page.select("SKU-00010")
        wait_until(app, lambda: page.current_sku() == "SKU-00010")
        print(f"products:                               {page.model.rowCount():,}")

        reloads, gui = [], []
        for i in range(5):
            extra = make_products(1, random.Random(i))[0]
            sku = f"NEW-{i}"
            ws.products.add(type(extra)(**{**extra.__dict__, "sku": sku}))
            t0 = time.perf_counter()
            gui.append(
                gui_time(
                    page,
                    lambda sku=sku: (page.reload(), wait_until(app, lambda: page.model.row_of(sku) >= 0)),
                )
            )
            app.processEvents()  # the repaint
            reloads.append(time.perf_counter() - t0)
        print(
            f"reload after a change, new row shown:   {min(reloads) * 1000:7.1f} ms best, "
            f"{max(reloads) * 1000:7.1f} ms worst (target ≤ 200 ms)"
        )
        print(
            f"  of which on the GUI thread:           {min(gui) * 1000:7.1f} ms best, {max(gui) * 1000:7.1f} ms worst"
        )

        for text in ("产品 12", "cotton", "sku-04"):
            times = []
            for k in range(1, len(text) + 1):
                t0 = time.perf_counter()
                page.search.setText(text[:k])
                app.processEvents()
                times.append(time.perf_counter() - t0)
            shown = page.proxy.rowCount()
            page.search.setText("")
            app.processEvents()
            print(
                f"filter {text!r:<10} per keystroke:        {sum(times) / len(times) * 1000:7.1f} ms mean, "
                f"{max(times) * 1000:7.1f} ms worst ({shown:,} shown; target ≤ 50 ms)"
            )
        window.close()
        ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
