"""`textile-assistant carbon ...`: the issue's commands, a dyeing mill's month, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers.cli import run_cli

SKU = "FAB-001"


@pytest.fixture
def mill(data_dir: Path) -> Path:
    """A firm with one fabric and the firm's own steam, cotton and water factors."""
    assert (
        run_cli(
            data_dir,
            "product",
            "add",
            "--sku",
            SKU,
            "--name",
            "全棉针织汗布",
            "--category",
            "fabric",
            "--age-group",
            "adult",
            "--skin-contact",
            "direct",
            "--market",
            "CN",
            "--fibre",
            "cotton:100",
        ).returncode
        == 0
    )
    for fid, kind, value, unit, source in [
        ("FIRM-steam-2025", "steam", "310", "t", "园区供热公司2025年蒸汽碳足迹声明"),
        ("FIRM-cotton-2025", "fibre", "4.5", "kg", "纱线供应商产品碳足迹报告 2025"),
        ("FIRM-water-2025", "water", "0.2", "m3", "水务公司声明"),
    ]:
        r = run_cli(
            data_dir,
            "carbon",
            "factor-add",
            fid,
            "--kind",
            kind,
            "--value",
            value,
            "--unit",
            unit,
            "--year",
            "2025",
            "--source",
            source,
        )
        assert r.returncode == 0, r.stderr
    return data_dir


def estimates(data_dir: Path) -> int:
    """Estimates kept, on the data folder's database (its SQLite file or its PostgreSQL server)."""
    from sqlalchemy import text

    from desktop_app.workspace import Workspace

    ws = Workspace(data_dir)
    try:
        with ws.engine.connect() as con:
            return con.execute(text("SELECT count(*) FROM carbon_estimates")).scalar_one()
    finally:
        ws.close()


def test_the_issues_set_and_show(mill: Path) -> None:
    r = run_cli(
        mill,
        "carbon",
        "set",
        SKU,
        "--unit",
        "1 kg",
        "--electricity-kwh",
        "5.2",
        "--steam-t",
        "0.018",
        "--natural-gas-nm3",
        "0.4",
        "--natural-gas-mj-nm3",
        "36",
        "--water-m3",
        "0.12",
        "--material",
        "cotton:1.08kg:FIRM-cotton-2025",
        "--factor",
        "steam=FIRM-steam-2025",
        "--factor",
        "water=FIRM-water-2025",
        "--quality",
        "steam=allocated",
    )
    assert r.returncode == 0, r.stderr
    assert "估算 · 未经第三方核查" in r.stdout
    shown = json.loads(run_cli(mill, "carbon", "show", SKU, "--json").stdout)
    assert shown["unit"] == "1 kg"
    # 5.2×0.5777 + 0.018×310 + 0.4×36/1000×56.1 + 0.12×0.2 + 1.08×4.5
    assert shown["total_kgco2e"] == pytest.approx(3.00404 + 5.58 + 0.80784 + 0.024 + 4.86)
    first = shown["breakdown"][0]
    assert set(first) >= {"source", "kgco2e", "factor_id", "factor_value", "factor_unit", "quality"}
    assert (first["source"], first["factor_id"], first["factor_value"]) == (
        "electricity",
        "CN-electricity-2024-pcf",
        0.5777,
    )
    assert shown["measured_share"] == pytest.approx(
        (3.00404 + 0.80784 + 0.024 + 4.86) / shown["total_kgco2e"]
    )
    assert [b["quality"] for b in shown["breakdown"]][1] == "allocated"
    assert shown["co2_only"] == ["natural_gas"] and shown["screening_estimate"] is True


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--electricity-kwh", "10000"], "electricity"),  # a garment using 10 MWh
        (["--electricity-kwh", "-1"], "electricity"),
        (["--electricity-kwh", "5", "--factor", "electricity=CN-grid-2022-co2"], "electricity.factor"),
        (["--material", "cotton:1kg:NO-SUCH-FACTOR"], "material:cotton.factor"),
        (["--material", "cotton:1m3:FIRM-cotton-2025"], "material:cotton"),
        (["--steam-t", "0.02"], "steam"),  # no steam factor named
        (["--natural-gas-nm3", "0.4"], "natural_gas"),  # no calorific value for a factor per GJ
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(mill: Path, args: list[str], field: str) -> None:
    r = run_cli(mill, "carbon", "set", SKU, *args)
    assert r.returncode == 2
    assert re.split(r"错误：|error: ", r.stderr, maxsplit=1)[1].startswith(f"{field}=")
    assert estimates(mill) == 0


