"""The carbon data export round-trips, as JSON and as xlsx; text that looks like a formula stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.carbon import Activity, ActivityData, check_data
from desktop_app.core.carbon_estimate import estimate
from desktop_app.core.catalogue import Factor, LocalText
from desktop_app.core.errors import ValidationError
from desktop_app.imports.carbon_export import read_export, write_export

HOSTILE = '=HYPERLINK("http://example.com","x")'
FACTORS = [
    Factor(
        id="CN-electricity-2023-pcf",
        kind="electricity",
        name=LocalText(zh="2023年全国电力平均碳足迹因子", en="electricity 2023"),
        region="CN",
        value=0.6205,
        unit="kgCO2e/kWh",
        scope="CO2e",
        year=2023,
        source=LocalText(zh="三部门公告", en="MEE, NBS, NEA"),
        url=None,
    ),
    Factor(
        id="FIRM-cotton",
        kind="fibre",
        name=LocalText(zh=HOSTILE, en=HOSTILE),
        region="CN",
        value=4.5,
        unit="kgCO2e/kg",
        scope="CO2e",
        year=2025,
        source=LocalText(zh="@供应商", en="@supplier"),
        url="https://example.com/decl.pdf",
    ),
]
DATA = check_data(
    ActivityData(
        "FAB-001",
        "1 kg",
        (
            Activity(
                "electricity",
                5.2,
                "kWh",
                quality="allocated",
                allocation="2026-11 output_mass 6000/10000 ÷ 6000",
            ),
            Activity("steam", 0.018, "t", energy_content=2.8, factor_id=None),
            Activity(
                "material",
                1.0,
                "kg",
                name=HOSTILE,
                factor_id="FIRM-cotton",
                yield_loss=0.08,
                quality="estimated",
            ),
        ),
        batch="B-2026-11",
        note="-5% 损耗",
    )
)
ESTIMATE = estimate(
    ActivityData(DATA.sku, DATA.declared_unit, (DATA.activities[0], DATA.activities[2])),
    {f.id: f for f in FACTORS},
)


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_round_trip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"carbon{suffix}"
    write_export(path, DATA, ESTIMATE, FACTORS)
    data, factors = read_export(path)
    assert data == DATA
    assert factors == FACTORS


def test_xlsx_text_cells_are_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "carbon.xlsx"
    write_export(path, DATA, ESTIMATE, FACTORS)
    book = load_workbook(path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value == HOSTILE]
    assert cells and all(c.data_type == "s" for c in cells)
    estimate_sheet = {r[0].value: r[1].value for r in book["estimate"].iter_rows(min_row=2)}
    assert "估算 · 未经第三方核查" in estimate_sheet["mark"]
    assert estimate_sheet["total_kgco2e"] == pytest.approx(ESTIMATE.total_kgco2e)


def test_json_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "carbon.json"
    write_export(path, DATA, ESTIMATE, FACTORS)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["estimate"]["screening_estimate"] is True and doc["mark"]["en"].startswith(
        "Screening estimate"
    )
    with pytest.raises(ValidationError):
        write_export(tmp_path / "carbon.csv", DATA, ESTIMATE, FACTORS)
