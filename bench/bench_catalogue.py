"""The catalogue at platform scale: load 31,300 standards (~500,000 requirement
items, 5,000 rules, 2,120 notices), then time what the Standards page does.

Run: python bench/bench_catalogue.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.catalogue import (
    Change,
    ChangePage,
    LocalText,
    Notice,
    Requirement,
    Rule,
    Standard,
    StandardQuery,
)
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.workspace import Workspace

WORDS_ZH = [
    "纺织",
    "产品",
    "面料",
    "服装",
    "婴幼儿",
    "安全",
    "技术",
    "规范",
    "检测",
    "方法",
    "色牢度",
    "甲醛",
    "纤维",
    "含量",
    "标签",
    "家用",
    "生态",
    "阻燃",
    "针织",
    "机织",
    "羊毛",
    "棉",
    "涤纶",
    "印染",
]
WORDS_EN = [
    "textile",
    "product",
    "fabric",
    "garment",
    "infant",
    "safety",
    "technical",
    "code",
    "test",
    "method",
    "colour",
    "fastness",
    "formaldehyde",
    "fibre",
    "content",
    "label",
    "home",
    "ecological",
]


def make_pages(
    rnd: random.Random, n_std: int = 31300, n_rules: int = 5000, n_notices: int = 2120, per_page=5000
):
    changes: list[Change] = []
    version = 0
    codes = []
    for i in range(n_std):
        version += 1
        code = f"{rnd.choice(['GB', 'GB/T', 'FZ/T', 'ISO', 'EN'])} {10000 + i}-{rnd.randint(2000, 2026)}"
        codes.append(code)
        reqs = tuple(
            Requirement(
                f"k{j}",
                LocalText(f"项目{j}", f"Item {j}"),
                rnd.choice([None, "A", "B", "C"]) if j else None,
                f"≤ {rnd.randint(1, 300)}",
                "mg/kg",
                "GB/T 2912.1",
            )
            for j in range(16)
        )
        title_zh = "".join(rnd.sample(WORDS_ZH, 5))
        title_en = " ".join(rnd.sample(WORDS_EN, 5))
        std = Standard(
            code,
            LocalText(title_zh, title_en),
            "SAC",
            (rnd.choice(["CN", "EU", "US", "JP"]),),
            rnd.choice(["current", "current", "current", "superseded", "withdrawn", "upcoming"]),
            rnd.random() < 0.2,
            tags=(rnd.choice(["safety", "labelling", "test-method", "product"]),),
            requirements=reqs,
        )
        changes.append(Change(version, "standard", code, "upsert", std))
    for i in range(n_rules):
        version += 1
        rule = Rule(f"R{i}", rnd.choice(codes), None, {"market": (rnd.choice(["CN", "EU", "US"]),)})
        changes.append(Change(version, "rule", rule.id, "upsert", rule))
    for i in range(n_notices):
        version += 1
        notice = Notice(
            f"N{i}", dt.date(2026, 1, 1), "info", LocalText(f"通知{i}", f"Notice {i}"), (rnd.choice(codes),)
        )
        changes.append(Change(version, "notice", notice.id, "upsert", notice))
    pages = []
    for start in range(0, len(changes), per_page):
        chunk = tuple(changes[start : start + per_page])
        pages.append(
            ChangePage(
                1, chunk[0].version - 1, chunk[-1].version, version, start + per_page < len(changes), chunk
            )
        )
    return pages


def timed(label: str, fn, repeat: int = 5):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    rnd = random.Random(31300)
    pages = make_pages(rnd)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp), load_bundled_catalogue=False)
        t0 = time.perf_counter()
        for page in pages:
            with ws.session() as s:
                CatalogueRepo(s).apply_page(page)
        load = time.perf_counter() - t0
        stats = ws.catalogue.stats()
        print(f"standards {stats.standards:,}  rules {stats.rules:,}  notices {stats.notices:,}")
        print(f"{'apply ' + str(len(pages)) + ' pages (bulk executemany)':<48} {load:9.2f} s")
        q = StandardQuery()
        timed("count all (Standards page opens)", lambda: ws.catalogue.count(q))
        timed("first chunk of 200 (Standards page opens)", lambda: ws.catalogue.browse(q, limit=200))
        timed("chunk at offset 30,000", lambda: ws.catalogue.browse(q, offset=30000, limit=200))
        timed(
            "search '色牢度' first 50 (trigram)",
            lambda: ws.catalogue.browse(StandardQuery(text="色牢度"), limit=50),
        )
        timed(
            "search '甲醛' first 50 (2 chars: LIKE)",
            lambda: ws.catalogue.browse(StandardQuery(text="甲醛"), limit=50),
        )
        timed(
            "search '1234' code part first 50",
            lambda: ws.catalogue.browse(StandardQuery(text="1234"), limit=50),
        )
        timed(
            "search 'fastness' + EU + mandatory",
            lambda: ws.catalogue.browse(
                StandardQuery(text="fastness", market="EU", mandatory=True), limit=50
            ),
        )
        timed("count for search '色牢度'", lambda: ws.catalogue.count(StandardQuery(text="色牢度")))
        code = pages[0].changes[100].id
        timed("detail: one standard with requirement items", lambda: ws.catalogue.show(code))
        ws.close()


if __name__ == "__main__":
    main()
