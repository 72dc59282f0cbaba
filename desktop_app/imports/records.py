"""Rows of a sheet → products or certificates, each bad row kept as a `RowError`.

Reading never stops at a bad row: every row is either a validated record or
one or more errors naming its row, column and reason, so the user sees all
that is wrong in one go. Whether a record is new, changed or unchanged is
the workspace's question (it needs the database); duplicates within the
file are found here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.certificates import (
    OEKO_TEX_CLASSES,
    Certificate,
    key_of,
    normalise_scheme,
    validate_certificate,
)
from ..core.errors import ValidationError
from ..core.products import Product, validate_product
from ..core.reasons import Reason
from . import values as v
from .columns import COLUMNS, ColumnMap, find_header, map_columns
from .errors import CellError, ImportFileError, RowError
from .readers import Sheet, read_sheets

Record = Product | Certificate

# ValidationError.field of the core → the import's column field
_PRODUCT_FIELDS = {
    "market": "markets",
    "fibre": "composition",
    "claim": "claims",
    "finish": "finishes",
    "component": "components",
    "origin": "origins",
}
PREVIEW_ROWS = 20
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


@dataclass(frozen=True)
class ParsedRow:
    row: int
    record: Record

    @property
    def key(self) -> str:
        return self.record.sku if isinstance(self.record, Product) else self.record.number


@dataclass
class ParsedFile:
    """A file read for import: good rows, bad rows, and how its columns were understood."""

    file: str
    kind: str  # "products" | "certificates"
    sheet: str
    header_row: int
    columns: ColumnMap
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    encoding: str | None = None
    separator: str | None = None
    # the header row and the first rows as text, for the import dialog's preview
    preview: list[tuple[int, list[str]]] = field(default_factory=list)

    @property
    def fields(self) -> frozenset[str]:
        """Fields the file has a column for; an update changes only these."""
        return frozenset(self.columns.fields)


class _Row:
    """One row's cells by field, collecting errors instead of raising."""

    def __init__(self, file: str, number: int, cells: list[object], columns: ColumnMap) -> None:
        self.file, self.number, self.cells, self.columns = file, number, cells, columns
        self.errors: list[RowError] = []

    def raw(self, name: str) -> object:
        index = self.columns.fields.get(name)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def error(self, name: str, value: object, code: Reason, params: dict[str, object] | None = None) -> None:
        header = self.columns.headers.get(name, name)
        self.errors.append(RowError(self.file, self.number, header, v.text(value), code, dict(params or {})))

    def get(self, name: str, parse: Callable[[object], object], default: object = None) -> object:
        value = self.raw(name)
        if name not in self.columns.fields:
            return default
        try:
            return parse(value)
        except CellError as exc:
            self.error(name, value, exc.code, exc.params)
            return default


def read_records(
    path: Path,
    kind: str,
    *,
    encoding: str | None = None,
    known_skus: Callable[[str], bool] | None = None,
) -> ParsedFile:
    """Read `path` as a products or certificates list.

    `known_skus` lets a certificate's product list contain SKUs with a `/`
    (`AB/12`) while still splitting `A1/A2`; without it, `/` always separates.
    Raises ImportFileError when no sheet has the required columns.
    """
    if kind not in COLUMNS:
        raise ValueError(f"kind must be one of {', '.join(COLUMNS)}")
    columns = COLUMNS[kind]
    sheets = read_sheets(Path(path), encoding=encoding)
    file = Path(path).name
    found: tuple[Sheet, int, ColumnMap] | None = None
    for sheet in sheets:
        index = find_header(sheet.rows, columns)
        if index is None:
            continue
        cmap = map_columns(sheet.rows[index][1], columns)
        if found is None or len(cmap.missing) < len(found[2].missing):
            found = (sheet, index, cmap)
        if not cmap.missing:
            break
    if found is None:
        needed = tuple(c.header for c in columns if c.required)
        raise ImportFileError(file, Reason.NO_HEADER, needed)
    sheet, index, cmap = found
    if cmap.missing:
        raise ImportFileError(file, Reason.COLUMNS_MISSING, cmap.missing)
    parsed = ParsedFile(
        file,
        kind,
        sheet.name,
        sheet.rows[index][0],
        cmap,
        encoding=sheet.encoding,
        separator=sheet.separator,
        preview=[
            (n, [v.text(c) for c in cells]) for n, cells in sheet.rows[index : index + 1 + PREVIEW_ROWS]
        ],
    )
    read_row = _product if kind == "products" else _certificate
    first_seen: dict[str, int] = {}
    for number, cells in sheet.rows[index + 1 :]:
        row = _Row(file, number, cells, cmap)
        record = read_row(row, known_skus)
        if record is not None and not row.errors:
            key = record.sku if isinstance(record, Product) else str(key_of(record))
            shown = record.sku if isinstance(record, Product) else record.number
            key_field = "sku" if isinstance(record, Product) else "number"
            if key in first_seen:
                row.error(key_field, shown, Reason.REPEATED_IN_FILE, {"first_row": first_seen[key]})
            else:
                first_seen[key] = number
                parsed.rows.append(ParsedRow(number, record))
        parsed.errors.extend(row.errors)
    return parsed


