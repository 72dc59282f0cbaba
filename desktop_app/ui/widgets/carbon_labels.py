"""Words for the carbon page's codes (sources, stages, qualities) and how a factor is shown.

The codes come from `core.carbon`; only their translated names live here,
so the page, its dialogs and the chart all say "Steam" for `steam`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.carbon_factors import FactorEntry
from ..i18n import vocab_lang

_SOURCES = {
    "material": QT_TRANSLATE_NOOP("Carbon", "Fibre / material"),
    "chemical": QT_TRANSLATE_NOOP("Carbon", "Dyes and auxiliaries"),
    "packaging": QT_TRANSLATE_NOOP("Carbon", "Packaging"),
    "transport": QT_TRANSLATE_NOOP("Carbon", "Inbound transport"),
    "electricity": QT_TRANSLATE_NOOP("Carbon", "Electricity"),
    "steam": QT_TRANSLATE_NOOP("Carbon", "Steam"),
    "natural_gas": QT_TRANSLATE_NOOP("Carbon", "Natural gas"),
    "coal": QT_TRANSLATE_NOOP("Carbon", "Coal"),
    "diesel": QT_TRANSLATE_NOOP("Carbon", "Diesel"),
    "water": QT_TRANSLATE_NOOP("Carbon", "Water"),
    "wastewater": QT_TRANSLATE_NOOP("Carbon", "Wastewater"),
}
# fields of a month or a factor a refusal may name (`core.carbon_allocation`)
_FIELDS = {
    "month": QT_TRANSLATE_NOOP("Carbon", "Month"),
    "basis": QT_TRANSLATE_NOOP("Carbon", "Allocate by"),
    "total": QT_TRANSLATE_NOOP("Carbon", "Month's total basis"),
    "totals": QT_TRANSLATE_NOOP("Carbon", "Metered totals"),
    "shares": QT_TRANSLATE_NOOP("Carbon", "Shares"),
    "unit": QT_TRANSLATE_NOOP("Carbon", "Declared unit"),
    "solar_share": QT_TRANSLATE_NOOP("Carbon", "Own solar share of electricity"),
    "solar_factor": QT_TRANSLATE_NOOP("Carbon", "Solar electricity factor"),
}
_STAGES = {
    "raw_materials": QT_TRANSLATE_NOOP("Carbon", "Raw materials"),
    "transport": QT_TRANSLATE_NOOP("Carbon", "Transport"),
    "production": QT_TRANSLATE_NOOP("Carbon", "Production"),
}
_QUALITIES = {
    "measured": QT_TRANSLATE_NOOP("Carbon", "measured"),
    "allocated": QT_TRANSLATE_NOOP("Carbon", "allocated"),
    "estimated": QT_TRANSLATE_NOOP("Carbon", "estimated"),
}
# factor kinds (`core.catalogue.FACTOR_KINDS`) and the gases a factor counts (`FACTOR_SCOPES`)
_KINDS = {
    "electricity": QT_TRANSLATE_NOOP("Carbon", "Electricity"),
    "steam": QT_TRANSLATE_NOOP("Carbon", "Steam"),
    "heat": QT_TRANSLATE_NOOP("Carbon", "Purchased heat"),
    "natural_gas": QT_TRANSLATE_NOOP("Carbon", "Natural gas"),
    "coal": QT_TRANSLATE_NOOP("Carbon", "Coal"),
    "diesel": QT_TRANSLATE_NOOP("Carbon", "Diesel"),
    "water": QT_TRANSLATE_NOOP("Carbon", "Water"),
    "wastewater": QT_TRANSLATE_NOOP("Carbon", "Wastewater"),
    "fibre": QT_TRANSLATE_NOOP("Carbon", "Fibre / material"),
    "chemical": QT_TRANSLATE_NOOP("Carbon", "Dyes and auxiliaries"),
    "transport": QT_TRANSLATE_NOOP("Carbon", "Transport"),
    "packaging": QT_TRANSLATE_NOOP("Carbon", "Packaging"),
}
_SCOPES = {
    "CO2e": QT_TRANSLATE_NOOP("Carbon", "All greenhouse gases (CO2e)"),
    "CO2": QT_TRANSLATE_NOOP("Carbon", "CO2 only"),
}
# region codes that are words, not places' codes (the IPCC defaults are "GLOBAL")
_REGIONS = {
    "GLOBAL": QT_TRANSLATE_NOOP("Carbon", "global"),
}
# declared units (`core.carbon.DECLARED_UNITS`): the code is stored, the words shown
_UNITS = {
    "1 kg": QT_TRANSLATE_NOOP("Carbon", "1 kg"),
    "1 garment": QT_TRANSLATE_NOOP("Carbon", "1 garment"),
    "1 set": QT_TRANSLATE_NOOP("Carbon", "1 set"),
    "1 piece": QT_TRANSLATE_NOOP("Carbon", "1 piece"),
    "1 m": QT_TRANSLATE_NOOP("Carbon", "1 m"),
}
# names the core gives a line of its own (`core.carbon_estimate.what_if`'s solar share)
_LINE_NAMES = {
    "solar": QT_TRANSLATE_NOOP("Carbon", "own solar"),
}
_CAUSES = {
    "entered": QT_TRANSLATE_NOOP("Carbon", "entered"),
    "allocated": QT_TRANSLATE_NOOP("Carbon", "allocated from a month"),
    "factor_update": QT_TRANSLATE_NOOP("Carbon", "factor updated by a sync"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Carbon", text)


def source_label(source: str) -> str:
    """`material:cotton` → "Fibre / material: cotton"; `electricity` → "Electricity"."""
    code, _, name = source.partition(":")
    known = _SOURCES.get(code) or _FIELDS.get(code)
    base = _tr(known) if known else code
    if name and code == "electricity" and name in _LINE_NAMES:  # only the core names electricity lines
        name = _tr(_LINE_NAMES[name])
    return f"{base}: {name}" if name else base


def kind_label(kind: str) -> str:
    """What a factor is for: `natural_gas` → "Natural gas" / "天然气"."""
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def scope_label(scope: str) -> str:
    return _tr(_SCOPES[scope]) if scope in _SCOPES else scope


def unit_label(unit: str) -> str:
    """A declared unit in words: `1 garment` → "1 garment" / "1 件服装"."""
    return _tr(_UNITS[unit]) if unit in _UNITS else unit


def stage_label(stage: str) -> str:
    return _tr(_STAGES[stage]) if stage in _STAGES else stage


def quality_label(quality: str) -> str:
    return _tr(_QUALITIES[quality]) if quality in _QUALITIES else quality


def cause_label(cause: str) -> str:
    return _tr(_CAUSES[cause]) if cause in _CAUSES else cause


def factor_label(entry: FactorEntry, lang: str | None = None) -> str:
    """One line: name, value and unit, year, region, CO2-only or all gases, and whose it is."""
    f, lang = entry.factor, lang or vocab_lang()
    if f.scope == "CO2e":
        scope = QCoreApplication.translate("Carbon", "all GHG")
    else:
        scope = QCoreApplication.translate("Carbon", "CO2 only")
    if entry.origin == "firm":
        whose = QCoreApplication.translate("Carbon", "firm")
    else:
        whose = QCoreApplication.translate("Carbon", "catalogue")
    region = _tr(_REGIONS[f.region]) if f.region in _REGIONS else f.region
    return f"{f.name.get(lang)} — {f.value:g} {f.unit} · {f.year} · {region} · {scope} · {whose}"


def factor_tooltip(entry: FactorEntry, lang: str | None = None) -> str:
    f, lang = entry.factor, lang or vocab_lang()
    return QCoreApplication.translate("Carbon", "Source: {source}\nId: {id}").format(
        source=f.source.get(lang), id=f.id
    )
