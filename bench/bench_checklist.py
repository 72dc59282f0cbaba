"""Checklist PDFs: one product after start-up, a batch of 500, and memory.

Run: python bench/bench_checklist.py [--lang zh|en|both] [--batch 500]
Prints the time of one product's checklist (first one, which registers the
font, then the median of warm runs; and through `ws.reports` with the
database and the log), the time of batches of 100 and 500
products written as one PDF, and each batch's peak memory, measured in a
fresh process (ru_maxrss), with their ratios. Targets (issue 4): one product
< 0.3 s, 500 products < 60 s, memory that does not grow with the batch.
The products are the demo firm's twelve, repeated with new SKUs, checked
against the bundled catalogue: real standards, items and notices.
Batches run once in one process and once on every core (`reports.parallel`,
as `ws.reports` does for a batch); issue 16's target is 500 products in at
most 20 s on both cores, memory still flat (peak of the writer and of the
largest worker).

`--workspace-batch N` times the app's whole path for N products instead
(`ws.reports.write_checklists`: the database reads, the last result of each
item read in bulk, the PDF on every core, the log), with one stored result
for every item of every product; it prints wall time and CPU time (this
process and its workers), and the machine's load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 28)


def load_catalogue():
    from desktop_app.core.applicability import ApplicabilityEngine
    from desktop_app.sync.pages import parse_page
    from desktop_app.workspace import demo  # noqa: F401 - imported at start-up, not timed

    page = parse_page((ROOT / "resources" / "catalogue" / "catalogue.json").read_bytes())
    standards = {c.data.code: c.data for c in page.changes if c.type == "standard"}
    rules = [c.data for c in page.changes if c.type == "rule"]
    notices = [c.data for c in page.changes if c.type == "notice"]
    return ApplicabilityEngine(rules), standards, notices


def checklists(n: int, lang: str, catalogue=None):
    """`n` checklist documents, built lazily (as the app does, one at a time)."""
    from desktop_app.core.certificates import certificate_state, product_gaps
    from desktop_app.reports.checklist import build_checklist
    from desktop_app.workspace.demo import DEMO_PRODUCTS, demo_certificates

    engine, standards, notices = catalogue or load_catalogue()
    certs = demo_certificates(TODAY)
    for i in range(n):
        base = DEMO_PRODUCTS[i % len(DEMO_PRODUCTS)]
        product = base.with_changes(sku=f"{base.sku}-{i:04d}")
        mine = [
            c.__class__(**{**c.__dict__, "products": (product.sku,)}) if base.sku in c.products else c
            for c in certs
            if base.sku in c.products or not c.products
        ]
        yield build_checklist(
            firm_name="绍兴示范纺织有限公司 Shaoxing Demo Textiles Co.",
            product=product,
            applicable=engine.applicable(product, standards),
            certificates=[certificate_state(c, today=TODAY, lead_days=60) for c in mine],
            gaps=product_gaps(product, mine, today=TODAY),
            notices=notices,
            catalogue_version=0,
            today=TODAY,
            checklist_id=f"CL-20261128-{i:08X}",
            lang=lang,
        )


def one_product(lang: str) -> None:
    from desktop_app.reports.pdf import render_checklists

    catalogue = load_catalogue()  # start-up: the app holds the compiled rules

    def run() -> float:
        start = time.perf_counter()
        render_checklists(checklists(1, lang, catalogue), io.BytesIO())
        return time.perf_counter() - start

    first = run()
    warm = [run() for _ in range(15)]
    print(f"one product, first (registers the font)   {first:6.3f} s")
    cmd = [sys.executable, __file__, "--first-after-warm-up", "--lang", lang]
    after = float(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    print(f"one product, first after warm_up()         {after:6.3f} s")
    print(f"one product, warm median / max of 15       {statistics.median(warm):6.3f} s / {max(warm):.3f} s")
    print(f"  target < 0.3 s: {'ok' if statistics.median(warm) < 0.3 else 'MISSED'}")


def first_after_warm_up(lang: str) -> None:
    """In a fresh process: start-up (catalogue, `warm_up()`), then the first checklist."""
    from desktop_app.reports import render_checklists, warm_up

    catalogue = load_catalogue()
    warm_up()
    start = time.perf_counter()
    render_checklists(checklists(1, lang, catalogue), io.BytesIO())
    print(time.perf_counter() - start)


def one_product_in_workspace(lang: str, tmp: Path) -> None:
    """The app's path: `ws.reports` reads the database, writes the file, logs it."""
    from desktop_app.workspace import Workspace

    ws = Workspace(tmp / "data", today=lambda: TODAY)
    try:
        ws.demo.load()
        ws.reports.write_checklists(["BB-002"], tmp / "warm-up.pdf", lang=lang)  # start-up done
        times = []
        for i in range(10):
            start = time.perf_counter()
            ws.reports.write_checklists(["BB-001"], tmp / f"one-{i}.pdf", lang=lang)
            times.append(time.perf_counter() - start)
    finally:
        ws.close()
    print(f"one product via ws.reports (db, PDF, log)  {statistics.median(times):6.3f} s median of 10")


