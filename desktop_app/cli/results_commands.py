"""`results add|list|import|remove|template`, `compliance SKU` and `rsl import|list|remove`.

The JSON shapes are what other tools rely on (issue 14): `compliance --json`
is a list, one object per applicable standard (and requirement set), with
`code`, `grade`, `status`, `best_grade` and `items`, each item with `key`,
`limit`, `result` (as printed, or null), `verdict`, `tested` and `source`.
A bad value, item, unit, date or source is refused with one line naming
the field, and nothing is written; a spreadsheet applies all or nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..core.compliance import ItemStatus, StandardStatus
from ..core.errors import Reason, ValidationError
from ..core.limit_wording import limit_text
from ..core.results import TestResult
from . import open_workspace
from .cert_commands import parse_date
from .messages import current_language, error_line, reason_line, status_word
from .output import EXIT_BAD_INPUT, dry_run_line, error, print_json, print_table, say, write, written_line
from .plural import count


def register(sub: Any) -> None:
    res = sub.add_parser("results", help="test results of lab reports and checklists / 检测结果")
    rsub = res.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    add = rsub.add_parser("add", help="record results of one report or checklist")
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--report", metavar="NUMBER", help="the test report's number")
    source.add_argument("--checklist", metavar="ID", help="the printed checklist's id (its QR code)")
    add.add_argument(
        "--sku", action="append", required=True, help="product (repeatable: one report, several)"
    )
    add.add_argument("--standard", required=True, metavar="CODE", help="standard or requirement set code")
    add.add_argument("--item", action="append", required=True, metavar="KEY=VALUE", help="repeatable")
    add.add_argument("--unit", help="unit of the values (default: the item's)")
    add.add_argument("--tested", metavar="YYYY-MM-DD", help="default: the report's date, else today")
    add.add_argument("--inspector", default="", metavar="NAME", help="who tested or entered them")
    add.add_argument("--sample", default="", help="the sample's name or number")
    add.add_argument("--method", help="test method, when not the item's")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    ls = rsub.add_parser("list", help="results, newest first")
    ls.add_argument("--sku")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    imp = rsub.add_parser("import", help="a lab report's results from .xlsx/.csv (dry run without --apply)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--report", required=True, metavar="NUMBER")
    imp.add_argument("--apply", action="store_true", help="write them (all or nothing, after a backup)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_import)

    rm = rsub.add_parser("remove", help="remove one result by id")
    rm.add_argument("id", type=int)
    rm.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="remove only if the result is still at version N (as `results list --json` printed it)",
    )
    rm.set_defaults(handler=_remove)

    tpl = rsub.add_parser("template", help="write an .xlsx template for results")
    tpl.add_argument("file", type=Path)
    tpl.set_defaults(handler=_template)

    comp = sub.add_parser("compliance", help="is a product proven compliant? / 合规状态")
    comp.add_argument("sku")
    comp.add_argument("--as-of", metavar="YYYY-MM-DD", help="default: today")
    comp.add_argument("--json", action="store_true")
    comp.set_defaults(handler=_compliance)

    rsl = sub.add_parser("rsl", help="the firm's requirement sets (buyers' lists) / 客户要求清单")
    ssub = rsl.add_subparsers(dest="rsl_command", metavar="ACTION", required=True)
    si = ssub.add_parser("import", help="import a requirement set from .xlsx/.csv")
    si.add_argument("file", type=Path)
    si.add_argument("--code", required=True)
    si.add_argument("--title", required=True)
    target = si.add_mutually_exclusive_group(required=True)
    target.add_argument("--customer", help="products with this customer get the set")
    target.add_argument("--sku", action="append", help="or these products (repeatable)")
    si.add_argument("--json", action="store_true")
    si.set_defaults(handler=_rsl_import)
    sl = ssub.add_parser("list", help="requirement sets")
    sl.add_argument("--json", action="store_true")
    sl.set_defaults(handler=_rsl_list)
    sr = ssub.add_parser("remove", help="remove a requirement set (its results stay)")
    sr.add_argument("code")
    sr.set_defaults(handler=_rsl_remove)


def result_json(r: TestResult) -> dict[str, Any]:
    return {
        "id": r.id,
        "sku": r.sku,
        "standard": r.standard,
        "requirement_set": r.requirement_set,
        "item": r.item,
        "value": r.value,
        "unit": r.unit,
        "method": r.method,
        "report": r.report,
        "checklist": r.checklist,
        "tested": r.tested.isoformat(),
        "sample": r.sample,
        "entered_by": r.entered_by,
        "version": r.version,
    }


def source_of(r: TestResult | None) -> str | None:
    if r is None:
        return None
    if r.report:
        return say(f"报告 {r.report}", f"report {r.report}")
    return say(f"检查表 {r.checklist}", f"checklist {r.checklist}") if r.checklist else None


def _item_pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise ValidationError("item", text, Reason.ITEM_VALUE_FORMAT)
    return key.strip(), value.strip()


def _add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    source = ws.results.source(report=args.report, checklist=args.checklist)
    tested = parse_date("tested", args.tested)
    if tested is None:
        tested = source.report.issued if source.report is not None else ws.today()
    pairs = [_item_pair(i) for i in args.item]
    drafts = [
        TestResult(
            sku=sku,
            standard=args.standard,
            item=key,
            value=value,
            unit=args.unit,
            method=args.method,
            tested=tested,
            sample=args.sample,
            entered_by=args.inspector,
        )
        for sku in dict.fromkeys(args.sku)
        for key, value in pairs
    ]
    stored = ws.results.add(drafts, source).value
    if args.json:
        print_json([result_json(r) for r in stored])
    else:
        ids = ", ".join(str(r.id) for r in stored)
        write(say(f"已记录 {len(stored)} 条结果：{ids}", f"recorded {count(len(stored), 'result')}: {ids}"))
    return 0


def _list(args: argparse.Namespace) -> int:
    found = open_workspace(args).results.list(sku=args.sku)
    if args.json:
        print_json([result_json(r) for r in found])
        return 0
    print_table(
        [say("编号", "id"), say("货号", "SKU"), say("标准", "Standard"), say("项目", "Item")]
        + [say("结果", "Result"), say("检测日期", "Tested"), say("来源", "Source")],
        [
            (r.id, r.sku, r.standard, r.item, f"{r.value} {r.unit or ''}".strip(), r.tested, source_of(r))
            for r in found
        ],
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..imports.errors import ImportFileError
    from ..workspace.results_import import import_results

    try:
        plan = import_results(open_workspace(args), args.file, report=args.report, apply=args.apply)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    rejected = [
        {
            "row": e.row,
            "column": e.column,
            "value": e.value,
            "code": e.code.value,
            "message": reason_line(e.code, e.params),
        }
        for e in plan.rejected
    ]
    if args.json:
        print_json(
            {
                "file": plan.file,
                "report": plan.report,
                "applied": plan.applied,
                "backup": str(plan.backup) if plan.backup else None,
                "results": [{"row": r.row, **result_json(r.result)} for r in plan.rows],
                "rejected": rejected,
            }
        )
    else:
        print_table(
            [
                say("行", "row"),
                say("货号", "SKU"),
                say("标准", "Standard"),
                say("项目", "Item"),
                say("结果", "Result"),
            ],
            [(r.row, r.result.sku, r.result.standard, r.result.item, r.result.value) for r in plan.rows],
        )
        if rejected:
            write("\n" + say(f"拒绝：{len(rejected)} 行", f"rejected: {count(len(rejected), 'row')}"))
            print_table(
                [say("行", "row"), say("列", "column"), say("值", "value"), say("原因", "reason")],
                [(e["row"], e["column"], e["value"], e["message"]) for e in rejected],
            )
            write(say("有错误行，未写入任何数据：请改正以上各行", "nothing written: fix the rows above"))
        elif plan.applied:
            write(written_line(plan.backup))
        else:
            write(dry_run_line())
    return EXIT_BAD_INPUT if rejected else 0


def _remove(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    # the version this command read: a change from another PC in between is refused, not deleted
    seen = args.if_version if args.if_version is not None else ws.results.get(args.id).version
    removed = ws.results.remove(args.id, version=seen).value
    write(say(f"已删除结果 {removed.id}", f"removed result {removed.id}"))
    return 0


def _template(args: argparse.Namespace) -> int:
    from ..workspace.results_import import write_results_template

    write(str(write_results_template(args.file)))
    return 0


def item_json(i: ItemStatus) -> dict[str, Any]:
    j = i.judgement
    return {
        "key": i.key,
        "item": i.requirement.item.to_json(),
        "limit": i.requirement.limit,
        "unit": i.requirement.unit,
        "check": i.requirement.check.to_json() if i.requirement.check is not None else None,
        "result": i.result.value if i.result is not None else None,
        "result_unit": i.result.unit if i.result is not None else None,
        "verdict": i.verdict,
        "passed": i.passed,
        "margin": j.margin if j is not None else None,
        "margin_unit": j.unit if j is not None else None,
        "why": j.why.value if j is not None and j.why is not None else None,
        "meets": i.meets,
        "tested": i.result.tested.isoformat() if i.result is not None else None,
        "expires": i.expires.isoformat() if i.expires else None,
        "expired": i.expired,
        "source": source_of(i.result),
    }


def status_json(st: StandardStatus) -> dict[str, Any]:
    return {
        "code": st.code,
        "title": st.standard.title.to_json(),
        "mandatory": st.standard.mandatory,
        "requirement_set": "requirement-set" in st.standard.tags,
        "grade": st.grade,
        "applies": st.applies,
        "status": st.status,
        "conditions": list(st.conditions),
        "best_grade": st.best_grade,
        "reasons": [r.to_json() for r in st.reasons],
        "items": [item_json(i) for i in st.items],
    }


def _short(name: str, width: int = 14) -> str:
    """An item's name cut at its first note in brackets, and to `width` characters."""
    name = name.split("（")[0].split(" (")[0]
    return name if len(name) <= width else name[: width - 1] + "…"


