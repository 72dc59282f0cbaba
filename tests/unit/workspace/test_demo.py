"""The demo firm lives in its own data folder and never mixes with the firm's records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.catalogue import Check, LocalText, Requirement
from desktop_app.core.compliance import WHOLE_STANDARD
from desktop_app.core.errors import AssistantError
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.reasons import Reason
from desktop_app.core.results import judge, parse_value
from desktop_app.workspace import Workspace
from desktop_app.workspace.changes import ChangeSet
from desktop_app.workspace.demo import DEMO_PRODUCTS, is_demo_folder, passing_value
from tests.conftest import TODAY
from tests.helpers.cli import run_cli


def own_product() -> Product:
    return Product(
        sku="OWN-1",
        name="本厂衬衫",
        category="garment",
        age_group="adult",
        skin_contact="direct",
        markets=("CN",),
        composition=(FibreShare("cotton", 100.0),),
    )


def test_prepare_fills_a_separate_folder_and_leaves_the_firm_alone(ws) -> None:
    ws.products.add(own_product())
    prepared = ws.demo.prepare()
    folder, products, certs = prepared.value
    assert prepared.changes == ChangeSet.NONE
    assert folder == ws.paths.root / "demo" and is_demo_folder(folder)
    assert (products, certs) == (len(DEMO_PRODUCTS), 9)
    assert [p.sku for p in ws.products.list()] == ["OWN-1"]
    assert not ws.certificates.states(include_replaced=True)
    assert not ws.demo.is_demo
    demo = Workspace(folder, today=lambda: TODAY)
    try:
        assert demo.demo.is_demo and "BB-001" in {p.sku for p in demo.products.list()}
        assert demo.demo.folder() == folder  # a demo's demo is itself
    finally:
        demo.close()
    again = ws.demo.prepare().value
    assert again == (folder, 0, 0)  # a second time adds nothing, and still says where it is


def test_load_refuses_a_folder_with_the_firms_own_records(ws) -> None:
    ws.products.add(own_product())
    with pytest.raises(AssistantError) as caught:
        ws.demo.load()
    assert caught.value.code == Reason.DEMO_INTO_FIRM_RECORDS
    assert caught.value.params["folder"] == str(ws.paths.root / "demo")
    assert [p.sku for p in ws.products.list()] == ["OWN-1"]


def test_load_into_an_empty_folder_marks_it_as_a_demo(ws) -> None:
    assert not ws.demo.is_demo
    assert ws.demo.load().value == (len(DEMO_PRODUCTS), 9)
    assert ws.demo.is_demo
    ws.products.add(own_product())  # someone typed a product into the demo: it stays a demo
    assert ws.demo.load().value == (0, 0)


def test_cli_demo_on_a_firm_with_records_adds_nothing_to_it(data_dir: Path) -> None:
    ws = Workspace(data_dir, today=lambda: TODAY)
    ws.products.add(own_product())
    ws.close()
    result = run_cli(data_dir, "demo")
    assert result.returncode == 0, result.stderr
    assert str(data_dir / "demo") in result.stdout and "12 个产品" in result.stdout
    listed = run_cli(data_dir, "product", "list", "--json")
    assert '"OWN-1"' in listed.stdout and "BB-001" not in listed.stdout
    demo_listed = run_cli(data_dir / "demo", "product", "list", "--json")
    assert "BB-001" in demo_listed.stdout
    refused = run_cli(data_dir, "demo", "--here")
    assert refused.returncode != 0 and str(data_dir / "demo") in refused.stderr


def test_the_demo_shows_every_compliance_status_from_the_catalogues_own_limits(demo_ws) -> None:
    """The baby bodysuit fails GB 18401 class A on formaldehyde (50 mg/kg against the catalogue's
    ≤ 20), the curtain is compliant, the bedding set's report is too old (expired), the rest have
    no results; every other demo value passes the item's own check as the catalogue states it."""
    by_sku = demo_ws.compliance.summary().by_sku
    assert (by_sku["BB-001"], by_sku["HT-301"], by_sku["HT-302"]) == ("failing", "compliant", "expired")
    assert by_sku["KD-101"] == "incomplete"
    assert set(by_sku.values()) == {"failing", "compliant", "expired", "incomplete"}
    gb = next(st for st in demo_ws.compliance.for_product("BB-001") if st.code == "GB 18401-2010")
    assert gb.grade == "A" and [i.requirement.key for i in gb.failing] == ["formaldehyde"]
    failed = gb.failing[0]
    assert failed.result.value == "50" and failed.requirement.check.value == 20.0
    assert failed.judgement.margin == 30.0
    assert gb.best_grade == "B"  # 50 mg/kg meets class B (≤ 75), not A
    verdicts = {
        (r.sku, r.standard, r.item): v
        for r in demo_ws.results.list()
        for st in demo_ws.compliance.for_product(r.sku)
        if st.code == r.standard
        for i in st.items
        if i.requirement.key == r.item and (v := i.judgement.verdict)
    }
    assert len(verdicts) == len(demo_ws.results.list())
    assert {v for k, v in verdicts.items() if k != ("BB-001", "GB 18401-2010", "formaldehyde")} <= {
        "pass",
        "judged",
    }
    assert demo_ws.demo.load().changes == ChangeSet.NONE  # loaded again: no result twice


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (Check("max", 20.0, unit="mg/kg"), "8"),
        (Check("max_exclusive", 3000.0, unit="mg/kg"), "1200"),
        (Check("max", 0.025, unit="mg/kg"), "0.01"),
        (Check("absent", unit="mg/kg"), "ND"),
        (Check("range", min=4.0, max=7.5), "5.8"),
        (Check("fastness", 3.0), "3-4"),
        (Check("fastness", 4.0), "4-5"),
        (Check("fastness", 5.0), "5"),
        (Check("min", 95.0, unit="%"), "98"),
        (Check("min", 3.5, unit="s"), "4.4"),
        (Check("pass_fail"), "合格"),
        (None, "合格"),
    ],
)
def test_a_passing_demo_value_meets_the_items_own_check(check, value) -> None:
    r = Requirement(
        "x", LocalText("项目", "item"), None, "-", unit=check.unit if check else None, check=check
    )
    assert passing_value(r) == value
    verdict = judge(check, parse_value(value), item_unit=r.unit)
    assert verdict.verdict in ("pass", "judged") and verdict.passed


