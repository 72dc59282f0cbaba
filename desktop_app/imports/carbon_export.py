"""A product's carbon-footprint data for a verifier or the regional platform: JSON or xlsx.

Both hold the same three parts: the activity data per declared unit (with
quality and allocation), the factors used (with their sources), and the
screening estimate. Both read back (`read_export`) to the same activity data
and factors, so a verifier's corrections can come back the same way. Text
cells in the xlsx are typed as text, so a name such as `=HYPERLINK(...)`
stays text (see `formula_guard` for why that matters); the JSON is marked
as a screening estimate.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from ..core.carbon import Activity, ActivityData
from ..core.carbon_estimate import Estimate, estimate_json
from ..core.catalogue import Factor, LocalText
from ..core.errors import Reason, ValidationError

FORMAT = "textile-assistant-carbon"
VERSION = 1
ACTIVITY_FIELDS = [f.name for f in dataclasses.fields(Activity)]
FACTOR_FIELDS = [
    "id",
    "kind",
    "name_zh",
    "name_en",
    "region",
    "value",
    "unit",
    "scope",
    "year",
    "source_zh",
    "source_en",
    "url",
]


def _factor_json(f: Factor) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "name_zh": f.name.zh,
        "name_en": f.name.en,
        "region": f.region,
        "value": f.value,
        "unit": f.unit,
        "scope": f.scope,
        "year": f.year,
        "source_zh": f.source.zh,
        "source_en": f.source.en,
        "url": f.url,
    }


def _factor(d: dict[str, Any]) -> Factor:
    return Factor(
        id=d["id"],
        kind=d["kind"],
        name=LocalText(zh=d.get("name_zh"), en=d.get("name_en")),
        region=d["region"],
        value=float(d["value"]),
        unit=d["unit"],
        scope=d["scope"],
        year=int(d["year"]),
        source=LocalText(zh=d.get("source_zh"), en=d.get("source_en")),
        url=d.get("url") or None,
    )


def export_json(data: ActivityData, e: Estimate, factors: list[Factor]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "mark": {"zh": "估算 · 未经第三方核查", "en": "Screening estimate — not third-party verified"},
        "sku": data.sku,
        "batch": data.batch,
        "declared_unit": data.declared_unit,
        "note": data.note,
        "activities": [dataclasses.asdict(a) for a in data.activities],
        "factors": [_factor_json(f) for f in factors],
        "estimate": estimate_json(e),
    }


def write_export(path: Path, data: ActivityData, e: Estimate, factors: list[Factor]) -> None:
    doc = export_json(data, e, factors)
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    elif suffix == ".xlsx":
        _write_xlsx(path, doc)
    else:
        raise ValidationError("output", path.name, Reason.NOT_ONE_OF, allowed=[".json", ".xlsx"])


def _write_xlsx(path: Path, doc: dict[str, Any]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]

    book = Workbook(write_only=True)

    def sheet(title: str, headers: list[str], rows: list[list[Any]]) -> None:
        ws = book.create_sheet(title)
        ws.append(headers)
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, str):
                    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                    cell.data_type = "s"  # text stays text, never a formula
                    cells.append(cell)
                else:
                    cells.append(value)
            ws.append(cells)

    est = doc["estimate"]
    sheet(
        "estimate",
        ["key", "value"],
        [
            ["mark", f"{doc['mark']['zh']} / {doc['mark']['en']}"],
            ["sku", doc["sku"]],
            ["batch", doc["batch"] or ""],
            ["declared_unit", doc["declared_unit"]],
            ["note", doc["note"]],
            ["total_kgco2e", est["total_kgco2e"]],
            ["low_kgco2e", est["low_kgco2e"]],
            ["high_kgco2e", est["high_kgco2e"]],
            ["measured_share", est["measured_share"]],
        ],
    )
    sheet("activities", ACTIVITY_FIELDS, [[_cell(a[k]) for k in ACTIVITY_FIELDS] for a in doc["activities"]])
    sheet("factors", FACTOR_FIELDS, [[_cell(f[k]) for k in FACTOR_FIELDS] for f in doc["factors"]])
    keys = [
        "source",
        "stage",
        "kgco2e",
        "factor_id",
        "factor_value",
        "factor_unit",
        "factor_scope",
        "quality",
    ]
    sheet("breakdown", keys, [[_cell(li[k]) for k in keys] for li in est["breakdown"]])
    book.save(path)


def _cell(value: Any) -> Any:
    return "" if value is None else value


def read_export(path: Path) -> tuple[ActivityData, list[Factor]]:
    """The activity data and factors of an export, from either format."""
    if path.suffix.lower() == ".json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            raise ValidationError("format", doc.get("format"), Reason.NOT_ONE_OF, allowed=[FORMAT])
        head = doc
        activities = doc["activities"]
        factors = doc["factors"]
    else:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        rows = {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
        book.close()
        head = {k: v for k, v in rows["estimate"][1:]}
        activities = [_record(rows["activities"][0], r) for r in rows["activities"][1:]]
        factors = [_record(rows["factors"][0], r) for r in rows["factors"][1:]]
        for a in activities:
            for k in ("energy_content", "factor_id", "allocation"):
                a[k] = a[k] if a[k] != "" else None
        for f in factors:
            f["url"] = f["url"] or None
    data = ActivityData(
        sku=head["sku"],
        declared_unit=head["declared_unit"],
        batch=head.get("batch") or None,
        note=head.get("note") or "",
        activities=tuple(Activity(**{k: a[k] for k in ACTIVITY_FIELDS}) for a in activities),
    )
    return data, [_factor(f) for f in factors]


def _record(headers: tuple[Any, ...], row: tuple[Any, ...]) -> dict[str, Any]:
    return {str(h): ("" if v is None else v) for h, v in zip(headers, row)}