def _item_line(i: ItemStatus, lang: str) -> str:
    if i.result is None:
        return "-"
    text = f"{i.result.value} {i.result.unit or i.requirement.unit or ''}".strip()
    j = i.judgement
    if j is not None and j.margin is not None:
        over = f"{j.margin:g} {j.unit or ''}".strip()
        text += f"（超出 {over}）" if lang.startswith("zh") else f" (+{over} over)"
    if i.meets:
        text += f"［符合 {i.meets} 级］" if lang.startswith("zh") else f" [meets {i.meets}]"
    return text


def _compliance(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    as_of: dt.date | None = parse_date("as_of", args.as_of)
    found = ws.compliance.for_product(args.sku, as_of)
    if args.json:
        print_json([status_json(st) for st in found])
        return 0
    zh = current_language().startswith("zh")
    lang = "zh" if zh else "en"
    for st in found:
        grade = f" {st.grade}" if st.grade else ""
        others = [status_word(c) for c in st.conditions if c != st.status]
        line = f"\n{st.code}{grade}: {status_word(st.status)}"
        if others:
            line += ("（另有：" + "、".join(others) + "）") if zh else f" (also {', '.join(others)})"
        if st.best_grade:
            line += f"；最高可达 {st.best_grade} 级" if zh else f"; best grade {st.best_grade}"
        write(line)
        print_table(
            [say("项目", "Item"), say("名称", "Name"), say("限值", "Limit"), say("结果", "Result")]
            + [say("判定", "Verdict"), say("检测日期", "Tested"), say("来源", "Source")],
            [
                (
                    i.key,  # what `results add --item KEY=VALUE` takes
                    _short(i.requirement.item.get(lang)),
                    limit_text(i.requirement.limit, i.requirement.unit, lang),
                    _item_line(i, lang),
                    status_word(i.verdict) + (f" ({status_word('expired')})" if i.expired else ""),
                    i.result.tested if i.result else "",
                    source_of(i.result),
                )
                for i in st.items
            ],
        )
    return 0


def _rsl_import(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    report = ws.requirement_sets.import_file(
        args.file, code=args.code, title=args.title, customer=args.customer or "", skus=args.sku or ()
    )
    rejected = [
        {
            "row": e.row,
            "column": e.column,
            "value": e.value,
            "code": e.code.value,
            "message": reason_line(e.code, e.params),
        }
        for e in report.rejected
    ]
    if args.json:
        rs = report.requirement_set
        print_json(
            {"code": rs.code if rs else None, "items": len(rs.items) if rs else 0, "rejected": rejected}
        )
    elif rejected:
        print_table(
            [say("行", "row"), say("列", "column"), say("值", "value"), say("原因", "reason")],
            [(e["row"], e["column"], e["value"], e["message"]) for e in rejected],
        )
        write(say("有错误行，未导入", "nothing imported"))
    elif report.requirement_set is not None:
        n, code = len(report.requirement_set.items), report.requirement_set.code
        write(say(f"已导入 {code}：{n} 项", f"imported {code}: {count(n, 'item')}"))
    return EXIT_BAD_INPUT if rejected or report.requirement_set is None else 0


def _rsl_list(args: argparse.Namespace) -> int:
    sets = open_workspace(args).requirement_sets.list()
    if args.json:
        print_json(
            [
                {
                    "code": rs.code,
                    "title": rs.title,
                    "customer": rs.customer or None,
                    "skus": list(rs.skus),
                    "items": [
                        {
                            "key": i.key,
                            "item": i.item.to_json(),
                            "limit": i.limit,
                            "unit": i.unit,
                            "method": i.method,
                            "check": i.check.to_json() if i.check else None,
                        }
                        for i in rs.items
                    ],
                }
                for rs in sets
            ]
        )
        return 0
    print_table(
        [
            say("代号", "Code"),
            say("名称", "Title"),
            say("客户", "Customer"),
            say("产品", "SKUs"),
            say("项目数", "Items"),
        ],
        [(rs.code, rs.title, rs.customer, ", ".join(rs.skus), len(rs.items)) for rs in sets],
    )
    return 0


def _rsl_remove(args: argparse.Namespace) -> int:
    open_workspace(args).requirement_sets.remove(args.code)
    write(say(f"已删除 {args.code}", f"removed {args.code}"))
    return 0
