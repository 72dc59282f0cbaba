"""Import and export through the workspace, on a real SQLite database."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.db.products_repo import ProductsRepo
from desktop_app.imports import ImportFileError
from desktop_app.workspace import Workspace
from desktop_app.workspace.transfer import ImportWriteError
from tests.helpers import TODAY
from tests.unit.imports.files import certificates_gb18030, products_gb18030, products_xlsx, write_csv


def snapshot(ws):
    """Every firm record, comparable: products and certificates without timestamps and ids."""
    products = [p.with_changes(id=None, created_at=None, updated_at=None) for p in ws.products.list()]
    certs = sorted(
        (c.number, c) for c in (st.certificate for st in ws.certificates.states(include_replaced=True))
    )
    return products, [c for _, c in certs]


def test_dry_run_then_apply_then_reimport_changes_nothing(ws, tmp_path):
    path = products_gb18030(tmp_path / "产品.csv")
    dry = ws.transfer.import_products(path)
    assert [c.key for c in dry.added] == ["BB-101", "HT-201", "KD-301", "FB-401"]
    assert dry.rejected_rows == [6, 7, 8] and not dry.applied and dry.backup is None
    assert ws.products.list() == [] and ws.backups.automatic() == []

    done = ws.transfer.import_products(path, apply=True)
    assert done.applied and done.written == 4 and done.rejected_rows == [6, 7, 8]
    assert done.backup is not None and done.backup.exists()
    assert ws.products.get("BB-101").composition_label() == "cotton 95% / elastane 5%"
    before = snapshot(ws)

    again = ws.transfer.import_products(path, apply=True)
    assert [c.key for c in again.unchanged] == ["BB-101", "HT-201", "KD-301", "FB-401"]
    assert not again.added and not again.updated and not again.applied and again.backup is None
    assert snapshot(ws) == before and len(ws.backups.automatic()) == 1


def test_update_by_sku_touches_only_the_columns_in_the_file(ws, tmp_path):
    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    ws.products.edit("HT-201", customer="柯桥家纺城", claims=("oeko-tex",))
    rows = [
        ["SKU", "Name", "Category", "Age group", "Skin contact", "Composition"],
        ["HT-201", "遮光窗帘 加厚", "家纺", "成人", "否", "涤纶100%"],
        ["KD-301", "儿童T恤", "服装", "儿童", "是", "cotton 95, elastane 5"],
    ]
    report = ws.transfer.import_products(write_csv(tmp_path / "u.csv", rows, encoding="utf-8"), apply=True)
    assert [(c.row, c.key, c.changed) for c in report.updated] == [(2, "HT-201", ("name",))]
    assert [c.key for c in report.unchanged] == ["KD-301"]
    curtain = ws.products.get("HT-201")
    assert (curtain.name, curtain.customer, curtain.claims) == ("遮光窗帘 加厚", "柯桥家纺城", ("oeko-tex",))


def test_all_or_nothing_writes_nothing_when_a_row_is_bad(ws, tmp_path):
    before = snapshot(ws)
    report = ws.transfer.import_products(
        products_gb18030(tmp_path / "p.csv"), apply=True, all_or_nothing=True
    )
    assert report.blocked and not report.applied and report.written == 0
    assert snapshot(ws) == before and ws.backups.automatic() == []


def test_a_failure_mid_transaction_leaves_the_database_as_it_was(demo_ws, tmp_path, monkeypatch):
    ws = demo_ws
    path = ws.transfer.export_products(tmp_path / "all.xlsx").path
    rows = (
        [["货号", "名称", "类别", "年龄段", "接触皮肤", "成分"]]
        + [[f"N-{i}", f"新品{i}", "服装", "成人", "是", "棉100%"] for i in range(5)]
        + [["BB-001", "改名", "服装", "婴幼儿", "是", "棉100%"]]
    )
    before = snapshot(ws)
    calls = {"n": 0}
    real_add = ProductsRepo.add

    def flaky_add(self, product):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk full")
        return real_add(self, product)

    monkeypatch.setattr(ProductsRepo, "add", flaky_add)
    with pytest.raises(ImportWriteError, match="nothing was written.*disk full"):
        ws.transfer.import_products(write_csv(tmp_path / "n.csv", rows, encoding="utf-8"), apply=True)
    assert snapshot(ws) == before
    assert ws.transfer.import_products(path).unchanged  # the database still reads fine


def test_certificates_unknown_product_and_bad_date_rejected_good_ones_imported(ws, tmp_path):
    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    report = ws.transfer.import_certificates(certificates_gb18030(tmp_path / "证书.csv"), apply=True)
    assert [c.key for c in report.added] == ["OT-1", "GOTS-2", "TR-3"]
    assert [(e.row, e.column, e.value) for e in report.rejected] == [
        (5, "颁发日期", "2025-02-30"),
        (6, "产品", "NOPE-1"),
    ]
    ot = ws.certificates.get("OT-1")
    assert (ot.scheme, ot.product_class, ot.products) == ("oeko-tex-100", "I", ("BB-101", "KD-301"))
    again = ws.transfer.import_certificates(tmp_path / "证书.csv", apply=True)
    assert not again.added and not again.updated and len(again.unchanged) == 3

    rows = [
        ["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期", "产品"],
        ["OEKO-TEX", "OT-1", "Hohenstein", "2025-10-24", "2027-10-23", "BB-101"],
    ]
    upd = ws.transfer.import_certificates(write_csv(tmp_path / "u.csv", rows, encoding="utf-8"), apply=True)
    assert upd.updated[0].changed == ("expires", "products")
    ot = ws.certificates.get("OT-1")
    assert (ot.expires, ot.products, ot.issuer) == (dt.date(2027, 10, 23), ("BB-101",), "Hohenstein")


@pytest.mark.parametrize("suffix, lang", [(".xlsx", "zh"), (".csv", "zh"), (".xlsx", "en"), (".csv", "en")])
def test_export_then_import_gives_identical_records(demo_ws, data_dir, tmp_path, suffix, lang):
    old = demo_ws.certificates.get("CU-GOTS-862311")
    renewal = old.__class__(
        **{**old.__dict__, "id": None, "number": "CU-GOTS-990001", "expires": dt.date(2028, 1, 1)}
    )
    demo_ws.certificates.renew(old.number, renewal)
    products = demo_ws.transfer.export_products(tmp_path / f"p{suffix}", lang=lang)
    certs = demo_ws.transfer.export_certificates(tmp_path / f"c{suffix}", lang=lang)
    assert products.rows == 12 and certs.rows == 10
    same = demo_ws.transfer.import_products(products.path)
    assert len(same.unchanged) == 12 and not same.rejected and not same.updated
    assert len(demo_ws.transfer.import_certificates(certs.path).unchanged) == 10

    other = Workspace(tmp_path / "other", today=lambda: TODAY)
    try:
        assert len(other.transfer.import_products(products.path, apply=True).added) == 12
        assert len(other.transfer.import_certificates(certs.path, apply=True).added) == 10
        assert other.certificates.get("CU-GOTS-990001").replaces == "CU-GOTS-862311"
        mine, theirs = snapshot(demo_ws), snapshot(other)
        assert mine[0] == theirs[0]
        strip = lambda cs: [c.__class__(**{**c.__dict__, "id": None}) for c in cs]
        assert strip(mine[1]) == strip(theirs[1])
    finally:
        other.close()


def test_exports_read_back(demo_ws, tmp_path):
    ws = demo_ws
    path = ws.transfer.export_certificates(tmp_path / "register.csv").path
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 9 and {"证书编号 Number", "状态 Status", "剩余天数 Days left"} <= set(rows[0])
    expired = [r for r in rows if r["状态 Status"] == "已过期"]
    assert expired and all(int(r["剩余天数 Days left"]) < 0 for r in expired)

    book = load_workbook(ws.transfer.export_certificates(tmp_path / "register.xlsx").path)
    sheet = book.worksheets[0]
    assert isinstance(sheet.cell(2, 4).value, dt.datetime)  # dates are date cells

    book = load_workbook(ws.transfer.export_matrix(tmp_path / "matrix.xlsx").path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    grid = {row[0]: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert grid["BB-001"]["GB 18401-2010"] == "A" and grid["HT-301"]["GB 18401-2010"] == "C"
    assert "GB 18401-2010" in [r[0].value for r in book["标准 Standards"].iter_rows(min_row=2)]
    rows = list(
        csv.reader(ws.transfer.export_matrix(tmp_path / "m.csv").path.read_text("utf-8-sig").splitlines())
    )
    assert rows[0][:2] == ["货号 SKU", "名称 Name"] and len(rows) == 13


def test_templates_have_bilingual_headers_and_an_example_that_imports(ws, tmp_path):
    for kind, header in (("products", "货号 SKU"), ("certificates", "证书编号 Number")):
        path = ws.transfer.write_template(kind, tmp_path / f"{kind}.xlsx")
        book = load_workbook(path)
        assert header in [c.value for c in book.worksheets[0][1]] and book.worksheets[1].title == "说明 Help"
    assert [c.key for c in ws.transfer.import_products(tmp_path / "products.xlsx", apply=True).added] == [
        "EX-001"
    ]
    assert [c.key for c in ws.transfer.import_certificates(tmp_path / "certificates.xlsx").added] == [
        "EX-21.HCN.00001"
    ]


def test_xlsx_import_with_blank_rows_and_title(ws, tmp_path):
    report = ws.transfer.import_products(products_xlsx(tmp_path / "p.xlsx"), apply=True)
    assert [c.key for c in report.added] == ["A-1", "10023"] and report.rejected_rows == [7]
    assert report.header_row == 3 and ws.products.get("10023").category == "home_textile"


def test_text_that_looks_like_a_formula_stays_text(ws, tmp_path):
    rows = [
        ["货号", "名称", "类别", "年龄段", "接触皮肤", "成分", "备注"],
        ["F-1", '=HYPERLINK("x")', "服装", "成人", "是", "棉100%", "-5% 缩水 shrinkage"],
    ]
    ws.transfer.import_products(write_csv(tmp_path / "f.csv", rows, encoding="utf-8"), apply=True)
    path = ws.transfer.export_products(tmp_path / "f.xlsx").path
    assert load_workbook(path).worksheets[0]["B2"].value == '=HYPERLINK("x")'
    assert ws.transfer.import_products(path).unchanged


def test_csv_export_guards_formulas_and_imports_back_unchanged(ws, tmp_path):
    rows = [
        ["货号", "名称", "类别", "年龄段", "接触皮肤", "成分", "客户", "备注"],
        ["F-1", '=HYPERLINK("http://x")', "服装", "成人", "是", "棉100%", "@SUM(A1)", "-5% 缩水"],
        ["F-2", "'=已有撇号 kept", "服装", "成人", "是", "棉100%", "+86 客户", "普通 plain"],
    ]
    ws.transfer.import_products(write_csv(tmp_path / "f.csv", rows, encoding="utf-8"), apply=True)
    assert ws.products.get("F-1").name == '=HYPERLINK("http://x")'
    path = ws.transfer.export_products(tmp_path / "out.csv").path
    cells = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    f1 = next(r for r in cells if r[0] == "F-1")
    # every cell a spreadsheet would evaluate starts with the guard apostrophe
    assert '\'=HYPERLINK("http://x")' in f1 and "'@SUM(A1)" in f1 and "'-5% 缩水" in f1
    assert not any(c.startswith(("=", "+", "-", "@")) for r in cells for c in r)
    assert "普通 plain" in next(r for r in cells if r[0] == "F-2")
    again = ws.transfer.import_products(path)
    assert len(again.unchanged) == 2 and not again.updated and not again.rejected


def test_export_to_a_missing_drive_is_a_clear_error(ws, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ImportFileError, match="cannot write"):
        ws.transfer.export_products(tmp_path / "file" / "p.xlsx")


def test_the_matrix_has_each_products_proof_per_standard(demo_ws, tmp_path):
    from desktop_app.core.results import TestResult

    demo_ws.reports.write_checklists(["BB-001"], tmp_path / "c.pdf", lang="en")
    checklist = demo_ws.reports.checklist_log()[0].id
    failed = TestResult(
        "BB-001", "OEKO-TEX STANDARD 100", "formaldehyde", "16", demo_ws.today(), unit="mg/kg"
    )
    demo_ws.results.add([failed], demo_ws.results.source(checklist=checklist))
    book = load_workbook(demo_ws.transfer.export_matrix(tmp_path / "matrix.xlsx").path)
    sheet = book["合规状态 Proof"]
    header = [c.value for c in sheet[1]]
    grid = {row[0]: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert grid["BB-001"]["总体 Overall"] == "不合格 failing"
    assert grid["BB-001"]["OEKO-TEX STANDARD 100"] == "不合格 failing"
    assert grid["BB-001"]["GOTS 7.0"] == "不完整 incomplete"  # in force, no result
    summary = demo_ws.compliance.summary()
    assert {sku: row["总体 Overall"] for sku, row in grid.items()} == {
        sku: {
            "failing": "不合格 failing",
            "incomplete": "不完整 incomplete",
            "expired": "已过期 expired",
            "compliant": "合规 compliant",
            "not_required": "尚不要求 not required",
        }[status]
        for sku, status in summary.by_sku.items()
    }
