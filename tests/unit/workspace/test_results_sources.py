"""Results from a spreadsheet and from a checklist printed before a catalogue update; buyers'
requirement sets judged like standards; and none of it touched by a full sync."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.core.results import TestResult
from desktop_app.workspace import Workspace
from desktop_app.workspace.results_import import import_results, write_results_template
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product
from tests.helpers.sync_platform import dump, fill, trust
from tests.platform_server import PlatformServer

GB18401 = "GB 18401-2010"
REPORT = "SGS-SH-2026-0001"
HEADERS_ZH = ["货号", "标准", "检测项目", "检测结果", "单位", "检测方法", "检测日期"]


@pytest.fixture
def firm(ws: Workspace) -> Workspace:
    ws.products.add(make_product(product_type="bodysuit", construction="knitted", customer="Brand X"))
    ws.products.add(make_product(sku="BB-002", product_type="bodysuit", construction="knitted"))
    ws.certificates.add(
        make_certificate(
            scheme="test-report",
            number=REPORT,
            issuer="SGS",
            issued_ago=10,
            expires_in=None,
            products=("BB-001", "BB-002"),
        )
    )
    return ws


def write_csv(path: Path, rows: list[list[str]], encoding: str = "gb18030") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_results_from_a_gb18030_csv_dry_run_then_applied_after_a_backup(
    firm: Workspace, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "结果.csv",
        [
            ["SGS 检测报告 SGS-SH-2026-0001"],  # a title row above the table
            HEADERS_ZH,
            ["BB-001", "GB 18401", "甲醛含量", "50", "mg/kg", "GB/T 2912.1", "2026-11-18"],
            ["BB-001", "", "pH值", "6.8", "", "", ""],
            ["", "", "odour", "合格", "", "", ""],  # no SKU: every product of the report
        ],
    )
    dry = import_results(firm, path, report=REPORT)
    assert not dry.applied and not dry.rejected and firm.results.list() == []
    assert [(r.row, r.result.sku, r.result.item) for r in dry.rows] == [
        (3, "BB-001", "formaldehyde"),
        (4, "BB-001", "ph"),
        (5, "BB-001", "odour"),
        (5, "BB-002", "odour"),
    ]
    assert dry.rows[1].result.tested == TODAY - dt.timedelta(days=10)  # the report's date
    done = import_results(firm, path, report=REPORT, apply=True)
    assert done.applied and done.backup is not None and done.backup.is_file()
    assert len(firm.results.list()) == 4
    form = next(
        i
        for st in firm.compliance.for_product("BB-001")
        if st.code == GB18401
        for i in st.items
        if i.key == "formaldehyde"
    )
    assert (form.verdict, form.result.tested) == ("fail", dt.date(2026, 11, 18))


def test_a_file_with_a_bad_row_writes_nothing_and_names_row_and_column(
    firm: Workspace, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [
            HEADERS_ZH,
            ["BB-001", "", "formaldehyde", "12", "mg/kg", "", ""],
            ["BB-001", "", "荧光增白剂", "ND", "", "", ""],
            ["BB-001", "", "ph", "abc", "", "", ""],
            ["BB-001", "", "ph", "6", "", "", "2027-01-01"],
            ["NO-SUCH", "", "ph", "6", "", "", ""],
        ],
        encoding="utf-8",
    )
    plan = import_results(firm, path, report=REPORT, apply=True)
    assert not plan.applied and firm.results.list() == []
    got = [(e.row, e.column, e.code) for e in plan.rejected]
    assert got == [
        (3, "检测项目", Reason.UNKNOWN_ITEM_NAME),
        (4, "检测结果", Reason.RESULT_UNREADABLE),
        (5, "检测日期", Reason.RESULT_IN_FUTURE),
        (6, "货号", Reason.NOT_FOUND),
    ]


def test_results_from_an_xlsx_with_english_headers_and_the_template(firm: Workspace, tmp_path: Path) -> None:
    template = write_results_template(tmp_path / "template.xlsx")
    assert [c.value for c in next(load_workbook(template).active.iter_rows(max_row=1))][:4] == [
        "货号 SKU",
        "标准 Standard",
        "项目 Item",
        "结果 Result",
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Item", "Result", "Unit", "Method"])
    sheet.append(["BB-001", "Formaldehyde content", 0.0012, "%", "GB/T 2912.1"])
    sheet.append(["BB-001", "Colour fastness to water (change, staining)", "3-4", "", ""])
    book.save(tmp_path / "r.xlsx")
    plan = import_results(firm, tmp_path / "r.xlsx", report=REPORT, apply=True)
    assert plan.applied and not plan.rejected
    st = next(st for st in firm.compliance.for_product("BB-001") if st.code == GB18401)
    verdicts = {i.key: i.verdict for i in st.items if i.result}
    assert verdicts == {"formaldehyde": "pass", "cf_water": "pass"}  # 0.0012 % = 12 mg/kg


def test_an_item_two_standards_share_is_settled_by_the_standard_or_the_method(firm: Workspace) -> None:
    from desktop_app.core.catalogue import Check, LocalText, Requirement
    from desktop_app.core.requirement_sets import RequirementSet, as_applicable
    from desktop_app.workspace.results_import import match_item

    item = Requirement(
        "formaldehyde",
        LocalText("甲醛", "Formaldehyde"),
        None,
        "≤ 16",
        "mg/kg",
        "ISO 14184-1",
        check=Check("max", 16, unit="mg/kg"),
    )
    brand = as_applicable(
        RequirementSet(code="BRAND", title="Brand", items=(item,), skus=("BB-001",)), "BB-001", ""
    )
    assert brand is not None
    applicable = {a.standard.code: a for a in firm.compliance.applicable(firm.products.get("BB-001"))}
    applicable["BRAND"] = brand
    with pytest.raises(ValidationError) as err:
        match_item(applicable, item="formaldehyde")
    assert (err.value.code, err.value.params["standards"]) == (Reason.ITEM_AMBIGUOUS, ["BRAND", GB18401])
    assert match_item(applicable, item="formaldehyde", standard="GB 18401")[0] == GB18401
    assert match_item(applicable, item="甲醛", method="ISO 14184-1")[0] == "BRAND"
    with pytest.raises(ValidationError) as err:  # the hint lists the named standard's items only
        match_item(applicable, item="lead", standard="BRAND")
    assert (err.value.code, err.value.params["known"]) == (Reason.UNKNOWN_ITEM_NAME, ["formaldehyde"])


RSL_ROWS = [
    ["项目", "限值", "单位", "方法"],
    ["甲醛", "≤ 16", "mg/kg", "ISO 14184-1"],
    ["Nonylphenol ethoxylates", "< 100", "mg/kg", "ISO 18254"],
]


def test_a_customer_requirement_set_is_judged_and_kept_across_a_full_sync(
    firm: Workspace, platform: PlatformServer, tmp_path: Path, memory_keyring
) -> None:
    rows = RSL_ROWS[:1] + [["甲醛", "≤ 16", "mg/kg", "ISO 14184-1"]]
    imported = firm.requirement_sets.import_file(
        write_csv(tmp_path / "rsl.csv", rows), code="BRAND-X-RSL", title="Brand X RSL", customer="Brand X"
    )
    assert imported.requirement_set is not None and not imported.rejected
    rsl = next(st for st in firm.compliance.for_product("BB-001") if st.code == "BRAND-X-RSL")
    assert (rsl.status, rsl.reasons[0].en) == ("incomplete", "customer requirement")
    assert all(st.code != "BRAND-X-RSL" for st in firm.compliance.for_product("BB-002"))  # another customer
    key = rsl.items[0].key
    source = firm.results.source(report=REPORT)
    firm.results.add(
        [TestResult(sku="BB-001", standard="BRAND-X-RSL", item=key, value="18", unit="mg/kg", tested=TODAY)],
        source,
    )
    rsl = next(st for st in firm.compliance.for_product("BB-001") if st.code == "BRAND-X-RSL")
    assert (rsl.status, rsl.items[0].judgement.margin) == ("failing", 2)
    assert firm.results.list()[0].requirement_set

    # a printed checklist, then a full sync that changes GB 18401's items on the platform
    run = firm.reports.write_checklists(["BB-001"], tmp_path / "c.pdf")
    fill(platform)
    trust(firm, platform, max_retries=1)
    firm.sync.login(platform.url, platform.token)
    before = dump(firm, catalogue=False)
    firm.sync.run()
    assert dump(firm, catalogue=False) == before  # results, sets, log: untouched
    assert [rs.code for rs in firm.requirement_sets.list()] == ["BRAND-X-RSL"]
    assert (
        next(st for st in firm.compliance.for_product("BB-001") if st.code == "BRAND-X-RSL").status
        == "failing"
    )
    now = {r.key for r in firm.catalogue.show(GB18401).requirements}
    assert "formaldehyde" not in now  # the platform's GB 18401 has other items now

    # the paper printed before still records by what it printed
    entry, printed = firm.results.checklist_items(run.entries[0].id)
    gb = next(s for s in printed if s["code"] == GB18401)
    assert "formaldehyde" in [i["key"] for i in gb["items"]]
    source = firm.results.source(checklist=entry.id)
    firm.results.add(
        [TestResult(sku="BB-001", standard=GB18401, item="formaldehyde", value="15", tested=TODAY)], source
    )
    with pytest.raises(ValidationError) as err:
        firm.results.add(
            [TestResult(sku="BB-001", standard=GB18401, item=min(now), value="1", tested=TODAY)], source
        )
    assert err.value.code is Reason.ITEM_NOT_PRINTED


def test_requirement_set_import_refuses_bad_limits_whole(firm: Workspace, tmp_path: Path) -> None:
    rows = RSL_ROWS + [["PFAS", "as low as possible", "", ""]]
    report = firm.requirement_sets.import_file(
        write_csv(tmp_path / "rsl.csv", rows), code="B", title="B", skus=["BB-002"]
    )
    assert report.requirement_set is None and firm.requirement_sets.list() == []
    assert [(e.row, e.column, e.code) for e in report.rejected] == [(4, "限值", Reason.RSL_LIMIT_UNREADABLE)]
    with pytest.raises(ValidationError) as err:
        firm.requirement_sets.import_file(
            write_csv(tmp_path / "ok.csv", RSL_ROWS), code=GB18401, title="x", skus=["BB-001"]
        )
    assert err.value.code is Reason.RSL_CODE_IS_STANDARD
    with pytest.raises(ValidationError) as err:
        firm.requirement_sets.import_file(tmp_path / "ok.csv", code="C", title="C")
    assert err.value.code is Reason.RSL_NO_TARGET


def test_a_requirement_set_for_chosen_products_and_its_removal(firm: Workspace, tmp_path: Path) -> None:
    firm.requirement_sets.import_file(
        write_csv(tmp_path / "rsl.csv", RSL_ROWS), code="OWN", title="Own", skus=["BB-002"]
    )
    rs = firm.requirement_sets.get("OWN")
    assert rs.skus == ("BB-002",) and [i.check.kind for i in rs.items] == ["max", "max_exclusive"]
    st = next(st for st in firm.compliance.for_product("BB-002") if st.code == "OWN")
    assert st.reasons[0].en == "chosen by the firm"
    firm.requirement_sets.remove("OWN")
    assert all(st.code != "OWN" for st in firm.compliance.for_product("BB-002"))