def test_a_dyeing_mills_month_then_the_fabrics_materials(mill: Path, tmp_path: Path) -> None:
    r = run_cli(
        mill,
        "carbon",
        "month",
        "2026-11",
        "--total",
        "10000",
        "--electricity-kwh",
        "52000",
        "--steam-t",
        "180",
        "--water-m3",
        "1200",
        "--share",
        f"{SKU}:6000",
        "--share",
        "other:3000",
        "--factor",
        "steam=FIRM-steam-2025",
        "--factor",
        "water=FIRM-water-2025",
    )
    assert r.returncode == 2 and "9000" in r.stderr  # the shares do not add up: nothing allocated
    r = run_cli(
        mill,
        "carbon",
        "month",
        "2026-11",
        "--total",
        "10000",
        "--electricity-kwh",
        "52000",
        "--steam-t",
        "180",
        "--water-m3",
        "1200",
        "--share",
        f"{SKU}:6000",
        "--share",
        "other:4000",
        "--factor",
        "steam=FIRM-steam-2025",
        "--factor",
        "water=FIRM-water-2025",
    )
    assert r.returncode == 0, r.stderr
    shown = json.loads(run_cli(mill, "carbon", "show", SKU, "--json").stdout)
    assert shown["total_kgco2e"] == pytest.approx(5.2 * 0.5777 + 0.018 * 310 + 0.12 * 0.2)
    assert shown["measured_share"] == 0

    pdf = tmp_path / "FAB-001碳足迹.pdf"
    assert run_cli(mill, "carbon", "report", SKU, "-o", str(pdf)).returncode == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert all("估算 · 未经第三方核查" in text for text in pages)
    text = "".join(pages)
    for section in (
        "声明单位",
        "系统边界",
        "数据及来源",
        "分配",
        "排放因子及来源",
        "结果",
        "数据质量",
        "局限性",
    ):
        assert section in text
    assert "2026-11 output_mass 6000/10000" in text and "CN-electricity-2024-pcf" in text

    out = tmp_path / "export.json"
    assert run_cli(mill, "carbon", "export", SKU, "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {f["id"] for f in doc["factors"]} == {
        "CN-electricity-2024-pcf",
        "FIRM-steam-2025",
        "FIRM-water-2025",
    }


def test_factors_list_both_kinds_and_their_sources(mill: Path) -> None:
    r = run_cli(mill, "carbon", "factors", "--json")
    factors = {f["id"]: f for f in json.loads(r.stdout)}
    pcf, grid = factors["CN-electricity-2023-pcf"], factors["CN-grid-2022-co2"]
    assert (pcf["value"], pcf["scope"], pcf["year"], pcf["origin"]) == (0.6205, "CO2e", 2023, "catalogue")
    assert (grid["value"], grid["scope"]) == (0.5366, "CO2")
    assert "2025年第3号" in pcf["source"]["zh"]
    assert factors["FIRM-steam-2025"]["origin"] == "firm"
    r = run_cli(
        mill,
        "carbon",
        "factor-add",
        "F-X",
        "--kind",
        "fibre",
        "--value",
        "2",
        "--unit",
        "kg",
        "--year",
        "2025",
        "--source",
        "",
    )
    assert r.returncode == 2 and "source" in r.stderr


