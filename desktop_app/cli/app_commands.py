"""`demo` and `firm`: setting up the firm."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from . import open_workspace
from .output import display_width, print_json, say, write
from .plural import count

FIRM_LABELS = {
    "name": ("企业名称", "name"),
    "address": ("地址", "address"),
    "contact": ("联系人", "contact"),
    "language": ("语言", "language"),
    "lead_days": ("提前提醒天数", "reminder days"),
    "platform_url": ("平台地址", "platform"),
    "paper_size": ("纸张", "paper"),
    "checklist_lang": ("检查表语言", "checklist language"),
    "retest_months": ("复测间隔（月）", "re-test months"),
    "version": ("版本", "version"),
}


def register(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="fill the separate demo firm (<data>/demo/), never your own records / 准备演示企业（独立数据）",
    )
    demo.add_argument("--open", action="store_true", help="then open it in the window / 随后在窗口中打开")
    demo.add_argument(
        "--here",
        action="store_true",
        help="fill this data folder itself (only an empty one) / 填充本数据文件夹（须为空）",
    )
    demo.set_defaults(handler=_demo)
    smoke = sub.add_parser("smoke", help="check that this build is complete (used on frozen builds)")
    smoke.set_defaults(handler=_smoke)
    firm = sub.add_parser("firm", help="show or set the firm profile / 企业信息")
    firm.add_argument("--name")
    firm.add_argument("--address")
    firm.add_argument("--contact")
    firm.add_argument("--language", choices=["zh_CN", "en"])
    firm.add_argument("--lead-days", type=int)
    firm.add_argument("--platform-url")
    firm.add_argument("--paper", choices=["a4", "letter"], help="checklist paper size")
    firm.add_argument("--checklist-lang", choices=["zh", "en", "both"], help="checklist language")
    firm.add_argument("--json", action="store_true")
    firm.set_defaults(handler=_firm)


def _demo(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.here:
        folder, (products, certs) = ws.paths.root, ws.demo.load().value
    else:
        folder, products, certs = ws.demo.prepare().value
    added = f"{count(products, 'product')}, {count(certs, 'certificate')}"
    if products or certs:
        write(
            say(
                f"演示企业：{folder}，已添加 {products} 个产品、{certs} 份证书",
                f"demo firm in {folder}: {added} added",
            )
        )
    else:  # filled before: nothing to add, nothing lost
        write(
            say(
                f"演示企业已准备好：{folder}（演示数据已在其中）",
                f"the demo firm is ready in {folder} (already filled)",
            )
        )
    if folder != ws.paths.root:
        command = f"textile-assistant --data-dir {folder}"
        write(
            say(
                f"打开它：{command}（或 textile-assistant demo --open）",
                f"open it: {command}  (or: textile-assistant demo --open)",
            )
        )
    if args.open:
        from ..app import run_gui

        ws.close()
        args.workspace = None
        return run_gui(folder)
    return 0


def _firm(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    profile = ws.firm()
    changes = {
        k: v
        for k, v in {
            "name": args.name,
            "address": args.address,
            "contact": args.contact,
            "language": args.language,
            "lead_days": args.lead_days,
            "platform_url": args.platform_url,
            "paper_size": args.paper,
            "checklist_lang": args.checklist_lang,
        }.items()
        if v is not None
    }
    if changes:
        profile = ws.save_firm(dataclasses.replace(profile, **changes)).value
    if args.json:
        print_json(profile)
    else:
        rows = [(say(*FIRM_LABELS.get(k, (k, k))), v) for k, v in dataclasses.asdict(profile).items()]
        width = max(display_width(label) for label, _value in rows)
        for label, value in rows:
            write(f"{' ' * (width - display_width(label))}{label}: {value}")
    return 0


def _smoke(args: argparse.Namespace) -> int:
    from ..app import run_smoke

    return run_smoke(args.data_dir)
