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
import sys
from pathlib import Path
from typing import Any

from ..core.errors import DatabaseVersionError
from ..paths import DataPaths, default_data_dir
from . import firm_language, open_workspace
from .messages import current_language, error_line, reason_line, set_language
from .output import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    dry_run_line,
    error,
    print_json,
    print_table,
    say,
    write,
    written_line,
)
from .plural import count

SHOWN = 30  # added/updated rows listed before "... and N more"


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import products or certificates from .xlsx/.csv / 导入")
    isub = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, text in (("products", "products / 产品"), ("certificates", "certificates / 证书")):
        p = isub.add_parser(kind, help=f"{text}: a dry run unless --apply")
        p.add_argument("file", type=Path)
        p.add_argument("--apply", action="store_true", help="write the good rows (one transaction)")
        p.add_argument("--all-or-nothing", action="store_true", help="write nothing when any row is bad")
        if kind == "products":
            p.add_argument(
                "--yes",
                action="store_true",
                help="confirm changes to age group, skin contact, category, product type or markets "
                "of existing products / 确认修改安全相关字段",
            )
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
    exp.add_argument("--lang", choices=["zh", "en"], help="zh or en (default: the firm's language)")
    exp.set_defaults(handler=_export)

    bak = sub.add_parser("backup", help="write a backup .zip (database + scans) / 备份")
    bak.add_argument("file", type=Path, nargs="?", help="default: backups/ in the data folder")
    bak.set_defaults(handler=_backup)

    res = sub.add_parser("restore", help="restore a backup .zip; the current data is kept aside / 恢复")
    res.add_argument("file", type=Path)
    res.set_defaults(handler=_restore)


