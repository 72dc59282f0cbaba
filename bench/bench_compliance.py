"""Compliance status at platform scale: 5,000 products × 20 results, 5,000 rules, 31,300 standards.

The catalogue and products are bench_applicability's generators (protocol 2
keys, a fifth of the products with an attribute unrecorded); every
standard's items get machine-readable checks and a third of the standards
graded formaldehyde limits (A/B/C), so judging, expiry and the best grade
all run. Each product gets 20 results on the items that apply to it (a mix
of passes, fails, ND, bounds and pass/fail words), stored in a real SQLite
database through the repositories.

Run: python bench/bench_compliance.py
Prints the seconds for every product's status (cold: the firm-wide
`ws.compliance.summary()`, applicability included; and the judging alone)
and for the dashboard's count after one result is added, against the
targets (2 s and 0.3 s) as ratios.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_applicability import AS_OF, make_catalogue, make_products

from desktop_app.core.catalogue import Change, ChangePage, Check, Requirement, Standard
from desktop_app.core.certificates import Certificate
from desktop_app.core.compliance import product_compliance
from desktop_app.core.results import TestResult
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.db.products_repo import ProductsRepo
from desktop_app.db.results_repo import ResultsRepo
from desktop_app.workspace import Workspace

TARGET_ALL, TARGET_CHANGE = 2.0, 0.3
CHECKS = {
    "formaldehyde": Check("max", 75, unit="mg/kg"),
    "ph": Check("range", min=4.0, max=8.5),
    "lead": Check("max", 90, unit="mg/kg"),
    "tof": Check("max", 50, unit="mg/kg"),
}
GRADED_LIMITS = (("A", 20), ("B", 75), ("C", 300))  # like GB 18401's formaldehyde
VALUES = {
    "formaldehyde": ["12", "50", "ND", "< 20", "80", "0.002 %"],
    "ph": ["6.5", "9.1", "7"],
    "lead": ["ND", "< 10", "120"],
    "tof": ["ND", "30", "合格"],
}


def with_checks(standards: dict[str, Standard]) -> dict[str, Standard]:
    out = {}
    for i, (code, std) in enumerate(standards.items()):
        items = [dataclasses.replace(r, check=CHECKS[r.key]) for r in std.requirements]
        if i % 3 == 0:
            name = items[0].item
            graded = [
                Requirement("formaldehyde", name, g, f"≤ {v}", "mg/kg", check=Check("max", v, unit="mg/kg"))
                for g, v in GRADED_LIMITS
            ]
            items = graded + items[1:]
        out[code] = dataclasses.replace(std, requirements=tuple(items))
    return out


def fill(ws: Workspace, rnd: random.Random) -> int:
    rules, standards = make_catalogue(rnd)
    standards = with_checks(standards)
    changes = [Change(i + 1, "standard", s.code, "upsert", s) for i, s in enumerate(standards.values())]
    changes += [Change(len(changes) + i + 1, "rule", r.id, "upsert", r) for i, r in enumerate(rules)]
    page = ChangePage(2, 0, len(changes), len(changes), False, tuple(changes))
    with ws.session() as s:
        CatalogueRepo(s).apply_page(page)
        CatalogueRepo(s).set_cursor(version=len(changes), latest=len(changes))
    ws.catalogue.invalidate()
    products = make_products(rnd)
    with ws.session() as s:
        repo = ProductsRepo(s)
        for p in products:
            repo.add(p)
    report = ws.certificates.add(
        Certificate("test-report", "LAB-1", "Lab", AS_OF - dt.timedelta(days=30), None)
    ).value
    applicable = ws.catalogue.applicable_many(products, AS_OF)
    results: list[TestResult] = []
    for p in products:
        items = [(a.standard.code, r.key) for a in applicable[p.sku] for r in a.requirements]
        for n in range(20):
            if not items:
                break
            code, key = rnd.choice(items)
            tested = AS_OF - dt.timedelta(days=rnd.randint(0, 500))
            results.append(TestResult(p.sku, code, key, rnd.choice(VALUES[key]), tested, report="LAB-1"))
    with ws.session() as s:
        ids = ProductsRepo(s).ids_by_sku([p.sku for p in products])
        ResultsRepo(s).add_many(results, product_ids=ids, certificate_id=report.id)
    return len(results)


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    rnd = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp), today=lambda: AS_OF, load_bundled_catalogue=False)
        t0 = time.perf_counter()
        n_results = fill(ws, rnd)
        print(f"setup: {time.perf_counter() - t0:.1f} s ({n_results} results stored)")

        def cold() -> None:
            ws.compliance.invalidate()
            ws.compliance.summary()

        t_all = timed(cold, repeat=1)
        summary = ws.compliance.summary()
        print(
            f"status of {len(summary.by_sku)} products, cold (applicability, results, judging): "
            f"{t_all:.3f} s, target {TARGET_ALL} s, ratio {t_all / TARGET_ALL:.2f}"
        )
        print(f"  not proven compliant: {len(summary.not_proven)}, failing: {summary.failing}")

        products = ws.products.list()
        applicable = ws.catalogue.applicable_many(products, AS_OF)
        with ws.session() as s:
            by_sku = ResultsRepo(s).by_sku()
        t_judge = timed(
            lambda: [
                product_compliance(applicable[p.sku], by_sku.get(p.sku, ()), as_of=AS_OF) for p in products
            ]
        )
        t0 = time.perf_counter()
        ws.catalogue.applicable_many(products, AS_OF)
        t_app = time.perf_counter() - t0
        per_product = sum(len(a) for a in applicable.values()) / len(products)
        print(
            f"  of which applicability (not this change's code): {t_app:.3f} s, {per_product:.0f} standards/product"
        )
        print(f"  of which judging and status: {t_judge:.3f} s")

        sku = next(s for s, pc in ws.compliance.all_products().items() if pc.judged)
        first = next(st for st in ws.compliance.all_products()[sku].judged if st.items)
        source = ws.results.source(report="LAB-1")

        def one_change() -> None:
            draft = TestResult(sku, first.code, first.items[0].key, "ND", AS_OF - dt.timedelta(days=1))
            ws.results.add([draft], source)

        changes = []
        for _ in range(3):
            one_change()
            t0 = time.perf_counter()
            ws.compliance.summary()
            changes.append(time.perf_counter() - t0)
        t_change = min(changes)
        print(
            f"dashboard count after one result added: {t_change:.3f} s, target {TARGET_CHANGE} s, "
            f"ratio {t_change / TARGET_CHANGE:.2f}"
        )
        t0 = time.perf_counter()
        ws.compliance.summary()
        print(f"dashboard count, nothing changed: {time.perf_counter() - t0:.3f} s")
        ws.close()


if __name__ == "__main__":
    main()
