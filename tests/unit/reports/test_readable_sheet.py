"""The checklist read at arm's length: type sizes, a result column for a pen, the sign-off
kept with the last rows, and no English words on a Chinese sheet. Real PDFs read back."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.applicability import Applicable
from desktop_app.core.catalogue import LocalText, Requirement
from desktop_app.reports import render_checklists
from desktop_app.reports.wording import limit_lines
from tests.helpers.poppler import require

from .conftest import checklist, product

MM = 72 / 25.4


def _render(doc) -> bytes:
    buf = io.BytesIO()
    render_checklists([doc], buf)
    return buf.getvalue()


def _sized_runs(pdf: bytes) -> list[tuple[int, str, float]]:
    """(page, text, font size in points) of every text run, as pypdf's visitor sees it."""
    runs: list[tuple[int, str, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                runs.append((number, text.strip(), size * abs(tm[3]) * abs(cm[3] or 1)))

        page.extract_text(visitor_text=visit)
    return runs


def _items_doc(catalogue, count: int, *, lang: str = "zh"):
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
        for i in range(1, count + 1)
    )
    big = replace(base, requirements=items)
    return checklist(
        catalogue, product(), applicable=[Applicable(big, None, (), (), requirements=items)], lang=lang
    )


def test_items_limits_and_methods_print_at_ten_points_at_least(catalogue):
    pdf = _render(_items_doc(catalogue, 5))
    runs = [(t, s) for _p, t, s in _sized_runs(pdf) if re.match(r"测试项目\d{3}|≤ \d+ mg/kg|GB/T 2912\.1", t)]
    assert len(runs) >= 15
    assert min(s for _t, s in runs) >= 10, sorted(runs, key=lambda r: r[1])[:3]


def test_the_result_column_is_wide_enough_for_a_pen(catalogue, tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(_render(_items_doc(catalogue, 3)))
    html = subprocess.run(
        [require("pdftotext"), "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', html)
    left = {text: float(x) for x, text in reversed(words)}  # the first (header) occurrence
    assert left["合格"] - left["实测结果"] >= 30 * MM


@pytest.mark.parametrize("lang", ["zh", "both"])
def test_the_sign_off_never_stands_alone_on_a_page(catalogue, lang):
    """Item counts around every page break of a long sheet: the sign-off's page always
    holds the rows before it (the gaps, and the certificates when they fit)."""
    checked = 0
    for count in range(8, 40):
        pages = [
            p.extract_text()
            for p in PdfReader(io.BytesIO(_render(_items_doc(catalogue, count, lang=lang)))).pages
        ]
        signed = [i for i, text in enumerate(pages) if "签核" in text]
        assert len(signed) == 1, count
        page = pages[signed[0]]
        assert "证书缺口" in page and "证书与检测报告" in page, (count, page[:200])
        checked += signed[0] > 0
    assert checked  # some of these sheets did run onto a second page


def test_limits_in_words_are_chinese_on_a_chinese_sheet():
    cases = {
        ("class 1 (normal flammability)", None): "1 级（正常可燃性）",
        ("not permitted", None): "不允许",
        ("meets GB 18401", None): "符合 GB 18401",
        ("≥ 3-4", "grade"): "≥ 3-4 级",
        ("not detected", "mg/kg"): "不得检出",  # a word takes no unit
        ("≤ 17.8 cm (7.0 in)", "cm"): "≤ 17.8 cm (7.0 in)",  # the unit is already there
        ("≤ 20", "mg/kg"): "≤ 20 mg/kg",
    }
    for (limit, unit), zh in cases.items():
        assert limit_lines(limit, unit, "zh") == (zh,), limit
    assert limit_lines("meets GB 18401", None, "both") == ("符合 GB 18401", "meets GB 18401")
    assert limit_lines("not permitted", None, "en") == ("not permitted",)


def test_a_chinese_sheet_of_the_whole_catalogue_has_no_english_limit_words(catalogue):
    """Every limit of every standard, as a Chinese sheet prints it: no English word left
    (codes, units and abbreviations such as KATS or NYS DEC aside)."""
    english = re.compile(r"\b(?!GB\b|KATS\b|NYS\b|DEC\b|in\b|cm\b)[a-z]{3,}\b", re.IGNORECASE)
    leaks = set()
    for std in catalogue.standards.values():
        for r in std.requirements:
            (zh,) = limit_lines(r.limit, r.unit, "zh")
            words = [w for w in english.findall(zh) if not (r.unit and w in r.unit)]
            if words:
                leaks.add(zh)
    assert not leaks, sorted(leaks)


def test_a_missing_poppler_fails_naming_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no pdftotext on it
    with pytest.raises(pytest.fail.Exception, match="poppler-utils"):
        require("pdftotext")
