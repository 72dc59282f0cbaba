"""The protocol-2 product attributes in spreadsheets: Chinese or English headers and values,
typos refused per row with suggestions, exports that read back, templates that list them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range
from desktop_app.core.reasons import Reason
from desktop_app.imports import PRODUCT_COLUMNS, product_cells
from desktop_app.imports.records import read_records
from desktop_app.imports.writers import headers, write_table, write_template
from tests.unit.imports.files import write_csv

HEADERS_ZH = [
    "货号", "品名", "类别", "年龄段", "接触皮肤", "市场", "成分",
    "产品类型", "织造方式", "部件", "后整理", "适用月龄", "适用身高", "原料产地",
]  # fmt: skip
ROWS = [
    ["PJ-1", "儿童睡衣", "服装", "儿童", "是", "美国", "100%棉", "睡衣", "针织", "拉链、帽绳", "", "24-60", "90–120", "CN-XJ"],
    ["DJ-1", "羽绒服", "服装", "成人", "否", "CN", "100%锦纶", "外套/夹克", "机织", "羽绒填充", "防水", "", "", "新疆"],
    ["CT-1", "窗帘", "家纺", "成人", "否", "DE, FR", "涤纶100%", "窗帘", "woven", "", "water repellent", "", "", ""],
    # bad rows: a typo in each new column
    ["X-1", "a", "服装", "成人", "是", "CN", "100%棉", "sleepware", "", "", "", "", "", ""],
    ["X-2", "b", "服装", "成人", "是", "CN", "100%棉", "", "knited", "", "", "", "", ""],
    ["X-3", "c", "服装", "成人", "是", "CN", "100%棉", "", "", "zipp", "", "", "", ""],
    ["X-4", "d", "服装", "儿童", "是", "CN", "100%棉", "", "", "", "", "60-24", "", ""],
    ["X-5", "e", "服装", "儿童", "是", "CN", "100%棉", "", "", "", "", "", "300", ""],
    ["X-6", "f", "服装", "成人", "是", "US-CX", "100%coton", "", "", "", "", "", "", ""],
    ["X-7", "g", "服装", "成人", "是", "CN", "100%棉", "", "", "", "coatd", "", "", ""],
]  # fmt: skip


def _errors(parsed):
    return {(e.row, e.column): e for e in parsed.errors}


def test_gb18030_csv_with_chinese_headers_and_values(tmp_path: Path):
    parsed = read_records(
        write_csv(tmp_path / "产品.csv", [HEADERS_ZH, *ROWS], encoding="gb18030"), "products"
    )
    assert parsed.encoding == "gb18030"
    good = {r.key: r.record for r in parsed.rows}
    assert set(good) == {"PJ-1", "DJ-1", "CT-1"}
    pj = good["PJ-1"]
    assert (pj.product_type, pj.construction, pj.components) == (
        "sleepwear",
        "knitted",
        ("zip", "hood_neck_cords"),
    )
    assert (pj.age_months, pj.height_cm, pj.origins, pj.markets) == (
        Range(24, 60),
        Range(90, 120),
        ("CN-XJ",),
        ("US",),
    )
    dj = good["DJ-1"]
    assert (dj.product_type, dj.components, dj.finishes, dj.origins) == (
        "outerwear",
        ("down_fill",),
        ("water_repellent",),
        ("CN-XJ",),
    )
    assert dj.composition == (FibreShare("nylon", 100.0),) and dj.age_months is None
    assert good["CT-1"].markets == ("DE", "FR") and good["CT-1"].construction == "woven"

    errors = _errors(parsed)
    assert set(errors) == {
        (5, "产品类型"), (6, "织造方式"), (7, "部件"), (8, "适用月龄"), (9, "适用身高"), (10, "市场"), (10, "成分"), (11, "后整理"),
    }  # fmt: skip
    assert errors[(5, "产品类型")].code is Reason.UNKNOWN_VALUE
    assert errors[(5, "产品类型")].params["suggestions"][0] == "sleepwear"
    assert "did you mean knitted?" in errors[(6, "织造方式")].text
    assert errors[(7, "部件")].params["suggestions"][0] == "zip"
    assert errors[(8, "适用月龄")].code is Reason.RANGE_INVERTED
    assert errors[(9, "适用身高")].code is Reason.RANGE_TOO_HIGH
    assert "US-CA" in errors[(10, "市场")].params["suggestions"]
    assert errors[(11, "后整理")].params["suggestions"][0] == "coated"


def test_fibre_typo_in_a_composition_suggests_the_fibre(tmp_path: Path):
    rows = [HEADERS_ZH[:7], ["X-6", "f", "服装", "成人", "是", "CN", "100%coton"]]
    parsed = read_records(write_csv(tmp_path / "p.csv", rows, encoding="gb18030"), "products")
    (error,) = parsed.errors
    assert error.code is Reason.UNKNOWN_FIBRE_NEAR and error.params["suggestions"] == ["cotton"]


def test_xlsx_with_english_headers_and_values(tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["SKU", "Name", "Category", "Age group", "Skin contact", "Markets", "Composition",
         "Product type", "Construction", "Components", "Finishes", "Age (months)", "Height (cm)", "Origin"]
    )  # fmt: skip
    sheet.append(
        ["HJ-1", "Hooded jacket", "Garment", "Child", "yes", "US EU", "cotton 100", "Outerwear", "Woven",
         "Hood or neck cords, Zip", "Water repellent", "84-", 130, "IN"]
    )  # fmt: skip
    book.save(tmp_path / "p.xlsx")
    parsed = read_records(tmp_path / "p.xlsx", "products")
    assert not parsed.errors
    p = parsed.rows[0].record
    assert (p.product_type, p.construction, p.components) == (
        "outerwear",
        "woven",
        ("hood_neck_cords", "zip"),
    )
    assert (p.age_months, p.height_cm, p.origins) == (Range(84, None), Range(130, 130), ("IN",))


PRODUCT = Product(
    sku="PJ-9",
    name="儿童睡衣",
    category="garment",
    age_group="child",
    skin_contact="direct",
    markets=("US", "US-CA"),
    composition=(FibreShare("cotton", 95), FibreShare("elastane", 5)),
    finishes=("pigment_printed",),
    product_type="sleepwear",
    construction="knitted",
    components=("zip", "hood_neck_cords"),
    age_months=Range(84, None),
    height_cm=Range(None, 130),
    origins=("CN-XJ",),
)


def test_export_writes_the_attributes_in_the_interface_language_and_reads_back(tmp_path: Path):
    for lang, suffix in (("zh", ".csv"), ("en", ".xlsx")):
        path = write_table(
            tmp_path / f"out-{lang}{suffix}", headers(PRODUCT_COLUMNS), [product_cells(PRODUCT, lang)]
        )
        parsed = read_records(path, "products")
        assert not parsed.errors, parsed.errors
        back = parsed.rows[0].record
        for name in (
            "product_type",
            "construction",
            "components",
            "age_months",
            "height_cm",
            "origins",
            "finishes",
        ):
            assert getattr(back, name) == getattr(PRODUCT, name), (lang, name)
    cells = dict(zip(headers(PRODUCT_COLUMNS), product_cells(PRODUCT, "zh"), strict=True))
    assert cells["产品类型 Product type"] == "睡衣" and cells["织造方式 Construction"] == "针织"
    assert cells["部件 Components"] == "拉链, 帽绳/领口绳" and cells["适用月龄 Age (months)"] == "84-"
    assert cells["适用身高 Height (cm)"] == "-130" and cells["原料产地 Origin"] == "CN-XJ"
    assert (
        dict(zip(headers(PRODUCT_COLUMNS), product_cells(PRODUCT, "en"), strict=True))[
            "产品类型 Product type"
        ]
        == "Sleepwear"
    )


def test_template_has_the_new_columns_an_example_that_imports_and_their_values(tmp_path: Path):
    path = write_template("products", tmp_path / "t.xlsx")
    book = load_workbook(path)
    head = [c.value for c in next(book.worksheets[0].iter_rows(max_row=1))]
    for header in ("产品类型 Product type", "织造方式 Construction", "部件 Components", "后整理 Finishes",
                   "适用月龄 Age (months)", "适用身高 Height (cm)", "原料产地 Origin"):  # fmt: skip
        assert header in head
    help_rows = {r[0]: r[2] for r in book["说明 Help"].iter_rows(values_only=True)}
    assert "睡衣" in help_rows["产品类型 Product type"] and "羽绒填充" in help_rows["部件 Components"]
    parsed = read_records(path, "products")
    assert not parsed.errors and parsed.rows[0].record.product_type == "bodysuit"
