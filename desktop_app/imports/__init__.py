"""Spreadsheet import and export: `.xlsx` and `.csv` files ↔ products and certificates.

Only reading, understanding and writing files lives here (core types and
openpyxl/csv); deciding what is new or changed and writing to the database
is the workspace's `TransferService`.
"""

from __future__ import annotations

from .columns import CERTIFICATE_COLUMNS, COLUMNS, PRODUCT_COLUMNS, Column, ColumnMap
from .errors import ImportFileError, RowError
from .limits import SheetLimits
from .readers import Sheet, detect_encoding, read_sheets, sniff_separator
from .records import ParsedFile, ParsedRow, read_records
from .writers import (
    CERT_REGISTER_EXTRA,
    certificate_cells,
    headers,
    product_cells,
    table_format,
    write_table,
    write_template,
)

__all__ = [
    "CERTIFICATE_COLUMNS",
    "CERT_REGISTER_EXTRA",
    "COLUMNS",
    "PRODUCT_COLUMNS",
    "Column",
    "ColumnMap",
    "ImportFileError",
    "ParsedFile",
    "ParsedRow",
    "RowError",
    "Sheet",
    "SheetLimits",
    "certificate_cells",
    "detect_encoding",
    "headers",
    "product_cells",
    "read_records",
    "read_sheets",
    "sniff_separator",
    "table_format",
    "write_table",
    "write_template",
]
