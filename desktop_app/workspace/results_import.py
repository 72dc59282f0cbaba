"""Results of a lab report from a spreadsheet (GB18030 or UTF-8 CSV, .xlsx): dry run, then all or nothing.

Rows are matched to requirement items by key, by the item's Chinese or
English name, and by method where a name fits several standards; a row
without a SKU stands for every product the report covers. Every row is
checked as `ws.results.add` checks one result; a file with any bad row
writes nothing (the errors name the row and the column), a good one is
written in one transaction after an automatic backup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.applicability import Applicable
from ..core.catalogue import Requirement
from ..core.errors import AssistantError, ValidationError
from ..core.reasons import Reason
from ..core.results import TestResult
from ..imports.columns import Column, find_header, map_columns
from ..imports.errors import CellError, ImportFileError, RowError
from ..imports.readers import read_sheets
from ..imports.values import fold, parse_date, text
from ..imports.writers import write_table
from .changes import ChangeSet
from .results import Source, items_of

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["RESULT_COLUMNS", "ResultImport", "import_results", "write_results_template"]

RESULT_COLUMNS = (
    Column("sku", "货号", "SKU", ("款号", "产品编号", "样品货号", "productcode"), False),
    Column("standard", "标准", "Standard", ("标准号", "依据标准", "检测标准", "判定标准"), False),
    Column("item", "项目", "Item", ("检测项目", "检验项目", "测试项目", "testitem", "itemkey", "key"), True),
    Column("value", "结果", "Result", ("检测结果", "实测结果", "实测值", "测试结果", "value"), True),
    Column("unit", "单位", "Unit", ("计量单位",), False),
    Column("method", "方法", "Method", ("检测方法", "测试方法", "试验方法", "testmethod"), False),
    Column("tested", "检测日期", "Tested", ("测试日期", "检验日期", "日期", "date", "testdate"), False),
    Column("sample", "样品", "Sample", ("样品编号", "样品名称", "sampleno"), False),
)
EXAMPLE = ["BB-001", "GB 18401-2010", "formaldehyde", "16", "mg/kg", "GB/T 2912.1", "2026-11-20", "A1"]


@dataclass(frozen=True)
class ResultRow:
    row: int
    result: TestResult


@dataclass
class ResultImport:
    """What a results import found and (when applied) wrote."""

    file: str
    report: str
    rows: list[ResultRow] = field(default_factory=list)
    rejected: list[RowError] = field(default_factory=list)
    applied: bool = False
    backup: Path | None = None

    @property
    def changes(self) -> ChangeSet:
        if not self.applied:
            return ChangeSet.NONE
        return ChangeSet.RESULTS | (ChangeSet.BACKUPS if self.backup else ChangeSet.NONE)


def _standard_matches(cell: str, code: str) -> bool:
    """`GB 18401` names `GB 18401-2010`; codes compare without spaces and case."""
    wanted, have = fold(cell), fold(code)
    return not wanted or have == wanted or have.startswith(wanted + "-")


def match_item(
    applicable: dict[str, Applicable], *, item: str, standard: str = "", method: str = ""
) -> tuple[str, Requirement]:
    """The (standard code, item) a row names; ValidationError when none or several fit."""
    wanted = fold(item)
    found: dict[str, Requirement] = {}
    for code, a in applicable.items():
        if not _standard_matches(standard, code):
            continue
        for key, req in items_of(a).items():
            names = {fold(key), fold(req.item.zh or ""), fold(req.item.en or "")} - {""}
            if wanted in names:
                found[code] = req
    if len(found) > 1 and method:
        by_method = {c: r for c, r in found.items() if fold(r.method or "") == fold(method)}
        found = by_method or found
    if len(found) == 1:
        return next(iter(found.items()))
    if found:
        raise ValidationError("item", item, Reason.ITEM_AMBIGUOUS, standards=sorted(found))
    # the hint names the items of the standard the row names (all applicable ones when it names none)
    named = [a for code, a in applicable.items() if _standard_matches(standard, code)]
    known = [key for a in named or applicable.values() for key in items_of(a)][:8]
    raise ValidationError("item", item, Reason.UNKNOWN_ITEM_NAME, known=known)


def _table(path: Path) -> tuple[list[tuple[int, list[object]]], dict[str, int], dict[str, str]]:
    for sheet in read_sheets(path):
        index = find_header(sheet.rows, RESULT_COLUMNS)
        if index is None:
            continue
        columns = map_columns(sheet.rows[index][1], RESULT_COLUMNS)
        if columns.missing:
            raise ImportFileError(str(path), Reason.COLUMNS_MISSING, columns.missing)
        return sheet.rows[index + 1 :], columns.fields, columns.headers
    raise ImportFileError(str(path), Reason.NO_HEADER, tuple(c.header for c in RESULT_COLUMNS if c.required))


def _plan(ws: Workspace, path: Path, source: Source) -> ResultImport:
    report = source.report
    assert report is not None
    plan = ResultImport(str(path), report.number)
    rows, fields, headers = _table(path)
    contexts: dict[tuple[str, dt.date], dict[str, Applicable]] = {}

    def cell(cells: list[object], name: str) -> str:
        i = fields.get(name)
        return text(cells[i]) if i is not None and i < len(cells) else ""

    for number, cells in rows:
        skus = [cell(cells, "sku")] if cell(cells, "sku") else list(report.products)
        column = "sku"
        try:
            tested = report.issued
            if cell(cells, "tested"):
                column = "tested"
                try:
                    tested = parse_date(cells[fields["tested"]])
                except CellError as exc:
                    raise ValidationError("tested", cell(cells, "tested"), exc.code) from None
            if not skus:
                raise ValidationError("sku", "", Reason.UNKNOWN_SKU)
            for sku in skus:
                column = "sku"
                day = min(tested, ws.today())
                context = contexts.get((sku, day))
                if context is None:
                    context = contexts[(sku, day)] = ws.results._applicable(sku, day)
                column = "item"
                code, item = match_item(
                    context,
                    item=cell(cells, "item"),
                    standard=cell(cells, "standard"),
                    method=cell(cells, "method"),
                )
                column = "value"
                draft = TestResult(
                    sku=sku,
                    standard=code,
                    item=item.key,
                    value=cell(cells, "value"),
                    unit=cell(cells, "unit") or None,
                    method=cell(cells, "method") or item.method,
                    tested=tested,
                    sample=cell(cells, "sample"),
                    report=report.number,
                )
                plan.rows.append(ResultRow(number, ws.results.check(draft, source, context)))
        except AssistantError as exc:
            name = getattr(exc, "field", column).split(".")[-1]
            name = {"tested": "tested", "unit": "unit", "item": "item", "sku": "sku"}.get(name, column)
            value = getattr(exc, "value", "")
            plan.rejected.append(
                RowError(str(path), number, headers.get(name, name), text(value), exc.code, dict(exc.params))
            )
    return plan


def import_results(
    ws: Workspace, path: Path, *, report: str, apply: bool = False, report_version: int | None = None
) -> ResultImport:
    """Check every row (a dry run); with `apply` and no bad row, write them all after a backup
    (refused, nothing written, when the report is no longer at `report_version`)."""
    source = ws.results.source(report=report)
    plan = _plan(ws, Path(path), source)
    if not apply or plan.rejected or not plan.rows:
        return plan
    backup = ws.backups.auto_backup("import-results")
    ws.results.add([r.result for r in plan.rows], source, report_version=report_version)
    plan.applied, plan.backup = True, backup
    return plan


def write_results_template(path: Path) -> Path:
    """A results sheet with the bilingual headers and one example row."""
    if Path(path).suffix.lower() != ".xlsx":
        raise ImportFileError(str(path), Reason.TEMPLATE_XLSX)
    return write_table(Path(path), [c.header for c in RESULT_COLUMNS], [EXAMPLE], title="结果 Results")
