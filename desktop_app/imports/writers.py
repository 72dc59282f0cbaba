"""Writing tables to `.xlsx` or `.csv`, and the records' columns as exports write them.

CSV is written as UTF-8 with a BOM: without the BOM, Excel on a Chinese
Windows reads it as GBK and shows mojibake. Exports use the same headers as
the templates (`货号 SKU`), so an exported file imports back unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..core.certificates import Certificate, CertificateState, status_words
from ..core.products import Product
from ..core.reasons import Reason
from ..core.vocabulary import (
    AGE_GROUPS,
    CATEGORIES,
    CERT_SCHEMES,
    CLAIMS,
    FINISHES,
    SKIN_CONTACTS,
    STAGES,
    name_of,
)
from .columns import CERTIFICATE_COLUMNS, PRODUCT_COLUMNS, Column
from .errors import ImportFileError
from .formula_guard import escape_formula
from .values import composition_text

Cell = object
FORMATS = (".xlsx", ".csv")


def table_format(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ImportFileError(str(path), Reason.TABLE_FORMAT)
    return suffix


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    title: str = "Sheet1",
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Cell]]]] = (),
) -> Path:
    """Write one table; the file appears whole or not at all (temp file, then rename)."""
    path = Path(path)
    suffix = table_format(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise ImportFileError(str(path), Reason.CANNOT_WRITE, detail=str(exc.strerror or exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".csv":
            _write_csv(tmp, headers, rows)
        else:
            _write_xlsx(tmp, headers, rows, title, extra_sheets)
        os.replace(tmp, path)
    except PermissionError:
        raise ImportFileError(str(path), Reason.FILE_IN_USE) from None
    except OSError as exc:
        raise ImportFileError(str(path), Reason.CANNOT_WRITE, detail=str(exc.strerror or exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return escape_formula(value)
    return str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for row in rows:
            out.writerow([_csv_cell(c) for c in row])


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    title: str,
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Cell]]]],
) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for i, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(header) * 1.6))
    bold = Font(bold=True)
    head = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            elif isinstance(value, str):
                # control characters are not allowed in xlsx; and text starting with "="
                # must stay text, not become a formula Excel would run
                cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    for name, extra in extra_sheets:
        other = book.create_sheet(name[:31])
        for row in extra:
            other.append(list(row))
    book.save(path)


# --- records as exported ---------------------------------------------------------


def _names(table: dict[str, tuple[str, str]], values: Iterable[str], lang: str) -> str:
    return ", ".join(name_of(table, x, lang) for x in values)


def product_cells(p: Product, lang: str = "zh") -> list[Cell]:
    """A product in PRODUCT_COLUMNS order; the importer reads every value back as it was."""
    return [
        p.sku,
        p.name,
        name_of(CATEGORIES, p.category, lang),
        name_of(AGE_GROUPS, p.age_group, lang),
        name_of(SKIN_CONTACTS, p.skin_contact, lang),
        ", ".join(p.markets),
        composition_text(p.composition, lang),
        _names(CLAIMS, p.claims, lang),
        _names(FINISHES, p.finishes, lang),
        name_of(STAGES, p.stage, lang),
        p.customer,
        p.notes,
    ]


def headers(columns: Sequence[Column]) -> list[str]:
    return [c.header for c in columns]


CERT_REGISTER_EXTRA = ("状态 Status", "剩余天数 Days left", "扫描件 Scan")


def certificate_cells(st: CertificateState, lang: str = "zh") -> list[Cell]:
    """A certificate in CERTIFICATE_COLUMNS order, then status, days left and scan."""
    c: Certificate = st.certificate
    scheme = CERT_SCHEMES.get(c.scheme)
    return [
        (scheme[0] if lang.startswith("zh") else scheme[1]) if scheme else c.scheme,
        c.number,
        c.issuer,
        c.issued,
        c.expires,
        ", ".join(c.products),
        c.product_class,
        c.scope,
        c.holder,
        c.notes,
        c.replaces or "",
        status_words(st, "zh" if lang.startswith("zh") else "en"),
        st.days_left,
        c.scan_file or "",
    ]


# --- templates ---------------------------------------------------------------------

# fmt: off
EXAMPLES: dict[str, list[Cell]] = {
    "products": [
        "EX-001", "婴儿连体衣 Baby bodysuit", "服装", "婴幼儿", "是", "CN, EU",
        "95%棉 5%氨纶", "有机", "", "最终产品", "示例客户 Example Ltd", "示例行，导入前请删除 example row",
    ],
    "certificates": [
        "OEKO-TEX STANDARD 100", "EX-21.HCN.00001", "Hohenstein (HTTI)", dt.date(2025, 10, 24),
        dt.date(2026, 10, 23), "EX-001", "I", "婴幼儿服装 baby garments", "示例纺织有限公司", "示例行 example row",
    ],
}
# fmt: on


def _help_rows(kind: str) -> list[list[Cell]]:
    rows: list[list[Cell]] = [["列 Column", "必填 Required", "可填写 Accepted values"]]
    choices = {
        "category": CATEGORIES,
        "age_group": AGE_GROUPS,
        "skin_contact": SKIN_CONTACTS,
        "stage": STAGES,
        "claims": CLAIMS,
        "finishes": FINISHES,
        "scheme": CERT_SCHEMES,
    }
    hints = {
        "composition": "95%棉 5%氨纶 / cotton 95, elastane 5 / 棉95%/氨纶5%",
        "markets": "CN, EU, US, JP ... (中国, 欧盟 ...); 空 empty = CN",
        "issued": "2025-10-24, 2025/10/24, 2025年10月24日, 日期单元格 date cell",
        "expires": "同上 as above; 空 empty = 长期有效 no expiry",
        "products": "货号, 用 , ; 、 / 分隔 SKUs separated by , ; 、 /",
        "product_class": "OEKO-TEX: I, II, III, IV",
        "replaces": "续期时填旧证书编号 number of the certificate this one renews",
        "skin_contact": "是 / 否 / direct / indirect",
    }
    for col in PRODUCT_COLUMNS if kind == "products" else CERTIFICATE_COLUMNS:
        accepted = hints.get(col.field, "")
        if col.field in choices and not accepted:
            accepted = "; ".join(f"{zh} {en}" if zh != en else zh for zh, en in choices[col.field].values())
        rows.append([col.header, "是 yes" if col.required else "", accepted])
    return rows


def write_template(kind: str, path: Path) -> Path:
    """A sheet with the bilingual headers and one example row, plus a help sheet of accepted values."""
    if Path(path).suffix.lower() != ".xlsx":
        raise ImportFileError(str(path), Reason.TEMPLATE_XLSX)
    columns = PRODUCT_COLUMNS if kind == "products" else CERTIFICATE_COLUMNS
    title = "产品 Products" if kind == "products" else "证书 Certificates"
    return write_table(
        path, headers(columns), [EXAMPLES[kind]], title=title, extra_sheets=[("说明 Help", _help_rows(kind))]
    )
