"""The demo firm lives in its own data folder and never mixes with the firm's records."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import AssistantError
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.reasons import Reason
from desktop_app.workspace import Workspace
from desktop_app.workspace.changes import ChangeSet
from desktop_app.workspace.demo import DEMO_PRODUCTS, is_demo_folder
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
    assert (products, certs) == (len(DEMO_PRODUCTS), 8)
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
    assert ws.demo.load().value == (len(DEMO_PRODUCTS), 8)
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
