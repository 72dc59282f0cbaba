"""`product add|list|show|edit|remove` and `standards SKU`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from ..core.applicability import POSSIBLE, UPCOMING, Applicable
from ..core.errors import ValidationError
from ..core.limit_wording import limit_text
from ..core.products import Product, ProductFilter, parse_fibre_arg, parse_range
from ..core.reasons import Reason
from ..core.vocabulary import (
    AGE_GROUPS,
    ALL_MARKETS,
    ATTRIBUTES,
    CATEGORIES,
    CERT_SCHEMES,
    CLAIMS,
    COMPONENTS,
    CONSTRUCTIONS,
    FIBRES,
    FINISHES,
    MANDATORY_NAMES,
    ORIGINS,
    PRODUCT_TYPES,
    SKIN_CONTACTS,
    STAGES,
    STANDARD_STATUS_NAMES,
    name_of,
)
from . import open_workspace, read_listing
from .messages import set_language
from .output import print_json, print_table, requirement_json, say, write


def lang() -> str:
    return say("zh", "en")


def named(table: dict[str, tuple[str, str]], value: str) -> str:
    """A vocabulary value in the firm's language."""
    return name_of(table, value, lang())


def composition_words(p: Product) -> str:
    """`棉 95% / 氨纶 5%`: the fibres named in the firm's language."""
    return " / ".join(f"{named(FIBRES, s.fibre)} {s.label().rpartition(' ')[2]}" for s in p.composition)


_ANY_NAME = " (key, Chinese or English name)"


def _product_fields(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--name", required=required, help="the product's name, as the checklist prints it")
    parser.add_argument("--category", required=required, help="/".join(CATEGORIES) + _ANY_NAME)
    parser.add_argument("--age-group", required=required, help="/".join(AGE_GROUPS) + _ANY_NAME)
    parser.add_argument("--skin-contact", required=required, help="/".join(SKIN_CONTACTS) + _ANY_NAME)
    parser.add_argument(
        "--market", action="append", help="market code, repeatable (CN, EU, US, US-CA, DE, ...)"
    )
    parser.add_argument("--fibre", action="append", help="fibre:percent, repeatable, e.g. cotton:95 or 棉:95")
    parser.add_argument("--claim", action="append", help="claim, repeatable (organic, recycled, oeko-tex...)")
    parser.add_argument("--finish", action="append", help="finish, repeatable: " + "/".join(FINISHES))
    parser.add_argument("--type", dest="product_type", help="product type: " + "/".join(PRODUCT_TYPES))
    parser.add_argument("--construction", help="/".join(CONSTRUCTIONS))
    parser.add_argument("--component", action="append", help="component, repeatable: " + "/".join(COMPONENTS))
    parser.add_argument("--age-months", help="age range in months, e.g. 24-60, 84- or -9 ('' clears)")
    parser.add_argument("--height-cm", help="height range in cm, e.g. 110-130 ('' clears)")
    parser.add_argument(
        "--origin", action="append", help="origin of fibres/materials, repeatable: ISO code, e.g. CN, CN-XJ"
    )
    parser.add_argument("--stage", help="/".join(STAGES))
    parser.add_argument("--customer")
    parser.add_argument("--notes")


def register(sub: Any) -> None:
    product = sub.add_parser("product", help="the firm's products / 产品")
    psub = product.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = psub.add_parser("add", help="add a product")
    add.add_argument("--sku", required=True, help="the product's SKU (your item number)")
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
    show.add_argument("--history", action="store_true", help="who changed the product, when and what")
    show.set_defaults(handler=_show)

    edit = psub.add_parser("edit", help="change fields of a product (repeatable flags replace the list)")
    edit.add_argument("sku")
    edit.add_argument("--sku", dest="new_sku", help="a new SKU for the product")
    edit.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="save only if the product is still at version N (as `product show` printed it)",
    )
    _product_fields(edit, required=False)
    edit.set_defaults(handler=_edit)

    rm = psub.add_parser("remove", help="delete a product (its certificates are kept)")
    rm.add_argument("sku")
    rm.set_defaults(handler=_remove)

    std = sub.add_parser("standards", help="standards that apply to a product / 适用标准")
    std.add_argument("sku")
    std.add_argument("--json", action="store_true")
    std.add_argument("--as-of", help="the day to judge dates on, YYYY-MM-DD (default: today)")
    std.add_argument("--lang", choices=["zh", "en"], help="zh or en (default: the firm's language)")
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
    if args.product_type is not None:
        changes["product_type"] = args.product_type.strip() or None
    if args.construction is not None:
        changes["construction"] = args.construction.strip() or None
    if args.component:
        changes["components"] = tuple(c for c in args.component if c.strip())
    if args.origin:
        changes["origins"] = tuple(o for o in args.origin if o.strip())
    if args.age_months is not None:
        changes["age_months"] = parse_range(args.age_months, "age_months")
    if args.height_cm is not None:
        changes["height_cm"] = parse_range(args.height_cm, "height_cm")
    return changes