def test_whatif_solar_and_less_steam(mill: Path) -> None:
    run_cli(
        mill,
        "carbon",
        "set",
        SKU,
        "--electricity-kwh",
        "10",
        "--steam-t",
        "0.02",
        "--factor",
        "steam=FIRM-steam-2025",
    )
    r = run_cli(mill, "carbon", "whatif", SKU, "--solar-share", "0.3", "--scale", "steam=0.8", "--json")
    doc = json.loads(r.stdout)
    assert doc["base"]["total_kgco2e"] == pytest.approx(5.777 + 6.2)
    assert doc["variant"]["total_kgco2e"] == pytest.approx(7 * 0.5777 + 3 * 0.0545 + 4.96)


def test_factor_remove_refuses_a_factor_in_use_naming_the_product(mill: Path) -> None:
    run_cli(mill, "carbon", "set", SKU, "--steam-t", "0.02", "--factor", "steam=FIRM-steam-2025")
    r = run_cli(mill, "carbon", "factor-remove", "FIRM-steam-2025")
    assert r.returncode == 2
    assert "FIRM-steam-2025" in r.stderr and SKU in r.stderr and "排放因子" in r.stderr
    r = run_cli(mill, "carbon", "factor-remove", "CN-electricity-2024-pcf")
    assert r.returncode == 2 and "平台" in r.stderr
    r = run_cli(mill, "carbon", "factor-remove", "FIRM-water-2025")
    assert r.returncode == 0, r.stderr
    ids = {f["id"] for f in json.loads(run_cli(mill, "carbon", "factors", "--json").stdout)}
    assert "FIRM-water-2025" not in ids and "FIRM-steam-2025" in ids
    assert run_cli(mill, "carbon", "factor-remove", "FIRM-water-2025").returncode != 0


def test_sync_says_which_estimates_a_changed_factor_recomputed(
    mill: Path, monkeypatch, memory_keyring
) -> None:
    from desktop_app.workspace import Workspace
    from tests.helpers.protocol2 import reads_protocol_2
    from tests.helpers.sync_platform import fill
    from tests.platform_server import PlatformServer, factor_data

    if not reads_protocol_2():
        pytest.skip("protocol 1 parser")
    server = PlatformServer(speaks=2)
    fill(server)
    server.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5777, year=2024))
    server.start()
    try:
        ws = Workspace(mill)
        ws.sync.add_trusted_key(server.key_id, server.public_key_b64)
        ws.close()
        monkeypatch.setenv("TEXTILE_ASSISTANT_TOKEN", server.token)
        assert run_cli(mill, "sync", "--url", server.url).returncode == 0
        run_cli(mill, "carbon", "set", SKU, "--electricity-kwh", "10")
        server.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.56, year=2024))
        r = run_cli(mill, "sync", "--url", server.url)
        assert r.returncode == 0, r.stderr
        assert f"碳足迹已按新因子重新估算：{SKU}" in r.stdout
        shown = json.loads(run_cli(mill, "carbon", "show", SKU, "--json").stdout)
        assert shown["total_kgco2e"] == pytest.approx(5.6)
        assert [h["cause"] for h in shown["history"]] == ["entered", "factor_update"]
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("language", "words"),
    [("zh_CN", "该排放因子用于蒸汽；这一项需要用于用水的排放因子"), ("en", "this factor is for steam")],
)
def test_a_factor_of_the_wrong_kind_is_refused_in_words(mill: Path, language: str, words: str) -> None:
    from desktop_app.cli.messages import reason_line
    from desktop_app.core.errors import Reason

    r = run_cli(mill, "carbon", "set", SKU, "--water-m3", "0.1", "--factor", "water=FIRM-steam-2025")
    assert r.returncode == 2
    assert "water.factor=" in r.stderr and "蒸汽" in r.stderr and "用水" in r.stderr
    assert (
        "steam" not in re.split(r"错误：|error: |: ", r.stderr, maxsplit=2)[-1]
    )  # the kind code is not shown, only its word
    line = reason_line(Reason.CARBON_FACTOR_KIND, {"kind": "steam", "allowed": ["water"]}, language=language)
    assert line.startswith(words)
    assert estimates(mill) == 0