def child(n: int, lang: str, out: Path, workers: int) -> None:
    """Run in a fresh process so its peak memory is this batch's alone."""
    import os

    from desktop_app.reports.pdf import render_checklists

    before = os.times()
    start = time.perf_counter()
    summary = render_checklists(checklists(n, lang), out, workers=workers)
    seconds = time.perf_counter() - start
    after = os.times()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": peak_kib / 1024,
                "worker_mib": worker_kib / 1024,
                "pages": summary.pages,
                "cpu": (after.user - before.user) + (after.system - before.system),
                "worker_cpu": (after.children_user - before.children_user)
                + (after.children_system - before.children_system),
                "load": os.getloadavg()[0],
            }
        )
    )


def batch(n: int, lang: str, tmp: Path, workers: int = 1) -> dict:
    out = tmp / f"batch-{n}-{workers}.pdf"
    cmd = [sys.executable, __file__, "--child", str(n), "--lang", lang, "--out", str(out)]
    cmd += ["--workers", str(workers)]
    result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    result["mib"] = out.stat().st_size / 2**20
    print(
        f"batch of {n:>4} on {workers} process(es): {result['seconds']:6.1f} s, {result['pages']:>5} pages, "
        f"{result['seconds'] / n * 1000:5.0f} ms/product, peak RSS {result['peak_mib']:6.1f} MiB "
        f"(largest worker {result['worker_mib']:6.1f} MiB), file {result['mib']:5.1f} MiB"
    )
    cpu = result["cpu"] + result["worker_cpu"]
    print(
        f"    CPU {result['cpu']:5.1f} s writer + {result['worker_cpu']:5.1f} s workers = "
        f"{cpu / n * 1000:4.0f} ms CPU/product (less sensitive to load); load {result['load']:.2f}"
    )
    return result


def workspace_batch(n: int, lang: str, tmp: Path) -> None:
    """`ws.reports.write_checklists` for `n` products, each with a result for every item."""
    import os

    from desktop_app.core.results import TestResult
    from desktop_app.db.products_repo import ProductsRepo
    from desktop_app.db.results_repo import ResultsRepo
    from desktop_app.workspace import Workspace
    from desktop_app.workspace.demo import DEMO_PRODUCTS

    ws = Workspace(tmp / "data", today=lambda: TODAY)
    try:
        ws.demo.load()
        products = []
        for i in range(n):
            base = DEMO_PRODUCTS[i % len(DEMO_PRODUCTS)]
            products.append(ws.products.add(base.with_changes(sku=f"{base.sku}-{i:04d}")).value)
        drafts = [
            TestResult(sku=p.sku, standard=a.standard.code, item=r.key, value="12", unit=r.unit,
                       tested=TODAY - dt.timedelta(days=30))
            for p, found in zip(products, ws.catalogue.applicable_many(products).values(), strict=True)
            for a in found
            for r in a.requirements
        ]  # fmt: skip
        with ws.session() as s:
            ids = ProductsRepo(s).ids_by_sku([p.sku for p in products])
            ResultsRepo(s).add_many(drafts, product_ids=ids)
        skus = [p.sku for p in products]
        ws.reports.write_checklists(skus[:1], tmp / "warm-up.pdf", lang=lang)
        before = os.times()
        wall, cpu = time.perf_counter(), time.process_time()
        run = ws.reports.write_checklists(skus, tmp / "batch.pdf", lang=lang)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = os.times()
    finally:
        ws.close()
    workers = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    print(f"ws.reports batch of {n} ({len(drafts)} stored results, {run.pages} pages): wall {wall:6.1f} s, "
          f"CPU {cpu:6.1f} s here + {workers:6.1f} s in workers; load {os.getloadavg()[0]:.2f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="both", choices=["zh", "en", "both"])
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--child", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--first-after-warm-up", action="store_true")
    parser.add_argument("--workspace-batch", type=int, metavar="N")
    args = parser.parse_args()
    if args.workspace_batch:
        with tempfile.TemporaryDirectory() as tmp:
            workspace_batch(args.workspace_batch, args.lang, Path(tmp))
        return
    if args.first_after_warm_up:
        first_after_warm_up(args.lang)
        return
    if args.child:
        child(args.child, args.lang, args.out, args.workers)
        return
    print(f"checklists, lang={args.lang}, catalogue: resources/catalogue/catalogue.json")
    one_product(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        one_product_in_workspace(args.lang, Path(tmp))
        from desktop_app.reports.parallel import batch_workers

        cores = batch_workers(args.batch)
        small = batch(100, args.lang, Path(tmp), cores)
        alone = batch(args.batch, args.lang, Path(tmp), 1)
        big = batch(args.batch, args.lang, Path(tmp), cores)
    ratio_n = args.batch / 100
    print(
        f"{args.batch} vs 100 on {cores}: time x{big['seconds'] / small['seconds']:.2f} "
        f"(products x{ratio_n:g}), peak memory x{big['peak_mib'] / small['peak_mib']:.2f}"
    )
    print(f"{cores} processes vs 1: x{alone['seconds'] / big['seconds']:.2f} faster")
    print(f"  target {args.batch} ≤ 20 s on every core: {'ok' if big['seconds'] <= 20 else 'MISSED'}")
    ideal = (big["cpu"] + big["worker_cpu"]) / cores
    print(f"  on {cores} idle cores (CPU / cores): {ideal:.1f} s")


if __name__ == "__main__":
    main()
