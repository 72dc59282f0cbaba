"""The carbon screening report, read back from the PDF: the mark on every page, GB/T 24067's sections."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from desktop_app.core.carbon import Activity, ActivityData, check_data
from desktop_app.core.carbon_estimate import Estimate, estimate
from desktop_app.core.catalogue import Factor, LocalText
from desktop_app.reports.carbon_report import MARK, build_report, render_report

ELECTRICITY = Factor(
    id="CN-electricity-2023-pcf",
    kind="electricity",
    name=LocalText(zh="2023年全国电力平均碳足迹因子", en="China electricity carbon-footprint factor, 2023"),
    region="CN",
    value=0.6205,
    unit="kgCO2e/kWh",
    scope="CO2e",
    year=2023,
    source=LocalText(zh="生态环境部 国家统计局 国家能源局 2025年第3号公告", en="MEE, NBS, NEA No. 3 of 2025"),
)
FIBRE = Factor(
    id="FIRM-fibre",
    kind="fibre",
    name=LocalText(zh="供应商纤维 & <声明>", en="supplier fibre & <declaration>"),
    region="CN",
    value=4.0,
    unit="kgCO2e/kg",
    scope="CO2e",
    year=2025,
    source=LocalText(zh="纱线供应商 2025", en="yarn supplier 2025"),
)
GAS = Factor(
    id="IPCC2006-natural-gas-co2",
    kind="natural_gas",
    name=LocalText(en="natural gas"),
    region="GLOBAL",
    value=56.1,
    unit="kgCO2e/GJ",
    scope="CO2",
    year=2006,
    source=LocalText(en="IPCC 2006 Vol. 2 Table 1.4"),
    url="https://www.ipcc-nggip.iges.or.jp/public/2006gl/",
)


@dataclass(frozen=True)
class Kept:
    estimate: Estimate
    computed_at: dt.datetime


def document(lang: str, materials: int = 1):
    lines = [
        Activity(
            "electricity", 5.2, "kWh", allocation="2026-11 output_mass 6000/10000 ÷ 6000", quality="allocated"
        ),
        Activity("natural_gas", 0.4, "Nm³", energy_content=36.0),
        *(
            Activity("material", 0.01, "kg", name=f"fibre-{i}", factor_id=FIBRE.id, quality="estimated")
            for i in range(materials)
        ),
    ]
    data = check_data(ActivityData("FAB-001", "1 kg", tuple(lines)))
    est = estimate(data, {f.id: f for f in (ELECTRICITY, FIBRE, GAS)})
    return build_report(
        firm_name="绍兴示范印染有限公司",
        product_name="全棉针织汗布",
        data=data,
        recorded=Kept(est, dt.datetime(2026, 12, 2, 9, 0)),
        factors=[ELECTRICITY, GAS, FIBRE],
        lang=lang,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_mark_is_on_every_page(lang: str) -> None:
    pdf = PdfReader(io.BytesIO(render_report(document(lang, materials=60))))
    assert len(pdf.pages) >= 2
    assert all(MARK[lang] in page.extract_text() for page in pdf.pages)


def test_the_sections_and_figures_read_back_in_chinese() -> None:
    doc = document("zh")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_report(doc))).pages)
    for words in (
        "声明单位",
        "系统边界",
        "数据及来源",
        "分配",
        "排放因子及来源",
        "结果",
        "数据质量",
        "局限性",
    ):
        assert words in text
    assert f"{doc.estimate.total_kgco2e:.3f} kgCO2e" in text
    assert "2026-11 output_mass 6000/10000" in text  # how the allocated line came about
    assert "2025年第3号" in text
    assert "https://www.ipcc-nggip.iges.or.jp/public/2006gl/" in text.replace("\n", "")  # wrapped in its cell
    assert "GLOBAL" in text  # a region is never broken across lines
    assert "供应商纤维 & <声明>" in text  # the firm's text printed as typed, not as markup
    assert "natural_gas" in text.split("只计二氧化碳")[1]  # the CO2-only line is named


def test_english() -> None:
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_report(document("en")))).pages)
    for words in ("Declared unit", "System boundary", "Cradle to gate", "Allocation", "Limitations"):
        assert words in text
