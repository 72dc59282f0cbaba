"""Applicability at platform scale: 5,000 rules, 31,300 standards, 5,000 products.

The rules use protocol 2's keys as the platform's do: market subdivisions,
product types, components, age and height ranges, origins, exclusions and
dates; a fifth of the products leave an optional attribute unrecorded (so
rules apply to them as "possible"), and every standard has three items, a
third of the standards one with its own condition.

Run: python bench/bench_applicability.py [--repeat N]
Prints products × rules evaluated per second for the compiled engine (the
full `applicable()`, each repetition on a newly built engine, so answers are
built during the run as for a firm's first overview; min and median, by
wall clock and by this process's CPU time, which a shared machine disturbs
less) and its ratio to the target, then the plain reference loop.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import datetime as dt

from desktop_app.core.applicability import ApplicabilityEngine, rule_matches
from desktop_app.core.catalogue import LocalText, Requirement, Rule, Standard
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.ranges import Range

VALUES = {
    "category": ["yarn", "fabric", "garment", "home_textile", "accessory"],
    "age_group": ["infant", "child", "adult"],
    "skin_contact": ["direct", "indirect"],
    "market": ["CN", "EU", "FR", "DE", "US", "US-CA", "US-NY", "JP", "KR", "GB", "CA", "AU"],
    "fibre": ["cotton", "wool", "polyester", "elastane", "nylon", "silk", "viscose", "linen"],
    "claim": ["organic", "recycled", "oeko-tex", "ecological"],
    "finish": ["coated", "pigment_printed", "water_repellent", "flame_retardant"],
    "stage": ["final", "intermediate"],
    "product_type": ["tshirt", "shirt", "outerwear", "sleepwear", "bodysuit", "curtain", "bedding", "towel"],
    "construction": ["woven", "knitted", "nonwoven"],
    "component": ["zip", "buttons", "hood_neck_cords", "down_fill", "elastic", "metal_parts"],
    "origin": ["CN", "CN-XJ", "IN", "US", "UZ"],
}
RANGES = {
    "age_months": [Range(None, 9), Range(0, 36), Range(None, 84), Range(84, 168), Range(36, 168)],
    "height_cm": [Range(None, 130), Range(None, 150), Range(130, None)],
}
AS_OF = dt.date(2026, 12, 1)
TARGET = 5_000_000  # product × rule evaluations per second for the full applicable() (issue 13)
DATES = [None, None, None, dt.date(2024, 12, 13), dt.date(2027, 1, 1), dt.date(2027, 10, 10)]


def make_catalogue(rnd: random.Random, n_rules: int = 5000, n_standards: int = 31300):
    plain = (
        Requirement("formaldehyde", LocalText("甲醛", "Formaldehyde"), None, "≤ 75", "mg/kg"),
        Requirement("ph", LocalText("pH", "pH"), None, "4.0–8.5"),
    )
    lead = Requirement(
        "lead", LocalText("铅", "Lead"), None, "≤ 90", "mg/kg", when={"finish": ("coated", "pigment_printed")}
    )
    tof = Requirement("tof", LocalText("总有机氟", "Total organic fluorine"), None, "≤ 50", "mg/kg")
    standards = {
        f"STD {i}": Standard(
            f"STD {i}",
            LocalText(f"标准{i}", f"Standard {i}"),
            "x",
            ("CN",),
            "current",
            i % 3 == 0,
            # a third of the standards have an item with its own condition
            requirements=(*plain, lead if i % 3 == 1 else tof),
        )
        for i in range(n_standards)
    }
    codes = list(standards)
    list_keys = [k for k in VALUES if k != "market"]
    rules = []
    for i in range(n_rules):
        # like the platform's rules: a market, then one to three more conditions
        keys = ["market", *rnd.sample(list_keys + list(RANGES), rnd.randint(1, 3))]
        when = {
            k: rnd.choice(RANGES[k])
            if k in RANGES
            else tuple(rnd.sample(VALUES[k], rnd.randint(1, min(2, len(VALUES[k])))))
            for k in keys
        }
        unless = {"product_type": ("curtain",)} if rnd.random() < 0.1 else None
        rules.append(
            Rule(
                f"R{i}",
                rnd.choice(codes),
                rnd.choice([None, "A", "B", "C"]),
                when,
                unless=unless,
                effective=rnd.choice(DATES),
            )
        )
    return rules, standards


def make_products(rnd: random.Random, n: int = 5000) -> list[Product]:
    products = []
    for i in range(n):
        fibres = rnd.sample(VALUES["fibre"], 2)
        products.append(
            Product(
                sku=f"P-{i}",
                name=f"产品{i}",
                category=rnd.choice(VALUES["category"]),
                age_group=rnd.choice(VALUES["age_group"]),
                skin_contact=rnd.choice(VALUES["skin_contact"]),
                markets=tuple(rnd.sample(VALUES["market"], rnd.randint(1, 3))),
                composition=(FibreShare(fibres[0], 60), FibreShare(fibres[1], 40)),
                claims=tuple(rnd.sample(VALUES["claim"], rnd.randint(0, 2))),
                finishes=tuple(rnd.sample(VALUES["finish"], rnd.randint(0, 1))),
                stage=rnd.choice(VALUES["stage"]),
                product_type=None if rnd.random() < 0.2 else rnd.choice(VALUES["product_type"]),
                construction=rnd.choice(VALUES["construction"]),
                components=tuple(rnd.sample(VALUES["component"], rnd.randint(0, 3))),
                age_months=None if rnd.random() < 0.2 else rnd.choice(RANGES["age_months"]),
                height_cm=None if rnd.random() < 0.5 else rnd.choice(RANGES["height_cm"]),
                origins=() if rnd.random() < 0.2 else tuple(rnd.sample(VALUES["origin"], rnd.randint(1, 2))),
            )
        )
    return products


def full_runs(rules, standards, products, repeat: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds of `applicable()` over every product, each run on a new engine."""
    walls, cpus, matched = [], [], 0
    for _ in range(repeat):
        engine = ApplicabilityEngine(rules)
        w0, c0 = time.perf_counter(), time.process_time()
        matched = sum(len(engine.applicable(p, standards, AS_OF)) for p in products)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return walls, cpus, matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of the full applicable() (default 3)")
    args = parser.parse_args()
    rnd = random.Random(2026)
    rules, standards = make_catalogue(rnd)
    products = make_products(rnd)
    t0 = time.perf_counter()
    engine = ApplicabilityEngine(rules)
    build = time.perf_counter() - t0

    t0 = time.perf_counter()
    for p in products:
        engine.match_mask(p)
    match_only = time.perf_counter() - t0

    walls, cpus, matched = full_runs(rules, standards, products, max(1, args.repeat))
    evaluations = len(products) * len(rules)

    sample = products[:200]
    t0 = time.perf_counter()
    for p in sample:
        [r for r in rules if rule_matches(r, p)]
    reference = (time.perf_counter() - t0) * len(products) / len(sample)

    compiled = statistics.median(walls)
    print(f"rules {len(rules):,}  standards {len(standards):,}  products {len(products):,}")
    print(f"compile rules:                 {build * 1000:8.1f} ms")
    print(
        f"match only, compiled engine:   {match_only:8.3f} s  ({match_only / len(products) * 1e6:.0f} µs/product)"
    )
    print(f"  products × rules evaluated:  {evaluations / match_only:,.0f} per second")
    print(
        f"all products, compiled engine: {compiled:8.3f} s median of {len(walls)}"
        f" ({compiled / len(products) * 1e6:.0f} µs/product, {matched:,} applicable standards)"
    )
    for name, runs in (("wall clock", walls), ("CPU time", cpus)):
        best, median = evaluations / min(runs), evaluations / statistics.median(runs)
        print(
            f"  products × rules evaluated:  {best:,.0f} per second best, {median:,.0f} median ({name});"
            f" {median / TARGET:.2f}× the target of {TARGET:,}"
        )
    print(f"all products, reference loop:  {reference:8.3f} s (extrapolated from {len(sample)})")
    print(f"  products × rules evaluated:  {evaluations / reference:,.0f} per second")
    print(
        f"speed-up compiled / reference: {reference / compiled:.1f}x (match only: {reference / match_only:.0f}x)"
    )


if __name__ == "__main__":
    main()
