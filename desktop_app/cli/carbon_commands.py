"""`carbon set|show|factors|factor-add|factor-remove|month|whatif|report|export`: product carbon footprints.

Every figure is a screening estimate, and every output says so. `carbon set`
replaces the product's activity data with what the command line gives (one
declared unit's worth); `carbon month` allocates a mill's monthly totals to
the products named, by output mass or machine hours.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..core.carbon import DECLARED_UNIT_NAMES, QUALITIES, Activity, ActivityData, parse_declared_unit
from ..core.carbon_allocation import BASES, Month, MonthTotal, Share
from ..core.carbon_estimate import Estimate, WhatIf, estimate_json
from ..core.catalogue import FACTOR_KINDS, FACTOR_SCOPES, Factor, LocalText
from ..core.errors import Reason, ValidationError
from ..core.vocabulary import name_of
from . import open_workspace
from .output import print_json, print_table, say, write


def mark() -> str:
    return say("估算 · 未经第三方核查", "Screening estimate — not third-party verified")


def lang() -> str:
    return say("zh", "en")


def unit_name(unit: str) -> str:
    return name_of(DECLARED_UNIT_NAMES, unit, lang())


# --OPTION: (source, unit, the option naming its energy content)
ENERGY_OPTIONS = {
    "electricity_kwh": ("electricity", "kWh", None),
    "steam_t": ("steam", "t", "steam_enthalpy_gj_t"),
    "steam_gj": ("steam", "GJ", None),
    "natural_gas_nm3": ("natural_gas", "Nm³", "natural_gas_mj_nm3"),
    "coal_kg": ("coal", "kg", "coal_mj_kg"),
    "diesel_kg": ("diesel", "kg", "diesel_mj_kg"),
    "water_m3": ("water", "m³", None),
    "wastewater_m3": ("wastewater", "m³", None),
}
NAMED_OPTIONS = {
    "material": "material",
    "chemical": "chemical",
    "packaging": "packaging",
    "transport": "transport",
}
_QTY = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([^\s:]+)\s*")


def _energy_args(p: argparse.ArgumentParser) -> None:
    for opt, (source, unit, _) in ENERGY_OPTIONS.items():
        p.add_argument(
            f"--{opt.replace('_', '-')}", dest=opt, type=float, metavar=unit, help=f"{source} in {unit}"
        )
    p.add_argument("--steam-enthalpy-gj-t", type=float, help="steam's stated enthalpy, GJ per t (= MJ/kg)")
    p.add_argument("--natural-gas-mj-nm3", type=float, help="the gas's net calorific value, MJ per Nm³")
    p.add_argument("--coal-mj-kg", type=float, help="the coal's net calorific value, MJ per kg")
    p.add_argument("--diesel-mj-kg", type=float, help="diesel's net calorific value, MJ per kg")


def register(sub: Any) -> None:
    carbon = sub.add_parser("carbon", help="product carbon footprints (screening estimates) / 产品碳足迹估算")
    csub = carbon.add_subparsers(dest="action", metavar="ACTION", required=True)

    st = csub.add_parser("set", help="enter a product's activity data per declared unit and estimate it")
    st.add_argument("sku")
    st.add_argument(
        "--unit", default="1 kg", help='declared unit: "1 kg", "1 garment", "1 set", "1 piece", "1 m"'
    )
    st.add_argument("--batch", help="a production batch, if the data are for one")
    _energy_args(st)
    for opt in NAMED_OPTIONS:
        st.add_argument(
            f"--{opt}",
            action="append",
            default=[],
            metavar="NAME:QTY[:FACTOR_ID]",
            help=f"{opt}, repeatable, e.g. cotton:1.08kg:FIRM-cotton (transport: road:0.5tkm:FACTOR)",
        )
    st.add_argument(
        "--yield-loss",
        action="append",
        default=[],
        metavar="NAME:PERCENT",
        help="material lost in making, e.g. cotton:8",
    )
    st.add_argument(
        "--factor",
        action="append",
        default=[],
        metavar="SOURCE=FACTOR_ID",
        help="factor for an energy line, e.g. steam=FIRM-steam",
    )
    st.add_argument(
        "--quality",
        action="append",
        default=[],
        metavar="SOURCE=QUALITY",
        help=f"per line: {', '.join(QUALITIES)} (default measured)",
    )
    st.add_argument("--note", default="")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_set)

    show = csub.add_parser("show", help="the newest estimate, its breakdown and history")
    show.add_argument("sku")
    show.add_argument("--batch")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    fac = csub.add_parser("factors", help="emission factors: the platform's and the firm's, with sources")
    fac.add_argument("--json", action="store_true")
    fac.set_defaults(handler=_factors)

    add = csub.add_parser(
        "factor-add", help="record the firm's own factor (supplier's or licensed database's)"
    )
    add.add_argument("id")
    add.add_argument("--kind", required=True, help=", ".join(FACTOR_KINDS))
    add.add_argument("--value", required=True, type=float)
    add.add_argument("--unit", required=True, help="kgCO2e per: kWh, MJ, GJ, kg, t, Nm3, m3, tkm")
    add.add_argument("--scope", default="CO2e", help=", ".join(FACTOR_SCOPES))
    add.add_argument("--year", required=True, type=int)
    add.add_argument(
        "--source", required=True, help="who publishes it: supplier's declaration, database and version"
    )
    add.add_argument("--name", default="")
    add.add_argument("--region", default="CN")
    add.add_argument("--url")
    add.set_defaults(handler=_factor_add)

    rm = csub.add_parser(
        "factor-remove", help="remove a firm factor that no activity data or kept estimate uses"
    )
    rm.add_argument("id")
    rm.set_defaults(handler=_factor_remove)

    month = csub.add_parser("month", help="allocate a mill's monthly totals to products")
    month.add_argument("month", help="YYYY-MM")
    month.add_argument("--basis", default="output_mass", help=", ".join(BASES))
    month.add_argument(
        "--total", required=True, type=float, help="the month's output in kg, or machine hours"
    )
    _energy_args(month)
    month.add_argument(
        "--share",
        action="append",
        default=[],
        required=True,
        metavar="SKU:BASIS[:UNITS]",
        help="a product's output kg (or hours) and, by hours, the declared units it made; SKU 'other' for the rest",
    )
    month.add_argument("--unit", default="1 kg", help="declared unit of a product without activity data yet")
    month.add_argument(
        "--factor", action="append", default=[], metavar="SOURCE=FACTOR_ID", help="e.g. steam=FIRM-steam"
    )
    month.set_defaults(handler=_month)

    wi = csub.add_parser(
        "whatif", help="compare: another electricity factor, a solar share, less of a source"
    )
    wi.add_argument("sku")
    wi.add_argument("--batch")
    wi.add_argument("--electricity-factor")
    wi.add_argument(
        "--solar-share", type=float, default=0.0, help="0..1 of the electricity from the firm's own PV"
    )
    wi.add_argument("--solar-factor", default="CN-electricity-solar-2023-pcf")
    wi.add_argument(
        "--scale",
        action="append",
        default=[],
        metavar="SOURCE=FACTOR",
        help="e.g. steam=0.8 for 20%% less steam",
    )
    wi.add_argument("--json", action="store_true")
    wi.set_defaults(handler=_whatif)

    rep = csub.add_parser("report", help="the screening report as a PDF (GB/T 24067's sections)")
    rep.add_argument("sku")
    rep.add_argument("-o", "--output", type=Path, required=True)
    rep.add_argument("--lang", default=None, help="zh or en (default: the firm's language)")
    rep.add_argument("--batch")
    rep.set_defaults(handler=_report)

    exp = csub.add_parser("export", help="activity data, factors and estimate as .xlsx or .json")
    exp.add_argument("sku")
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.add_argument("--batch")
    exp.set_defaults(handler=_export)


# --- parsing ------------------------------------------------------------------------


def _pairs(field: str, items: list[str], sep: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, found, value = item.partition(sep)
        if not found or not key.strip() or not value.strip():
            raise ValidationError(field, item, Reason.CARBON_LINE_ARG)
        out[key.strip()] = value.strip()
    return out


def _named_line(source: str, text: str) -> Activity:
    name, _, rest = text.partition(":")
    qty_text, _, factor_id = rest.partition(":")
    m = _QTY.fullmatch(qty_text)
    if not name.strip() or m is None:
        raise ValidationError(source, text, Reason.CARBON_LINE_ARG)
    return Activity(
        source, float(m.group(1)), m.group(2), name=name.strip(), factor_id=factor_id.strip() or None
    )


def _energy_lines(args: argparse.Namespace, factors: dict[str, str]) -> list[Activity]:
    out = []
    for opt, (source, unit, content) in ENERGY_OPTIONS.items():
        value = getattr(args, opt)
        if value is None:
            continue
        energy = getattr(args, content) if content else None
        out.append(Activity(source, value, unit, factor_id=factors.get(source), energy_content=energy))
    return out


def _set(args: argparse.Namespace) -> int:
    factors = _pairs("factor", args.factor, "=")
    qualities = _pairs("quality", args.quality, "=")
    losses = {k: float(v.rstrip("%")) / 100 for k, v in _pairs("yield-loss", args.yield_loss, ":").items()}
    lines = _energy_lines(args, factors)
    for opt, source in NAMED_OPTIONS.items():
        lines += [_named_line(source, text) for text in getattr(args, opt)]
    out = []
    for a in lines:
        quality = qualities.get(a.label, qualities.get(a.source, "measured"))
        loss = losses.get(a.name, 0.0) if a.source == "material" else 0.0
        out.append(replace(a, quality=quality, yield_loss=loss))
    data = ActivityData(
        sku=args.sku,
        declared_unit=parse_declared_unit(args.unit),
        activities=tuple(out),
        batch=args.batch,
        note=args.note,
    )
    recorded = open_workspace(args).carbon.set(data).value
    _print_estimate(recorded.estimate, as_json=args.json)
    return 0


# --- output -------------------------------------------------------------------------


def _print_estimate(e: Estimate, *, as_json: bool, history: list[Any] | None = None) -> None:
    if as_json:
        doc = estimate_json(e)
        if history is not None:
            doc["history"] = [
                {
                    "computed_at": r.computed_at.isoformat(),
                    "cause": r.cause,
                    "total_kgco2e": r.estimate.total_kgco2e,
                }
                for r in history
            ]
        print_json(doc)
        return
    write(mark())
    what = f"{e.sku}{' / ' + e.batch if e.batch else ''}"
    write(
        say(
            f"{what}：{e.total_kgco2e:.3f} kgCO2e / {unit_name(e.declared_unit)}",
            f"{what}: {e.total_kgco2e:.3f} kgCO2e per {e.declared_unit}",
        )
    )
    write(
        say(
            f"  范围 {e.low:.3f} – {e.high:.3f}；实测数据占 {e.measured_share:.0%}",
            f"  band {e.low:.3f} – {e.high:.3f}; measured share {e.measured_share:.0%}",
        )
    )
    print_table(
        [
            say("来源", "source"),
            "kgCO2e",
            say("因子", "factor"),
            say("因子值", "value"),
            say("单位", "unit"),
            say("数据质量", "quality"),
        ],
        [
            [li.source, f"{li.kgco2e:.4f}", li.factor_id, f"{li.factor_value:g}", li.factor_unit, li.quality]
            for li in e.lines
        ],
    )
    if e.co2_only:
        write(say("仅计二氧化碳：", "CO2 only: ") + ", ".join(e.co2_only))
    for r in history or []:
        write(f"  {r.computed_at:%Y-%m-%d %H:%M} {r.cause}: {r.estimate.total_kgco2e:.3f}")


def _show(args: argparse.Namespace) -> int:
    history = open_workspace(args).carbon.history(args.sku, args.batch)
    _print_estimate(history[-1].estimate, as_json=args.json, history=history)
    return 0


def _factors(args: argparse.Namespace) -> int:
    entries = open_workspace(args).carbon.factors()
    if args.json:
        print_json(
            [
                {
                    "id": e.factor.id,
                    "origin": e.origin,
                    "kind": e.factor.kind,
                    "name": e.factor.name.to_json(),
                    "region": e.factor.region,
                    "value": e.factor.value,
                    "unit": e.factor.unit,
                    "scope": e.factor.scope,
                    "year": e.factor.year,
                    "source": e.factor.source.to_json(),
                    "url": e.factor.url,
                }
                for e in entries
            ]
        )
        return 0
    print_table(
        [
            say("编号", "id"),
            say("出处", "origin"),
            say("因子值", "value"),
            say("单位", "unit"),
            say("范围", "scope"),
            say("年份", "year"),
            say("地区", "region"),
            say("来源", "source"),
        ],
        [
            [
                e.factor.id,
                e.origin,
                f"{e.factor.value:g}",
                e.factor.unit,
                e.factor.scope,
                e.factor.year,
                e.factor.region,
                e.factor.source.get(lang()),
            ]
            for e in entries
        ],
    )
    return 0


def _factor_add(args: argparse.Namespace) -> int:
    name = args.name or args.id
    factor = Factor(
        id=args.id,
        kind=args.kind,
        name=LocalText(zh=name, en=name),
        region=args.region,
        value=args.value,
        unit=args.unit,
        scope=args.scope,
        year=args.year,
        source=LocalText(zh=args.source, en=args.source),
        url=args.url,
    )
    saved = open_workspace(args).carbon.add_factor(factor).value
    write(
        f"{saved.id}: {saved.value:g} {saved.unit} ({saved.scope}, {saved.year}) — {saved.source.get(lang())}"
    )
    return 0


def _factor_remove(args: argparse.Namespace) -> int:
    open_workspace(args).carbon.remove_factor(args.id)
    write(say(f"已删除排放因子 {args.id}", f"removed factor {args.id}"))
    return 0


def _share(text: str) -> Share:
    parts = text.split(":")
    try:
        basis = float(parts[1])
        units = float(parts[2]) if len(parts) > 2 else basis
    except (IndexError, ValueError):
        raise ValidationError("share", text, Reason.CARBON_LINE_ARG) from None
    return Share(parts[0].strip(), basis, units if parts[0].strip() != "other" else 0.0)


def _month(args: argparse.Namespace) -> int:
    totals = tuple(
        MonthTotal(a.source, a.quantity, a.unit, a.energy_content) for a in _energy_lines(args, {})
    )
    month = Month(args.month, args.basis, args.total, totals, tuple(_share(s) for s in args.share))
    carbon = open_workspace(args).carbon
    overrides = _pairs("factor", args.factor, "=")
    done = carbon.allocate_month(
        month, declared_unit=parse_declared_unit(args.unit), factor_overrides=overrides
    ).value
    write(mark())
    print_table(
        [say("货号", "SKU"), "kgCO2e", say("每", "per")],
        [
            [r.estimate.sku, f"{r.estimate.total_kgco2e:.3f}", unit_name(r.estimate.declared_unit)]
            for r in done
        ],
    )
    return 0


def _whatif(args: argparse.Namespace) -> int:
    scale = {k: float(v) for k, v in _pairs("scale", args.scale, "=").items()}
    variant = WhatIf(
        electricity_factor_id=args.electricity_factor,
        solar_share=args.solar_share,
        solar_factor_id=args.solar_factor if args.solar_share else None,
        scale=scale,
    )
    base, other = open_workspace(args).carbon.what_if(args.sku, variant, args.batch)
    delta = other.total_kgco2e - base.total_kgco2e
    if args.json:
        print_json({"base": estimate_json(base), "variant": estimate_json(other), "delta_kgco2e": delta})
        return 0
    write(mark())
    write(
        say(
            f"现在：{base.total_kgco2e:.3f} kgCO2e / {unit_name(base.declared_unit)}",
            f"now: {base.total_kgco2e:.3f} kgCO2e per {base.declared_unit}",
        )
    )
    write(
        say(
            f"假如：{other.total_kgco2e:.3f}（{delta:+.3f}）",
            f"what if: {other.total_kgco2e:.3f} ({delta:+.3f})",
        )
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    lang = args.lang or ("zh" if ws.firm().language.startswith("zh") else "en")
    path = ws.carbon.report(args.sku, args.output, lang=lang, batch=args.batch)
    write(str(path))
    return 0


def _export(args: argparse.Namespace) -> int:
    path = open_workspace(args).carbon.export(args.sku, args.output, batch=args.batch)
    write(str(path))
    return 0
