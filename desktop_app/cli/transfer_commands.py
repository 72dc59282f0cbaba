"""`import`, `export`, `backup` and `restore`: records in and out, and never lost.

Exit codes of `import`: 0 when the command did what was asked, even if some
rows were rejected (a dry run lists them; `--apply` writes the good rows and
lists the bad ones); 2 when the file cannot be read or lacks a required
column, and with `--all-or-nothing` whenever any row is bad (nothing is
written then), so a script can check a file with
`import products FILE --all-or-nothing` before applying it.
`restore` exits 2 when the archive is refused (nothing was replaced).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.errors import DatabaseVersionError
from ..paths import DataPaths, default_data_dir
from . import open_workspace
from .messages import error_line, reason_line
from .output import EXIT_BAD_INPUT, EXIT_FAILED, error, print_json, print_table, write

SHOWN = 30  # added/updated rows listed before "... and N more"


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import products or certificates from .xlsx/.csv / 导入")
    isub = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, text in (("products", "products / 产品"), ("certificates", "certificates / 证书")):
        p = isub.add_parser(kind, help=f"{text}: a dry run unless --apply")
        p.add_argument("file", type=Path)
        p.add_argument("--apply", action="store_true", help="write the good rows (one transaction)")
        p.add_argument("--all-or-nothing", action="store_true", help="write nothing when any row is bad")
        p.add_argument("--encoding", help="CSV encoding (default: detected; utf-8, gb18030, gbk...)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=_import)
    tpl = isub.add_parser("template", help="write a blank .xlsx with the headers and an example row")
    tpl.add_argument("template_kind", choices=["products", "certificates"])
    tpl.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    tpl.set_defaults(handler=_template)

    exp = sub.add_parser("export", help="export to .xlsx or .csv (UTF-8 with BOM) / 导出")
    exp.add_argument("kind", choices=["products", "certificates", "matrix"])
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exp.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of names in the cells")
    exp.set_defaults(handler=_export)

    bak = sub.add_parser("backup", help="write a backup .zip (database + scans) / 备份")
    bak.add_argument("file", type=Path, nargs="?", help="default: backups/ in the data folder")
    bak.set_defaults(handler=_backup)

    res = sub.add_parser("restore", help="restore a backup .zip; the current data is kept aside / 恢复")
    res.add_argument("file", type=Path)
    res.set_defaults(handler=_restore)


def _report_json(report: Any) -> dict[str, Any]:
    def changes(items: list[Any]) -> list[dict[str, Any]]:
        return [{"row": c.row, "key": c.key, "changed": list(c.changed)} for c in items]

    return {
        "kind": report.kind,
        "file": report.file,
        "applied": report.applied,
        "all_or_nothing": report.all_or_nothing,
        "backup": str(report.backup) if report.backup else None,
        "added": changes(report.added),
        "updated": changes(report.updated),
        "unchanged": changes(report.unchanged),
        "rejected": [
            {
                "row": e.row,
                "column": e.column,
                "value": e.value,
                "code": e.code.value,
                "params": e.params,
                "reason": reason_line(e.code, e.params),
            }
            for e in report.rejected
        ],
        "columns": report.columns,
        "ignored_columns": list(report.ignored_columns),
        "encoding": report.encoding,
        "separator": report.separator,
    }


def _import(args: argparse.Namespace) -> int:
    from ..imports import ImportFileError  # the spreadsheet code: only for these commands

    ws = open_workspace(args)
    run = ws.transfer.import_products if args.kind == "products" else ws.transfer.import_certificates
    try:
        report = run(args.file, apply=args.apply, all_or_nothing=args.all_or_nothing, encoding=args.encoding)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    if args.json:
        print_json(_report_json(report))
    else:
        _print_report(report, args.apply)
    return EXIT_BAD_INPUT if report.blocked else 0


def _print_report(report: Any, apply: bool) -> None:
    source = f"{report.file} (sheet {report.sheet}, header row {report.header_row}"
    if report.encoding:
        source += f", {report.encoding}, separator {report.separator!r}"
    write(source + ")")
    if report.ignored_columns:
        write("ignored columns / 未使用的列: " + ", ".join(report.ignored_columns))
    verb = "" if report.applied else "would be / 将"
    for label, items in (("added 新增", report.added), ("updated 更新", report.updated)):
        if items:
            write(f"\n{verb} {label}: {len(items)}".strip())
            print_table(
                ["row 行", "key 编号", "changed 变更"],
                [(c.row, c.key, ", ".join(c.changed)) for c in items[:SHOWN]],
            )
            if len(items) > SHOWN:
                write(f"... and {len(items) - SHOWN} more / 另有 {len(items) - SHOWN} 行")
    if report.rejected:
        write(f"\nrejected 拒绝: {len(report.rejected_rows)} rows")
        print_table(
            ["row 行", "column 列", "value 值", "reason 原因"],
            [(e.row, e.column, e.value, reason_line(e.code, e.params)) for e in report.rejected],
        )
    write(
        f"\nadded {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"rejected rows {len(report.rejected_rows)}"
    )
    if report.blocked:
        write("nothing written: --all-or-nothing and some rows are bad / 有错误行，未写入任何数据")
    elif report.applied:
        write(f"written in one transaction / 已写入; backup before import / 导入前备份: {report.backup}")
    elif apply:
        write("nothing to write / 无需写入")
    else:
        write("dry run: nothing written; add --apply to import / 预览：未写入，加 --apply 导入")


def _template(args: argparse.Namespace) -> int:
    from ..imports import ImportFileError  # the spreadsheet code: only for these commands

    ws = open_workspace(args)
    try:
        path = ws.transfer.write_template(args.template_kind, args.output)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    write(f"template written / 已生成模板: {path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..imports import ImportFileError  # the spreadsheet code: only for these commands

    ws = open_workspace(args)
    run = {
        "products": ws.transfer.export_products,
        "certificates": ws.transfer.export_certificates,
        "matrix": ws.transfer.export_matrix,
    }[args.kind]
    try:
        result = run(args.output, lang=args.lang)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    write(f"exported {result.rows} rows / 已导出 {result.rows} 行: {result.path}")
    return 0


def _backups(args: argparse.Namespace) -> Any:
    # No Workspace: a backup or a restore must work on a database the app cannot open.
    from ..workspace.backups import BackupService

    return BackupService(paths=DataPaths(args.data_dir or default_data_dir()))


def _backup(args: argparse.Namespace) -> int:
    from ..workspace.backups import BackupError

    try:
        path = _backups(args).backup(args.file)
    except BackupError as exc:
        error(error_line(exc))
        return EXIT_FAILED
    write(f"backup written / 已备份: {path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..workspace.backups import BackupError

    try:
        result = _backups(args).restore(args.file)
    except (BackupError, DatabaseVersionError) as exc:
        error(f"refused, nothing replaced / 已拒绝，未做任何更改: {error_line(exc)}")
        return EXIT_BAD_INPUT
    counts = result.manifest.get("counts", {})
    write(
        f"restored / 已恢复 {result.archive} ({counts.get('products')} products, "
        f"{counts.get('certificates')} certificates, {counts.get('scans')} scans)"
    )
    write(f"previous data kept / 原数据已保存: {result.kept_aside}")
    return 0
