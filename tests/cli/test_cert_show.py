"""`cert show` in the listings' table style, in the firm's language, and English counts with the right plural."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.cli.plural import count
from desktop_app.workspace.demo import demo_certificates
from tests.helpers.cli import run_cli as run


def _rows(stdout: str, header_words: tuple[str, str] = ("字段", "内容")) -> dict[str, str]:
    header, rule, *lines = stdout.splitlines()
    assert tuple(header.split()) == header_words and set(rule) <= {"-", " "}
    width = rule.index(" ")  # the first column's width, as the table pads it
    return {line[:width].strip(): line[width:].strip() for line in lines}


def test_cert_show_is_a_table_with_chinese_keys_and_no_python_reprs(data_dir: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    out = run(data_dir, "cert", "show", "CU-GOTS-862311").stdout
    rows = _rows(out)
    assert rows["编号"] == "CU-GOTS-862311"
    assert rows["产品"] == "BB-001, YN-401"
    assert rows["状态"] == "有效"
    # the command line runs on the real date, and the demo's dates are relative to it
    gots = next(c for c in demo_certificates(dt.date.today()) if c.number == "CU-GOTS-862311")
    assert gots.expires is not None and rows["到期"] == gots.expires.isoformat()
    assert rows["级别"] == "-"
    assert not any(ch in out for ch in "[]'{}"), out
    assert "days_left" not in out and "product_class" not in out  # no JSON keys
    assert "Valid" not in out and "Number" not in out  # Chinese all the way


def test_cert_show_in_english_for_an_english_firm(data_dir: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    assert run(data_dir, "firm", "--language", "en").returncode == 0
    out = run(data_dir, "cert", "show", "CU-GOTS-862311").stdout
    rows = _rows(out, ("Field", "Value"))
    assert (rows["Number"], rows["Status"], rows["Products"]) == ("CU-GOTS-862311", "Valid", "BB-001, YN-401")
    # the holder is the firm's own Chinese name; every word the app chose is English
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in out.replace(rows["Holder"], "")), out


def test_a_firm_wide_certificate_says_so(data_dir: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    rows = _rows(run(data_dir, "cert", "show", "CQC-00123Q21345R0M").stdout)
    assert rows["产品"] == "全公司"


def test_one_checklist_is_singular_in_english(data_dir: Path, tmp_path: Path):
    assert run(data_dir, "demo", "--here").returncode == 0
    out = run(data_dir, "checklist", "BB-001", "-o", str(tmp_path / "one.pdf")).stdout
    assert "已生成 1 份检查表" in out
    assert run(data_dir, "firm", "--language", "en").returncode == 0
    out = run(data_dir, "checklist", "BB-001", "-o", str(tmp_path / "one.pdf")).stdout
    assert "1 checklist," in out and "1 checklists" not in out
    assert (
        count(1, "page") == "1 page"
        and count(0, "page") == "0 pages"
        and count(3, "entry", "entries") == "3 entries"
    )


def test_a_carbon_footprint_certificate_names_the_estimate_it_was_based_on(data_dir: Path):
    import datetime as dt
    import json

    from desktop_app.core.carbon import Activity, ActivityData
    from desktop_app.workspace import Workspace
    from tests.helpers.factories import make_certificate

    assert run(data_dir, "demo", "--here").returncode == 0
    ws = Workspace(data_dir)
    recorded = ws.carbon.set(ActivityData("BB-001", "1 kg", (Activity("electricity", 10.0, "kWh"),))).value
    issued = recorded.computed_at.date()
    ws.certificates.add(
        make_certificate(
            scheme="carbon-footprint",
            number="CFP-7",
            issued=issued,
            expires=None,
            products=("BB-001", "YN-401"),
        )
    )
    ws.close()
    out = run(data_dir, "cert", "show", "CFP-7").stdout
    based = [line for line in out.splitlines() if line.startswith("依据估算")]
    assert len(based) == 2, out  # one row per product
    assert "BB-001: 5.777 kgCO2e / 1 千克, 估算于" in based[0]
    assert "YN-401: 发证前没有保存的估算" in based[1]
    doc = json.loads(run(data_dir, "cert", "show", "CFP-7", "--json").stdout)
    first, second = doc["based_on"]
    assert first["sku"] == "BB-001" and abs(first["estimate"]["total_kgco2e"] - 5.777) < 1e-9
    assert first["estimate"]["unit"] == "1 kg" and first["estimate"]["cause"] == "entered"
    assert dt.datetime.fromisoformat(first["estimate"]["computed_at"]) == recorded.computed_at
    assert second == {"sku": "YN-401", "estimate": None}
    # any other scheme has no such row
    assert "依据估算" not in run(data_dir, "cert", "show", "CU-GOTS-862311").stdout
    assert run(data_dir, "firm", "--language", "en").returncode == 0
    out = run(data_dir, "cert", "show", "CFP-7").stdout
    assert "BB-001: 5.777 kgCO2e / 1 kg, estimated" in out and "YN-401: no estimate kept before issue" in out
