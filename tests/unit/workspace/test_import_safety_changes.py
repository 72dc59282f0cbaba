"""An import that changes what applies to an existing product shows old → new and is confirmed first."""

from __future__ import annotations

from tests.unit.imports.files import products_gb18030, write_csv

HEADERS = ["SKU", "Name", "Category", "Age group", "Skin contact", "Composition"]


def _rows(path, *rows):
    return write_csv(path, [HEADERS, *rows], encoding="utf-8")


def test_a_changed_age_group_is_shown_old_to_new_in_both_languages(ws, tmp_path):
    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    path = _rows(tmp_path / "u.csv", ["BB-101", "婴儿连体衣", "服装", "成人", "是", "95%棉 5%氨纶"])
    report = ws.transfer.import_products(path)
    [change] = report.updated
    [diff] = change.diffs
    assert diff.field == "age_group" and diff.safety
    assert (diff.old.zh, diff.new.zh) == ("婴幼儿", "成人")
    assert (diff.old.en, diff.new.en) == ("Infant (≤36 months)", "Adult")
    assert report.safety_changes == [change]


def test_apply_without_confirmation_writes_nothing_then_confirmed_writes(ws, tmp_path):
    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    backups = len(ws.backups.automatic())
    path = _rows(
        tmp_path / "u.csv",
        ["BB-101", "婴儿连体衣", "服装", "成人", "是", "95%棉 5%氨纶"],  # infant → adult
        ["HT-201", "遮光窗帘 加厚", "家纺", "成人", "否", "涤纶100%"],  # the name only
    )
    refused = ws.transfer.import_products(path, apply=True)
    assert refused.needs_confirmation and not refused.applied and refused.written == 0
    assert ws.products.get("BB-101").age_group == "infant"
    assert ws.products.get("HT-201").name == "遮光窗帘"  # all or nothing: the harmless row waits too
    assert len(ws.backups.automatic()) == backups

    done = ws.transfer.import_products(path, apply=True, confirm_safety=True)
    assert done.applied and not done.needs_confirmation and done.written == 2
    assert ws.products.get("BB-101").age_group == "adult"
    assert ws.products.get("HT-201").name == "遮光窗帘 加厚"


def test_changes_that_do_not_decide_standards_need_no_confirmation(ws, tmp_path):
    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    path = _rows(tmp_path / "u.csv", ["HT-201", "遮光窗帘 加厚", "家纺", "成人", "否", "涤纶100%"])
    report = ws.transfer.import_products(path, apply=True)
    assert report.applied and not report.safety_changes
    [diff] = report.updated[0].diffs
    assert (diff.field, diff.old.zh, diff.new.zh, diff.safety) == ("name", "遮光窗帘", "遮光窗帘 加厚", False)


def test_certificate_updates_list_old_and_new_values(ws, tmp_path):
    from tests.unit.imports.files import certificates_gb18030

    ws.transfer.import_products(products_gb18030(tmp_path / "p.csv"), apply=True)
    ws.transfer.import_certificates(certificates_gb18030(tmp_path / "c.csv"), apply=True)
    rows = [
        ["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期", "产品", "级别"],
        ["OEKO-TEX", "OT-1", "Hohenstein", "2025-10-24", "2026-12-31", "BB-101、KD-301", "Ⅰ类"],
    ]
    report = ws.transfer.import_certificates(write_csv(tmp_path / "c2.csv", rows, encoding="utf-8"))
    [change] = report.updated
    assert [(d.field, d.old.zh, d.new.zh) for d in change.diffs] == [("expires", "2026-10-23", "2026-12-31")]
