"""Applicability at platform scale: 5,000 rules, 31,300 standards, 5,000 products.

Run: python bench/bench_applicability.py
Prints products × rules evaluated per second for the compiled engine and for
the plain reference loop, and their ratio.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.applicability import ApplicabilityEngine, rule_matches
from desktop_app.core.catalogue import LocalText, Rule, Standard
from desktop_app.core.products import FibreShare, Product

VALUES = {
    "category": ["yarn", "fabric", "garment", "home_textile", "accessory"],
    "age_group": ["infant", "child", "adult"],
    "skin_contact": ["direct", "indirect"],
    "market": ["CN", "EU", "US", "JP", "KR", "GB", "CA", "AU"],
    "fibre": ["cotton", "wool", "polyester", "elastane", "nylon", "silk", "viscose", "linen"],
    "claim": ["organic", "recycled", "oeko-tex", "ecological"],
    "finish": ["coated", "pigment_printed", "water_repellent", "flame_retardant"],
    "stage": ["final", "intermediate"],
}


def make_catalogue(rnd: random.Random, n_rules: int = 5000, n_standards: int = 31300):
    standards = {
        f"STD {i}": Standard(
            f"STD {i}", LocalText(f"标准{i}", f"Standard {i}"), "x", ("CN",), "current", i % 3 == 0
        )
        for i in range(n_standards)
    }
    codes = list(standards)
    rules = []
    for i in range(n_rules):
        # like the platform's rules: a market, then one to three more conditions
        keys = ["market", *rnd.sample([k for k in VALUES if k != "market"], rnd.randint(1, 3))]
        when = {k: tuple(rnd.sample(VALUES[k], rnd.randint(1, min(2, len(VALUES[k]))))) for k in keys}
        rules.append(Rule(f"R{i}", rnd.choice(codes), rnd.choice([None, "A", "B", "C"]), when))
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
            )
        )
    return products


def main() -> None:
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

    t0 = time.perf_counter()
    matched = 0
    for p in products:
        matched += len(engine.applicable(p, standards))
    compiled = time.perf_counter() - t0
    evaluations = len(products) * len(rules)

    sample = products[:200]
    t0 = time.perf_counter()
    for p in sample:
        [r for r in rules if rule_matches(r, p)]
    reference = (time.perf_counter() - t0) * len(products) / len(sample)

    print(f"rules {len(rules):,}  standards {len(standards):,}  products {len(products):,}")
    print(f"compile rules:                 {build * 1000:8.1f} ms")
    print(
        f"match only, compiled engine:   {match_only:8.3f} s  ({match_only / len(products) * 1e6:.0f} µs/product)"
    )
    print(f"  products × rules evaluated:  {evaluations / match_only:,.0f} per second")
    print(
        f"all products, compiled engine: {compiled:8.3f} s  ({compiled / len(products) * 1e6:.0f} µs/product,"
        f" {matched:,} applicable standards)"
    )
    print(f"  products × rules evaluated:  {evaluations / compiled:,.0f} per second")
    print(f"all products, reference loop:  {reference:8.3f} s (extrapolated from {len(sample)})")
    print(f"  products × rules evaluated:  {evaluations / reference:,.0f} per second")
    print(
        f"speed-up compiled / reference: {reference / compiled:.1f}x (match only: {reference / match_only:.0f}x)"
    )


if __name__ == "__main__":
    main()
