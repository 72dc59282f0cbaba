"""Real PDFs read back: text, page numbers per product, fonts, paper, tables."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.applicability import Applicable
from desktop_app.core.catalogue import LocalText, Requirement
from desktop_app.core.errors import ValidationError
from desktop_app.reports import parse_qr_payload, render_checklists
from desktop_app.reports.pdf import MARGIN
from tests.helpers.poppler import require

from .conftest import cert, checklist, product

MARKUP = 'A&B <Kids> "Ltd" &amp; <b>x</b>'


def _texts(path_or_bytes) -> list[str]:
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() for page in PdfReader(src).pages]


@pytest.fixture(scope="module")
def two_products(catalogue, tmp_path_factory) -> Path:
    """A long infant product (several pages) and a short adult one, in one PDF."""
    first = checklist(
        catalogue,
        product(customer=MARKUP, markets=("CN", "EU", "US")),
        certs=[
            cert("oeko-tex-100", "OT-21.HCN.45123", days=-35, product_class="I"),
            cert("gots", "G-1", days=30),
        ],
        checklist_id="CL-20261128-AAAA0001",
        firm_name="Zhang & Sons <Textiles> 张氏纺织",
    )
    second = checklist(
        catalogue,
        product(
            sku="HT-301",
            name="遮光窗帘 Blackout curtain",
            category="home_textile",
            age_group="adult",
            skin_contact="indirect",
            claims=(),
        ),
        checklist_id="CL-20261128-AAAA0002",
    )
    out = tmp_path_factory.mktemp("pdf") / "two.pdf"
    summary = render_checklists(iter([first, second]), out)
    assert summary.products == 2
    return out


def test_chinese_text_extracts_exactly(two_products):
    text = "\n".join(_texts(two_products))
    for expected in (
        "甲醛含量",
        "合规检查表",
        "国家纺织产品基本安全技术规范",
        "≤ 20 mg/kg",
        "GB/T 2912.1",
        "婴幼儿",
    ):
        assert expected in text
    assert "Formaldehyde content" in text


def test_standards_grades_certificates_and_statuses_are_printed(two_products):
    text = "\n".join(_texts(two_products))
    assert "GB 18401-2010" in text and "GB 31701-2015" in text and "A 类" in text
    assert "OT-21.HCN.45123" in text
    assert "已过期" in text and "EXPIRED" in text and "✘" in text  # symbol, not colour alone
    assert "30 天后到期" in text and "Expires in 30 days" in text
    assert "证书缺口" in text and "Sign-off" in text and "检验员" in text


def test_each_product_has_its_own_page_numbers_and_footer(two_products):
    pages = _texts(two_products)
    numbering = []
    for text in pages:
        ids = set(re.findall(r"CL-20261128-AAAA000[12]", text))
        assert len(ids) == 1, "every page names exactly one checklist"
        match = re.search(r"页 Page (\d+) / (\d+)", text)
        assert match, text[-300:]
        numbering.append((ids.pop(), int(match[1]), int(match[2])))
    first = [n for n in numbering if n[0].endswith("1")]
    second = [n for n in numbering if n[0].endswith("2")]
    assert numbering == first + second  # the second product starts on a new page
    assert len(first) >= 3
    assert [(p, t) for _, p, t in first] == [(i, len(first)) for i in range(1, len(first) + 1)]
    assert [(p, t) for _, p, t in second] == [(i, len(second)) for i in range(1, len(second) + 1)]
    assert all("BB-001" in t for t in pages[: len(first)]) and all("HT-301" in t for t in pages[len(first) :])


def test_user_text_is_printed_literally(two_products):
    text = "\n".join(_texts(two_products))
    assert MARKUP in text
    assert "Zhang & Sons <Textiles> 张氏纺织" in text


def test_font_is_embedded_as_a_subset(two_products):
    reader = PdfReader(two_products)
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            assert re.match(r"^/[A-Z]{6}\+WenQuanYiMicroHei", name), name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
            assert "/ToUnicode" in font  # what makes the Chinese searchable
            seen.add(name)
    assert seen


def test_bookmarks_point_at_each_product(two_products):
    reader = PdfReader(two_products)
    marks = [(m.title, reader.get_destination_page_number(m)) for m in reader.outline]
    assert [t.split()[0] for t, _ in marks] == ["BB-001", "HT-301"]
    assert marks[0][1] == 0 and marks[1][1] > 0


def test_every_page_has_the_qr_code(two_products):
    for page in PdfReader(two_products).pages:
        assert any("QR" in str(name) for name in page["/Resources"]["/XObject"])


def test_qr_code_decodes_to_checklist_id_and_sku(two_products, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    subprocess.run(
        [
            require("pdftoppm"),
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            str(two_products),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    found = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    assert [parse_qr_payload(t) for t in found] == [("CL-20261128-AAAA0001", "BB-001")]


def test_nothing_runs_into_the_margins(catalogue, tmp_path):
    long_name = "超长产品名称" * 12 + " " + "X" * 90
    doc = checklist(
        catalogue,
        product(name=long_name, customer="客户" * 40 + "Y" * 80, markets=("CN", "EU", "US", "JP")),
        firm_name="某某" * 40,
    )
    out = tmp_path / "long.pdf"
    render_checklists([doc], out)
    html = subprocess.run(
        [require("pdftotext"), "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    width, height = (float(x) for x in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    boxes = [
        tuple(map(float, m))
        for m in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)
    ]
    assert boxes
    tolerance = 1.0
    for x0, y0, x1, y1 in boxes:
        assert x0 >= MARGIN - tolerance and x1 <= width - MARGIN + tolerance, (x0, x1)
        assert y0 >= MARGIN - tolerance and y1 <= height - MARGIN + tolerance, (y0, y1)


def test_letter_and_a4_paper(catalogue):
    doc = checklist(catalogue, product())
    sizes = {}
    for paper in ("a4", "letter"):
        buf = io.BytesIO()
        render_checklists([doc], buf, paper=paper)
        box = PdfReader(io.BytesIO(buf.getvalue())).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}
    with pytest.raises(ValidationError):
        render_checklists([doc], io.BytesIO(), paper="a3")


def test_two_hundred_items_flow_over_pages_with_the_header_repeated(catalogue):
    base = catalogue.standards["GB 18401-2010"]
    items = tuple(
        Requirement(
            f"k{i}",
            LocalText(f"测试项目{i:03d}", f"Test item {i:03d}"),
            None,
            f"≤ {i}",
            "mg/kg",
            "GB/T 2912.1",
        )
        for i in range(1, 201)
    )
    big = replace(base, requirements=items)
    doc = checklist(
        catalogue,
        product(),
        applicable=[Applicable(big, None, (), (), requirements=big.requirements)],
        lang="zh",
    )
    buf = io.BytesIO()
    render_checklists([doc], buf)
    pages = _texts(buf.getvalue())
    table_pages = [t for t in pages if "测试项目" in t]
    assert len(table_pages) >= 4
    for text in table_pages:
        assert "检查项目" in text and "检测方法" in text and "实测结果" in text  # header row on each page
    found = re.findall(r"测试项目(\d{3})", "\n".join(pages))
    assert found == [f"{i:03d}" for i in range(1, 201)]


def test_english_only_checklist(catalogue):
    buf = io.BytesIO()
    render_checklists([checklist(catalogue, product(), lang="en")], buf)
    text = "\n".join(_texts(buf.getvalue()))
    assert "Formaldehyde content" in text and "Page 1 / " in text
    assert "甲醛" not in text


def test_a_failed_batch_leaves_no_file(catalogue, tmp_path):
    def docs():
        yield checklist(catalogue, product())
        raise KeyboardInterrupt  # e.g. cancelled half-way

    out = tmp_path / "out.pdf"
    with pytest.raises(KeyboardInterrupt):
        render_checklists(docs(), out)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_batch_is_refused(tmp_path):
    with pytest.raises(ValidationError):
        render_checklists([], tmp_path / "none.pdf")
    assert list(tmp_path.iterdir()) == []


def test_each_product_pdf_is_handed_over_for_split_files(catalogue):
    docs = [
        checklist(catalogue, product(sku=f"P-{i}"), checklist_id=f"CL-20261128-0000000{i}") for i in (1, 2)
    ]
    seen = []
    summary = render_checklists(
        docs, None, on_rendered=lambda doc, pdf, pages: seen.append((doc.sku, pdf, pages))
    )
    assert [s[0] for s in seen] == ["P-1", "P-2"]
    for sku, pdf, pages in seen:
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == pages and sku in reader.pages[0].extract_text()
    assert summary.pages == sum(s[2] for s in seen)


def test_warm_up_renders_without_a_catalogue():
    from desktop_app.reports import warm_up

    warm_up()
