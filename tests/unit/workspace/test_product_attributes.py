"""The protocol-2 product attributes stored and read back through the workspace, the CLI and a
spreadsheet round trip. Needs the storage of these attributes (migration 0004, branch wp-p2store)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range
from tests.helpers.cli import run_cli as run
from tests.unit.imports.files import write_csv

PYJAMAS = Product(
    sku="PJ-1",
    name="儿童睡衣",
    category="服装",
    age_group="儿童",
    skin_contact="直接接触",
    markets=("US", "US-CA"),
    composition=(FibreShare("棉", 100),),
    finishes=("涂料印花",),
    product_type="睡衣",
    construction="针织",
    components=("拉链", "帽绳"),
    age_months=Range(24, 60),
    height_cm=Range(90, 120),
    origins=("新疆",),
)


def test_attributes_are_stored_as_keys_and_read_back(ws):
    added = ws.products.add(PYJAMAS).value
    got = ws.products.get("PJ-1")
    assert got == added
    assert (got.product_type, got.construction, got.components) == (
        "sleepwear",
        "knitted",
        ("zip", "hood_neck_cords"),
    )
    assert (got.age_months, got.height_cm, got.origins) == (Range(24, 60), Range(90, 120), ("CN-XJ",))
    assert got.finishes == ("pigment_printed",) and got.markets == ("US", "US-CA")
    edited = ws.products.edit("PJ-1", age_months=None, components=()).value
    assert edited.age_months is None and edited.components == ()
    assert ws.products.get("PJ-1").age_months is None


def test_cli_add_show_and_edit_the_attributes(data_dir: Path):
    r = run(
        data_dir,
        "product", "add", "--sku", "HJ-1", "--name", "儿童连帽外套", "--category", "服装",
        "--age-group", "儿童", "--skin-contact", "非直接接触", "--fibre", "棉:100", "--market", "US",
        "--type", "外套/夹克", "--construction", "机织", "--component", "帽绳", "--component", "拉链",
        "--age-months", "84-", "--height-cm", "110-130", "--origin", "CN-XJ",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    data = json.loads(run(data_dir, "product", "show", "HJ-1", "--json").stdout)
    assert data["product_type"] == "outerwear" and data["construction"] == "woven"
    assert data["components"] == ["hood_neck_cords", "zip"]
    assert data["age_months"] == {"min": 84} and data["height_cm"] == {"min": 110, "max": 130}
    assert data["origins"] == ["CN-XJ"]
    text = run(data_dir, "product", "show", "HJ-1").stdout
    assert (
        "产品类型：外套/夹克" in text and "110–130" in text and "中国新疆" in text and "Outerwear" not in text
    )
    assert run(data_dir, "product", "edit", "HJ-1", "--age-months", "", "--type", "").returncode == 0
    data = json.loads(run(data_dir, "product", "show", "HJ-1", "--json").stdout)
    assert data["age_months"] is None and data["product_type"] is None


def test_export_then_import_is_unchanged_and_an_import_sets_the_attributes(ws, tmp_path: Path):
    ws.products.add(PYJAMAS)
    for lang, name in (("zh", "p.csv"), ("en", "p.xlsx")):
        out = ws.transfer.export_products(tmp_path / name, lang=lang).path
        report = ws.transfer.import_products(out, apply=True)
        assert [c.key for c in report.unchanged] == ["PJ-1"], (lang, report)
    rows = [
        ["货号", "品名", "类别", "年龄段", "接触皮肤", "成分", "产品类型", "部件", "适用身高", "原料产地"],
        ["DJ-1", "羽绒服", "服装", "成人", "否", "100%锦纶", "外套/夹克", "羽绒填充", "160-190", "CN"],
    ]
    report = ws.transfer.import_products(
        write_csv(tmp_path / "new.csv", rows, encoding="gb18030"), apply=True
    )
    assert [c.key for c in report.added] == ["DJ-1"]
    dj = ws.products.get("DJ-1")
    assert (dj.product_type, dj.components, dj.height_cm, dj.origins) == (
        "outerwear",
        ("down_fill",),
        Range(160, 190),
        ("CN",),
    )