def _report_json(report: Any) -> dict[str, Any]:
    def changes(items: list[Any]) -> list[dict[str, Any]]:
        return [
            {
                "row": c.row,
                "key": c.key,
                "changed": list(c.changed),
                "diffs": [
                    {"field": d.field, "old": d.old.get(lang), "new": d.new.get(lang), "safety": d.safety}
                    for d in c.diffs
                ],
            }
            for c in items
        ]

    lang = current_language()

    return {
        "kind": report.kind,
        "file": report.file,
        "applied": report.applied,
        "needs_confirmation": report.needs_confirmation,
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
    options = {"apply": args.apply, "all_or_nothing": args.all_or_nothing, "encoding": args.encoding}
    try:
        if args.kind == "products":
            report = ws.transfer.import_products(args.file, **options, confirm_safety=args.yes)
            if report.needs_confirmation and not args.json and _confirmed(report):
                report = ws.transfer.import_products(args.file, **options, confirm_safety=True)
        else:
            report = ws.transfer.import_certificates(args.file, **options)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    if args.json:
        print_json(_report_json(report))
    else:
        _print_report(report, args.apply)
    return EXIT_BAD_INPUT if report.blocked or report.needs_confirmation else 0


def _confirmed(report: Any) -> bool:
    """Ask at a terminal whether the safety-relevant changes are meant; never when input is piped."""
    if not sys.stdin.isatty():
        return False
    _print_safety_changes(report)
    try:
        answer = input(say("确认修改以上字段？[y/N] ", "Apply these changes? [y/N] "))
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def _print_safety_changes(report: Any) -> None:
    lang = current_language()
    write(
        say(
            "以下修改会改变适用的标准（年龄段、接触皮肤、类别、产品类型、市场）：",
            "These changes decide which standards apply (age group, skin contact, category, "
            "product type, markets):",
        )
    )
    print_table(
        [say("行", "row"), say("货号", "SKU"), say("字段", "field"), say("原值 → 新值", "old → new")],
        [
            (c.row, c.key, _field_name(d.field, lang), f"{d.old.get(lang) or '—'} → {d.new.get(lang) or '—'}")
            for c in report.safety_changes
            for d in c.safety_diffs
        ],
    )


ZH_NOUNS = {"product": "个产品", "certificate": "份证书", "scan": "个扫描件"}


def _counted(counts: dict, key: str, noun: str) -> str:
    """`1 product`, `3 products`; an archive that does not say: `? products`."""
    n = counts.get(key)
    if say("zh", "en") == "zh":
        return f"{n if isinstance(n, int) else '?'} {ZH_NOUNS[noun]}"
    return count(n, noun) if isinstance(n, int) else f"? {noun}s"


def _more(total: int) -> None:
    if total > SHOWN:
        write(say(f"……另有 {total - SHOWN} 行", f"... and {total - SHOWN} more"))


def _field_name(name: str, lang: str) -> str:
    from ..imports.columns import field_label

    return field_label(name, lang)


def _print_report(report: Any, apply: bool) -> None:
    source = say(
        f"{report.file}（工作表 {report.sheet}，表头在第 {report.header_row} 行",
        f"{report.file} (sheet {report.sheet}, header row {report.header_row}",
    )
    if report.encoding:
        source += say(
            f"，{report.encoding}，分隔符 {report.separator!r}",
            f", {report.encoding}, separator {report.separator!r}",
        )
    write(source + say("）", ")"))
    if report.ignored_columns:
        write(say("未使用的列：", "ignored columns: ") + ", ".join(report.ignored_columns))
    lang = current_language()
    if report.added:
        n = len(report.added)
        write(
            "\n"
            + (
                say(f"新增：{n}", f"added: {n}")
                if report.applied
                else say(f"将新增：{n}", f"would be added: {n}")
            )
        )
        print_table([say("行", "row"), say("编号", "key")], [(c.row, c.key) for c in report.added[:SHOWN]])
        _more(len(report.added))
    if report.updated:
        n = len(report.updated)
        write(
            "\n"
            + (
                say(f"更新：{n}", f"updated: {n}")
                if report.applied
                else say(f"将更新：{n}", f"would be updated: {n}")
            )
        )
        print_table(
            [say("行", "row"), say("编号", "key"), say("字段", "field"), say("原值 → 新值", "old → new")],
            [
                (
                    c.row if i == 0 else "",
                    c.key if i == 0 else "",
                    ("⚠ " if d.safety else "") + _field_name(d.field, lang),
                    f"{d.old.get(lang) or '—'} → {d.new.get(lang) or '—'}",
                )
                for c in report.updated[:SHOWN]
                for i, d in enumerate(c.diffs)
            ],
        )
        _more(len(report.updated))
        if report.safety_changes:
            write(
                say(
                    "⚠ 会改变适用的标准：加 --yes 确认", "⚠ changes which standards apply: confirm with --yes"
                )
            )
    if report.rejected:
        rows = len(report.rejected_rows)
        write("\n" + say(f"拒绝：{rows} 行", f"rejected: {count(rows, 'row')}"))
        print_table(
            [say("行", "row"), say("列", "column"), say("值", "value"), say("原因", "reason")],
            [(e.row, e.column, e.value, reason_line(e.code, e.params)) for e in report.rejected],
        )
    added, updated, same, bad = (
        len(report.added),
        len(report.updated),
        len(report.unchanged),
        len(report.rejected_rows),
    )
    write(
        "\n"
        + say(
            f"新增 {added}，更新 {updated}，未变 {same}，拒绝 {bad} 行",
            f"added {added}, updated {updated}, unchanged {same}, rejected rows {bad}",
        )
    )
    if report.blocked:
        write(
            say(
                "有错误行，未写入任何数据（--all-or-nothing）",
                "nothing written: --all-or-nothing and some rows are bad",
            )
        )
    elif report.needs_confirmation:
        write(
            say(
                "未写入：部分修改会改变适用的标准（标 ⚠）；核对后加 --yes 导入",
                "nothing written: some updates change which standards apply (marked ⚠); "
                "check them, then add --yes",
            )
        )
    elif report.applied:
        write(written_line(report.backup))
    elif apply:
        write(say("无需写入", "nothing to write"))
    else:
        write(dry_run_line())


def _template(args: argparse.Namespace) -> int:
    from ..imports import ImportFileError  # the spreadsheet code: only for these commands

    ws = open_workspace(args)
    try:
        path = ws.transfer.write_template(args.template_kind, args.output)
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    write(say(f"已生成模板：{path}", f"template written: {path}"))
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
        result = run(args.output, lang=args.lang or say("zh", "en"))
    except ImportFileError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    write(
        say(f"已导出 {result.rows} 行：{result.path}", f"exported {count(result.rows, 'row')}: {result.path}")
    )
    return 0


def _backups(args: argparse.Namespace) -> Any:
    # No Workspace: a backup or a restore must work on a database the app cannot open.
    from ..workspace.backups import BackupService

    folder = args.data_dir or default_data_dir()
    language = firm_language(folder)  # the words in the firm's language, read without opening it
    if language:
        set_language(language)
    # `--database-url` (or the folder's setting) naming a host: a logical backup of the host's tables
    return BackupService(paths=DataPaths(folder), database_url=getattr(args, "database_url", None))


def _backup(args: argparse.Namespace) -> int:
    from ..workspace.backups import BackupError

    backups = _backups(args)
    try:
        path = backups.backup(args.file)
    except BackupError as exc:
        error(error_line(exc))
        return EXIT_FAILED
    finally:
        backups.close()
    write(say(f"已备份：{path}", f"backup written: {path}"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ..workspace.backups import BackupError

    backups = _backups(args)
    try:
        result = backups.restore(args.file)
    except (BackupError, DatabaseVersionError) as exc:
        error(say("已拒绝，未做任何更改：", "refused, nothing replaced: ") + error_line(exc))
        return EXIT_BAD_INPUT
    finally:
        backups.close()
    counts = result.manifest.get("counts", {})
    what = say("、", ", ").join(
        _counted(counts, key, noun)
        for key, noun in (("products", "product"), ("certificates", "certificate"), ("scans", "scan"))
    )
    write(say(f"已恢复 {result.archive}（{what}）", f"restored {result.archive} ({what})"))
    write(say(f"原数据已保存：{result.kept_aside}", f"previous data kept: {result.kept_aside}"))
    return 0
