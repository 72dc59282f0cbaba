"""The plain rows a firm-wide status judges carry exactly what the results themselves say."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.certificates import Certificate
from desktop_app.core.results import TestResult
from desktop_app.db.last_results import status_rows
from desktop_app.db.products_repo import ProductsRepo
from desktop_app.db.results_repo import ResultsRepo
from desktop_app.workspace import Workspace
from tests.helpers import TODAY

FIELDS = ("standard", "item", "value", "unit", "tested", "valid_until", "entered_at", "id")


def fields(r: object) -> tuple[object, ...]:
    return tuple(getattr(r, f) for f in FIELDS)


def test_status_rows_match_whole_results(demo_ws: Workspace) -> None:
    ws = demo_ws
    with ws.session() as s:
        demo = set(ResultsRepo(s).by_sku())
    assert demo == {"BB-001", "HT-301", "HT-302"}  # the demo firm's lab results
    a, b = [p for p in ws.products.list() if p.sku not in demo][:2]  # two without results yet
    report = ws.certificates.add(
        Certificate(
            "test-report", "LAB-R", "Lab", TODAY - dt.timedelta(days=9), TODAY + dt.timedelta(days=30)
        )
    ).value
    with ws.session() as s:
        ids = ProductsRepo(s).ids_by_sku([a.sku, b.sku])
        repo = ResultsRepo(s)
        repo.add_many(
            [TestResult(a.sku, "GB 18401-2010", "formaldehyde", "< 20", TODAY, unit="mg/kg")], product_ids=ids
        )
        repo.add_many(
            [
                TestResult(a.sku, "GB 18401-2010", "ph", "6.5", TODAY - dt.timedelta(days=3)),
                TestResult(b.sku, "GB 31701-2015", "whole_standard", "合格", TODAY),
            ],
            product_ids=ids,
            certificate_id=report.id,
        )
    with ws.session() as s:
        whole = ResultsRepo(s).by_sku()
        rows = status_rows(s)
        some = status_rows(s, [b.sku, "NO-SUCH"])
    assert set(rows) == set(whole) == {a.sku, b.sku} | demo
    for sku, results in whole.items():
        assert sorted(map(fields, rows[sku]), key=str) == sorted(map(fields, results), key=str)
    assert {r.valid_until for r in rows[a.sku]} == {None, TODAY + dt.timedelta(days=30)}
    assert set(some) == {b.sku} and list(map(fields, some[b.sku])) == list(map(fields, whole[b.sku]))


def test_lists_keep_to_the_results_the_pass_judged(demo_ws: Workspace) -> None:
    ws = demo_ws
    bb = ws.products.list()[0]
    with ws.session() as s:
        ids = ProductsRepo(s).ids_by_sku([bb.sku])
        ResultsRepo(s).add_many(
            [TestResult(bb.sku, "GB 18401-2010", "formaldehyde", "90", TODAY, unit="mg/kg")], product_ids=ids
        )
    ws.compliance.invalidate()
    pc = ws.compliance.all_products()[bb.sku]
    assert pc.status == "failing"
    with ws.session() as s:  # a re-test entered after the pass, before its lists are asked for
        ResultsRepo(s).add_many(
            [TestResult(bb.sku, "GB 18401-2010", "formaldehyde", "12", TODAY, unit="mg/kg")], product_ids=ids
        )
    st = next(st for st in pc.judged if st.code == "GB 18401-2010")
    assert st.status == "failing"  # the lists say what the status was worked out from
    assert next(i for i in st.items if i.key == "formaldehyde").result.value == "90"
    ws.compliance.invalidate()
    fresh = ws.compliance.all_products()[bb.sku]
    assert next(i for i in next(st for st in fresh.judged if st.code == "GB 18401-2010").items
                if i.key == "formaldehyde").result.value == "12"  # fmt: skip
