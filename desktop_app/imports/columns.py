"""The columns an import knows, by the names people give them in Chinese or English.

Headers are compared after folding (NFKC, lower case, no spaces), so
`SKU`, `sku `, `ＳＫＵ` and `货号` all find the SKU column; a bilingual header
such as `货号 SKU` or `到期日期 (Expires)` is matched by its parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .values import fold


@dataclass(frozen=True)
class Column:
    field: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def header(self) -> str:
        """The header templates and exports write: `货号 SKU`."""
        return f"{self.zh} {self.en}"


PRODUCT_COLUMNS = (
    Column("sku", "货号", "SKU", ("款号", "产品编号", "编号", "item", "itemno", "code", "productcode"), True),
    Column("name", "名称", "Name", ("品名", "产品名称", "名字", "productname", "description"), True),
    Column("category", "类别", "Category", ("类型", "产品类别", "分类", "type"), True),
    Column("age_group", "年龄段", "Age group", ("年龄", "适用年龄", "适用人群", "age", "agegroup"), True),
    Column("skin_contact", "接触皮肤", "Skin contact", ("直接接触皮肤", "皮肤接触", "skin"), True),
    Column("markets", "市场", "Markets", ("销售市场", "目标市场", "market"), False),
    Column(
        "composition",
        "成分",
        "Composition",
        ("纤维成分", "纤维含量", "成分含量", "fibre", "fiber", "fibres"),
        True,
    ),
    Column("claims", "声明", "Claims", ("标签声明", "claim"), False),
    Column("finishes", "后整理", "Finishes", ("整理", "工艺", "finish", "finishing"), False),
    Column("product_type", "产品类型", "Product type", ("品类", "款式", "producttype", "garmenttype"), False),
    Column("construction", "织造方式", "Construction", ("织法", "针织/机织", "fabricconstruction"), False),
    Column("components", "部件", "Components", ("辅件", "附件", "component", "trims"), False),
    Column("age_months", "适用月龄", "Age (months)", ("月龄", "agemonths", "age(months)"), False),
    Column("height_cm", "适用身高", "Height (cm)", ("身高", "height", "heightcm", "height(cm)"), False),
    Column("origins", "原料产地", "Origin", ("产地", "原产地", "origins", "countryoforigin"), False),
    Column("stage", "阶段", "Stage", ("产品阶段",), False),
    Column("customer", "客户", "Customer", ("客户名称", "client", "buyer"), False),
    Column("notes", "备注", "Notes", ("说明", "note", "remarks", "comment", "comments"), False),
)

CERTIFICATE_COLUMNS = (
    Column(
        "scheme", "证书类型", "Scheme", ("证书", "认证类型", "类型", "type", "certificate", "standard"), True
    ),
    Column(
        "number",
        "证书编号",
        "Number",
        ("编号", "证书号", "报告编号", "no", "no.", "certificateno", "certno"),
        True,
    ),
    Column("issuer", "发证机构", "Issuer", ("认证机构", "检测机构", "机构", "issuedby", "body", "lab"), True),
    Column(
        "issued",
        "颁发日期",
        "Issued",
        ("发证日期", "签发日期", "生效日期", "issuedate", "issuedon", "date"),
        True,
    ),
    Column(
        "expires",
        "到期日期",
        "Expires",
        ("有效期至", "失效日期", "截止日期", "有效期", "expiry", "expirydate", "validuntil", "expiresOn"),
        False,
    ),
    Column("products", "产品", "Products", ("货号", "覆盖产品", "适用产品", "sku", "skus", "product"), False),
    Column("product_class", "级别", "Class", ("产品级别", "类别", "等级", "productclass", "grade"), False),
    Column(
        "scope",
        "范围",
        "Scope",
        (
            "认证范围",
            "适用范围",
        ),
        False,
    ),
    Column("holder", "持证人", "Holder", ("持证单位", "证书持有人", "持有人", "certificateholder"), False),
    Column("notes", "备注", "Notes", ("说明", "note", "remarks", "comment"), False),
    Column("replaces", "替代", "Replaces", ("替代证书", "续期自", "renews", "replacescertificate"), False),
)

COLUMNS = {"products": PRODUCT_COLUMNS, "certificates": CERTIFICATE_COLUMNS}

_PARTS = re.compile(r"[\s/()\[\]（）【】|:：_\-]+")


def field_label(field: str, lang: str = "zh") -> str:
    """A field's column name in `lang` (zh or en), as templates and exports head it; else the field."""
    for column in (*PRODUCT_COLUMNS, *CERTIFICATE_COLUMNS):
        if column.field == field:
            return column.zh if lang.startswith("zh") else column.en
    return field


def _names(columns: tuple[Column, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for col in columns:
        for name in (col.field, col.zh, col.en, col.header, *col.aliases):
            names.setdefault(fold(name), col.field)
    return names


def field_of(header: object, columns: tuple[Column, ...]) -> str | None:
    """The field a header names, or None for a column the import does not use."""
    if header is None:
        return None
    raw = str(header).replace("*", "").strip()
    names = _names(columns)
    found = names.get(fold(raw))
    if found:
        return found
    parts = {names.get(fold(p)) for p in _PARTS.split(raw) if p.strip()} - {None}
    return parts.pop() if len(parts) == 1 else None


@dataclass(frozen=True)
class ColumnMap:
    """Which cell index holds which field, and what the file called it."""

    fields: dict[str, int]  # field → cell index
    headers: dict[str, str]  # field → header as written in the file
    ignored: tuple[str, ...]  # headers not used
    missing: tuple[str, ...]  # required columns not found, as `货号 SKU`


def map_columns(header_cells: list[object], columns: tuple[Column, ...]) -> ColumnMap:
    fields: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header_cells):
        name = field_of(cell, columns)
        if name is None or name in fields:
            if cell is not None and str(cell).strip():
                ignored.append(str(cell).strip())
            continue
        fields[name] = index
        headers[name] = str(cell).strip()
    missing = tuple(c.header for c in columns if c.required and c.field not in fields)
    return ColumnMap(fields, headers, tuple(ignored), missing)


def find_header(
    rows: list[tuple[int, list[object]]], columns: tuple[Column, ...], *, look: int = 10
) -> int | None:
    """Index (in `rows`) of the header row: the first of the first rows naming two or more known columns.

    Title rows above the table (often merged cells) and notes are skipped.
    """
    best, best_count = None, 1
    for index, (_number, cells) in enumerate(rows[:look]):
        count = len({field_of(c, columns) for c in cells} - {None})
        if count > best_count:
            best, best_count = index, count
            if count >= sum(1 for c in columns if c.required):
                break
    return best
