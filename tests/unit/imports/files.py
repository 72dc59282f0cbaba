"""Real spreadsheet files, made by the tests the way Excel and people make them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

PRODUCT_HEADERS_ZH = ["货号", "品名", "类别", "年龄段", "接触皮肤", "市场", "成分", "备注"]

# Good rows in mixed, human spellings, then the bad rows.
GOOD_PRODUCTS = [
    ["BB-101", "婴儿连体衣", "服装", "婴幼儿", "是", "中国、欧盟", "95%棉 5%氨纶", "首批"],
    ["HT-201", "遮光窗帘", "家纺", "成人", "否", "CN", "涤纶100%", ""],
    ["KD-301", "儿童T恤", "garment", "Child", "direct", "CN/US", "cotton 95, elastane 5", ""],
    ["FB-401", "衬衫面料", "面料", "成人", "直接接触皮肤", "", "棉60%/涤纶40%", ""],
]
BAD_PRODUCTS = [
    ["SH-501", "鞋子", "鞋类", "成人", "是", "CN", "100%棉", ""],  # unknown category
    ["BB-102", "婴儿帽", "服装", "婴幼儿", "是", "CN", "90%棉", ""],  # composition of 90 %
    ["BB-101", "重复", "服装", "婴幼儿", "是", "CN", "100%棉", ""],  # duplicate SKU in the file
]


def write_csv(path: Path, rows: Sequence[Sequence[object]], *, encoding: str, sep: str = ",") -> Path:
    """Like Excel: quoted where needed, CRLF line ends, in the given encoding."""
    out = io.StringIO()
    csv.writer(out, delimiter=sep).writerows([["" if c is None else c for c in row] for row in rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def products_gb18030(path: Path) -> Path:
    """What Chinese Excel saves as "CSV (逗号分隔)": GB18030 bytes, Chinese headers."""
    return write_csv(path, [PRODUCT_HEADERS_ZH, *GOOD_PRODUCTS, *BAD_PRODUCTS], encoding="gb18030")


CERT_HEADERS_ZH = ["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期", "产品", "级别"]


def certificates_gb18030(path: Path) -> Path:
    """Mixed date formats, a bad date and an unknown product."""
    rows = [
        CERT_HEADERS_ZH,
        ["OEKO-TEX", "OT-1", "Hohenstein", "2025-10-24", "2026/10/23", "BB-101、KD-301", "Ⅰ类"],
        ["GOTS", "GOTS-2", "Control Union", "2025年3月1日", "2026.02.28", "BB-101", ""],
        ["检测报告", "TR-3", "SGS", "20250601", "长期", "HT-201", ""],
        ["gots", "GOTS-4", "CU", "2025-02-30", "", "BB-101", ""],  # no such day
        ["grs", "GRS-5", "CU", "2025-01-01", "2026-01-01", "NOPE-1", ""],  # unknown product
    ]
    return write_csv(path, rows, encoding="gb18030")


def products_xlsx(path: Path) -> Path:
    """A title row merged over the table, blank rows, numbers and dates typed as cells."""
    book = Workbook()
    ws = book.active
    ws.title = "产品清单"
    ws["A1"] = "2025 年产品清单"
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["SKU", "Name", "Category", "Age Group", "Skin contact", "Markets", "Composition", "Notes"])
    ws.append(["A-1", "Scarf", "Accessory", "adult", "yes", "EU JP", "wool 100", None])
    ws.append([None] * 8)
    ws.append([10023, "Pillow", "home textile", "Adult", "no", "CN", "polyester 100%", 12.0])
    ws.append(["A-3", "Bad one", "garment", "teen", "yes", "CN", "cotton 100", None])
    book.save(path)
    return path


def certificates_xlsx(path: Path) -> Path:
    """Dates as date cells, Excel serial numbers and text."""
    book = Workbook()
    ws = book.active
    ws.append(["Scheme", "Number", "Issuer", "Issued", "Expires", "Products", "Class"])
    ws.append(["oeko-tex", "X-1", "TESTEX", dt.date(2025, 10, 24), dt.datetime(2026, 10, 23), "A-1", "2"])
    ws.append(["GOTS", "X-2", "CU", 45954, 46318, "A-1; 10023", None])
    ws.append(["GOTS", "X-3", "CU", "2025-10-24", 123, "A-1", None])  # 123 is not a date
    book.save(path)
    return path