def _compiled_standards(ws: Workspace) -> dict[str, dict]:
    """The compiled catalogue page the app ships (`resources/catalogue/catalogue.json`), read as
    JSON: the newest upsert of each standard, by code."""
    page = json.loads((ws.resources / "catalogue" / "catalogue.json").read_text(encoding="utf-8"))
    return {c["id"]: c["data"] for c in page["changes"] if c["type"] == "standard" and c["op"] == "upsert"}


def test_every_demo_result_is_an_item_of_the_compiled_catalogue_with_its_unit_and_method(demo_ws) -> None:
    """Read from the shipped page itself, not from the demo's code nor the database it filled: each
    demo value is for an item the catalogue lists for that standard at the product's class (or
    the whole standard when it lists none), with the catalogue's unit and method; the failing
    formaldehyde is over the compiled class-A limit and within class B's, as the panel says."""
    compiled = _compiled_standards(demo_ws)
    results = demo_ws.results.list()
    assert {r.sku for r in results} == {"BB-001", "HT-301", "HT-302"}
    for r in results:
        std = compiled[r.standard]
        grade = next(st.grade for st in demo_ws.compliance.for_product(r.sku) if st.code == r.standard)
        if r.item == WHOLE_STANDARD:
            assert not std["requirements"] and r.value == "合格", r
            continue
        reqs = [q for q in std["requirements"] if q["key"] == r.item and q["grade"] in (None, grade)]
        assert reqs, r  # an item of that standard and class
        assert {q["method"] for q in reqs} == {r.method}, r
        assert {(q["unit"] if q["unit"] != "grade" else None) for q in reqs} == {r.unit}, r
    gb = compiled["GB 18401-2010"]["requirements"]
    limit = {q["grade"]: q["check"] for q in gb if q["key"] == "formaldehyde"}
    assert limit["A"]["kind"] == limit["B"]["kind"] == "max"
    (failed,) = [
        r for r in results if (r.sku, r.item) == ("BB-001", "formaldehyde") and r.standard == "GB 18401-2010"
    ]
    assert limit["A"]["value"] < float(failed.value) <= limit["B"]["value"]
    # the Annex C aromatic amines (芳香胺), banned (禁用), read ND, as a lab prints them
    banned = {q["key"] for q in gb if "芳香胺" in q["item"]["zh"]}
    assert len(banned) == 2 and any("禁用" in q["item"]["zh"] for q in gb if q["key"] in banned)
    amines = [r for r in results if r.standard == "GB 18401-2010" and r.item in banned]
    assert {r.sku for r in amines} == {"BB-001", "HT-301", "HT-302"}
    assert {r.value for r in amines} == {"ND"}
    assert failed.unit == limit["A"]["unit"]
