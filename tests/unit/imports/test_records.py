from __future__ import annotations

import pytest

from desktop_app.core.reasons import Reason
from desktop_app.imports import ImportFileError, read_records
from desktop_app.imports.records import oeko_tex_class, split_skus

from .files import certificates_gb18030, certificates_xlsx, products_gb18030, products_xlsx, write_csv


def _errors(parsed):
    return {(e.row, e.column): e for e in parsed.errors}


def test_gb18030_products_good_rows_read_bad_rows_each_with_row_column_and_reason(tmp_path):
    parsed = read_records(products_gb18030(tmp_path / "产品.csv"), "products")
    assert parsed.encoding == "gb18030"
    assert [(r.row, r.key) for r in parsed.rows] == [
        (2, "BB-101"),
        (3, "HT-201"),
        (4, "KD-301"),
        (5, "FB-401"),
    ]
    baby = parsed.rows[0].record
    assert (baby.category, baby.age_group, baby.skin_contact, baby.markets) == (
        "garment",
        "infant",
        "direct",
        ("CN", "EU"),
    )
    assert baby.composition_label() == "cotton 95% / elastane 5%"
    assert parsed.rows[3].record.markets == ("CN",)  # empty market cell: the home market
    errors = _errors(parsed)
    assert set(errors) == {(6, "类别"), (7, "成分"), (8, "货号")}
    assert errors[(6, "类别")].value == "鞋类" and errors[(6, "类别")].code is Reason.UNKNOWN_VALUE_NONE_CLOSE
    assert "garment" in errors[(6, "类别")].params["examples"]
    assert errors[(7, "成分")].code is Reason.PERCENT_SUM and errors[(7, "成分")].params["total"] == "90"
    assert errors[(7, "成分")].value == "90%棉"
    assert (
        errors[(8, "货号")].code is Reason.REPEATED_IN_FILE and errors[(8, "货号")].params["first_row"] == 2
    )
    assert all(e.file == "产品.csv" for e in parsed.errors)
    assert "产品.csv:6 [类别] '鞋类'" in str(errors[(6, "类别")])


def test_xlsx_with_title_row_blank_rows_and_numbers(tmp_path):
    parsed = read_records(products_xlsx(tmp_path / "p.xlsx"), "products")
    assert parsed.header_row == 3 and parsed.sheet == "产品清单"
    assert [(r.row, r.key) for r in parsed.rows] == [(4, "A-1"), (6, "10023")]
    assert parsed.rows[1].record.notes == "12" and parsed.rows[0].record.markets == ("EU", "JP")
    assert [n for n, _ in parsed.preview] == [3, 4, 6, 7] and parsed.preview[2][1][0] == "10023"
    (error,) = parsed.errors
    assert (error.row, error.column, error.value) == (7, "Age Group", "teen")


def test_headers_any_case_spacing_and_bilingual(tmp_path):
    rows = [
        ["  sku ", "NAME", "类别 Category", "Age group", "skin CONTACT", "成分/Composition", "Extra"],
        ["A-1", "x", "fabric", "adult", "no", "棉100%", "ignored"],
    ]
    parsed = read_records(write_csv(tmp_path / "p.csv", rows, encoding="utf-8"), "products")
    assert len(parsed.rows) == 1 and parsed.columns.ignored == ("Extra",)
    assert parsed.fields == {"sku", "name", "category", "age_group", "skin_contact", "composition"}


def test_missing_required_column_refuses_the_file(tmp_path):
    path = write_csv(tmp_path / "p.csv", [["货号", "品名", "类别"], ["A", "B", "服装"]], encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_records(path, "products")
    assert "年龄段 Age group" in info.value.missing and "成分 Composition" in info.value.missing
    with pytest.raises(ImportFileError, match="header"):
        read_records(write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]], encoding="utf-8"), "products")


def test_certificates_mixed_dates_classes_and_product_lists(tmp_path):
    parsed = read_records(certificates_gb18030(tmp_path / "证书.csv"), "certificates")
    by_number = {r.key: r.record for r in parsed.rows}
    assert set(by_number) == {
        "OT-1",
        "GOTS-2",
        "TR-3",
        "GRS-5",
    }  # GRS-5's unknown product: the workspace's check
    ot = by_number["OT-1"]
    assert (ot.scheme, ot.product_class, ot.products) == ("oeko-tex-100", "I", ("BB-101", "KD-301"))
    assert str(ot.issued) == "2025-10-24" and str(ot.expires) == "2026-10-23"
    assert (
        str(by_number["GOTS-2"].issued) == "2025-03-01" and str(by_number["GOTS-2"].expires) == "2026-02-28"
    )
    assert by_number["TR-3"].scheme == "test-report" and by_number["TR-3"].expires is None
    (error,) = parsed.errors
    assert (error.row, error.column, error.value) == (
        5,
        "颁发日期",
        "2025-02-30",
    ) and error.code is Reason.NO_SUCH_DAY


def test_certificates_from_xlsx_date_cells_and_serials(tmp_path):
    parsed = read_records(certificates_xlsx(tmp_path / "c.xlsx"), "certificates")
    first, second = (r.record for r in parsed.rows)
    assert (str(first.issued), str(first.expires), first.product_class) == ("2025-10-24", "2026-10-23", "II")
    assert (str(second.issued), str(second.expires), second.products) == (
        "2025-10-24",
        "2026-10-23",
        ("A-1", "10023"),
    )
    (error,) = parsed.errors
    assert (error.row, error.column, error.value) == (4, "Expires", "123")


def test_expiry_before_issue_and_unknown_scheme(tmp_path):
    rows = [
        ["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期"],
        ["gots", "G-1", "CU", "2025-10-24", "2024-10-24"],
        ["fairtrade", "F-1", "FT", "2025-10-24", ""],
    ]
    parsed = read_records(write_csv(tmp_path / "c.csv", rows, encoding="utf-8"), "certificates")
    errors = _errors(parsed)
    assert errors[(2, "到期日期")].code is Reason.EXPIRES_BEFORE_ISSUED
    assert errors[(2, "到期日期")].params["issued"] == "2025-10-24"
    assert errors[(3, "证书类型")].value == "fairtrade"


def test_sku_lists_and_classes():
    assert split_skus("A1, A2；A3、A4 / A5", None) == ("A1", "A2", "A3", "A4", "A5")
    assert split_skus("AB/12, C", {"AB/12"}.__contains__) == ("AB/12", "C")
    assert [oeko_tex_class(x) for x in ("1", "Ⅱ类", "class III", "产品级别 IV", "i")] == [
        "I",
        "II",
        "III",
        "IV",
        "I",
    ]
