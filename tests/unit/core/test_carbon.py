"""The carbon estimate's arithmetic on hand-computed cases, its units and its refusals."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from desktop_app.core import carbon_units as units
from desktop_app.core.carbon import Activity, ActivityData, check_activity, check_data, parse_declared_unit
from desktop_app.core.carbon_estimate import WhatIf, estimate, what_if
from desktop_app.core.catalogue import Factor, LocalText
from desktop_app.core.errors import Reason, ValidationError


def factor(fid: str, kind: str, value: float, unit: str, scope: str = "CO2e") -> Factor:
    return Factor(
        id=fid,
        kind=kind,
        name=LocalText(en=fid),
        region="CN",
        value=value,
        unit=unit,
        scope=scope,
        year=2023,
        source=LocalText(en="test"),
    )


FACTORS = {
    f.id: f
    for f in (
        factor("CN-electricity-2023-pcf", "electricity", 0.6205, "kgCO2e/kWh"),
        factor("CN-electricity-solar-2023-pcf", "electricity", 0.0545, "kgCO2e/kWh"),
        factor("CN-grid-2022-co2", "electricity", 0.5366, "kgCO2e/kWh", scope="CO2"),
        factor("IPCC2006-natural-gas-co2", "natural_gas", 56.1, "kgCO2e/GJ", scope="CO2"),
        factor("IPCC2006-diesel-co2", "diesel", 74.1, "kgCO2e/GJ", scope="CO2"),
        factor("FIRM-steam-GJ", "steam", 100.0, "kgCO2e/GJ"),
        factor("FIRM-steam-t", "steam", 300.0, "kgCO2e/t"),
        factor("FIRM-cotton", "fibre", 5.0, "kgCO2e/kg"),
        factor("FIRM-water", "water", 0.3, "kgCO2e/m³"),
        factor("FIRM-truck", "transport", 0.1, "kgCO2e/t·km"),
        factor("FIRM-dye", "chemical", 10.0, "kgCO2e/kg"),
    )
}


def one(a: Activity) -> float:
    data = check_data(ActivityData("SKU-1", "1 kg", (a,)))
    return estimate(data, FACTORS).total_kgco2e


def test_each_source_by_hand() -> None:
    assert one(Activity("electricity", 5.2, "kWh")) == pytest.approx(5.2 * 0.6205)  # 3.2266
    # 0.018 t of steam at 2.8 GJ/t = 0.0504 GJ, at 100 kgCO2e/GJ
    assert one(Activity("steam", 0.018, "t", energy_content=2.8, factor_id="FIRM-steam-GJ")) == pytest.approx(
        5.04
    )
    assert one(Activity("steam", 0.018, "t", factor_id="FIRM-steam-t")) == pytest.approx(5.4)
    # 0.4 Nm³ at 36 MJ/Nm³ = 0.0144 GJ, at 56.1 kgCO2/GJ
    assert one(Activity("natural_gas", 0.4, "Nm3", energy_content=36.0)) == pytest.approx(0.80784)
    # 0.05 kg diesel at 43 MJ/kg = 0.00215 GJ
    assert one(Activity("diesel", 0.05, "kg", energy_content=43.0)) == pytest.approx(0.00215 * 74.1)
    # 1 kg of cotton in the fabric with 10 % lost in making: 1/0.9 kg bought
    cotton = Activity("material", 1.0, "kg", name="cotton", factor_id="FIRM-cotton", yield_loss=0.1)
    assert one(cotton) == pytest.approx(5.0 / 0.9)
    assert one(Activity("water", 0.12, "m3", factor_id="FIRM-water")) == pytest.approx(0.036)
    assert one(Activity("transport", 2.0, "tkm", name="road", factor_id="FIRM-truck")) == pytest.approx(0.2)
    assert one(Activity("chemical", 0.03, "kg", name="reactive dye", factor_id="FIRM-dye")) == pytest.approx(
        0.3
    )


def test_total_breakdown_measured_share_and_band() -> None:
    data = check_data(
        ActivityData(
            "SKU-1",
            "1 kg",
            (
                Activity("electricity", 5.2, "kWh", quality="measured"),
                Activity("steam", 0.018, "t", quality="allocated", factor_id="FIRM-steam-t"),
                Activity("material", 1.08, "kg", name="cotton", factor_id="FIRM-cotton", quality="estimated"),
            ),
        )
    )
    e = estimate(data, FACTORS)
    elec, steam, cotton = 3.2266, 5.4, 5.4
    assert e.total_kgco2e == pytest.approx(elec + steam + cotton)  # 14.0266
    assert [li.source for li in e.lines] == ["electricity", "steam", "material:cotton"]
    assert e.by_stage == pytest.approx(
        {"raw_materials": cotton, "transport": 0.0, "production": elec + steam}
    )
    assert e.measured_share == pytest.approx(elec / 14.0266)
    band = math.sqrt((0.05 * elec) ** 2 + (0.15 * steam) ** 2 + (0.30 * cotton) ** 2)  # 1.7719...
    assert e.uncertainty_kgco2e == pytest.approx(band)
    assert (e.low, e.high) == pytest.approx((14.0266 - band, 14.0266 + band))
    assert e.factors_used == {"CN-electricity-2023-pcf": 0.6205, "FIRM-steam-t": 300.0, "FIRM-cotton": 5.0}


def test_unit_conversions() -> None:
    assert units.convert("f", 1.0, "kWh", "MJ") == pytest.approx(3.6)
    assert units.convert("f", 3.6, "MJ", "kWh") == pytest.approx(1.0)
    assert units.convert("f", 2.0, "GJ", "kWh") == pytest.approx(2000 / 3.6)
    assert units.convert("f", 0.5, "t", "GJ", energy_content=2.8) == pytest.approx(1.4)  # steam t -> GJ
    assert units.convert("f", 1.4, "GJ", "t", energy_content=2.8) == pytest.approx(0.5)  # and back
    assert units.convert("f", 10.0, "Nm³", "GJ", energy_content=36.0) == pytest.approx(0.36)
    with pytest.raises(ValidationError) as err:
        units.convert("steam", 1.0, "t", "GJ")
    assert err.value.code is Reason.CARBON_ENERGY_CONTENT_NEEDED and err.value.field == "steam"
    with pytest.raises(ValidationError) as err:
        units.convert("water", 1.0, "m³", "kWh")
    assert err.value.code is Reason.CARBON_UNIT_MISMATCH


@pytest.mark.parametrize(
    ("activity", "code", "field"),
    [
        (Activity("electricity", -1.0, "kWh"), Reason.OUT_OF_RANGE, "electricity"),
        (
            Activity("electricity", 10_000.0, "kWh"),
            Reason.OUT_OF_RANGE,
            "electricity",
        ),  # a garment using 10 MWh
        (Activity("electricity", 4.0, "GJ"), Reason.OUT_OF_RANGE, "electricity"),  # > 1000 kWh as energy
        (Activity("steam", 2.0, "t"), Reason.OUT_OF_RANGE, "steam"),
        (Activity("material", 1.0, "kg"), Reason.EMPTY, "material.name"),
        (Activity("water", 1.0, "litre"), Reason.NOT_ONE_OF, "water.unit"),
        (Activity("water", 1.0, "m3", quality="guessed"), Reason.NOT_ONE_OF, "water.quality"),
        (
            Activity("water", 1.0, "m3", yield_loss=0.1),
            Reason.CARBON_YIELD_LOSS_MATERIALS,
            "water.yield_loss",
        ),
        (
            Activity("material", 1.0, "kg", name="cotton", yield_loss=1.0),
            Reason.OUT_OF_RANGE,
            "material:cotton.yield_loss",
        ),
    ],
)
def test_bad_lines_are_refused_naming_the_field(activity: Activity, code: Reason, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_activity(activity)
    assert (err.value.code, err.value.field) == (code, field)


@pytest.mark.parametrize(
    ("activity", "code", "field"),
    [
        (
            Activity("steam", 0.018, "t", factor_id="FIRM-steam-GJ"),
            Reason.CARBON_ENERGY_CONTENT_NEEDED,
            "steam",
        ),
        (Activity("water", 0.1, "m3", factor_id="FIRM-steam-t"), Reason.CARBON_FACTOR_KIND, "water.factor"),
        (Activity("water", 0.1, "m3", factor_id="NO-SUCH"), Reason.CARBON_UNKNOWN_FACTOR, "water.factor"),
        (Activity("water", 0.1, "m3"), Reason.CARBON_NO_FACTOR, "water"),
        (
            Activity("electricity", 1.0, "kWh", factor_id="CN-grid-2022-co2"),
            Reason.CARBON_INVENTORY_FACTOR,
            "electricity.factor",
        ),
        (
            Activity("material", 1.0, "m3", name="cotton", factor_id="FIRM-cotton"),
            Reason.CARBON_UNIT_MISMATCH,
            "material:cotton",
        ),
    ],
)
def test_factors_that_do_not_fit_are_refused(activity: Activity, code: Reason, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        one(activity)
    assert (err.value.code, err.value.field) == (code, field)


def test_what_if_solar_share_and_less_steam() -> None:
    data = check_data(
        ActivityData(
            "SKU-1",
            "1 kg",
            (Activity("electricity", 10.0, "kWh"), Activity("steam", 0.02, "t", factor_id="FIRM-steam-t")),
        )
    )
    base = estimate(data, FACTORS)
    assert base.total_kgco2e == pytest.approx(6.205 + 6.0)
    solar = what_if(data, FACTORS, WhatIf(solar_share=0.3, solar_factor_id="CN-electricity-solar-2023-pcf"))
    assert solar.total_kgco2e == pytest.approx(7 * 0.6205 + 3 * 0.0545 + 6.0)
    less = what_if(data, FACTORS, WhatIf(scale={"steam": 0.8}))
    assert less.total_kgco2e == pytest.approx(6.205 + 4.8)
    with pytest.raises(ValidationError) as err:
        what_if(data, FACTORS, WhatIf(electricity_factor_id="CN-grid-2022-co2"))
    assert err.value.code is Reason.CARBON_INVENTORY_FACTOR


def test_declared_units_and_repeated_lines() -> None:
    assert parse_declared_unit("1 kg") == parse_declared_unit("kg") == parse_declared_unit("1kg") == "1 kg"
    assert parse_declared_unit("1 garment") == "1 garment"
    with pytest.raises(ValidationError):
        parse_declared_unit("2 tons")
    with pytest.raises(ValidationError) as err:
        check_data(
            ActivityData("S", "1 kg", (Activity("electricity", 1, "kWh"), Activity("electricity", 2, "kWh")))
        )
    assert err.value.code is Reason.REPEATED_VALUE


def unverified(fid: str, **fields: object) -> Factor:
    return replace(factor(fid, "water", 0.3, "kgCO2e/m³"), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [
        unverified("NO-SOURCE", source=LocalText(en="  ")),
        unverified("NO-SOURCE-AT-ALL", source=LocalText()),
        unverified("ODD-KIND", kind="biomass"),
        unverified("ODD-SCOPE", scope="CH4"),
        unverified("NAN", value=math.nan),
        unverified("ZERO", value=0.0),
    ],
    ids=lambda f: f.id,
)
def test_an_unverified_factor_stays_out_of_the_estimate(bad: Factor) -> None:
    from desktop_app.core.carbon_factors import verified

    assert not verified(bad)
    data = check_data(ActivityData("SKU-1", "1 kg", (Activity("water", 0.1, "m3", factor_id=bad.id),)))
    with pytest.raises(ValidationError) as err:
        estimate(data, {**FACTORS, bad.id: bad})
    assert (err.value.code, err.value.field) == (Reason.CARBON_FACTOR_UNVERIFIED, "water.factor")


def test_a_default_factor_without_a_source_is_skipped_for_the_next_default() -> None:
    blank = replace(
        factor("CN-electricity-2024-pcf", "electricity", 0.5777, "kgCO2e/kWh"), source=LocalText(zh="")
    )
    data = check_data(ActivityData("SKU-1", "1 kg", (Activity("electricity", 10.0, "kWh"),)))
    e = estimate(data, {**FACTORS, blank.id: blank})
    assert [li.factor_id for li in e.lines] == ["CN-electricity-2023-pcf"]  # not the unsourced 2024 one
    assert e.total_kgco2e == pytest.approx(6.205)


def test_every_bundled_factor_is_verified_and_cited() -> None:
    """The bundled starting set: each factor has a known kind, a source, and a row in SOURCES.md."""
    import json

    from desktop_app.core.carbon_factors import verified
    from tests.helpers import ROOT

    catalogue = json.loads((ROOT / "resources/catalogue/catalogue.json").read_text(encoding="utf-8"))
    sources = (ROOT / "resources/catalogue/SOURCES.md").read_text(encoding="utf-8")
    bundled = [c["data"] for c in catalogue["changes"] if c["type"] == "factor" and c["op"] == "upsert"]
    assert bundled
    for d in bundled:
        f = Factor(
            id=d["id"],
            kind=d["kind"],
            name=LocalText(**d["name"]),
            region=d["region"],
            value=d["value"],
            unit=d["unit"],
            scope=d["scope"],
            year=d["year"],
            source=LocalText(**d["source"]),
        )
        assert verified(f), f.id
        assert f"| `{f.id}` |" in sources, f.id
