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
from desktop_app.core.compliance import (
    add_months,
    newest_results,
    overall,
    product_compliance,
    standard_status,
    status_of,
)
from desktop_app.core.errors import AssistantError
from desktop_app.core.requirement_sets import RequirementSet
from desktop_app.core.results import TestResult, judge_text
from desktop_app.core.rule_masks import bits
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.db.products_repo import ProductsRepo
from desktop_app.db.requirement_sets_repo import RequirementSetsRepo
from desktop_app.db.results_repo import ResultsRepo
from desktop_app.workspace import Workspace
from desktop_app.workspace.compliance import _gc_paused
from desktop_app.workspace.results import items_of
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


# tested a re-test interval (12 months) before a day asked about: current on it, expired the day after
BOUNDARY = [add_months(day, -12) for day in DAYS] + [
    add_months(day, -12) - dt.timedelta(days=1) for day in DAYS
]
PASSING = ["12", "ND", "< 20", "6.5", "合格", "4"]  # mostly passing: products left failing are few


def add_results(ws: Workspace, rnd: random.Random, per_product: int = 12, values: list[str] = VALUES) -> None:
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
                rnd.choice(values),
                rnd.choice(BOUNDARY)
                if rnd.random() < 0.1
                else TODAY - dt.timedelta(days=rnd.randint(-30, 500)),
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
            assert_parts_agree(ws, p, applicable, results.get(p.sku, ()), day)
            judged += len(pc.judged)
        assert ws.compliance.summary(day).by_sku == {sku: pc.status for sku, pc in fast.items()}
        assert sets is not None
    return judged


def assert_parts_agree(ws: Workspace, p, applicable, results, day: dt.date) -> None:
    """The pieces of the fast path, each against the plain rule: the engine asked for a few
    standards gives the same answers as asked for all, and a standard's status without its
    items is the one `standard_status` gives."""
    months = ws.firm().retest_months
    grouped = newest_results(results, day)
    for a in applicable:
        assert status_of(a, grouped, as_of=day, retest_months=months) == (
            standard_status(a, grouped, as_of=day, retest_months=months).status
        ), (p.sku, a.standard.code, day)
    engine = ws.catalogue.engine()
    standards = ws.catalogue.standards(engine.standards_of([p]))
    full = engine.applicable(p, standards, day)
    codes = sorted({a.standard.code for a in full})
    for wanted in ({r.standard for r in results}, set(codes[::3]), set(codes[:5]), {"NO SUCH"}):
        among = engine.applicable_among(p, standards, day, wanted)
        assert among is not None
        assert [id(a) for a in among] == [id(a) for a in full if a.standard.code in wanted], (p.sku, day)


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


def passing_value(item: Requirement) -> str:
    """A printed value that passes `item`'s check (the first of a few that does)."""
    for value in ("ND", "合格", "6.5", "5", "0", "1000"):
        try:
            if judge_text(item.check, value, item_unit=item.unit).passed:
                return value
        except AssistantError:
            continue
    raise AssertionError(item)


def test_mostly_passing_firm_fast_path_matches_per_product_path(ws: Workspace) -> None:
    """Few failures: most products' status then rests on whether an untested standard in force
    applies, and on expired and incomplete evidence; one demo product tested on every item."""
    ws.demo.load()
    rnd = random.Random(7)
    add_results(ws, rnd, per_product=30, values=PASSING)
    bb = ws.products.list()[0]
    drafts = [
        TestResult(bb.sku, a.standard.code, key, passing_value(r), TODAY)
        for a in ws.compliance.applicable(bb, TODAY)
        for key, r in items_of(a).items()
    ]
    with ws.session() as s:
        ids = ProductsRepo(s).ids_by_sku([bb.sku])
        ResultsRepo(s).add_many(drafts, product_ids=ids)
    ws.compliance.invalidate()
    assert ws.compliance.summary(TODAY).by_sku[bb.sku] == "compliant"
    statuses = {day: set(ws.compliance.summary(day).by_sku.values()) for day in DAYS}
    assert len(set().union(*statuses.values()) - {"failing"}) >= 2, statuses
    assert assert_paths_agree(ws) > 0


def test_generated_mostly_passing_firm(ws: Workspace) -> None:
    rnd = random.Random(99)
    rules, standards = make_catalogue(rnd, n_rules=300, n_standards=200)
    changes = [Change(i + 1, "standard", s.code, "upsert", s) for i, s in enumerate(standards.values())]
    changes += [Change(len(changes) + i + 1, "rule", r.id, "upsert", r) for i, r in enumerate(rules)]
    with ws.session() as s:
        CatalogueRepo(s).apply_page(ChangePage(2, 0, len(changes), len(changes), False, tuple(changes)))
    ws.catalogue.invalidate()
    for p in make_products(rnd, 40):
        ws.products.add(p)
    add_results(ws, rnd, per_product=8, values=PASSING)
    assert assert_paths_agree(ws) > 20


def test_lists_are_worked_out_once_when_asked(demo_ws: Workspace) -> None:
    add_results(demo_ws, random.Random(3))
    fast = demo_ws.compliance.all_products()
    pc = next(iter(fast.values()))
    assert pc._parts is None  # nothing built for the count
    judged = pc.judged
    assert pc.judged is judged and pc._fill is None


@pytest.mark.parametrize("count", [0, 1, 5, 12, 13, 40, 300])
def test_bits_sparse_and_dense_alike(count: int) -> None:
    rnd = random.Random(count)
    for width in (10, 400, 5000):
        chosen = sorted(rnd.sample(range(width), min(count, width)))
        assert bits(sum(1 << i for i in chosen)) == chosen


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
