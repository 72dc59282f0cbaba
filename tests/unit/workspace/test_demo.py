"""The demo firm lives in its own data folder and never mixes with the firm's records."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.catalogue import Check, LocalText, Requirement
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