def _product(row: _Row, _known: Callable[[str], bool] | None) -> Product | None:
    sku = v.text(row.raw("sku"))
    product = Product(
        sku=sku,
        name=v.text(row.raw("name")),
        category=row.get("category", lambda x: v.choice(x, v.CATEGORY_WORDS), ""),  # type: ignore[arg-type]
        age_group=row.get("age_group", lambda x: v.choice(x, v.AGE_WORDS), ""),  # type: ignore[arg-type]
        skin_contact=row.get("skin_contact", lambda x: v.choice(x, v.SKIN_WORDS), ""),  # type: ignore[arg-type]
        markets=row.get("markets", v.markets, ("CN",)),  # type: ignore[arg-type]
        composition=row.get("composition", v.parse_composition, ()),  # type: ignore[arg-type]
        claims=row.get("claims", lambda x: v.words_list(x, v.CLAIM_WORDS), ()),  # type: ignore[arg-type]
        finishes=row.get("finishes", lambda x: v.words_list(x, v.FINISH_WORDS), ()),  # type: ignore[arg-type]
        stage=row.get("stage", lambda x: v.choice(x, v.STAGE_WORDS) if v.text(x) else "final", "final"),  # type: ignore[arg-type]
        product_type=row.get("product_type", lambda x: v.optional_choice(x, v.TYPE_WORDS)),  # type: ignore[arg-type]
        construction=row.get("construction", lambda x: v.optional_choice(x, v.CONSTRUCTION_WORDS)),  # type: ignore[arg-type]
        components=row.get("components", lambda x: v.words_list(x, v.COMPONENT_WORDS), ()),  # type: ignore[arg-type]
        age_months=row.get("age_months", v.age_range),  # type: ignore[arg-type]
        height_cm=row.get("height_cm", v.height_range),  # type: ignore[arg-type]
        origins=row.get("origins", lambda x: v.words_list(x, v.ORIGIN_WORDS), ()),  # type: ignore[arg-type]
        customer=v.text(row.raw("customer")),
        notes=v.text(row.raw("notes")),
    )
    if row.errors:
        return None
    try:
        return validate_product(product)
    except ValidationError as exc:
        name = _PRODUCT_FIELDS.get(exc.field, exc.field)
        row.error(name, exc.value if name not in ("composition",) else row.raw(name), exc.code, exc.params)
        return None


def split_skus(value: object, known: Callable[[str], bool] | None) -> tuple[str, ...]:
    """`A1, A2; A3、A4 / A5` → SKUs; a part with `/` is kept whole when it is a known SKU."""
    out: list[str] = []
    for part in v.split_list(value):
        if "/" in part and not (known is not None and known(part)):
            out.extend(p.strip() for p in part.split("/") if p.strip())
        else:
            out.append(part)
    return tuple(out)


def oeko_tex_class(value: object) -> str:
    """`I`, `1`, `Ⅱ类`, `class III`, `产品级别 IV` → I..IV; anything else is kept as written."""
    raw = unicodedata.normalize("NFKC", v.text(value)).upper()
    core = re.sub(r"PRODUCTCLASS|CLASS|产品级别|级别|类|级|\s", "", raw)
    core = _ROMAN.get(core, core)
    return core if core in OEKO_TEX_CLASSES else raw


def _certificate(row: _Row, known: Callable[[str], bool] | None) -> Certificate | None:
    scheme_raw = v.text(row.raw("scheme"))
    try:
        scheme = normalise_scheme(scheme_raw)
    except ValidationError as exc:
        row.error("scheme", scheme_raw, exc.code, exc.params)
        scheme = ""
    issued = row.get("issued", v.parse_date)
    expires = row.get("expires", v.parse_optional_date)
    klass = v.text(row.raw("product_class"))
    if scheme == "oeko-tex-100" and klass:
        klass = oeko_tex_class(klass)
    if row.errors:
        return None
    cert = Certificate(
        scheme=scheme,
        number=v.text(row.raw("number")),
        issuer=v.text(row.raw("issuer")),
        issued=issued,  # type: ignore[arg-type]
        expires=expires,  # type: ignore[arg-type]
        holder=v.text(row.raw("holder")),
        scope=v.text(row.raw("scope")),
        product_class=klass,
        notes=v.text(row.raw("notes")),
        products=split_skus(row.raw("products"), known),
        replaces=v.text(row.raw("replaces")) or None,
    )
    try:
        return validate_certificate(cert)
    except ValidationError as exc:
        field_name = exc.field if exc.field in row.columns.fields else "number"
        row.error(field_name, exc.value, exc.code, exc.params)
        return None
