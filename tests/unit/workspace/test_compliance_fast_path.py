"""The firm-wide status (one bulk pass, shared memo) says exactly what each product's own path says.

`ws.compliance.all_products()` reads every product and result in bulk and
judges them with one memo per pass; `ws.compliance.for_product()` reads one
product and judges every standard. On the demo firm and on a generated
firm (protocol 2 keys, graded limits, requirement sets), with results of
every kind (passes, fails, ND, bounds, words, unreadable ones, some after
the day asked about, some from an expiring report), both must agree, item
by item, on several days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from pathlib import Path

import pytest

from desktop_app.core.catalogue import Change, ChangePage, Check, LocalText, Requirement
from desktop_app.core.certificates import Certificate
from desktop_app.core.compliance import overall, product_compliance
from desktop_app.core.requirement_sets import RequirementSet
from desktop_app.core.results import TestResult
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.db.products_repo import ProductsRepo
from desktop_app.db.requirement_sets_repo import RequirementSetsRepo
from desktop_app.db.results_repo import ResultsRepo
from desktop_app.workspace import Workspace
from desktop_app.workspace.compliance import _gc_paused
from tests.helpers import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from bench_applicability import make_catalogue, make_products

VALUES = [
    "12",
    "50",
    "ND",
    "< 20",
    "< 100",
    "80",
    "0.002 %",
    "6.5",
    "9.1",
    "合格",
    "不合格",
    "3-4",
    "4",
    "x?",
]
CHECKS = [Check("max", 75, unit="mg/kg"), Check("range", min=4.0, max=8.5), Check("pass_fail"), None]
DAYS = [TODAY, TODAY - dt.timedelta(days=200), TODAY + dt.timedelta(days=400)]


def add_results(ws: Workspace, rnd: random.Random, per_product: int = 12) -> None:
    products = ws.products.list()
    report = ws.certificates.add(
        Certificate(
            "test-report", "LAB-FAST", "Lab", TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=90)
        )
    ).value
    applicable = {p.sku: ws.compliance.applicable(p, TODAY) for p in products}
    own = {rs.code for rs in ws.compliance.requirement_sets()}
    drafts, with_report = [], []
    for p in products:
        items = [(a.standard.code, a.standard.requirements) for a in applicable[p.sku]]
        for _ in range(per_product if items else 0):
            code, reqs = rnd.choice(items)
            key = rnd.choice([r.key for r in reqs] or ["whole_standard"])
            result = TestResult(
                p.sku,
                code,
                key,
                rnd.choice(VALUES),
                TODAY - dt.timedelta(days=rnd.randint(-30, 500)),
                unit=rnd.choice([None, None, "mg/kg", "%", "cm"]),
                requirement_set=code in own,
            )
            (with_report if rnd.random() < 0.3 else drafts).append(result)
    with ws.session() as s:
        ids = ProductsRepo(s).ids_by_sku([p.sku for p in products])
        ResultsRepo(s).add_many(drafts, product_ids=ids)
        ResultsRepo(s).add_many(with_report, product_ids=ids, certificate_id=report.id)
    ws.compliance.invalidate()


def assert_paths_agree(ws: Workspace) -> int:
    judged = 0
    for day in DAYS:
        fast = ws.compliance.all_products(day)
        products = ws.products.list()
        assert set(fast) == {p.sku for p in products}
        with ws.session() as s:
            results = ResultsRepo(s).by_sku()
        sets = ws.compliance.requirement_sets()
        for p in products:
            slow = ws.compliance.for_product(p.sku, day)
            tested = {r.standard for r in results.get(p.sku, ()) if r.tested <= day}
            pc = fast[p.sku]
            assert pc.status == overall(slow), (p.sku, day)
            assert pc.judged == [st for st in slow if st.code in tested], (p.sku, day)
            applicable = ws.compliance.applicable(p, day)
            assert [a.standard.code for a in pc.unproven] == [
                st.code
                for st in slow
                if st.code not in tested and st.applies == "in_force" and st.standard.mandatory
            ]
            # the memo changes nothing: one product judged alone, without it
            alone = product_compliance(
                applicable, results.get(p.sku, ()), as_of=day, retest_months=ws.firm().retest_months
            )
            assert alone == pc
            judged += len(pc.judged)
        assert ws.compliance.summary(day).by_sku == {sku: pc.status for sku, pc in fast.items()}
        assert sets is not None
    return judged


def test_demo_firm_fast_path_matches_per_product_path(demo_ws: Workspace) -> None:
    ws = demo_ws
    bb = ws.products.list()[0]
    with ws.session() as s:
        RequirementSetsRepo(s).add(
            RequirementSet(
                "RSL-X",
                "Buyer X",
                (
                    Requirement(
                        "formaldehyde",
                        LocalText("甲醛", "Formaldehyde"),
                        None,
                        "≤ 16",
                        "mg/kg",
                        check=Check("max", 16, unit="mg/kg"),
                    ),
                ),
                skus=(bb.sku,),
            )
        )
    add_results(ws, random.Random(14))
    assert assert_paths_agree(ws) > 0
    # a change to one product's results recomputes only it, and still agrees
    ws.results.add([TestResult(bb.sku, "RSL-X", "formaldehyde", "30", TODAY, requirement_set=True)],
                   ws.results.source(report="LAB-FAST"))  # fmt: skip
    assert assert_paths_agree(ws) > 0


def graded(std):  # a third of the standards get A/B/C formaldehyde limits, like GB 18401
    items = [dataclasses.replace(r, check=random.Random(r.key).choice(CHECKS)) for r in std.requirements]
    extra = [
        Requirement("formaldehyde", items[0].item, g, f"≤ {v}", "mg/kg", check=Check("max", v, unit="mg/kg"))
        for g, v in (("A", 20), ("B", 75), ("C", 300))
    ]
    return dataclasses.replace(std, requirements=tuple(extra + items[1:]))


def test_generated_firm_fast_path_matches_per_product_path(ws: Workspace) -> None:
    rnd = random.Random(2026)
    rules, standards = make_catalogue(rnd, n_rules=400, n_standards=300)
    standards = {c: graded(s) if i % 3 == 0 else s for i, (c, s) in enumerate(standards.items())}
    changes = [Change(i + 1, "standard", s.code, "upsert", s) for i, s in enumerate(standards.values())]
    changes += [Change(len(changes) + i + 1, "rule", r.id, "upsert", r) for i, r in enumerate(rules)]
    with ws.session() as s:
        CatalogueRepo(s).apply_page(ChangePage(2, 0, len(changes), len(changes), False, tuple(changes)))
    ws.catalogue.invalidate()
    products = make_products(rnd, 60)
    for i, p in enumerate(products):
        ws.products.add(dataclasses.replace(p, customer="Buyer Y" if i % 4 == 0 else p.customer))
    with ws.session() as s:
        RequirementSetsRepo(s).add(
            RequirementSet(
                "RSL-Y",
                "Buyer Y",
                (
                    Requirement(
                        "ph", LocalText("pH", "pH"), None, "4.0–7.5", check=Check("range", min=4.0, max=7.5)
                    ),
                ),
                customer="Buyer Y",
            )
        )
    add_results(ws, rnd, per_product=20)
    assert assert_paths_agree(ws) > 100


@pytest.mark.parametrize("nested", [False, True])
def test_gc_is_back_on_after_a_pass(nested: bool) -> None:
    import gc

    assert gc.isenabled()
    with _gc_paused():
        if nested:
            with _gc_paused():
                assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
