"""`cert add|list|show|remove|renew` and `gaps`."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.carbon import DECLARED_UNIT_NAMES
from ..core.certificates import Certificate, CertificateKey, CertificateState, status_words
from ..core.errors import Reason, ValidationError
from ..core.vocabulary import CERT_SCHEMES, CLAIMS, name_of
from . import open_workspace, read_listing
from .output import print_json, print_table, say, write

if TYPE_CHECKING:
    from ..workspace.carbon import VerifiedFootprint

VERIFIED_SCHEME = "carbon-footprint"  # as ws.carbon names it (imported lazily: --help stays quick)


def parse_date(field: str, text: str | None) -> dt.date | None:
    if text is None or text == "":
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, text, Reason.NOT_A_DATE) from None


def _cert_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--scheme", required=required, help=", ".join(CERT_SCHEMES))
    p.add_argument("--number", required=required)
    p.add_argument("--issuer", required=required, help="certification body or lab")
    p.add_argument("--issued", required=required, help="YYYY-MM-DD")
    p.add_argument("--expires", help="YYYY-MM-DD")
    p.add_argument("--holder", default="")
    p.add_argument("--scope", default="")
    p.add_argument(
        "--class", dest="product_class", default="", help="product class or grade (OEKO-TEX I..IV)"
    )
    p.add_argument("--product", action="append", default=[], help="SKU it covers, repeatable")
    p.add_argument(
        "--file", type=Path, help="scan of the certificate (PDF or image), copied into the data folder"
    )
    p.add_argument("--notes", default="")


def register(sub: Any) -> None:
    cert = sub.add_parser("cert", help="certificates and test reports / 证书")
    csub = cert.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = csub.add_parser("add", help="record a certificate or test report")
    _cert_fields(add, required=True)
    add.set_defaults(handler=_add)

    renew = csub.add_parser("renew", help="record a new certificate replacing OLD (kept as history)")
    renew.add_argument("old", help="the replaced certificate: NUMBER or SCHEME:NUMBER (e.g. gots:CU-123)")
    _cert_fields(renew, required=True)
    renew.set_defaults(handler=_renew)

    lst = csub.add_parser("list", help="list certificates with status and days left")
    lst.add_argument("--expiring-within", type=int, metavar="DAYS")
    lst.add_argument("--product", help="only those covering this SKU")
    lst.add_argument("--history", action="store_true", help="include certificates replaced by a renewal")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    show = csub.add_parser("show")
    _key_args(show)
    show.add_argument("--json", action="store_true")
    show.add_argument("--history", action="store_true", help="who changed the certificate, when and what")
    show.set_defaults(handler=_show)

    rm = csub.add_parser("remove")
    _key_args(rm)
    rm.set_defaults(handler=_remove)

    gaps = sub.add_parser("gaps", help="claims without a valid certificate / 证书缺口")
    gaps.add_argument("--json", action="store_true")
    gaps.set_defaults(handler=_gaps)


KEY_HELP = (
    "certificate number; when two schemes share the number, name the scheme: "
    "SCHEME:NUMBER (e.g. gots:CU-123) or --scheme SCHEME / 两个体系的证书号相同时，写 体系:证书号 或加 --scheme"
)


def _key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help=KEY_HELP)
    p.add_argument("--scheme", dest="key_scheme", help="the certificate's scheme: " + ", ".join(CERT_SCHEMES))


def _key(args: argparse.Namespace) -> CertificateKey:
    return CertificateKey.parse(args.number, scheme=args.key_scheme)


def _from_args(args: argparse.Namespace) -> Certificate:
    issued = parse_date("issued", args.issued)
    assert issued is not None
    return Certificate(
        scheme=args.scheme,
        number=args.number,
        issuer=args.issuer,
        issued=issued,
        expires=parse_date("expires", args.expires),
        holder=args.holder,
        scope=args.scope,
        product_class=args.product_class,
        notes=args.notes,
        products=tuple(args.product),
    )


def _add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    cert = ws.certificates.add(_from_args(args), scan=args.file).value
    write(say(f"已添加证书 {cert.number}", f"added certificate {cert.number}"))
    return 0


def _renew(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    cert = ws.certificates.renew(CertificateKey.parse(args.old), _from_args(args), scan=args.file).value
    write(
        say(f"已续期：证书 {cert.number} 替代 {args.old}", f"certificate {cert.number} replaces {args.old}")
    )
    return 0


def state_json(st: CertificateState) -> dict[str, Any]:
    c = st.certificate
    return {
        "scheme": c.scheme,
        "number": c.number,
        "issuer": c.issuer,
        "holder": c.holder,
        "scope": c.scope,
        "product_class": c.product_class,
        "issued": c.issued.isoformat(),
        "expires": c.expires.isoformat() if c.expires else None,
        "status": st.status.value,
        "days_left": st.days_left,
        "products": list(c.products),
        "replaces": c.replaces,
        "scan": c.scan_file,
        "notes": c.notes,
        "version": c.version,
    }


def _list(args: argparse.Namespace) -> int:
    states = read_listing(
        args,
        lambda source: source.certificates.states(
            sku=args.product, expiring_within=args.expiring_within, include_replaced=args.history
        ),
    )
    if args.json:
        print_json([state_json(st) for st in states])
        return 0
    print_table(
        [say("证书", "Scheme"), say("编号", "Number"), say("机构", "Issuer"), say("到期", "Expires")]
        + [say("状态", "Status"), say("产品", "Products")],
        [
            (
                name_of(CERT_SCHEMES, st.certificate.scheme, lang()),
                st.certificate.number,
                st.certificate.issuer,
                st.certificate.expires.isoformat() if st.certificate.expires else "-",
                status_words(st, lang()),
                ",".join(st.certificate.products),
            )
            for st in states
        ],
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.history:
        from .history import print_history

        print_history(ws.audit.certificate_history(_key(args)), as_json=args.json)
        return 0
    cert = ws.certificates.get(_key(args))
    lead = ws.firm().lead_days
    from ..core.certificates import certificate_state

    st = certificate_state(cert, today=ws.today(), lead_days=lead)
    verified = ws.carbon.verified_for(cert)  # empty unless a carbon-footprint certificate
    if args.json:
        doc = state_json(st)
        if cert.scheme == VERIFIED_SCHEME:
            doc["based_on"] = [based_on_json(v) for v in verified]
        print_json(doc)
        return 0
    rows = show_rows(st)
    if cert.scheme == VERIFIED_SCHEME:
        label = say("依据估算", "Based on")  # one row per product covered
        rows += [(label, based_on_words(v)) for v in verified] or [(label, "-")]
    print_table([say("字段", "Field"), say("内容", "Value")], rows)
    return 0


def based_on_json(v: VerifiedFootprint) -> dict[str, Any]:
    """The estimate a verified footprint certificate was based on, for one product (None: none kept)."""
    r = v.estimate
    if r is None:
        return {"sku": v.sku, "estimate": None}
    return {
        "sku": v.sku,
        "estimate": {
            "computed_at": r.computed_at.isoformat(),
            "cause": r.cause,
            "total_kgco2e": r.estimate.total_kgco2e,
            "unit": r.estimate.declared_unit,
        },
    }


def based_on_words(v: VerifiedFootprint) -> str:
    r = v.estimate
    if r is None:
        return f"{v.sku}: " + say("发证前没有保存的估算", "no estimate kept before issue")
    unit = name_of(DECLARED_UNIT_NAMES, r.estimate.declared_unit, lang())
    when = f"{r.computed_at:%Y-%m-%d %H:%M}"
    return f"{v.sku}: {r.estimate.total_kgco2e:.3f} kgCO2e / {unit}, " + say(
        f"估算于 {when}", f"estimated {when}"
    )


# `cert show`: the fields in the order a reader wants them, named in the firm's language.
SHOW_FIELDS = (
    ("scheme", ("证书类型", "Scheme")),
    ("number", ("编号", "Number")),
    ("status", ("状态", "Status")),
    ("issuer", ("机构", "Issuer")),
    ("holder", ("持证人", "Holder")),
    ("product_class", ("级别", "Class")),
    ("issued", ("发证", "Issued")),
    ("expires", ("到期", "Expires")),
    ("products", ("产品", "Products")),
    ("scope", ("范围", "Scope")),
    ("replaces", ("替代", "Replaces")),
    ("scan", ("扫描件", "Scan")),
    ("notes", ("备注", "Notes")),
)


def lang() -> str:
    return say("zh", "en")


def show_rows(st: CertificateState) -> list[tuple[str, str]]:
    """`cert show` as rows of the listings' table: words, never Python reprs."""
    data = state_json(st)
    c = st.certificate
    data["scheme"] = name_of(CERT_SCHEMES, c.scheme, lang())  # as `cert list` names it
    data["status"] = status_words(st, lang())
    data["expires"] = c.expires.isoformat() if c.expires else say("无到期日", "no expiry")
    data["products"] = ", ".join(c.products) or say("全公司", "whole firm")
    return [(say(*label), _cell(data[key])) for key, label in SHOW_FIELDS]


