"""`results`, `compliance`, `rsl` and `gaps --json` in-process: the issue's story and JSON shapes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.helpers.cli import add_bodysuit_with_report
from tests.helpers.cli import run_cli as run

GB = "GB 18401-2010"
REPORT = "SGS-SH-2026-0001"


@pytest.fixture
def firm(data_dir: Path) -> Path:
    add_bodysuit_with_report(data_dir, REPORT, customer="Brand X")
    return data_dir


def compliance(data_dir: Path, *extra: str) -> dict[str, dict]:
    r = run(data_dir, "compliance", "BB-001", "--json", *extra)
    assert r.returncode == 0, r.stderr
    return {st["code"]: st for st in json.loads(r.stdout)}


def test_a_lab_report_fails_class_a_and_a_retest_makes_it_compliant(firm: Path) -> None:
    r = run(
        firm,
        "results",
        "add",
        "--report",
        REPORT,
        "--sku",
        "BB-001",
        "--standard",
        GB,
        "--item",
        "formaldehyde=50",
        "--unit",
        "mg/kg",
    )
    assert r.returncode == 0, r.stderr
    gb = compliance(firm)[GB]
    assert set(gb) >= {"code", "grade", "status", "best_grade", "items"}
    assert (gb["grade"], gb["status"], gb["best_grade"]) == ("A", "failing", "B")
    form = next(i for i in gb["items"] if i["key"] == "formaldehyde")
    assert set(form) >= {"key", "limit", "result", "verdict", "tested", "source"}
    assert (form["limit"], form["result"], form["verdict"], form["margin"], form["meets"]) == (
        "≤ 20",
        "50",
        "fail",
        30,
        "B",
    )
    assert (form["tested"], form["source"]) == ("2026-11-20", f"报告 {REPORT}")
    untested = next(i for i in gb["items"] if i["key"] == "ph")
    assert (untested["result"], untested["verdict"], untested["tested"], untested["source"]) == (
        None,
        "untested",
        None,
        None,
    )

    values = {
        "ph": "6.5",
        "odour": "合格",
        "label_class": "合格",
        "azo_amines": "ND",
        "azo_4_aminoazobenzene": "ND",
    }
    for item in gb["items"]:
        if item["key"].startswith("cf_"):  # a grade, or the lab's verdict where no limit is machine-readable
            values[item["key"]] = "4-5" if item["check"] else "合格"
    args = [
        arg for key, value in {"formaldehyde": "12", **values}.items() for arg in ("--item", f"{key}={value}")
    ]
    r = run(
        firm,
        "results",
        "add",
        "--report",
        REPORT,
        "--sku",
        "BB-001",
        "--standard",
        GB,
        "--tested",
        "2026-11-27",
        *args,
    )
    assert r.returncode == 0, r.stderr
    gb = compliance(firm)[GB]
    assert (gb["status"], gb["best_grade"]) == ("compliant", "A"), [
        i for i in gb["items"] if i["verdict"] != "pass"
    ]
    assert compliance(firm, "--as-of", "2026-11-21")[GB]["status"] == "failing"  # before the re-test

    listed = json.loads(run(firm, "results", "list", "--sku", "BB-001", "--json").stdout)
    assert listed[0]["tested"] == "2026-11-27" and len(listed) == 1 + len(values) + 1
    assert run(firm, "results", "remove", str(listed[-1]["id"])).returncode == 0
    assert len(json.loads(run(firm, "results", "list", "--json").stdout)) == len(listed) - 1
    assert "formaldehyde" in run(firm, "compliance", "BB-001").stdout  # the readable table


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--item", "formaldehyde=abc"], "formaldehyde.value='abc'"),
        (["--item", "formaldehyde=12", "--unit", "mg/L"], "formaldehyde.unit='mg/L'"),
        (["--item", "nonsense=12"], "item='nonsense'"),
        (["--item", "formaldehyde"], "item='formaldehyde'"),
        (["--item", "formaldehyde=12", "--tested", "2027-01-01"], "tested='2027-01-01'"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_and_nothing_is_written(firm: Path, args, words) -> None:
    r = run(firm, "results", "add", "--report", REPORT, "--sku", "BB-001", "--standard", GB, *args)
    assert r.returncode == 2 and words in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert json.loads(run(firm, "results", "list", "--json").stdout) == []


def test_an_unknown_checklist_is_refused(firm: Path) -> None:
    r = run(
        firm,
        "results",
        "add",
        "--checklist",
        "CL-20261128-DEADBEEF",
        "--sku",
        "BB-001",
        "--standard",
        GB,
        "--item",
        "odour=合格",
    )
    assert r.returncode == 2 and "CL-20261128-DEADBEEF" in r.stderr


def test_results_import_dry_run_apply_and_template(firm: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(
            [["货号", "检测项目", "检测结果", "单位"], ["BB-001", "甲醛含量", "50", "mg/kg"]]
        )
    dry = json.loads(run(firm, "results", "import", str(path), "--report", REPORT, "--json").stdout)
    assert (dry["applied"], dry["rejected"], dry["results"][0]["item"]) == (False, [], "formaldehyde")
    r = run(firm, "results", "import", str(path), "--report", REPORT, "--apply")
    assert r.returncode == 0 and "backup" in r.stdout
    assert len(json.loads(run(firm, "results", "list", "--json").stdout)) == 1
    assert run(firm, "results", "template", str(tmp_path / "t.xlsx")).returncode == 0
    assert (tmp_path / "t.xlsx").is_file()


def test_rsl_import_list_gaps_and_remove(firm: Path, tmp_path: Path) -> None:
    path = tmp_path / "rsl.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [["Key", "Item", "Limit", "Unit"], ["formaldehyde", "Formaldehyde", "≤ 16", "mg/kg"]]
        )
    r = run(
        firm,
        "rsl",
        "import",
        str(path),
        "--code",
        "BRAND-X",
        "--title",
        "Brand X RSL",
        "--customer",
        "Brand X",
    )
    assert r.returncode == 0, r.stderr
    sets = json.loads(run(firm, "rsl", "list", "--json").stdout)
    assert sets[0]["code"] == "BRAND-X" and sets[0]["items"][0]["check"] == {
        "kind": "max",
        "value": 16.0,
        "unit": "mg/kg",
    }
    run(
        firm,
        "results",
        "add",
        "--report",
        REPORT,
        "--sku",
        "BB-001",
        "--standard",
        "BRAND-X",
        "--item",
        "formaldehyde=18",
    )
    assert compliance(firm)["BRAND-X"]["status"] == "failing"

    gaps = json.loads(run(firm, "gaps", "--json").stdout)
    evidence = [g for g in gaps if g["kind"] == "evidence"]
    assert {g["kind"] for g in gaps} <= {"claim", "evidence"}
    assert any(g["sku"] == "BB-001" and g["standard"] == GB and g["status"] == "incomplete" for g in evidence)
    assert all(g["standard"] != "BRAND-X" for g in evidence)  # only mandatory standards

    assert run(firm, "rsl", "remove", "BRAND-X").returncode == 0
    assert "BRAND-X" not in compliance(firm)
    assert run(firm, "rsl", "remove", "BRAND-X").returncode == 2


def test_the_compliance_table_speaks_the_firms_language(firm: Path) -> None:
    add = ["results", "add", "--report", REPORT, "--sku", "BB-001", "--standard", "GB 18401"]
    r = run(firm, *add, "--item", "formaldehyde=50", "--unit", "mg/kg", "--tested", "2026-11-25")
    assert r.returncode == 0, r.stderr  # the standard named without its year
    zh = run(firm, "compliance", "BB-001").stdout
    assert f"{GB} A: 不合格（另有：不完整）；最高可达 B 级" in zh
    line = next(x for x in zh.splitlines() if x.startswith("formaldehyde"))
    assert "甲醛" in line and "≤ 20 mg/kg" in line and "超出 30 mg/kg" in line and "不合格" in line
    assert "未检测" in zh and "untested" not in zh and "failing" not in zh
    bad = run(firm, *add, "--item", "formaldehyde=abc")
    assert bad.returncode != 0 and bad.stderr.startswith("错误：")

    assert run(firm, "firm", "--language", "en").returncode == 0
    en = run(firm, "compliance", "BB-001").stdout
    assert f"{GB} A: failing (also incomplete); best grade B" in en
    line = next(x for x in en.splitlines() if x.startswith("formaldehyde"))
    assert "Formaldehyde" in line and "(+30 mg/kg over)" in line and "[meets B]" in line
    assert "不合格" not in en
    bad = run(firm, *add, "--item", "formaldehyde=abc")
    assert bad.returncode != 0 and bad.stderr.startswith("error: ")
