"""`checklist SKU... -o FILE.pdf` and `checklist log`: printed compliance checklists.

`checklist log` lists every checklist printed (newest first), so the id on a
filled-in paper or in its QR code leads back to the product, date, catalogue
version and file. (A product whose SKU is literally "log" is printed with
`checklist log OTHER...` or `--all`; `checklist log` alone shows the log.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from ..core.vocabulary import CATEGORIES
from . import open_workspace
from .output import EXIT_BAD_INPUT, error, print_json, print_table, say, write
from .plural import count

USAGE = (
    "textile-assistant checklist SKU... [--all] [--category C] [--lang zh|en|both] "
    "[--paper a4|letter] -o FILE.pdf [--split DIR]\n"
    "       textile-assistant checklist log [--json] [--product SKU] [--limit N]"
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "checklist",
        usage=USAGE,
        help="print compliance checklists as PDF; `checklist log` lists them / 合规检查表",
        description="Compliance checklists to print and fill in: one PDF, each product from a new page.",
    )
    p.add_argument("skus", nargs="*", metavar="SKU", help="products to print (or `log`)")
    p.add_argument("--all", dest="all_products", action="store_true", help="every product")
    p.add_argument("--category", choices=list(CATEGORIES), help="every product of this category")
    p.add_argument("--lang", choices=["zh", "en", "both"], help="default: the firm's setting")
    p.add_argument("--paper", choices=["a4", "letter"], help="default: the firm's setting (A4)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--split", metavar="DIR", help="also (or only) one PDF per product in DIR")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--product", metavar="SKU", help="log: only this product's checklists")
    p.add_argument("--limit", type=int, metavar="N", help="log: the newest N")
    p.set_defaults(handler=_checklist)


def _checklist(args: argparse.Namespace) -> int:
    if args.skus == ["log"] and not (args.all_products or args.category):
        return _log(args)
    if not (args.skus or args.all_products or args.category):
        error(
            say(
                "请指定产品：checklist 货号…… 或 --all 或 --category 类别",
                "name products: checklist SKU... or --all or --category C",
            )
        )
        return EXIT_BAD_INPUT
    if not (args.output or args.split):
        error(
            say(
                "请用 -o 文件.pdf（或 --split 文件夹）指定输出",
                "give the PDF to write with -o FILE.pdf (or --split DIR)",
            )
        )
        return EXIT_BAD_INPUT
    ws = open_workspace(args)
    try:
        products = ws.reports.select(args.skus, all_products=args.all_products, category=args.category)
        show = sys.stderr.isatty() and len(products) > 5 and not args.json

        def progress(done: int, total: int) -> None:
            if show:
                sys.stderr.write(f"\r{done}/{total}")
                sys.stderr.flush()

        run = ws.reports.write_checklists(
            [p.sku for p in products],
            args.output,
            lang=args.lang,
            paper=args.paper,
            split_dir=args.split,
            progress=progress,
        )
        if show:
            sys.stderr.write("\n")
    except OSError as exc:
        error(say(f"无法写入检查表：{exc}", f"cannot write the checklist: {exc}"))
        return 1
    finally:
        ws.close()
    if args.json:
        print_json(
            {
                "file": str(run.path) if run.path else None,
                "files": [str(f) for f in run.files],
                "pages": run.pages,
                "checklists": [{"id": e.id, "sku": e.sku, "file": e.file} for e in run.entries],
            }
        )
        return 0
    print_table(
        [say("检查表编号", "checklist id"), say("货号", "SKU"), say("文件", "file")],
        [(e.id, e.sku, e.file) for e in run.entries],
    )
    where = run.path if run.path else args.split
    n, pages = len(run.entries), run.pages
    made = f"{count(n, 'checklist')}, {count(pages, 'page')}"
    write("\n" + say(f"已生成 {n} 份检查表，共 {pages} 页：{where}", f"{made}: {where}"))
    return 0


def _local(stamp: dt.datetime) -> str:
    """A stored UTC time as the user's local time."""
    return stamp.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _log(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        entries = ws.reports.checklist_log(sku=args.product, limit=args.limit)
    finally:
        ws.close()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "sku": e.sku,
                    "created_at": e.created_at.replace(tzinfo=dt.timezone.utc).isoformat(),
                    "catalogue_version": e.catalogue_version,
                    "language": e.language,
                    "file": e.file,
                }
                for e in entries
            ]
        )
        return 0
    print_table(
        [
            say("检查表编号", "checklist id"),
            say("货号", "SKU"),
            say("时间", "time"),
            say("目录版本", "catalogue"),
        ]
        + [say("语言", "lang"), say("文件", "file")],
        [(e.id, e.sku, _local(e.created_at), e.catalogue_version, e.language, e.file) for e in entries],
    )
    return 0