def _cell(value: Any) -> str:
    if value in (None, "", [], ()):
        return "-"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _remove(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    ws.certificates.remove(_key(args))
    write(say(f"已删除证书 {args.number}", f"removed certificate {args.number}"))
    return 0


def _gaps(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    gaps = ws.certificates.gaps()
    evidence = ws.compliance.evidence_gaps()
    names: dict[str, dict[str, str]] = {}

    def item_names(code: str) -> dict[str, str]:
        """A standard's item keys → names in the firm's language (the table shows words, `--json` keys)."""
        if code not in names:
            names[code] = {r.key: _short(r.item.get(lang())) for r in ws.catalogue.show(code).requirements}
        return names[code]

    if args.json:
        print_json(
            [
                {
                    "kind": "claim",
                    "sku": sku,
                    "claim": g.claim,
                    "scheme": g.scheme,
                    "gap": g.kind.value,
                    "certificates": list(g.certificates),
                    "needed_class": g.needed_class,
                    "message": {"zh": g.describe("zh"), "en": g.describe("en")},
                }
                for sku, found in gaps.items()
                for g in found
            ]
            + [
                {
                    "kind": "evidence",
                    "sku": e.sku,
                    "standard": e.standard,
                    "grade": e.grade,
                    "status": e.status,
                    "failing": list(e.failing),
                    "missing": list(e.missing),
                    "expired": list(e.expired),
                }
                for e in evidence
            ]
        )
        return 0
    print_table(
        [say("货号", "SKU"), say("声明/标准", "Claim or standard"), say("缺口", "Gap")],
        [
            (sku, name_of(CLAIMS, g.claim, lang()), g.describe(lang()))
            for sku, found in gaps.items()
            for g in found
        ]
        + [(e.sku, e.standard, _evidence_words(e, item_names(e.standard))) for e in evidence],
    )
    return 0


def _short(name: str) -> str:
    """An item's name without its notes in brackets: `耐水色牢度（变色、沾色）` → `耐水色牢度`."""
    return re.split(r"（| \(", name, maxsplit=1)[0].strip() or name


def _evidence_words(e: Any, names: dict[str, str]) -> str:
    """What a mandatory standard lacks, in the firm's language."""
    words = {
        "failing": ("不合格", "failing"),
        "expired": ("已过期", "expired"),
        "incomplete": ("缺少结果", "incomplete"),
    }
    word = say(*words[e.status]) if e.status in words else e.status
    keys = e.failing or e.expired or e.missing
    listed = say("、", ", ").join(names.get(k, k) for k in keys)
    return f"{word}{say('：', ': ')}{listed}" if keys else word
