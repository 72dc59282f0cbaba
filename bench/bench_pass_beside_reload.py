"""The Products page's reload beside a firm-wide compliance pass on another thread.

Run: python bench/bench_pass_beside_reload.py [N]
Imports N products (default 5,000), then in one process, side by side: the
page's reload work (`ProductsPage.reload`'s task: products, certificate gaps,
the table's rows) alone; beside passes that never give way (`GIVE_WAY_S = 0`);
beside passes that sleep `GIVE_WAY_S` every `CHECK_EVERY` products (as the
app's do off the main thread); and the pass alone both ways (wall and CPU
seconds). The reload's SQLite calls let go of the GIL and then wait for the
pass to hand it back, so a pass that never sleeps makes it several times slower.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_products

from desktop_app.imports import PRODUCT_COLUMNS, headers, product_cells, write_table
from desktop_app.ui.models.product_table_model import ProductRows
from desktop_app.workspace import Workspace, compliance

ROUNDS = 3  # of each way, alternating
RELOADS = 6  # timed in each round


def main(n: int = 5000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = Workspace(root / "data")
        sheet = root / "products.csv"
        rows = (product_cells(p) for p in make_products(n, random.Random(7)))
        write_table(sheet, headers(PRODUCT_COLUMNS), rows)
        ws.transfer.import_products(sheet, apply=True)
        give_way = compliance.GIVE_WAY_S

        def reload() -> None:
            products = ws.products.list()
            gaps = {sku: len(g) for sku, g in ws.certificates.gaps(products).items()}
            ProductRows.of(products, gaps)

        def one_pass() -> tuple[float, float]:
            ws.compliance.invalidate()
            wall, cpu = time.perf_counter(), time.thread_time()
            ws.compliance.summary()
            return time.perf_counter() - wall, time.thread_time() - cpu

        def reloads_beside(sleep: float | None) -> list[float]:
            compliance.GIVE_WAY_S = sleep or 0.0
            stop = threading.Event()

            def passes() -> None:
                while not stop.is_set():
                    one_pass()

            worker = threading.Thread(target=passes) if sleep is not None else None
            if worker is not None:
                worker.start()
                time.sleep(0.2)
            times = []
            for _ in range(RELOADS):
                t0 = time.perf_counter()
                reload()
                times.append(time.perf_counter() - t0)
                time.sleep(0.05)
            stop.set()
            if worker is not None:
                worker.join()
            return times

        def alone(sleep: float) -> list[tuple[float, float]]:
            compliance.GIVE_WAY_S = sleep
            found: list[tuple[float, float]] = []
            worker = threading.Thread(target=lambda: found.extend(one_pass() for _ in range(3)))
            worker.start()
            worker.join()
            return found

        reload()
        one_pass()
        ways = {"alone": None, "beside a pass never giving way": 0.0, "beside a pass giving way": give_way}
        got: dict[str, list[float]] = {w: [] for w in ways}
        for _ in range(ROUNDS):
            for way, sleep in ways.items():
                got[way] += reloads_beside(sleep)
        print(
            f"products: {n:,}; GIVE_WAY_S = {give_way * 1000:.1f} ms every {compliance.CHECK_EVERY} products"
        )
        for way, times in got.items():
            print(
                f"reload {way + ':':<32} {min(times) * 1000:6.0f} ms best, "
                f"{statistics.median(times) * 1000:6.0f} median, {max(times) * 1000:6.0f} worst"
            )
        base = statistics.median(got["alone"])
        for way in list(ways)[1:]:
            print(f"  median {way}: {statistics.median(got[way]) / base:.2f}× alone")
        for label, sleep in (("never giving way", 0.0), ("giving way", give_way)):
            runs = alone(sleep)
            print(
                f"pass alone, {label + ':':<18} {min(w for w, _ in runs) * 1000:6.0f} ms wall best, "
                f"{min(c for _, c in runs) * 1000:6.0f} ms CPU"
            )
        compliance.GIVE_WAY_S = give_way
        ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
