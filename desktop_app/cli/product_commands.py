"""`product add|list|show|edit|remove` and `standards SKU`."""

from __future__ import annotations

import argparse
from typing import Any

from ..core.applicability import Applicable
from ..core.products import Product, ProductFilter, parse_fibre_arg
from ..core.vocabulary import AGE_GROUPS, CATEGORIES, SKIN_CONTACTS, STAGES, both_names
from . import open_workspace
from .output import print_json, print_table, requirement_json, write


def _product_fields(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--name", required=required)
    parser.add_argument("--category", required=required, help="/".join(CATEGORIES))
    parser.add_argument("--age-group", required=required, help="/".join(AGE_GROUPS))
    parser.add_argument("--skin-contact", required=required, help="/".join(SKIN_CONTACTS))
    parser.add_argument("--market", action="append", help="market code, repeatable (CN, EU, US, JP...)")
    parser.add_argument("--fibre", action="append", help="fibre:percent, repeatable, e.g. cotton:95")
    parser.add_argument("--claim", action="append", help="claim, repeatable (organic, recycled, oeko-tex...)")
    parser.add_argument("--finish", action="append", help="finish, repeatable (coated, pigment_printed...)")
    parser.add_argument("--stage", help="/".join(STAGES))
    parser.add_argument("--customer")
    parser.add_argument("--notes")


def register(sub: Any) -> None:
    product = sub.add_parser("product", help="the firm's products / 产品")
    psub = product.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = psub.add_parser("add", help="add a product")
    add.add_argument("--sku", required=True)
    _product_fields(add, required=True)
    add.set_defaults(handler=_add)

    lst = psub.add_parser("list", help="list products")
    lst.add_argument("--search", default="", help="text in SKU, name or customer")
    lst.add_argument("--category")
    lst.add_argument("--market")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    show = psub.add_parser("show", help="one product with its standards, certificates and gaps")
    show.add_argument("sku")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    edit = psub.add_parser("edit", help="change fields of a product (repeatable flags replace the list)")
    edit.add_argument("sku")
    edit.add_argument("--sku", dest="new_sku")
    _product_fields(edit, required=False)
    edit.set_defaults(handler=_edit)

    rm = psub.add_parser("remove", help="delete a product (its certificates are kept)")
    rm.add_argument("sku")
    rm.set_defaults(handler=_remove)

    std = sub.add_parser("standards", help="standards that apply to a product / 适用标准")
    std.add_argument("sku")
    std.add_argument("--json", action="store_true")
    std.add_argument("--lang", choices=["zh", "en"], default="zh")
    std.set_defaults(handler=_standards)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("name", "category", "age_group", "skin_contact", "stage", "customer", "notes"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.market:
        changes["markets"] = tuple(args.market)
    if args.fibre:
        changes["composition"] = tuple(parse_fibre_arg(f) for f in args.fibre)
    if args.claim:
        changes["claims"] = tuple(args.claim)
    if args.finish:
        changes["finishes"] = tuple(args.finish)
    return changes


def _add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = _changes(args)
    changes.setdefault("markets", ("CN",))
    product = ws.products.add(Product(sku=args.sku, **changes)).value
    write(f"added product {product.sku} / 已添加产品 {product.name}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = _changes(args)
    if args.new_sku:
        changes["sku"] = args.new_sku
    product = ws.products.edit(args.sku, **changes).value
    write(f"updated product {product.sku} / 已更新")
    return 0


def _remove(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    ws.products.remove(args.sku)
    write(f"removed product {args.sku} / 已删除 (certificates kept / 证书保留)")
    return 0


def product_json(p: Product) -> dict[str, Any]:
    return {
        "sku": p.sku,
        "name": p.name,
        "category": p.category,
        "age_group": p.age_group,
        "skin_contact": p.skin_contact,
        "markets": list(p.markets),
        "composition": [{"fibre": s.fibre, "percent": s.percent} for s in p.composition],
        "claims": list(p.claims),
        "finishes": list(p.finishes),
        "stage": p.stage,
        "customer": p.customer,
        "notes": p.notes,
        "created_at": p.created_at.isoformat() if p.created_at else None,
        "updated_at": p.updated_at.isoformat() if p.updated_at else None,
    }


def _list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    products = ws.products.list(ProductFilter(text=args.search, category=args.category, market=args.market))
    if args.json:
        print_json([product_json(p) for p in products])
        return 0
    print_table(
        ["SKU 货号", "名称 Name", "类别 Category", "年龄 Age", "市场 Markets", "成分 Composition"],
        [
            (
                p.sku,
                p.name,
                both_names(CATEGORIES, p.category),
                both_names(AGE_GROUPS, p.age_group),
                ",".join(p.markets),
                p.composition_label(),
            )
            for p in products
        ],
    )
    return 0


def applicable_json(a: Applicable) -> dict[str, Any]:
    s = a.standard
    return {
        "code": s.code,
        "title": s.title.to_json(),
        "grade": a.grade,
        "mandatory": s.mandatory,
        "status": s.status,
        "replaced_by": s.replaced_by,
        "reason": {"zh": a.reason_text("zh"), "en": a.reason_text("en")},
        "rules": list(a.rule_ids),
        "requirements": [requirement_json(r) for r in a.requirements],
    }


def _standards(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    applicable = ws.products.applicable(args.sku)
    if args.json:
        print_json([applicable_json(a) for a in applicable])
        return 0
    _print_applicable(applicable, args.lang)
    return 0


def _print_applicable(applicable: list[Applicable], lang: str) -> None:
    for a in applicable:
        s = a.standard
        kind = "强制 mandatory" if s.mandatory else "推荐/自愿 voluntary"
        grade = f"  [{a.grade}]" if a.grade else ""
        write(f"{s.code}{grade}  {s.title.both()}  ({kind}, {s.status})")
        if s.is_outdated:
            write(f"  ! {s.status}; replaced by / 替代: {s.replaced_by or '-'}")
        write(f"  原因 Reason: {a.reason_text(lang)}")
        for r in a.requirements:
            unit = f" {r.unit}" if r.unit else ""
            method = f"  ({r.method})" if r.method else ""
            write(f"    - {r.item.get(lang)}: {r.limit}{unit}{method}")
    if not applicable:
        write("(no applicable standards / 无适用标准)")


def _show(args: argparse.Namespace) -> int:
    from ..core.certificates import status_words

    ws = open_workspace(args)
    ov = ws.products.overview(args.sku)
    if args.json:
        data = product_json(ov.product)
        data["standards"] = [applicable_json(a) for a in ov.applicable]
        data["certificates"] = [
            {
                "scheme": st.certificate.scheme,
                "number": st.certificate.number,
                "status": st.status.value,
                "days_left": st.days_left,
            }
            for st in ov.certificates
        ]
        data["gaps"] = [{"claim": g.claim, "scheme": g.scheme, "kind": g.kind.value} for g in ov.gaps]
        print_json(data)
        return 0
    p = ov.product
    write(f"{p.sku}  {p.name}")
    write(
        f"  {both_names(CATEGORIES, p.category)} · {both_names(AGE_GROUPS, p.age_group)} · "
        f"{both_names(SKIN_CONTACTS, p.skin_contact)} · {both_names(STAGES, p.stage)}"
    )
    write(f"  市场 Markets: {', '.join(p.markets)}   成分 Composition: {p.composition_label()}")
    if p.claims or p.finishes:
        write(f"  声明 Claims: {', '.join(p.claims) or '-'}   整理 Finishes: {', '.join(p.finishes) or '-'}")
    if p.customer:
        write(f"  客户 Customer: {p.customer}")
    write()
    write("证书 Certificates:")
    for st in ov.certificates:
        write(f"  {st.certificate.scheme} {st.certificate.number}: {status_words(st)}")
    write("缺口 Gaps:")
    for g in ov.gaps:
        write(f"  ! {g.describe()}")
    write()
    _print_applicable(ov.applicable, "zh")
    return 0
