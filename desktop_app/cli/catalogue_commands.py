"""`catalogue stats|show|search` and `notices`."""

from __future__ import annotations

import argparse
from typing import Any

from ..core.catalogue import SearchMatch, Standard
from ..core.limit_wording import limit_text
from ..core.vocabulary import ALL_MARKETS, MANDATORY_NAMES, SEVERITY_NAMES, STANDARD_STATUS_NAMES, name_of
from . import open_workspace, read_listing
from .output import print_json, print_table, requirement_json, say, write


def register(sub: Any) -> None:
    cat = sub.add_parser("catalogue", help="the standards catalogue / 标准目录")
    csub = cat.add_subparsers(dest="action", metavar="ACTION", required=True)
    stats = csub.add_parser("stats", help="catalogue version and counts")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=_stats)
    show = csub.add_parser("show", help="one standard with its requirement items")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    search = csub.add_parser("search", help="search codes, titles and requirement items (Chinese or English)")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_search)

    notices = sub.add_parser("notices", help="the radar's notices, yours first / 标准动态")
    notices.add_argument("--json", action="store_true")
    notices.set_defaults(handler=_notices)


def standard_json(s: Standard) -> dict[str, Any]:
    return {
        "code": s.code,
        "title": s.title.to_json(),
        "issuer": s.issuer,
        "markets": list(s.markets),
        "status": s.status,
        "mandatory": s.mandatory,
        "published": s.published.isoformat() if s.published else None,
        "effective": s.effective.isoformat() if s.effective else None,
        "withdrawn": s.withdrawn.isoformat() if s.withdrawn else None,
        "replaced_by": s.replaced_by,
        "tags": list(s.tags),
        "requirements": [requirement_json(r) for r in s.requirements],
    }


def _stats(args: argparse.Namespace) -> int:
    st = read_listing(args, lambda source: source.catalogue.stats())
    if args.json:
        print_json(
            {"version": st.version, "standards": st.standards, "rules": st.rules, "notices": st.notices}
        )
        return 0
    write(say(f"目录版本：{st.version}", f"Catalogue version: {st.version}"))
    write(
        say(
            f"标准：{st.standards}   规则：{st.rules}   通知：{st.notices}",
            f"Standards: {st.standards}   Rules: {st.rules}   Notices: {st.notices}",
        )
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    s = open_workspace(args).catalogue.show(args.code)
    if args.json:
        print_json(standard_json(s))
        return 0
    lang = say("zh", "en")
    write(f"{s.code}  {s.title.get(lang)}")
    markets = ", ".join(name_of(ALL_MARKETS, m, lang) for m in s.markets)
    kind = say(*MANDATORY_NAMES[s.mandatory])
    write(f"  {s.issuer} · {markets} · {kind} · {name_of(STANDARD_STATUS_NAMES, s.status, lang)}")
    if s.replaced_by:
        write(say(f"  替代标准：{s.replaced_by}", f"  Replaced by: {s.replaced_by}"))
    for r in s.requirements:
        limit = limit_text(r.limit, r.unit, lang)
        write(f"    [{r.grade or '*'}] {r.item.get(lang)}{say('：', ': ')}{limit}  {r.method or ''}".rstrip())
    return 0


def _search(args: argparse.Namespace) -> int:
    hits = open_workspace(args).catalogue.search(args.text)
    if args.json:
        print_json([standard_json(h.standard) | {"matched": _matched_json(h.matched)} for h in hits])
        return 0
    lang = say("zh", "en")
    print_table(
        [say("代号", "Code"), say("名称", "Title"), say("状态", "Status"), say("匹配", "Matched")],
        [
            (
                h.standard.code,
                h.standard.title.get(lang),
                name_of(STANDARD_STATUS_NAMES, h.standard.status, lang),
                _matched_text(h.matched, lang),
            )
            for h in hits
        ],
    )
    return 0


def _matched_json(m: SearchMatch | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"field": m.field, "item": m.key, "name": m.item.to_json() if m.item else None}


_MATCHED_WIDTH = 24  # characters of an item's name in the table (`--json` has it whole)
_MATCHED_FIELDS = {"code": ("代号", "code"), "title": ("名称", "title"), "item": ("项目", "item")}


def _matched_text(m: SearchMatch | None, lang: str) -> str:
    """Which field matched, and for an item its name (the first item that matched)."""
    if m is None:
        return ""
    if m.item is None:
        return name_of(_MATCHED_FIELDS, m.field, lang)
    name = m.item.get(lang)
    return name if len(name) <= _MATCHED_WIDTH else name[: _MATCHED_WIDTH - 1] + "…"


def _notices(args: argparse.Namespace) -> int:
    views = open_workspace(args).catalogue.notices()
    if args.json:
        print_json(
            [
                {
                    "id": v.notice.id,
                    "published": v.notice.published.isoformat(),
                    "severity": v.notice.severity,
                    "title": v.notice.title.to_json(),
                    "standards": list(v.notice.standards),
                    "read": v.read,
                    "affected_products": list(v.affected),
                    "url": v.notice.url,
                }
                for v in views
            ]
        )
        return 0
    lang = say("zh", "en")
    print_table(
        [
            say("日期", "Date"),
            say("级别", "Severity"),
            say("标题", "Title"),
            say("涉及产品", "Your products"),
        ],
        [
            (
                v.notice.published.isoformat(),
                name_of(SEVERITY_NAMES, v.notice.severity, lang),
                v.notice.title.get(lang),
                ",".join(v.affected),
            )
            for v in views
        ],
    )
    return 0
