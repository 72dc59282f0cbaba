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
from typing import Any

from ..core.certificates import Certificate, CertificateState, status_words
from ..core.products import Product
from ..core.reasons import Reason
from ..core.vocabulary import (
    AGE_GROUPS,
    CATEGORIES,
    CERT_SCHEMES,
    CLAIMS,
    COMPONENTS,
    CONSTRUCTIONS,
    FINISHES,
    PRODUCT_TYPES,
    SKIN_CONTACTS,
    STAGES,
    name_of,
)
from .columns import CERTIFICATE_COLUMNS, PRODUCT_COLUMNS, Column
from .errors import ImportFileError
from .formula_guard import escape_formula
from .values import composition_text, range_text

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
        out.writerow([_csv_cell(h) for h in headers])
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
        cell = _xlsx_cell(sheet, header)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    for name, extra in extra_sheets:
        other = book.create_sheet(name[:31])
        for row in extra:
            other.append([_xlsx_cell(other, value) for value in row])
    book.save(path)


def _xlsx_cell(sheet: Any, value: Cell) -> Any:
    """A write-only cell for `value`; text always stays text.

    openpyxl makes any string that starts with "=" a formula, which Excel
    would run (`=HYPERLINK(...)` from a catalogue title or a product note):
    every string, headers and extra sheets included, is typed as a string
    cell. Control characters are not allowed in xlsx and are dropped.
    """
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]

    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    return cell


# --- records as exported ---------------------------------------------------------


def _names(table: dict[str, tuple[str, str]], values: Iterable[str], lang: str) -> str:
    return ", ".join(name_of(table, x, lang) for x in values)


def product_cells(p: Product, lang: str = "zh") -> list[Cell]:
    """A product in PRODUCT_COLUMNS order, names in `lang`; the importer reads every value back."""
    by_field: dict[str, Cell] = {
        "sku": p.sku,
        "name": p.name,
        "category": name_of(CATEGORIES, p.category, lang),
        "age_group": name_of(AGE_GROUPS, p.age_group, lang),
        "skin_contact": name_of(SKIN_CONTACTS, p.skin_contact, lang),
        "markets": ", ".join(p.markets),
        "composition": composition_text(p.composition, lang),
        "claims": _names(CLAIMS, p.claims, lang),
        "finishes": _names(FINISHES, p.finishes, lang),
        "product_type": name_of(PRODUCT_TYPES, p.product_type, lang) if p.product_type else "",
        "construction": name_of(CONSTRUCTIONS, p.construction, lang) if p.construction else "",
        "components": _names(COMPONENTS, p.components, lang),
        "age_months": range_text(p.age_months),
        "height_cm": range_text(p.height_cm),
        "origins": ", ".join(p.origins),
        "stage": name_of(STAGES, p.stage, lang),
        "customer": p.customer,
        "notes": p.notes,
    }
    return [by_field[c.field] for c in PRODUCT_COLUMNS]


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
        {
            "sku": "EX-001", "name": "婴儿连体衣 Baby bodysuit", "category": "服装", "age_group": "婴幼儿",
            "skin_contact": "是", "markets": "CN, EU", "composition": "95%棉 5%氨纶", "claims": "有机",
            "finishes": "", "product_type": "连体衣/爬服", "construction": "针织", "components": "按扣/四合扣",
            "age_months": "0-12", "height_cm": "52-80", "origins": "CN", "stage": "最终产品",
            "customer": "示例客户 Example Ltd", "notes": "示例行，导入前请删除 example row",
        }.get(c.field, "")
        for c in PRODUCT_COLUMNS
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
        "product_type": PRODUCT_TYPES,
        "construction": CONSTRUCTIONS,
        "components": COMPONENTS,
        "scheme": CERT_SCHEMES,
    }
    hints = {
        "composition": "95%棉 5%氨纶 / cotton 95, elastane 5 / 棉95%/氨纶5%",
        "issued": "2025-10-24, 2025/10/24, 2025年10月24日, 日期单元格 date cell",
        "expires": "同上 as above; 空 empty = 长期有效 no expiry",
        "products": "货号, 用 , ; 、 / 分隔 SKUs separated by , ; 、 /",
        "product_class": "OEKO-TEX: I, II, III, IV",
        "replaces": "续期时填旧证书编号 number of the certificate this one renews",
        "skin_contact": "是 / 否 / direct / indirect",
        "age_months": "24-60, 84- (84 及以上 and over), -9 (9 及以下 up to 9); 0–1200",
        "height_cm": "110-130, 150- , -80; 0–250",
        "origins": "ISO 代码 codes: CN, CN-XJ (新疆), IN, US ...",
        "markets": "CN, EU, US, US-CA, DE ... (中国, 欧盟, 加州 ...); 空 empty = CN",
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
