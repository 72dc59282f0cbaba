"""Catalogue search at platform scale: 31,300 standards, ~500,000 requirement
items with real item names (16 of 40 per standard), then the time of each
kind of query the Standards page and `catalogue search` run (first chunk of
200 and the count, as the page asks; the best of 5).

Run: python bench/bench_search.py  [--db DIR: keep the loaded catalogue there, reuse it]
     python bench/bench_search.py --postgres   (the same on a throw-away PostgreSQL database,
                                               bench/pg_server.py: pg_trgm instead of FTS5;
                                               --analyze: the planner's statistics first)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_catalogue import WORDS_EN, WORDS_ZH, timed

from desktop_app.core.catalogue import (
    Change,
    ChangePage,
    LocalText,
    Requirement,
    Standard,
    StandardQuery,
)
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.workspace import Workspace

ITEMS = [
    ("formaldehyde", "甲醛含量", "Formaldehyde content", "GB/T 2912.1"),
    ("ph", "pH值", "pH of aqueous extract", "GB/T 7573"),
    ("cf_water", "耐水色牢度", "Colour fastness to water", "GB/T 5713"),
    ("cf_perspiration", "耐汗渍色牢度", "Colour fastness to perspiration", "GB/T 3922"),
    ("cf_rub_dry", "耐干摩擦色牢度", "Colour fastness to dry rubbing", "GB/T 3920"),
    ("cf_rub_wet", "耐湿摩擦色牢度", "Colour fastness to wet rubbing", "GB/T 3920"),
    ("cf_saliva", "耐唾液色牢度", "Colour fastness to saliva", "GB/T 18886"),
    ("odour", "异味", "Odour", "GB 18401"),
    ("azo", "可分解致癌芳香胺染料", "Banned azo colourants", "GB/T 17592"),
    ("pb_total", "总铅含量", "Total lead content", "GB/T 30157"),
    ("cd_total", "总镉含量", "Total cadmium content", "GB/T 30157"),
    ("phthalates", "邻苯二甲酸酯", "Phthalates", "GB/T 20388"),
    ("flammability", "燃烧性能", "Flammability", "GB/T 14644"),
    ("nickel", "镍释放量", "Nickel release", "EN 1811"),
    ("pfas", "全氟和多氟烷基物质", "PFAS", None),
    ("apeo", "烷基酚聚氧乙烯醚", "Alkylphenol ethoxylates", "ISO 18254"),
    ("chlorophenols", "含氯苯酚", "Chlorophenols", "GB/T 18414"),
    ("organotin", "有机锡化合物", "Organotin compounds", "GB/T 20385"),
    ("disperse_dyes", "致敏性分散染料", "Allergenic disperse dyes", "GB/T 20383"),
    ("fibre_content", "纤维含量", "Fibre content", "GB/T 2910"),
    ("dimension_change", "水洗尺寸变化率", "Dimensional change on washing", "GB/T 8628"),
    ("pilling", "起毛起球", "Pilling", "GB/T 4802.1"),
    ("tensile", "断裂强力", "Breaking strength", "GB/T 3923.1"),
    ("tear", "撕破强力", "Tearing strength", "GB/T 3917.2"),
    ("seam_slippage", "接缝滑移", "Seam slippage", "GB/T 13772.2"),
    ("cords", "绳带要求", "Cords and drawstrings", "GB/T 22705"),
    ("label", "使用说明", "Instructions for use", "GB/T 5296.4"),
    ("care_label", "维护标签", "Care label", "GB/T 8685"),
    ("down_content", "含绒量", "Down content", "GB/T 14272"),
    ("microbes", "微生物指标", "Microbiology", "GB/T 17685"),
    ("benzene", "苯", "Benzene", None),
    ("pah", "多环芳烃", "Polycyclic aromatic hydrocarbons", "AfPS GS 2019:01 PAK"),
    ("chromium_vi", "六价铬", "Chromium VI", "GB/T 17593.3"),
    ("dmf", "二甲基甲酰胺", "Dimethylformamide", None),
    ("quinoline", "喹啉", "Quinoline", None),
    ("colour_diff", "色差", "Colour difference", "GB/T 250"),
    ("fabric_weight", "面料克重", "Fabric weight", "GB/T 4669"),
    ("yarn_count", "纱线线密度", "Yarn count", "GB/T 4743"),
    ("uv", "防紫外线性能", "UV protection", "GB/T 18830"),
    ("antibacterial", "抗菌性能", "Antibacterial activity", "GB/T 20944.3"),
]


def make_pages(rnd: random.Random, n_std: int = 31300, per_page: int = 5000) -> list[ChangePage]:
    changes: list[Change] = []
    for i in range(n_std):
        code = f"{rnd.choice(['GB', 'GB/T', 'FZ/T', 'ISO', 'EN'])} {10000 + i}-{rnd.randint(2000, 2026)}"
        reqs = tuple(
            Requirement(key, LocalText(zh, en), grade, f"≤ {rnd.randint(1, 300)}", "mg/kg", method)
            for key, zh, en, method in rnd.sample(ITEMS, 16)
            for grade in (None,)
        )
        std = Standard(
            code,
            LocalText("".join(rnd.sample(WORDS_ZH, 5)), " ".join(rnd.sample(WORDS_EN, 5))),
            "SAC",
            (rnd.choice(["CN", "EU", "US", "JP"]),),
            rnd.choice(["current", "current", "current", "superseded", "withdrawn", "upcoming"]),
            rnd.random() < 0.2,
            tags=(rnd.choice(["safety", "labelling", "test-method", "product"]),),
            requirements=reqs,
        )
        changes.append(Change(i + 1, "standard", code, "upsert", std))
    last = len(changes)
    return [
        ChangePage(
            1,
            start,
            min(start + per_page, last),
            last,
            start + per_page < last,
            tuple(changes[start : start + per_page]),
        )
        for start in range(0, last, per_page)
    ]


QUERIES = [
    ("code, exact", "GB 18401-2010"),
    ("normalised code, no year (GB18401 style)", None),  # filled with a real code below
    ("code prefix (gb/t 2912 style)", "gb/t 1234"),
    ("code part (digits)", "12345"),
    ("Chinese, 1 character", "铅"),
    ("Chinese, 2 characters (甲醛)", "甲醛"),
    ("Chinese, 3+ characters (色牢度)", "色牢度"),
    ("Chinese, title words (纺织产品)", "纺织产品"),
    ("English word (formaldehyde)", "formaldehyde"),
    ("English word start (fastn)", "fastn"),
    ("short Latin, whole word (pH)", "pH"),
    ("item name (耐湿摩擦色牢度)", "耐湿摩擦色牢度"),
    ("test method (GB/T 7573)", "GB/T 7573"),
    ("symbols only (%), raw LIKE", "%"),
]


def main() -> None:
    if "--postgres" in sys.argv:
        from pg_server import empty_database

        with empty_database() as url:
            run(url)
    else:
        run(None)


def run(url: str | None) -> None:
    # `--db DIR` keeps the loaded catalogue in DIR and reuses it on the next run (SQLite)
    keep = Path(sys.argv[sys.argv.index("--db") + 1]) if "--db" in sys.argv and url is None else None
    rnd = random.Random(31300)
    pages = make_pages(rnd)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        loaded = (folder / "assistant.sqlite3").exists()
        ws = Workspace(folder, load_bundled_catalogue=False, database_url=url)
        print(f"engine {ws.engine.dialect.name}")
        t0 = time.perf_counter()
        for page in [] if loaded else pages:
            with ws.session() as s:
                CatalogueRepo(s).apply_page(page)
        load = time.perf_counter() - t0
        if "--analyze" in sys.argv and url is not None:
            # what autovacuum does within a minute or so of a bulk load (inserts count towards
            # it since PostgreSQL 13): the planner's statistics, and the visibility map that
            # lets the search read `standard_texts`' index alone
            with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                t0 = time.perf_counter()
                conn.exec_driver_sql("VACUUM ANALYZE")
                print(f"{'VACUUM ANALYZE after the load':<48} {time.perf_counter() - t0:9.2f} s")
        with ws.session() as s:
            terms = s.connection().exec_driver_sql("select count(*) from standard_texts").scalar()
            texts = s.connection().exec_driver_sql("select count(*) from search_texts").scalar()
        stats = ws.catalogue.stats()
        print(
            f"standards {stats.standards:,}  items {31300 * 16:,}  search terms {terms:,} ({texts:,} distinct texts)"
        )
        if not loaded:
            print(f"{'apply ' + str(len(pages)) + ' pages (with the search index)':<48} {load:9.2f} s")
        a_code = pages[0].changes[7].id
        print(f"{'query kind (first 200 + count, best of 5)':<48} {'wall':>10} {'CPU':>10}   found")
        worst = 0.0
        for label, q in QUERIES:
            q = q or a_code.split("-")[0].replace(" ", "").replace("/", "")
            query = StandardQuery(text=q)

            def page_load(query: StandardQuery = query) -> tuple[int, list]:
                return ws.catalogue.page(query, limit=200)

            best = cpu = float("inf")
            for _ in range(5):
                start, start_cpu = time.perf_counter(), time.process_time()
                total, first = page_load()
                best = min(best, time.perf_counter() - start)
                cpu = min(cpu, time.process_time() - start_cpu)
            if not label.startswith("symbols"):
                worst = max(worst, best)
            top = first[0].matched.field if first else "-"
            print(
                f"{label + ' ' + repr(q):<48} {best * 1000:7.1f} ms {cpu * 1000:7.1f} ms"
                f"   {total:>6,} (first by {top})"
            )
        timed(
            "next chunk at offset 200 ('甲醛')",
            lambda: ws.catalogue.browse(StandardQuery(text="甲醛"), offset=200),
        )
        timed("`catalogue search 甲醛` (50 with items)", lambda: ws.catalogue.search("甲醛"))
        print(f"worst page load of a word or code query: {worst * 1000:.1f} ms wall (target 50 ms)")
        print(f"machine load while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        ws.close()


if __name__ == "__main__":
    main()
