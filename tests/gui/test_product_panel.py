"""The side panel's standards: in force, possible (what to record) and upcoming (from when), in Chinese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.applicability import ApplicabilityEngine
from desktop_app.core.catalogue import LocalText, Requirement, Rule, Standard
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range
from desktop_app.workspace.products import ProductOverview

pytestmark = pytest.mark.gui

AS_OF = dt.date(2026, 12, 1)


def _standard(code: str, zh: str, *, items: tuple[Requirement, ...] = ()) -> Standard:
    return Standard(
        code=code,
        title=LocalText(zh=zh, en=code),
        issuer="test",
        markets=("US",),
        status="current",
        mandatory=True,
        requirements=items,
    )


PFHXA = Requirement(
    key="pfhxa",
    item=LocalText(zh="全氟己酸", en="PFHxA"),
    grade=None,
    limit="25",
    unit="ppb",
    effective=dt.date(2027, 10, 10),
)
STANDARDS = {
    s.code: s
    for s in (
        _standard("16 CFR 1610", "服装用纺织品可燃性"),
        _standard("16 CFR 1615", "儿童睡衣可燃性（0–6X 码）"),
        _standard("AB 1817", "加州纺织品 PFAS 禁令"),
        _standard("REACH 79", "PFHxA 限制", items=(PFHXA,)),
    )
}
RULES = [
    Rule(id="r1610", standard="16 CFR 1610", grade=None, when={"category": ("garment",), "market": ("US",)}),
    Rule(
        id="r1615",
        standard="16 CFR 1615",
        grade=None,
        when={"product_type": ("sleepwear",), "age_months": Range(9, 72), "market": ("US",)},
    ),
    Rule(
        id="rab1817",
        standard="AB 1817",
        grade=None,
        when={"market": ("US-CA",)},
        effective=dt.date(2099, 1, 1),
    ),
    Rule(id="r79", standard="REACH 79", grade=None, when={"market": ("US",)}),
]

PYJAMAS = Product(
    sku="SL-900",
    name="儿童睡衣",
    category="garment",
    age_group="child",
    skin_contact="direct",
    markets=("US",),
    composition=(FibreShare("cotton", 100.0),),
    product_type="sleepwear",  # no age range recorded: 16 CFR 1615 is only possible
)


@pytest.fixture
def panel(qtbot, qapp, ws):
    from desktop_app.app import apply_language
    from desktop_app.ui.widgets.product_panel import ProductPanel

    apply_language(qapp, "zh_CN", ws.resources)

    panel = ProductPanel()
    qtbot.addWidget(panel)
    return panel


def _show(panel, product: Product) -> None:
    applicable = ApplicabilityEngine(RULES).applicable(product, STANDARDS, as_of=AS_OF)
    panel.show_overview(ProductOverview(product, applicable, [], []))


def _sections(panel) -> dict[str, list[str]]:
    tree = panel.standards
    out = {}
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        out[head.text(0)] = [head.child(j).text(0) for j in range(head.childCount())]
    return out


def test_the_panel_says_in_chinese_what_to_record_and_from_when(panel):
    from desktop_app.ui.i18n import format_date

    _show(panel, PYJAMAS)
    sections = _sections(panel)
    # sold across the US, so in California too: AB 1817 is upcoming
    assert list(sections) == ["现行适用（2）", "可能适用：请补记缺少的信息（1）", "即将生效（2）"]
    in_force, possible, upcoming = sections.values()
    assert [t.split()[0] for t in in_force] == ["16", "REACH"]
    assert "现行适用" in in_force[0]
    assert possible[0].startswith("16 CFR 1615  儿童睡衣可燃性")
    assert "可能适用：请记录月龄范围" in possible[0]
    # an item of a standard in force that starts later, shown apart with its date
    assert upcoming[0].startswith("AB 1817  加州纺织品 PFAS 禁令\n    即将生效：自 ")
    assert upcoming[1] == f"REACH 79：全氟己酸 25 ppb，自 {format_date(dt.date(2027, 10, 10))} 起"
    assert "2027" in upcoming[1]


def test_recording_the_age_range_settles_possible_into_in_force(panel):
    _show(panel, PYJAMAS.with_changes(age_months=Range(24, 60)))
    sections = _sections(panel)
    assert "可能适用：请补记缺少的信息（1）" not in sections
    assert any(t.startswith("16 CFR 1615") for t in sections["现行适用（3）"])


def test_an_upcoming_standard_shows_its_date(panel):
    from desktop_app.ui.i18n import format_date

    _show(panel, PYJAMAS.with_changes(markets=("US-CA",)))
    upcoming = _sections(panel)["即将生效（2）"]  # AB 1817, and the REACH item (US contains US-CA)
    line = next(t for t in upcoming if t.startswith("AB 1817"))
    assert f"即将生效：自 {format_date(dt.date(2099, 1, 1))} 起适用" in line
    assert panel.standards.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags


def test_the_panel_in_english(panel, qapp, ws):
    from desktop_app.app import apply_language

    apply_language(qapp, "en", ws.resources)
    try:
        _show(panel, PYJAMAS)
        possible = _sections(panel)["Possible: record what is missing (1)"]
        assert "Possible: record age range (months)" in possible[0]
    finally:
        apply_language(qapp, "zh_CN", ws.resources)


def test_the_details_line_shows_the_new_attributes(panel):
    _show(panel, PYJAMAS.with_changes(construction="knitted", height_cm=Range(90, 110), origins=("CN-XJ",)))
    text = panel.details.text()
    assert "睡衣" in text and "针织" in text and "90–110 cm" in text
    assert "产地 中国新疆" in text  # the origin named, not coded (CN-XJ)