def _add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = _changes(args)
    changes.setdefault("markets", ("CN",))
    product = ws.products.add(Product(sku=args.sku, **changes)).value
    write(say(f"已添加产品 {product.sku}（{product.name}）", f"added product {product.sku} ({product.name})"))
    return 0


def _edit(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = _changes(args)
    if args.new_sku:
        changes["sku"] = args.new_sku
    # the version this command read: a save from another PC in between is refused, not overwritten
    seen = args.if_version if args.if_version is not None else ws.products.get(args.sku).version
    product = ws.products.edit(args.sku, version=seen, **changes).value
    write(
        say(
            f"已更新产品 {product.sku}（版本 {product.version}）",
            f"updated product {product.sku} (version {product.version})",
        )
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    ws.products.remove(args.sku)
    write(say(f"已删除产品 {args.sku}（证书保留）", f"removed product {args.sku} (certificates kept)"))
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
        "product_type": p.product_type,
        "construction": p.construction,
        "components": list(p.components),
        "age_months": p.age_months.to_json() if p.age_months is not None else None,
        "height_cm": p.height_cm.to_json() if p.height_cm is not None else None,
        "origins": list(p.origins),
        "stage": p.stage,
        "customer": p.customer,
        "notes": p.notes,
        "created_at": p.created_at.isoformat() if p.created_at else None,
        "updated_at": p.updated_at.isoformat() if p.updated_at else None,
        "version": p.version,
    }


def _list(args: argparse.Namespace) -> int:
    flt = ProductFilter(text=args.search, category=args.category, market=args.market)
    products = read_listing(args, lambda source: source.products.list(flt))
    if args.json:
        print_json([product_json(p) for p in products])
        return 0
    print_table(
        [say("货号", "SKU"), say("名称", "Name"), say("类别", "Category"), say("年龄段", "Age")]
        + [say("市场", "Markets"), say("成分", "Composition")],
        [
            (
                p.sku,
                p.name,
                named(CATEGORIES, p.category),
                named(AGE_GROUPS, p.age_group),
                ",".join(p.markets),
                composition_words(p),
            )
            for p in products
        ],
    )
    return 0


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def applicable_json(a: Applicable) -> dict[str, Any]:
    """One applicable standard as `standards --json` prints it (other tools read this shape)."""
    s = a.standard
    return {
        "code": s.code,
        "title": s.title.to_json(),
        "grade": a.grade,
        "mandatory": s.mandatory,
        "status": s.status,
        "replaced_by": s.replaced_by,
        "applies": a.applies,
        "effective": _day(a.effective),
        "until": _day(a.until),
        "missing": list(a.missing),
        "reason": {"zh": a.reason_text("zh"), "en": a.reason_text("en")},
        "rules": list(a.rule_ids),
        "requirements": [requirement_json(r) for r in a.requirements],
        "upcoming_requirements": [requirement_json(r) for r in a.upcoming_requirements],
    }


def parse_day(text: str | None) -> dt.date | None:
    """`--as-of YYYY-MM-DD`; None (today) when not given."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("as_of", text, Reason.NOT_A_DATE) from None


def applicable_as_of(ws: Any, product: Product, as_of: dt.date | None) -> list[Applicable]:
    """The product's standards as of a day, through the engine the workspace compiled."""
    engine = ws.catalogue.engine()
    codes = {r.standard for r in engine.matching_rules(product)}
    return engine.applicable(product, ws.catalogue.standards(codes), as_of)


def _standards(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    as_of = parse_day(args.as_of)
    applicable = applicable_as_of(ws, ws.products.get(args.sku), as_of)
    if args.json:
        print_json([applicable_json(a) for a in applicable])
        return 0
    if args.lang:  # this listing in the language asked for
        set_language("zh_CN" if args.lang == "zh" else "en")
    _print_applicable(applicable, lang())
    return 0


def missing_words(missing: tuple[str, ...] | list[str], lang: str) -> str:
    """`适用月龄、产品类型` / `age range (months), product type`: what a `possible` standard needs."""
    index = 0 if lang.startswith("zh") else 1
    return ("、" if index == 0 else ", ").join(ATTRIBUTES.get(m, (m, m))[index] for m in missing)


def _requirement_lines(requirements: Any, lang: str, *, dated: bool = False) -> None:
    for r in requirements:
        # words in the firm's language, the unit after figures only
        limit = limit_text(r.limit, r.unit, lang)
        method = f"  ({r.method})" if r.method else ""
        since = (
            say(f"  [自 {r.effective}]", f"  [from {r.effective}]", lang=lang)
            if dated and r.effective
            else ""
        )
        until = say(f"  [至 {r.until}]", f"  [until {r.until}]", lang=lang) if r.until else ""
        colon = say("：", ": ", lang=lang)
        write(f"    - {r.item.get(lang)}{colon}{limit}{method}{since}{until}")


def _print_applicable(applicable: list[Applicable], lang: str) -> None:
    for a in applicable:
        s = a.standard
        kind = say(*MANDATORY_NAMES[s.mandatory], lang=lang)
        grade = f"  [{a.grade}]" if a.grade else ""
        status = name_of(STANDARD_STATUS_NAMES, s.status, lang)
        write(f"{s.code}{grade}  {s.title.get(lang)}  ({kind}, {status})")
        if a.applies == UPCOMING:
            when = a.effective.isoformat() if a.effective else "-"
            write(say(f"  ⏳ 即将适用：自 {when}", f"  ⏳ upcoming: from {when}", lang=lang))
        elif a.applies == POSSIBLE:
            needed = missing_words(a.missing, lang)
            write(say(f"  ? 可能适用：请填写{needed}", f"  ? possible: record the {needed}", lang=lang))
        if a.applies != POSSIBLE and a.missing:  # an exemption or items that the record cannot settle yet
            needed = missing_words(a.missing, lang)
            write(
                say(
                    f"  ? 请填写{needed}，以确定豁免和适用的要求",
                    f"  ? to settle exemptions and items, record the {needed}",
                    lang=lang,
                )
            )
        if a.until:
            write(say(f"  适用至 {a.until}", f"  until {a.until}", lang=lang))
        if s.is_outdated:
            write(
                say(
                    f"  ! {status}；替代标准：{s.replaced_by or '-'}",
                    f"  ! {status}; replaced by {s.replaced_by or '-'}",
                    lang=lang,
                )
            )
        write(say(f"  原因：{a.reason_text(lang)}", f"  Reason: {a.reason_text(lang)}", lang=lang))
        _requirement_lines(a.requirements, lang)
        if a.upcoming_requirements:
            write(say("  即将生效的要求：", "  upcoming items:", lang=lang))
            _requirement_lines(a.upcoming_requirements, lang, dated=True)
    if not applicable:
        write(say("（无适用标准）", "(no applicable standards)", lang=lang))


def _show(args: argparse.Namespace) -> int:
    from ..core.certificates import status_words

    ws = open_workspace(args)
    if args.history:
        from .history import print_history

        print_history(ws.audit.product_history(args.sku), as_json=args.json)
        return 0
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
    comma = say("、", ", ")
    colon = say("：", ": ")
    write(f"{p.sku}  {p.name}")
    write(
        f"  {named(CATEGORIES, p.category)} · {named(AGE_GROUPS, p.age_group)} · "
        f"{named(SKIN_CONTACTS, p.skin_contact)} · {named(STAGES, p.stage)}"
    )
    markets = comma.join(named(ALL_MARKETS, m) for m in p.markets)
    write(
        f"  {say('市场', 'Markets')}{colon}{markets}   {say('成分', 'Composition')}{colon}{composition_words(p)}"
    )
    if p.claims or p.finishes:
        claims = comma.join(named(CLAIMS, c) for c in p.claims) or "-"
        finishes = comma.join(named(FINISHES, f) for f in p.finishes) or "-"
        write(f"  {say('声明', 'Claims')}{colon}{claims}   {say('后整理', 'Finishes')}{colon}{finishes}")
    for line in attribute_lines(p):
        write(f"  {line}")
    if p.customer:
        write(f"  {say('客户', 'Customer')}{colon}{p.customer}")
    write(f"  {say('版本', 'Version')}{colon}{p.version}")
    write()
    write(say("证书：", "Certificates:"))
    for st in ov.certificates:
        scheme = named(CERT_SCHEMES, st.certificate.scheme)
        write(f"  {scheme} {st.certificate.number}{colon}{status_words(st, lang())}")
    write(say("缺口：", "Gaps:"))
    for g in ov.gaps:
        write(f"  ! {g.describe(lang())}")
    write()
    _print_applicable(ov.applicable, lang())
    return 0


def attribute_lines(p: Product) -> list[str]:
    """The protocol-2 attributes the product records, one line each, in the firm's language."""
    comma, colon = say("、", ", "), say("：", ": ")
    lines = []
    if p.product_type:
        lines.append(f"{say('产品类型', 'Type')}{colon}{named(PRODUCT_TYPES, p.product_type)}")
    if p.construction:
        lines.append(f"{say('织造方式', 'Construction')}{colon}{named(CONSTRUCTIONS, p.construction)}")
    if p.components:
        lines.append(
            f"{say('部件', 'Components')}{colon}{comma.join(named(COMPONENTS, c) for c in p.components)}"
        )
    if p.age_months is not None:
        lines.append(f"{say('适用月龄', 'Age (months)')}{colon}{p.age_months.label()}")
    if p.height_cm is not None:
        lines.append(f"{say('适用身高（厘米）', 'Height (cm)')}{colon}{p.height_cm.label()}")
    if p.origins:
        lines.append(f"{say('原料产地', 'Origin')}{colon}{comma.join(named(ORIGINS, o) for o in p.origins)}")
    return lines
