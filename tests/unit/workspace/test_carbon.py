"""`ws.carbon` on a real database (SQLite and PostgreSQL): data sets, firm factors, allocation, and the
recomputation after a factor update synced from the loopback platform."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from desktop_app.core.carbon import Activity, ActivityData
from desktop_app.core.carbon_allocation import Month, MonthTotal, Share
from desktop_app.core.carbon_estimate import WhatIf
from desktop_app.core.catalogue import Factor, LocalText
from desktop_app.core.errors import ConflictError, NotFoundError, Reason, ValidationError
from desktop_app.workspace import ChangeSet, Workspace
from tests.helpers.factories import make_product
from tests.helpers.protocol2 import reads_protocol_2
from tests.helpers.sync_platform import fill, trust
from tests.platform_server import PlatformServer, factor_data

SKU = "FAB-001"
STEAM = Factor(
    id="FIRM-steam-2026",
    kind="steam",
    name=LocalText(zh="园区蒸汽", en="园区蒸汽"),
    region="CN-ZJ",
    value=310.0,
    unit="kgCO2e/t",
    scope="CO2e",
    year=2025,
    source=LocalText(zh="供热公司碳足迹声明", en="供热公司碳足迹声明"),
)


def fabric(*lines: Activity) -> ActivityData:
    return ActivityData(sku=SKU, declared_unit="1 kg", activities=lines)


@pytest.fixture
def cws(ws: Workspace) -> Workspace:
    ws.products.add(make_product(sku=SKU))
    ws.carbon.add_factor(STEAM)
    return ws


def rows(ws: Workspace, table: str) -> int:
    """Rows of `table`, read with plain SQL on the workspace's engine (SQLite or PostgreSQL)."""
    with ws.engine.connect() as con:
        return con.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_set_stores_the_data_and_its_estimate(cws: Workspace) -> None:
    result = cws.carbon.set(
        fabric(
            Activity("electricity", 5.2, "kWh"),
            Activity("steam", 0.018, "t", factor_id=STEAM.id, quality="allocated"),
        )
    )
    assert result.changes == ChangeSet.CARBON
    shown = cws.carbon.show(SKU)
    # the bundled 2024 electricity carbon-footprint factor (0.5777) and the firm's steam factor
    assert shown.estimate.total_kgco2e == pytest.approx(5.2 * 0.5777 + 0.018 * 310.0)
    assert shown.factors == {"CN-electricity-2024-pcf": 0.5777, STEAM.id: 310.0}
    assert shown.cause == "entered"
    assert cws.carbon.data(SKU).activities[1].factor_id == STEAM.id


def test_bad_input_writes_nothing(cws: Workspace) -> None:
    cws.carbon.set(fabric(Activity("electricity", 5.2, "kWh")))
    before = (rows(cws, "carbon_activities"), rows(cws, "carbon_estimates"))
    for bad, code in [
        (fabric(Activity("electricity", 10_000.0, "kWh")), Reason.OUT_OF_RANGE),
        (fabric(Activity("water", 0.1, "m3", factor_id="NOPE")), Reason.CARBON_UNKNOWN_FACTOR),
        (
            fabric(Activity("electricity", 5.0, "kWh", factor_id="CN-grid-2022-co2")),
            Reason.CARBON_INVENTORY_FACTOR,
        ),
        (fabric(Activity("steam", 0.02, "GJ", factor_id=STEAM.id)), Reason.CARBON_ENERGY_CONTENT_NEEDED),
    ]:
        with pytest.raises(ValidationError) as err:
            cws.carbon.set(bad)
        assert err.value.code is code
    with pytest.raises(NotFoundError):
        cws.carbon.set(
            ActivityData(sku="NO-SUCH", declared_unit="1 kg", activities=(Activity("electricity", 1, "kWh"),))
        )
    assert (rows(cws, "carbon_activities"), rows(cws, "carbon_estimates")) == before


