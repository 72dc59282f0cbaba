"""The carbon-footprint screening report: a PDF in GB/T 24067's shape, marked as what it is.

GB/T 24067-2024 (ISO 14067) asks a footprint study to state the functional
or declared unit, the system boundary, the data and their sources, the
allocation, the factors, the results, the data quality and the
limitations; the report has one section for each, in that order. Every
page carries the mark 估算 · 未经第三方核查 / "Screening estimate — not
third-party verified" in its running header: the figure is the firm's own
estimate, never a verified or certified claim, and a page torn out of the
report must still say so.

`build_report` makes plain data (testable without a PDF); `render_report`
lays it out with the app's font and paragraph styles (`layout.styles`).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.carbon import STAGES, ActivityData
from ..core.carbon_estimate import QUALITY_UNCERTAINTY, Estimate
from ..core.catalogue import Factor
from .fonts import ensure_font, printable
from .layout import HEADER_FILL, para, styles
from .pdf import MARGIN, page_size

MARK = {"zh": "估算 · 未经第三方核查", "en": "Screening estimate — not third-party verified"}

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "产品碳足迹估算报告",
        "firm": "企业",
        "product": "产品",
        "computed": "计算时间",
        "unit": "1 声明单位",
        "boundary": "2 系统边界",
        "boundary_text": "从摇篮到大门：原材料获取（纤维、染料助剂、包装）、进厂运输、本厂生产（电力、蒸汽、燃料、水）。"
        "不含产品出厂后的分销、使用和废弃阶段。",
        "data": "3 数据及来源",
        "allocation": "4 分配",
        "no_allocation": "无：全部数据为本批次或本产品的测量值或估计值。",
        "allocation_text": "按工厂月度总量分配（方法：产量质量 output_mass 或机时 machine_hours；本产品份额 / 总量 ÷ 产出的声明单位数）：",
        "factors": "5 排放因子及来源",
        "results": "6 结果",
        "total": "合计",
        "band": "不确定度范围",
        "stage": "阶段",
        "quality": "7 数据质量",
        "measured_share": "测量数据所占比例（按排放量）",
        "quality_text": "不确定度按每项数据的质量等级估计（测量 ±{measured}%，分配 ±{allocated}%，估计 ±{estimated}%），"
        "各项按平方和开方合成。排放因子本身的不确定度未计入（来源未公布）。这是本软件的筛查方法，并非标准规定。",
        "limits": "8 局限性",
        "limits_text": "本报告为企业自行计算的筛查估算，未经第三方核查，不是碳足迹声明或碳标识，不能替代按 GB/T 24067 的核查。"
        "结果取决于所录入的活动数据和所选排放因子。",
        "co2_only": "以下各项的排放因子只计二氧化碳（不含其他温室气体）：",
        "col_source": "来源",
        "col_quantity": "数量",
        "col_quality": "数据类型",
        "col_how": "分配方法",
        "col_kg": "kgCO2e",
        "col_share": "占比",
        "col_factor": "因子",
        "col_value": "数值",
        "col_scope": "范围",
        "col_year": "年份",
        "col_region": "地区",
        "col_origin": "出处",
        "measured": "测量",
        "allocated": "分配",
        "estimated": "估计",
        "raw_materials": "原材料获取",
        "transport": "运输",
        "production": "生产",
        "per": "每",
    },
    "en": {
        "title": "Product carbon footprint screening estimate",
        "firm": "Firm",
        "product": "Product",
        "computed": "Computed",
        "unit": "1 Declared unit",
        "boundary": "2 System boundary",
        "boundary_text": "Cradle to gate: raw material acquisition (fibres, dyes and auxiliaries, packaging), inbound "
        "transport, and production at the mill (electricity, steam, fuels, water). Distribution, use and end of "
        "life are not included.",
        "data": "3 Data and their sources",
        "allocation": "4 Allocation",
        "no_allocation": "None: every figure was measured or estimated for this product or batch.",
        "allocation_text": "Allocated from the mill's monthly totals (basis output_mass or machine_hours; the "
        "product's share / the total ÷ the declared units it made):",
        "factors": "5 Emission factors and their sources",
        "results": "6 Results",
        "total": "Total",
        "band": "Uncertainty band",
        "stage": "Stage",
        "quality": "7 Data quality",
        "measured_share": "Share of the total from measured data",
        "quality_text": "Uncertainty from the quality of each figure (measured ±{measured} %, allocated "
        "±{allocated} %, estimated ±{estimated} %), combined in quadrature. The factors' own uncertainty is not "
        "included (their sources publish none). This is the app's screening method, not a standard's.",
        "limits": "8 Limitations",
        "limits_text": "A screening estimate computed by the firm itself, not verified by a third party: not a "
        "carbon-footprint declaration or label, and no substitute for a verification under GB/T 24067 / ISO "
        "14067. The result depends on the activity data entered and the factors chosen.",
        "co2_only": "These lines use factors that count CO2 only (no other greenhouse gases):",
        "col_source": "Source",
        "col_quantity": "Quantity",
        "col_quality": "Data",
        "col_how": "Allocation",
        "col_kg": "kgCO2e",
        "col_share": "Share",
        "col_factor": "Factor",
        "col_value": "Value",
        "col_scope": "Scope",
        "col_year": "Year",
        "col_region": "Region",
        "col_origin": "Source",
        "measured": "measured",
        "allocated": "allocated",
        "estimated": "estimated",
        "raw_materials": "Raw materials",
        "transport": "Transport",
        "production": "Production",
        "per": "per",
    },
}


class Recorded(Protocol):
    """What the report needs of a kept estimate (`db.carbon_repo.RecordedEstimate`)."""

    @property
    def estimate(self) -> Estimate: ...
    @property
    def computed_at(self) -> dt.datetime: ...


@dataclass(frozen=True)
class CarbonReport:
    """What the report prints, as plain data."""

    lang: str
    firm_name: str
    product_name: str
    computed_at: str
    data: ActivityData
    estimate: Estimate
    factors: tuple[Factor, ...]


def build_report(
    *,
    firm_name: str,
    product_name: str,
    data: ActivityData,
    recorded: Recorded,
    factors: list[Factor],
    lang: str = "zh",
) -> CarbonReport:
    """The report of a recorded estimate (`db.carbon_repo.RecordedEstimate`)."""
    lang = "en" if lang.startswith("en") else "zh"
    computed = recorded.computed_at.strftime("%Y-%m-%d %H:%M UTC")
    return CarbonReport(lang, firm_name, product_name, computed, data, recorded.estimate, tuple(factors))


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    st = styles()
    cells = [[para(c if isinstance(c, tuple) else str(c), st.small) for c in row] for row in rows]
    t = Table(cells, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _story(doc: CarbonReport, width: float) -> list[Flowable]:
    w, st, e = WORDS[doc.lang], styles(), doc.estimate
    unit = doc.data.declared_unit
    out: list[Flowable] = [
        para(w["title"], st.title),
        para(f"{w['firm']}: {doc.firm_name or '—'}", st.body),
        para(f"{w['product']}: {doc.product_name} ({e.sku}{' / ' + e.batch if e.batch else ''})", st.body),
        para(f"{w['computed']}: {doc.computed_at}", st.body),
        para(w["unit"], st.heading),
        para(unit, st.body),
        para(w["boundary"], st.heading),
        para(w["boundary_text"], st.body),
        para(w["data"], st.heading),
    ]
    rows: list[list[object]] = [[w["col_source"], w["col_quantity"], w["col_quality"], w["col_how"]]]
    for a in doc.data.activities:
        qty = f"{a.quantity:.6g} {a.unit}" + (f" ({a.yield_loss:.0%} loss)" if a.yield_loss else "")
        rows.append([a.label, qty, w[a.quality], a.allocation or ""])
    out.append(_table(rows, [0.25 * width, 0.22 * width, 0.15 * width, 0.38 * width]))
    out.append(para(w["allocation"], st.heading))
    hows = sorted({a.allocation for a in doc.data.activities if a.allocation})
    out.append(para(w["allocation_text"] if hows else w["no_allocation"], st.body))
    out += [para(f"• {h}", st.body) for h in hows]
    out.append(para(w["factors"], st.heading))
    frows: list[list[object]] = [
        [w["col_factor"], w["col_value"], w["col_scope"], w["col_year"], w["col_region"], w["col_origin"]]
    ]
    for f in doc.factors:
        origin = f.source.get(doc.lang) + (f" {f.url}" if f.url else "")
        name = f.name.get(doc.lang)
        label = (f.id, name) if name and name != f.id else f.id
        frows.append([label, f"{f.value:g} {f.unit}", f.scope, f.year, f.region, origin])
    out.append(
        _table(frows, [0.24 * width, 0.14 * width, 0.07 * width, 0.07 * width, 0.11 * width, 0.37 * width])
    )
    out.append(para(w["results"], st.heading))
    out.append(para(f"{w['total']}: {e.total_kgco2e:.3f} kgCO2e {w['per']} {unit}", st.section))
    out.append(para(f"{w['band']}: {e.low:.3f} – {e.high:.3f} kgCO2e", st.body))
    brows: list[list[object]] = [[w["col_source"], w["stage"], w["col_kg"], w["col_share"], w["col_factor"]]]
    for li in e.lines:
        share = li.kgco2e / e.total_kgco2e if e.total_kgco2e else 0.0
        brows.append([li.source, w[li.stage], f"{li.kgco2e:.4f}", f"{share:.1%}", li.factor_id])
    for stage in STAGES:
        value = e.by_stage[stage]
        share = value / e.total_kgco2e if e.total_kgco2e else 0.0
        brows.append([w["total"], w[stage], f"{value:.4f}", f"{share:.1%}", ""])
    out.append(_table(brows, [0.26 * width, 0.16 * width, 0.14 * width, 0.12 * width, 0.32 * width]))
    pct = {k: f"{v * 100:g}" for k, v in QUALITY_UNCERTAINTY.items()}
    quality = [
        para(w["quality"], st.heading),
        para(f"{w['measured_share']}: {e.measured_share:.0%}", st.body),
        para(w["quality_text"].format(**pct), st.body),
    ]
    limits = [para(w["limits"], st.heading), para(w["limits_text"], st.body)]
    if e.co2_only:
        limits.append(para(f"{w['co2_only']} {', '.join(e.co2_only)}", st.body))
    return [*out, KeepTogether(quality), KeepTogether(limits)]


def render_report(doc: CarbonReport, *, paper: str = "a4") -> bytes:
    """The report as PDF bytes; the screening mark and the page number on every page."""
    size = page_size(paper)
    buf = io.BytesIO()
    mark = MARK[doc.lang]
    font = ensure_font()

    def decorate(c: Canvas, template: object) -> None:
        c.saveState()
        c.setFillColor(colors.black)
        c.rect(MARGIN, size[1] - MARGIN - 7 * mm, size[0] - 2 * MARGIN, 7 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(font, 11)
        c.drawCentredString(size[0] / 2, size[1] - MARGIN - 5 * mm, printable(mark))
        c.setFillColor(colors.black)
        c.setFont(font, 8)
        footer = f"{doc.estimate.sku} · {mark} · {c.getPageNumber()}"
        c.drawCentredString(size[0] / 2, MARGIN - 4 * mm, printable(footer))
        c.restoreState()

    template = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 10 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=f"{WORDS[doc.lang]['title']} {doc.estimate.sku}",
        author=doc.firm_name,
        subject=mark,
        creator="Textile Compliance Assistant",
    )
    story = _story(doc, template.width)
    story.insert(1, Spacer(1, 2 * mm))
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


__all__ = ["MARK", "CarbonReport", "build_report", "render_report"]
