"""The checklist prints the protocol-2 attributes in its header, upcoming items apart under
their date, and what to record for a standard that possibly applies; read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop_app.core.applicability import POSSIBLE, UPCOMING, Applicable
from desktop_app.core.catalogue import Check, LocalText, Requirement, Standard
from desktop_app.core.ranges import Range
from desktop_app.reports import render_checklist_pdf
from desktop_app.reports.checklist import AlertKind

from .conftest import checklist, product

PFHXA = Requirement(
    "pfhxa", LocalText("全氟己酸", "PFHxA"), None, "≤ 25", "ppb", check=Check("max", 25, unit="ppb")
)
PFHXA_HOME = Requirement(
    "pfhxa_home", LocalText("全氟己酸（家纺）", "PFHxA (home textiles)"), None, "≤ 25", "ppb",
    effective=dt.date(2027, 10, 10),
)  # fmt: skip
OLD_LIMIT = Requirement(
    "pfas_total",
    LocalText("有机氟总量", "Total organic fluorine"),
    None,
    "≤ 100",
    "ppm",
    until=dt.date(2027, 1, 1),
)
NEW_LIMIT = Requirement(
    "pfas_total", LocalText("有机氟总量", "Total organic fluorine"), None, "≤ 50", "ppm",
    effective=dt.date(2027, 1, 1),
)  # fmt: skip


def _standard(code: str, items: tuple[Requirement, ...]) -> Standard:
    return Standard(
        code=code, title=LocalText("测试标准", "Test standard"), issuer="x", markets=("EU",),
        status="current", mandatory=True, requirements=items,
    )  # fmt: skip


def _applicable() -> list[Applicable]:
    reason = (LocalText("因为", "because"),)
    return [
        Applicable(
            _standard("REACH 79", (PFHXA_HOME,)), None, reason, ("r1",),
            applies=UPCOMING, effective=dt.date(2027, 10, 10), requirements=(), upcoming_requirements=(PFHXA_HOME,),
        ),
        Applicable(
            _standard("AB 1817", (OLD_LIMIT, NEW_LIMIT)), None, reason, ("r2",),
            requirements=(OLD_LIMIT,), upcoming_requirements=(NEW_LIMIT,),
        ),
        Applicable(
            _standard("16 CFR 1615", (PFHXA,)), None, reason, ("r3",),
            applies=POSSIBLE, missing=("age_months",), requirements=(PFHXA,),
        ),
    ]  # fmt: skip


P2 = {
    "product_type": "sleepwear",
    "construction": "knitted",
    "components": ("zip", "hood_neck_cords"),
    "height_cm": Range(90, 120),
    "origins": ("CN-XJ",),
    "markets": ("US", "US-CA"),
}


def test_document_header_sections_and_upcoming_groups(catalogue):
    doc = checklist(catalogue, product(**P2), applicable=_applicable(), lang="both")
    fields = {f.label[0]: f.value for f in doc.fields}
    assert fields["产品类型"] == ("睡衣", "Sleepwear")
    assert fields["织造方式"] == ("针织", "Knitted")
    assert fields["部件"] == ("拉链、帽绳/领口绳", "Zip, Hood or neck cords")
    assert fields["适用身高"] == ("90–120",) and fields["适用月龄"] == ("未记录", "Not recorded")
    assert fields["原料产地"] == ("中国新疆", "Xinjiang (China)")
    assert fields["销售市场"] == ("美国、美国加利福尼亚州", "United States, California (US)")

    reach, ab, cfr = (
        next(s for s in doc.sections if s.code == c) for c in ("REACH 79", "AB 1817", "16 CFR 1615")
    )
    assert (
        reach.applies == "upcoming"
        and reach.effective == "2027-10-10"
        and not reach.rows
        and not reach.generic
    )
    assert [a.kind for a in reach.alerts] == [AlertKind.UPCOMING] and "2027-10-10" in reach.alerts[0].text[0]
    assert [g.date for g in reach.upcoming] == ["2027-10-10"]
    assert [r.key for r in ab.rows] == ["pfas_total"] and ab.rows[0].until == "2027-01-01"
    assert ab.upcoming[0].date == "2027-01-01" and ab.upcoming[0].rows[0].limit[0].startswith("≤ 50")
    assert cfr.applies == "possible" and cfr.missing == ("age_months",)
    assert [a.kind for a in cfr.alerts] == [AlertKind.POSSIBLE] and "适用月龄" in cfr.alerts[0].text[0]


def test_pdf_reads_back_attributes_dates_and_what_to_record(catalogue):
    doc = checklist(catalogue, product(**P2), applicable=_applicable(), lang="both")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(render_checklist_pdf(doc))).pages)
    flat = "".join(text.split())
    for words in (
        "产品类型",
        "睡衣",
        "织造方式",
        "针织",
        "部件",
        "拉链",
        "适用身高",
        "90–120",
        "原料产地",
        "中国新疆",
    ):
        assert words in flat, words
    assert "自2027-10-10起适用的要求" in flat and "Requirementsfrom2027-01-01" in flat
    assert (
        "请记录产品的适用月龄" in flat and "record the product's age range (months)".replace(" ", "") in flat
    )
    # the in-force limit and the later one are printed apart: the later one after its heading
    assert flat.index("≤100") < flat.index("Requirementsfrom2027-01-01") < flat.index("≤50")


def test_english_checklist_words_the_new_attributes(catalogue):
    doc = checklist(catalogue, product(**P2), applicable=_applicable(), lang="en")
    fields = {f.label[0]: f.value for f in doc.fields}
    assert fields["Product type"] == ("Sleepwear",) and fields["Age (months)"] == ("Not recorded",)
    cfr = next(s for s in doc.sections if s.code == "16 CFR 1615")
    assert cfr.alerts[0].text == (
        "Possibly applicable: record the product's age range (months) to settle whether 16 CFR 1615 applies.",
    )