def test_firm_factors_are_checked_and_kept_apart(cws: Workspace) -> None:
    with pytest.raises(ConflictError):
        cws.carbon.add_factor(STEAM)
    with pytest.raises(ConflictError):  # the platform's id
        cws.carbon.add_factor(Factor(**{**STEAM.__dict__, "id": "CN-electricity-2023-pcf"}))
    with pytest.raises(ValidationError) as err:
        cws.carbon.add_factor(Factor(**{**STEAM.__dict__, "id": "F-2", "source": LocalText(zh=" ")}))
    assert err.value.field == "source"
    origins = {e.factor.id: e.origin for e in cws.carbon.factors()}
    assert origins[STEAM.id] == "firm" and origins["CN-electricity-2023-pcf"] == "catalogue"


def test_a_month_is_allocated_by_output_mass(cws: Workspace) -> None:
    cws.products.add(make_product(sku="FAB-002"))
    cws.carbon.set(fabric(Activity("steam", 0.5, "t", factor_id=STEAM.id, quality="estimated")))
    month = Month(
        "2026-11",
        "output_mass",
        10_000.0,
        (MonthTotal("electricity", 52_000.0, "kWh"), MonthTotal("steam", 180.0, "t")),
        (Share(SKU, 6000, 6000), Share("FAB-002", 3000, 3000), Share("other", 1000, 0)),
    )
    with pytest.raises(ValidationError):  # FAB-002 has no steam factor yet: nothing is allocated
        cws.carbon.allocate_month(month)
    assert rows(cws, "carbon_months") == 0 and cws.carbon.data(SKU).activities[0].quantity == 0.5
    cws.carbon.set(
        ActivityData(
            sku="FAB-002",
            declared_unit="1 kg",
            activities=(Activity("steam", 0.02, "t", factor_id=STEAM.id),),
        )
    )
    done = cws.carbon.allocate_month(month)
    assert [r.estimate.sku for r in done.value] == [SKU, "FAB-002"]
    lines = {a.source: a for a in cws.carbon.data(SKU).activities}
    assert lines["electricity"].quantity == pytest.approx(5.2) and lines["steam"].quantity == pytest.approx(
        0.018
    )
    assert lines["steam"].factor_id == STEAM.id and lines["steam"].quality == "allocated"
    assert cws.carbon.show(SKU).estimate.total_kgco2e == pytest.approx(5.2 * 0.5777 + 0.018 * 310)
    assert rows(cws, "carbon_months") == 1


def test_what_if_leaves_the_record_alone(cws: Workspace) -> None:
    cws.carbon.set(fabric(Activity("electricity", 10.0, "kWh")))
    base, solar = cws.carbon.what_if(
        SKU, WhatIf(solar_share=0.5, solar_factor_id="CN-electricity-solar-2023-pcf")
    )
    assert base.total_kgco2e == pytest.approx(5.777)
    assert solar.total_kgco2e == pytest.approx(5 * 0.5777 + 5 * 0.0545)
    assert len(cws.carbon.history(SKU)) == 1


needs_protocol_2 = pytest.mark.skipif(not reads_protocol_2(), reason="protocol 1 parser")


@pytest.fixture
def platform2() -> Iterator[PlatformServer]:
    server = PlatformServer(speaks=2)
    fill(server)
    server.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5777, year=2024))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@needs_protocol_2
def test_a_synced_factor_update_recomputes_and_keeps_the_old_figure(
    cws: Workspace, platform2, memory_keyring
) -> None:
    trust(cws, platform2, max_retries=1)
    cws.sync.login(platform2.url, platform2.token)
    cws.carbon.set(
        fabric(Activity("electricity", 5.2, "kWh"), Activity("steam", 0.018, "t", factor_id=STEAM.id))
    )
    same = cws.sync.run()  # the same value: nothing to recompute
    assert len(cws.carbon.history(SKU)) == 1
    assert same.recomputed_estimates == () and not same.changes & ChangeSet.CARBON

    platform2.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5600, year=2024))
    result = cws.sync.run()
    assert result.factors.changed == 1
    # the runner publishes this: the Carbon page reloads
    assert result.recomputed_estimates == (SKU,) and result.changes & ChangeSet.CARBON
    old, new = cws.carbon.history(SKU)
    assert old.estimate.total_kgco2e == pytest.approx(5.2 * 0.5777 + 5.58)
    assert new.estimate.total_kgco2e == pytest.approx(5.2 * 0.5600 + 5.58)
    assert (old.cause, new.cause) == ("entered", "factor_update")
    assert new.factors["CN-electricity-2024-pcf"] == 0.56 and old.factors["CN-electricity-2024-pcf"] == 0.5777
    assert STEAM.id in {e.factor.id for e in cws.carbon.factors()}  # the sync never removes a firm factor


