"""`ws.requirement_sets`: the firm's own requirement sets (buyers' restricted substance lists).

Imported from a spreadsheet (item, limit as printed, unit, method; a key
column optional), each limit parsed into a `check` or the row refused; the
whole file is refused when any row is bad (nothing half-imported). A set
applies to the products with its customer, or to the SKUs chosen, and is
judged like a standard by `ws.compliance`. A sync never touches it.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.catalogue import LocalText, Requirement
from ..core.errors import NotFoundError, ValidationError
from ..core.reasons import Reason
from ..core.requirement_sets import RequirementSet, item_key, parse_limit
from ..db.catalogue_repo import CatalogueRepo
from ..db.dialect import IMPORT_LOCK, hold_transaction_lock
from ..db.products_repo import ProductsRepo
from ..db.requirement_sets_repo import RequirementSetsRepo
from ..imports.columns import Column, find_header, map_columns
from ..imports.errors import ImportFileError, RowError
from ..imports.readers import read_sheets
from ..imports.values import text
from .changes import Changed, ChangeSet

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["RSL_COLUMNS", "RequirementSetService", "RslImport"]

RSL_COLUMNS = (
    Column("key", "代号", "Key", ("项目代号", "编码", "code"), False),
    Column("name", "项目", "Item", ("物质", "限用物质", "检测项目", "substance", "parameter"), True),
    Column("name_en", "英文名称", "Item (English)", ("englishname", "substance(en)"), False),
    Column("limit", "限值", "Limit", ("限量", "要求", "指标", "limitvalue", "requirement"), True),
    Column("unit", "单位", "Unit", ("计量单位",), False),
    Column("method", "方法", "Method", ("检测方法", "测试方法", "testmethod"), False),
)


@dataclass
class RslImport:
    file: str
    requirement_set: RequirementSet | None = None
    rejected: list[RowError] = field(default_factory=list)

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.RESULTS if self.requirement_set is not None else ChangeSet.NONE


def _items(path: Path) -> tuple[list[Requirement], list[RowError]]:
    for sheet in read_sheets(path):
        index = find_header(sheet.rows, RSL_COLUMNS)
        if index is None:
            continue
        columns = map_columns(sheet.rows[index][1], RSL_COLUMNS)
        if columns.missing:
            raise ImportFileError(str(path), Reason.COLUMNS_MISSING, columns.missing)
        break
    else:
        raise ImportFileError(str(path), Reason.NO_HEADER, tuple(c.header for c in RSL_COLUMNS if c.required))
    items: list[Requirement] = []
    errors: list[RowError] = []
    used: set[str] = set()
    for number, cells in sheet.rows[index + 1 :]:

        def cell(name: str, cells: list[object] = cells) -> str:
            i = columns.fields.get(name)
            return text(cells[i]) if i is not None and i < len(cells) else ""

        name, limit, unit = cell("name"), cell("limit"), cell("unit") or None
        try:
            check = parse_limit(limit, unit)
        except ValidationError as exc:
            column = columns.headers.get(exc.field, columns.headers.get("limit", "limit"))
            errors.append(RowError(str(path), number, column, text(exc.value), exc.code, dict(exc.params)))
            continue
        key = cell("key") or item_key(cell("name_en") or name, used)
        if key in used:
            errors.append(
                RowError(str(path), number, columns.headers.get("key", "key"), key, Reason.REPEATED_VALUE)
            )
            continue
        used.add(key)
        zh = name if any("\u4e00" <= ch <= "\u9fff" for ch in name) else None
        en = cell("name_en") or (None if zh else name)
        items.append(
            Requirement(
                key=key,
                item=LocalText(zh, en),
                grade=None,
                limit=limit,
                unit=unit,
                method=cell("method") or None,
                check=check,
            )
        )
    return items, errors


class RequirementSetService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def import_file(
        self, path: Path, *, code: str, title: str, customer: str = "", skus: Sequence[str] = ()
    ) -> RslImport:
        """Read, check and store a set; with any bad row nothing is stored (see `rejected`)."""
        code, customer = code.strip(), customer.strip()
        if not code:
            raise ValidationError("code", code, Reason.EMPTY)
        if not customer and not skus:
            raise ValidationError("customer", "", Reason.RSL_NO_TARGET)
        with self.ws.session() as s:
            if CatalogueRepo(s).standard(code) is not None:
                raise ValidationError("code", code, Reason.RSL_CODE_IS_STANDARD)
            for sku in skus:
                if not ProductsRepo(s).exists(sku):
                    raise NotFoundError("product", sku)
        items, errors = _items(Path(path))
        report = RslImport(str(path), rejected=errors)
        if errors or not items:
            return report
        draft = RequirementSet(
            code=code, title=title.strip() or code, items=tuple(items), customer=customer, skus=tuple(skus)
        )
        with self.ws.session() as s:
            # one import at a time on a host: the same code imported on two PCs at once is a
            # ConflictError for the second (as on SQLite), not a broken unique index
            hold_transaction_lock(s, IMPORT_LOCK)
            report.requirement_set = RequirementSetsRepo(s).add(draft)
        self.ws.compliance.invalidate()
        return report

    def list(self) -> builtins.list[RequirementSet]:
        with self.ws.session() as s:
            return RequirementSetsRepo(s).list()

    def get(self, code: str) -> RequirementSet:
        with self.ws.session() as s:
            return RequirementSetsRepo(s).get(code)

    def remove(self, code: str) -> Changed[str]:
        """Remove a set; results entered against it stay, as history."""
        with self.ws.session() as s:
            RequirementSetsRepo(s).remove(code)
        self.ws.compliance.invalidate()
        return Changed(code, ChangeSet.RESULTS)
