"""Carbon footprints for 5,000 products: estimate, what-if, and the recomputation after a factor sync.

Each product has electricity, natural gas (by energy), coal and diesel
lines per kg, of random size, with mixed data quality: only sources whose
default factor the bundled catalogue holds (the published, cited ones), so
the benchmark needs no factor of its own. The factor "update" the platform
serves is the 2024 electricity carbon-footprint factor with another value:
a revision made up for timing, served by the loopback test platform to a
temporary data folder, never a figure for use.

Run: python bench/bench_carbon.py [--products N] [--repeat R]
Prints, for N products:
  core   estimate() and what_if() (30 % own solar, 20 % less gas) over every
         data set in memory: total and per product (min of R runs);
  store  ws.carbon.set() for every product (one transaction each),
         ws.carbon.set_many() of every product (one transaction, bulk reads and writes),
         and ws.carbon.allocate_month() of one month to all of them (one transaction);
  sync   ws.sync.run() that brings the changed factor, and the part of it spent
         in recompute_stale (every estimate recomputed, the old ones kept), with the
         number of database-lane steps it took and the longest of them (how long
         the lane was held at a stretch); then a sync changing the inventory grid
         factor, which no estimate uses.
Every figure is wall time and CPU time (time.process_time) of this process; the
load average (os.getloadavg) is printed before and after, as the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import make_products

from desktop_app.core.carbon import Activity, ActivityData
from desktop_app.core.carbon_allocation import Month, MonthTotal, Share
from desktop_app.core.carbon_estimate import WhatIf, estimate, what_if
from desktop_app.imports import PRODUCT_COLUMNS, headers, product_cells, write_table
from desktop_app.workspace import Workspace

QUALITIES = ("measured", "allocated", "estimated")
ELECTRICITY = "CN-electricity-2024-pcf"
SOLAR = "CN-electricity-solar-2023-pcf"
USED = (ELECTRICITY, SOLAR, "IPCC2006-natural-gas-co2", "IPCC2006-bituminous-coal-co2", "IPCC2006-diesel-co2")
UNUSED = "CN-grid-2022-co2"  # the inventory grid factor: no product footprint may use it


def data_sets(skus: list[str], rnd: random.Random) -> list[ActivityData]:
    """Per kg of fabric: quantities of a plausible order (random; demo figures, not a mill's)."""
    out = []
    for sku in skus:
        lines = (
            Activity("electricity", rnd.uniform(2, 9), "kWh", quality=rnd.choice(QUALITIES)),
            Activity("natural_gas", rnd.uniform(0.005, 0.03), "GJ", quality=rnd.choice(QUALITIES)),
            Activity(
                "coal", rnd.uniform(0.05, 0.4), "kg", quality="estimated", energy_content=rnd.uniform(20, 26)
            ),
            Activity("diesel", rnd.uniform(0.001, 0.01), "kg", quality="estimated", energy_content=43.0),
        )
        out.append(ActivityData(sku=sku, declared_unit="1 kg", activities=lines))
    return out


Times = tuple[float, float]  # wall, CPU (seconds)


def clock() -> Times:
    return time.perf_counter(), time.process_time()


def since(t0: Times) -> Times:
    wall, cpu = clock()
    return wall - t0[0], cpu - t0[1]


def best(fn, repeat: int) -> Times:
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(since(t0))
    return min(times)


def line(label: str, t: Times, n: int) -> None:
    wall, cpu = t
    print(
        f"{label:<44} {wall * 1000:9.1f} ms wall {cpu * 1000:9.1f} ms CPU "
        f"({wall / n * 1e6:8.1f} µs wall, {cpu / n * 1e6:8.1f} µs CPU per product)"
    )


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(n: int, repeat: int) -> None:
    from tests.helpers.sync_platform import fill
    from tests.platform_server import PlatformServer, factor_data

    rnd = random.Random(17)
    print(f"load average before: {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws = Workspace(root / "data")
        bundled = {e.factor.id: e.factor for e in ws.carbon.factors()}
        server = PlatformServer(speaks=2)
        fill(server)
        for fid in (*USED, UNUSED):  # the platform serves the bundled factors as they are
            f = bundled[fid]
            server.upsert(
                "factor",
                factor_data(
                    f.id,
                    kind=f.kind,
                    name=f.name.to_json(),
                    region=f.region,
                    value=f.value,
                    unit=f.unit,
                    scope=f.scope,
                    year=f.year,
                    source=f.source.to_json(),
                    url=f.url,
                ),
            )
        server.start()
        try:
            os.environ["TEXTILE_ASSISTANT_TOKEN"] = server.token  # no keyring in a benchmark
            ws.sync.add_trusted_key(server.key_id, server.public_key_b64)
            ws.sync.run(url=server.url)

            sheet = root / "products.csv"
            write_table(sheet, headers(PRODUCT_COLUMNS), (product_cells(p) for p in make_products(n, rnd)))
            ws.transfer.import_products(sheet, apply=True)
            skus = [p.sku for p in ws.products.list()]
            sets = data_sets(skus, rnd)
            factors = {e.factor.id: e.factor for e in ws.carbon.factors()}
            variant = WhatIf(solar_share=0.3, solar_factor_id=SOLAR, scale={"natural_gas": 0.8})
            print(f"products with activity data:                 {len(sets):,}")
            line(
                "core: estimate, every product", best(lambda: [estimate(d, factors) for d in sets], repeat), n
            )
            line(
                "core: what-if, every product",
                best(lambda: [what_if(d, factors, variant) for d in sets], repeat),
                n,
            )

            t0 = clock()
            for d in sets:
                ws.carbon.set(d)
            line("store: ws.carbon.set, one transaction each", since(t0), n)
            t0 = clock()
            ws.carbon.set_many(sets)
            line("store: ws.carbon.set_many, one transaction", since(t0), n)

            shares = tuple(Share(sku, 10.0, 10.0) for sku in skus)
            month = Month(
                "2026-11",
                "output_mass",
                10.0 * n,
                (
                    MonthTotal("electricity", 5.2 * 10.0 * n, "kWh"),
                    MonthTotal("natural_gas", 0.015 * 10 * n, "GJ"),
                ),
                shares,
            )
            t0 = clock()
            ws.carbon.allocate_month(month)
            line("store: allocate_month to every product", since(t0), n)

            spent: list[Times] = []
            steps: list[float] = []  # wall time of each database-lane step of the recomputation
            real = ws.carbon.recompute_stale

            def lane(step):
                t = time.perf_counter()
                try:
                    return step()
                finally:
                    steps.append(time.perf_counter() - t)

            def timed(**kwargs):
                t = clock()
                try:
                    return real(**{**kwargs, "db_lane": lane})
                finally:
                    spent.append(since(t))

            ws.carbon.recompute_stale = timed  # type: ignore[method-assign]

            def revise(fid: str) -> None:  # made up for timing: see the module text
                revised = dict(server.live()[("factor", fid)].data)
                revised["value"] = round(revised["value"] * 0.97, 4)
                server.upsert("factor", revised)

            revise(ELECTRICITY)
            t0 = clock()
            result = ws.sync.run(url=server.url)
            wall, cpu = since(t0)
            history = ws.carbon.history(skus[0])
            print(
                f"sync bringing the changed factor:             {wall * 1000:9.1f} ms wall {cpu * 1000:9.1f} ms CPU "
                f"({result.factors.changed} factor changed, {len(result.recomputed_estimates):,} products recomputed)"
            )
            line("  of it recompute_stale", (sum(t[0] for t in spent), sum(t[1] for t in spent)), n)
            print(
                f"  database-lane steps of it:                  {len(steps)} "
                f"(longest {max(steps, default=0) * 1000:.1f} ms, all {sum(steps) * 1000:.1f} ms wall)"
            )
            spent.clear()
            revise(UNUSED)
            t0 = clock()
            result = ws.sync.run(url=server.url)
            wall, cpu = since(t0)
            print(
                f"sync changing a factor no estimate uses:      {wall * 1000:9.1f} ms wall {cpu * 1000:9.1f} ms CPU "
                f"({len(result.recomputed_estimates)} recomputed; recompute_stale {sum(t[0] for t in spent) * 1000:.1f} ms)"
            )
            print(
                f"estimates kept for {skus[0]}:                  {len(history)} ({', '.join(r.cause for r in history)})"
            )
        finally:
            server.stop()
            ws.close()
    print(f"load average after:  {load()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    main(args.products, args.repeat)