def test_a_firm_factor_in_use_is_not_removed_and_the_error_names_the_products(cws: Workspace) -> None:
    cws.products.add(make_product(sku="FAB-002"))
    unused = Factor(**{**STEAM.__dict__, "id": "FIRM-steam-old"})
    cws.carbon.add_factor(unused)
    assert cws.carbon.remove_factor(unused.id) == ChangeSet.CARBON
    assert unused.id not in {e.factor.id for e in cws.carbon.factors()}

    cws.carbon.set(fabric(Activity("steam", 0.018, "t", factor_id=STEAM.id)))  # a line names it
    cws.carbon.set(
        ActivityData(
            sku="FAB-002",
            declared_unit="1 kg",
            activities=(Activity("steam", 0.02, "t"),),
            factor_overrides={"steam": STEAM.id},  # a source's override names it
        )
    )
    with pytest.raises(ValidationError) as err:
        cws.carbon.remove_factor(STEAM.id)
    assert err.value.code == Reason.CARBON_FACTOR_IN_USE
    assert err.value.field == "id" and err.value.params["products"] == [SKU, "FAB-002"]

    # the lines no longer name it, but the kept estimates do: still refused, for both
    cws.carbon.set(fabric(Activity("electricity", 5.2, "kWh")))
    cws.carbon.set(
        ActivityData(sku="FAB-002", declared_unit="1 kg", activities=(Activity("electricity", 1.0, "kWh"),))
    )
    with pytest.raises(ValidationError) as err:
        cws.carbon.remove_factor(STEAM.id)
    assert err.value.params["products"] == [SKU, "FAB-002"]
    assert STEAM.id in {e.factor.id for e in cws.carbon.factors()}


def test_only_a_firm_factor_can_be_removed(cws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        cws.carbon.remove_factor("CN-electricity-2024-pcf")
    assert err.value.code == Reason.CARBON_FACTOR_NOT_FIRM
    assert "CN-electricity-2024-pcf" in {e.factor.id for e in cws.carbon.factors()}
    with pytest.raises(NotFoundError):
        cws.carbon.remove_factor("NO-SUCH")


@needs_protocol_2
def test_a_changed_factor_no_estimate_used_recomputes_nothing(
    cws: Workspace, platform2, memory_keyring
) -> None:
    trust(cws, platform2, max_retries=1)
    cws.sync.login(platform2.url, platform2.token)
    cws.carbon.set(fabric(Activity("steam", 0.018, "t", factor_id=STEAM.id)))  # no electricity
    cws.sync.run()
    platform2.upsert("factor", factor_data("CN-electricity-2024-pcf", region="CN", value=0.5600, year=2024))
    result = cws.sync.run()
    assert result.factors.changed == 1 and result.changes & ChangeSet.CATALOGUE
    assert result.recomputed_estimates == () and not result.changes & ChangeSet.CARBON
    assert len(cws.carbon.history(SKU)) == 1


def test_an_unverified_factor_in_the_database_stays_out_of_every_estimate(cws: Workspace) -> None:
    """A catalogue row that came in past the platform's schema (another client's database, a
    restored backup): no source, or a kind this client does not know. Never used."""
    from desktop_app.db.models import FactorRow

    with cws.session() as s:
        for fid, kind, source in (("X-water-nosource", "water", " "), ("X-biomass", "biomass", "某来源")):
            s.add(
                FactorRow(
                    id=fid,
                    kind=kind,
                    name_zh=fid,
                    region="CN",
                    value=0.5,
                    unit="kgCO2e/m³",
                    scope="CO2e",
                    year=2025,
                    source_zh=source,
                )
            )
    before = rows(cws, "carbon_estimates")
    for fid in ("X-water-nosource", "X-biomass"):
        with pytest.raises(ValidationError) as err:
            cws.carbon.set(fabric(Activity("water", 0.1, "m3", factor_id=fid)))
        assert (err.value.code, err.value.field) == (Reason.CARBON_FACTOR_UNVERIFIED, "water.factor")
    assert rows(cws, "carbon_estimates") == before
