"""No export carries a live formula, whatever the text's source: the platform's catalogue, the firm's records.

The catalogue comes from the test platform on 127.0.0.1 by a real sync (a
code or a title is the platform's text); products and certificates from the
firm. Every export is read back: the .xlsx with openpyxl (no cell of type
"f", no `<f>` element in the sheets' XML), the .csv as text (every cell that
would start a formula starts with the guard apostrophe).
"""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from desktop_app.imports.formula_guard import FORMULA_STARTS
from tests.helpers.factories import make_certificate, make_product
from tests.helpers.sync_platform import trust
from tests.platform_server import PlatformServer, rule_data, standard_data

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture
def hostile(ws, platform: PlatformServer, memory_keyring):
    """A firm whose catalogue codes and titles, product texts and certificate texts all look like formulas."""
    platform.add_changes(
        [
            {"type": "standard", "id": code, "data": standard_data(code, title={"zh": title, "en": title})}
            for code, title in zip(HOSTILE, reversed(HOSTILE), strict=True)
        ]
    )
    for i, code in enumerate(HOSTILE):
        platform.upsert("rule", rule_data(f"R-{i}", code))
    trust(ws, platform, max_retries=0)
    ws.sync.login(platform.url, platform.token)
    ws.sync.run()
    ws.products.add(make_product(name=HOSTILE[0], customer=HOSTILE[2], notes=HOSTILE[3]))
    ws.certificates.add(make_certificate(issuer=HOSTILE[1], holder=HOSTILE[2], notes=HOSTILE[0], scope="@x"))
    return ws


EXPORTS = ["export_matrix", "export_products", "export_certificates"]


def xlsx_cells(path):
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("export", EXPORTS)
def test_xlsx_exports_hold_text_never_formulas(hostile, tmp_path, export):
    path = getattr(hostile.transfer, export)(tmp_path / "out.xlsx").path
    cells = xlsx_cells(path)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert '=HYPERLINK("http://x","y")' in texts  # written, as text
    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in zf.read(n) or b"<f " in zf.read(n) for n in sheets)


def test_the_matrix_names_the_hostile_standards_as_text(hostile, tmp_path):
    path = hostile.transfer.export_matrix(tmp_path / "m.xlsx").path
    book = load_workbook(path)
    header = [c.value for c in book.worksheets[0][1]]
    assert '=HYPERLINK("http://x","y")' in header and "@SUM(A1)" in header and "-2+3" in header
    legend = {r[0]: r[1] for r in book["标准 Standards"].iter_rows(min_row=2, values_only=True)}
    assert legend["+1"] == "\tTAB" and legend["@SUM(A1)"] == "-2+3" and legend["\tTAB"] == "+1"


@pytest.mark.parametrize("export", EXPORTS)
def test_csv_exports_guard_every_cell_that_would_start_a_formula(hostile, tmp_path, export):
    path = getattr(hostile.transfer, export)(tmp_path / "out.csv").path
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    cells = [c for row in rows for c in row]
    assert cells and [c for c in cells if c.startswith(FORMULA_STARTS)] == []
    assert "'" + HOSTILE[0] in cells


def test_a_csv_export_imports_back_as_it_was(hostile, tmp_path):
    path = hostile.transfer.export_products(tmp_path / "p.csv").path
    assert [c.key for c in hostile.transfer.import_products(path).unchanged] == ["BB-001"]
