"""Compliance status at platform scale: 5,000 products × 20 results, 5,000 rules, 31,300 standards.

The catalogue and products are bench_applicability's generators (protocol 2
keys, a fifth of the products with an attribute unrecorded); every
standard's items get machine-readable checks and a third of the standards
graded formaldehyde limits (A/B/C), so judging, expiry and the best grade
all run. Each product gets 20 results on the items that apply to it (a mix
of passes, fails, ND, bounds and pass/fail words), stored in a real SQLite
database through the repositories.

Run: python bench/bench_compliance.py
Prints the CPU seconds for every product's status (`ws.compliance.summary()`:
reads, applicability and judging), cold (a fresh workspace) and again,
beside the previous pass (every applicable standard of every product, every
tested standard judged in full) measured in the same run, with the same
answers checked; then the dashboard's count after one result is added,
against the targets (2 s and 0.3 s) as ratios.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_applicability import AS_OF, make_catalogue, make_products

from desktop_app.core.catalogue import Change, ChangePage, Check, Requirement, Standard
from desktop_app.core.certificates import Certificate
from desktop_app.core.compliance import Memo, product_compliance
from desktop_app.core.results import TestResult
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.db.products_repo import ProductsRepo
from desktop_app.db.results_repo import ResultsRepo
from desktop_app.workspace import Workspace
from desktop_app.workspace.compliance import _gc_paused

_T = TypeVar("_T")
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


def clocked(fn: Callable[[], _T]) -> tuple[_T, float, float]:
    """(the answer, CPU seconds, wall seconds)."""
    c0, w0 = time.process_time(), time.perf_counter()
    found = fn()
    return found, time.process_time() - c0, time.perf_counter() - w0


def plain_pass(ws: Workspace) -> tuple[dict[str, str], dict[str, float]]:
    """The previous firm-wide pass, for the side-by-side figures: every applicable standard of
    every product (applicable_many), every tested standard judged in full (product_compliance)."""
    clock = time.process_time
    t0 = clock()
    with ws.session() as s:
        products = ProductsRepo(s).list()
        results = ResultsRepo(s).by_sku()
    t1 = clock()
    with _gc_paused():
        applicable = ws.catalogue.applicable_many(products, AS_OF)
        t2 = clock()
        memo: Memo = {}
        found = {
            p.sku: product_compliance(applicable[p.sku], results.get(p.sku, ()), as_of=AS_OF, memo=memo)
            for p in products
        }
    t3 = clock()
    return {sku: pc.status for sku, pc in found.items()}, {
        "reads": t1 - t0,
        "applicability": t2 - t1,
        "judging": t3 - t2,
    }


def fast_pass(ws: Workspace) -> dict[str, str]:
    ws.compliance.invalidate()
    return ws.compliance.summary().by_sku


def report(label: str, cpu: float, wall: float, split: dict[str, float]) -> None:
    parts = ", ".join(f"{k} {v:.3f}" for k, v in split.items())
    print(
        f"  {label}: CPU {cpu:.3f} s (wall {wall:.3f} s; {parts}), target {TARGET_ALL} s, ratio {cpu / TARGET_ALL:.2f}"
    )


def fast_split(ws: Workspace) -> dict[str, float]:
    t = ws.compliance.last_pass
    assert t is not None
    return {
        "reads": t.reads,
        "applicability": t.applicability,
        "judging": t.judging,
        f"not failing ({t.undecided_products} of {t.products})": t.undecided,
    }


def main() -> None:
    rnd = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp), today=lambda: AS_OF, load_bundled_catalogue=False)
        t0 = time.perf_counter()
        n_results = fill(ws, rnd)
        ws.close()
        print(f"setup: {time.perf_counter() - t0:.1f} s ({n_results} results stored)")

        def fresh() -> Workspace:
            return Workspace(Path(tmp), today=lambda: AS_OF, load_bundled_catalogue=False)

        print(
            "status of every product, cold (a fresh workspace: engine built, standards read, answers made):"
        )
        ws = fresh()
        (before, split), cpu, wall = clocked(lambda: plain_pass(ws))
        report("before (every standard of every product)", cpu, wall, split)
        ws.close()
        ws = fresh()
        after, cpu, wall = clocked(lambda: fast_pass(ws))
        report("after", cpu, wall, fast_split(ws))
        assert after == before, "the fast pass must give every product the same status"
        print("again in the same workspace (engine and answers kept, as after a sync or an edit):")
        (_, split), cpu, wall = clocked(lambda: plain_pass(ws))
        report("before", cpu, wall, split)
        _, cpu, wall = clocked(lambda: fast_pass(ws))
        report("after", cpu, wall, fast_split(ws))
        summary = ws.compliance.summary()
        print(f"  not proven compliant: {len(summary.not_proven)}, failing: {summary.failing}")
        _, cpu, wall = clocked(lambda: ws.compliance.lists_of(ws.compliance.all_products().values()))
        print(f"  then every product's judged and unproven lists (worked out when asked): CPU {cpu:.3f} s")

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
