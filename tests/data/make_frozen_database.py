"""Make the frozen database of one schema revision: `tests/data/schema-<REVISION>.sqlite3`.

    PYTHONPATH=. python3 tests/data/make_frozen_database.py 0004

Run it ONCE, when a revision is released (when its migration lands), and
commit the file. It is never run again for that revision, nor by the tests:
the file stands for the databases that version of the app left on its
users' disks, so a later migration is tested on what they really hold, not
on what today's code would write. A file that exists is never overwritten.

The schema comes from Alembic (upgraded to exactly that revision); the rows
are written with SQLAlchemy Core on the tables as reflected from that
schema, so only columns the revision had are filled: a firm, the demo
products with Chinese names, certificates (one renewed, one with a scan),
their product links, a read notice, a trusted key, the bundled catalogue
and, from 0002 on, the checklist log (one entry of a product since removed);
from 0004 on, protocol-2 product attributes on some products (type,
construction, components, age and height ranges, origins) and an emission
factor; from 0008 on, a product at version 3 with its audit log entries; from
0009 on, `scan_files` stays empty (a single PC keeps its scans in `scans/`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desktop_app.db import convert
from desktop_app.db.catalogue_search import code_columns, standard_term_rows, write_terms
from desktop_app.db.engine import make_engine
from desktop_app.db.migrate import migrate
from desktop_app.sync.pages import parse_page
from desktop_app.workspace.demo import DEMO_PRODUCTS, demo_certificates

HERE = Path(__file__).resolve().parent

TODAY = dt.date(2026, 11, 28)  # the tests' fixed "today"
STAMP = dt.datetime(2026, 11, 20, 9, 30)
CATALOGUE = HERE.parents[1] / "resources" / "catalogue" / "catalogue.json"


def _only(table: sa.Table, values: dict[str, Any]) -> dict[str, Any]:
    """The values for the columns this revision's table has."""
    return {k: v for k, v in values.items() if k in table.c}


def fill(engine: sa.Engine) -> None:
    meta = sa.MetaData()
    meta.reflect(bind=engine)
    t = meta.tables
    with engine.begin() as conn:

        def add(name: str, rows: list[dict[str, Any]]) -> None:
            if rows:
                conn.execute(t[name].insert(), [_only(t[name], r) for r in rows])

        add(
            "firm",
            [
                {
                    "id": 1,
                    "name": "绍兴示范纺织有限公司 Shaoxing Demo Textiles Co.",
                    "address": "浙江省绍兴市柯桥区中国轻纺城",
                    "contact": "0575-8000 0000 王经理",
                    "language": "zh_CN",
                    "lead_days": 60,
                    "platform_url": "https://platform.example.cn",
                    "paper_size": "a4",
                    "checklist_lang": "zh",
                    "updated_at": STAMP,
                }
            ],
        )
        products = [
            {"id": i, **convert.product_values(p), "created_at": STAMP, "updated_at": STAMP}
            for i, p in enumerate(DEMO_PRODUCTS, start=1)
        ]
        for p in products:
            p.update(PROTOCOL2_ATTRIBUTES.get(p["sku"], {}))
        add("products", products)
        product_ids = {p["sku"]: p["id"] for p in products}

        certificates = demo_certificates(TODAY)
        rows, links = [], []
        for i, c in enumerate(certificates, start=1):
            rows.append(_certificate(i, c))
            links += [{"certificate_id": i, "product_id": product_ids[sku]} for sku in c.products]
        rows[0]["scan_file"] = "CU-GOTS-862311_扫描件.pdf"
        old = len(rows) + 1  # the GOTS certificate the first one renewed
        renewed = {
            **_certificate(old, certificates[0]),
            "number": "CU-GOTS-740055",
            "issued": TODAY - dt.timedelta(days=665),
            "expires": TODAY - dt.timedelta(days=300),
            "scan_file": None,
        }
        rows[0]["replaces_id"] = old
        rows.insert(0, renewed)  # written first: the renewal refers to it
        add("certificates", rows)
        add("certificate_products", links)

        page = parse_page(CATALOGUE.read_bytes(), source="bundled")
        standards = [c for c in page.changes if c.type == "standard"]
        # the normalised code columns from 0005 on
        add(
            "standards",
            [
                convert.standard_values(c.data, c.version) | code_columns(c.id, key)
                for key, c in enumerate(standards, start=1)
            ],
        )
        add(
            "requirements",
            [
                {
                    "standard_code": c.id,
                    "position": pos,
                    "key": r.key,
                    "grade": r.grade,
                    "item_zh": r.item.zh,
                    "item_en": r.item.en,
                    "limit": r.limit,
                    "unit": r.unit,
                    "method": r.method,
                    # protocol 2 (from 0004 on), for a bundled catalogue that has them
                    "when": convert.conditions_json(r.when) if r.when else None,
                    "unless": convert.conditions_json(r.unless),
                    "effective": r.effective,
                    "until": r.until,
                    "check": r.check.to_json() if r.check is not None else None,
                }
                for c in standards
                for pos, r in enumerate(c.data.requirements)
            ],
        )
        add("rules", [convert.rule_values(c.data, c.version) for c in page.changes if c.type == "rule"])
        notices = [c for c in page.changes if c.type == "notice"]
        add("notices", [convert.notice_values(c.data, c.version) for c in notices])
        add("notice_reads", [{"notice_id": notices[0].id, "read_at": STAMP}])
        add(
            "sync_state",
            [{"id": 1, "version": 0, "full_pass_active": False, "platform_synced": False, "latest": 0}],
        )
        add(
            "trusted_keys",
            [
                {
                    "key_id": "platform-2026",
                    "public_key": "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
                    "added_at": STAMP,
                }
            ],
        )
        if "factors" in t:
            add("factors", [FACTOR])
        if "standard_terms" in t:  # the search's words, from 0005 on
            names = ("id", "code", "zh", "en", "extra")
            terms = standard_term_rows((key, c.data) for key, c in enumerate(standards, start=1))
            add("standard_terms", [dict(zip(names, row, strict=True)) for row in terms])
            conn.exec_driver_sql("INSERT INTO standards_fts_terms(standards_fts_terms) VALUES ('rebuild')")
        if "search_texts" in t:  # each text once, and which standard has it (0010 on)
            write_terms(conn, standard_term_rows((key, c.data) for key, c in enumerate(standards, start=1)))
        if "test_results" in t:
            report = next(r for r in rows if r["scheme"] == "test-report")
            add("test_results", _results(product_ids["BB-001"], report["id"], report["number"]))
            add("requirement_sets", [REQUIREMENT_SET])
            add("requirement_set_items", REQUIREMENT_SET_ITEMS)
            add("requirement_set_products", [{"set_id": 1, "product_id": product_ids["KD-101"]}])
        if "checklist_log" in t:
            add(
                "checklist_log",
                [
                    {
                        "id": "CL-20261120-0000ABCD",
                        "product_sku": "BB-001",
                        "product_id": product_ids["BB-001"],
                        "created_at": STAMP,
                        "catalogue_version": 0,
                        "language": "zh",
                        "file": r"C:\Users\王芳\Documents\合规清单\BB-001_CL-20261120-0000ABCD.pdf",
                        "printed": PRINTED,  # from 0006 on
                    },
                    {
                        "id": "CL-20261015-00001F2E",
                        "product_sku": "OLD-9",  # removed since: the log keeps its SKU
                        "product_id": None,
                        "created_at": STAMP - dt.timedelta(days=36),
                        "catalogue_version": 0,
                        "language": "both",
                        "file": r"C:\Users\王芳\Documents\合规清单\全部.pdf",
                        "printed": None,
                    },
                ],
            )

        if "carbon_data_sets" in t:
            fill_carbon(add, product_ids["KD-101"])

        if "audit_log" in t:  # from 0008 on: versions and who changed what
            conn.execute(t["products"].update().where(t["products"].c.sku == "KD-101").values(version=3))
            add("audit_log", _audit(product_ids["KD-101"]))


def fill_carbon(add: Any, product_id: int) -> None:
    """From 0007 on: one fabric's activity data, a firm factor, a month and two estimates."""
    add(
        "carbon_firm_factors",
        [
            {
                "id": "FIRM-steam-2026",
                "kind": "steam",
                "name": "园区集中供热蒸汽 industrial-park steam",
                "region": "CN-ZJ",
                "value": 310.0,
                "unit": "kgCO2e/t",
                "scope": "CO2e",
                "year": 2025,
                "source": "供热公司2025年蒸汽碳足迹声明 steam supplier's 2025 footprint statement",
                "url": None,
                "created_at": STAMP,
            }
        ],
    )
    add(
        "carbon_months",
        [
            {
                "id": 1,
                "month": "2026-10",
                "basis": "output_mass",
                "total_basis": 10000.0,
                "totals": [["electricity", 52000.0, "kWh", None], ["steam", 180.0, "t", None]],
                "shares": [["KD-101", 6000.0, 6000.0], ["other", 4000.0, 0.0]],
                "created_at": STAMP,
            }
        ],
    )
    add(
        "carbon_data_sets",
        [
            {
                "id": 1,
                "product_id": product_id,
                "batch": None,
                "declared_unit": "1 kg",
                "note": "针织汗布 单面",
                "factor_overrides": {},
                "updated_at": STAMP,
            }
        ],
    )
    how = "2026-10 output_mass 6000/10000 ÷ 6000"
    add(
        "carbon_activities",
        [
            {
                "id": 1,
                "data_set_id": 1,
                "position": 0,
                "source": "electricity",
                "name": "",
                "quantity": 5.2,
                "unit": "kWh",
                "quality": "allocated",
                "factor_id": None,
                "energy_content": None,
                "yield_loss": 0.0,
                "allocation": how,
            },
            {
                "id": 2,
                "data_set_id": 1,
                "position": 1,
                "source": "steam",
                "name": "",
                "quantity": 0.018,
                "unit": "t",
                "quality": "allocated",
                "factor_id": "FIRM-steam-2026",
                "energy_content": None,
                "yield_loss": 0.0,
                "allocation": how,
            },
        ],
    )
    line = {
        "source": "electricity",
        "stage": "production",
        "quantity": 5.2,
        "factor_id": "CN-electricity-2023-pcf",
        "factor_value": 0.6205,
        "factor_unit": "kgCO2e/kWh",
        "factor_scope": "CO2e",
        "quality": "allocated",
        "uncertainty": 0.15,
    }
    steam = {
        **line,
        "source": "steam",
        "quantity": 0.018,
        "factor_id": "FIRM-steam-2026",
        "factor_value": 310.0,
        "factor_unit": "kgCO2e/t",
    }
    estimates = []
    for i, value in enumerate((0.6205, 0.5777), start=1):
        lines = [{**line, "factor_value": value, "kgco2e": 5.2 * value}, {**steam, "kgco2e": 5.58}]
        total = sum(x["kgco2e"] for x in lines)
        estimates.append(
            {
                "id": i,
                "data_set_id": 1,
                "computed_at": STAMP + dt.timedelta(days=i),
                "cause": "entered" if i == 1 else "factor_update",
                "total_kgco2e": total,
                "uncertainty_kgco2e": 0.15 * (sum(x["kgco2e"] ** 2 for x in lines)) ** 0.5,
                "measured_share": 0.0,
                "lines": lines,
                "factors": {"CN-electricity-2023-pcf": value, "FIRM-steam-2026": 310.0},
            }
        )
    add("carbon_estimates", estimates)


def _audit(product_id: int) -> list[dict[str, Any]]:
    """From 0008 on: KD-101 created, then edited twice on two PCs (it is at version 3)."""
    common = {"kind": "product", "record_key": "KD-101", "record_id": product_id}
    return [
        {**common, "id": 1, "at": STAMP, "pc_user": "wangfang", "display_name": "王芳", "action": "created",
         "version": 1, "changes": {"sku": [None, "KD-101"]}},
        {**common, "id": 2, "at": STAMP + dt.timedelta(hours=2), "pc_user": "lijian", "display_name": "李检",
         "action": "edited", "version": 2, "changes": {"notes": ["", "仓库复核"]}},
        {**common, "id": 3, "at": STAMP + dt.timedelta(days=1), "pc_user": "wangfang", "display_name": "王芳",
         "action": "edited", "version": 3, "changes": {"customer": ["", "某品牌 Brand X"]}},
    ]  # fmt: skip


# What a firm records from 0004 on (only filled where the revision has the columns).
PROTOCOL2_ATTRIBUTES: dict[str, dict[str, Any]] = {
    "BB-001": {
        "product_type": "bodysuit",
        "construction": "knitted",
        "components": ["snaps"],
        "age_min_months": 0,
        "age_max_months": 24,
        "height_min_cm": 52,
        "height_max_cm": 90,
        "origins": ["CN-XJ"],
    },
    "KD-101": {
        "product_type": "tshirt",
        "construction": "knitted",
        "age_min_months": 36,
        "age_max_months": 84,
        "height_min_cm": 100,
        "height_max_cm": 130,
        "origins": ["CN", "UZ"],
    },
    "KD-102": {
        "product_type": "outerwear",
        "construction": "woven",
        "components": ["zip", "hood_neck_cords", "lining"],
        "age_min_months": 84,
        "height_min_cm": 122.5,
    },
    "HT-301": {"product_type": "curtain", "construction": "woven"},
}

FACTOR = {
    "id": "CN-East-grid-2022",
    "kind": "electricity",
    "name_zh": "华东电网平均二氧化碳排放因子",
    "name_en": "East China grid average CO2 emission factor",
    "region": "CN-East",
    "value": 0.7035,
    "unit": "kgCO2e/kWh",
    "scope": "CO2",
    "year": 2022,
    "source_zh": "生态环境部、国家统计局：2022年电力二氧化碳排放因子",
    "source_en": "MEE and NBS: 2022 electricity CO2 emission factors",
    "url": None,
    "effective": dt.date(2024, 12, 23),
    "until": None,
    "version": 0,
}


# From 0006 on: what a checklist printed, results of a lab report and an inspection, a buyer's list.
PRINTED = [
    {
        "code": "GB 18401-2010",
        "grade": "A",
        "items": [
            {"key": "formaldehyde", "item": "甲醛含量", "limit": "≤ 20", "method": "GB/T 2912.1"},
            {"key": "odour", "item": "异味", "limit": "none", "method": "GB 18401 §6.7"},
        ],
    }
]


def _results(product_id: int, report_id: int, report_number: str) -> list[dict[str, Any]]:
    common = {"product_id": product_id, "product_sku": "BB-001", "standard_code": "GB 18401-2010"}
    return [
        {
            **common,
            "id": 1,
            "requirement_set": False,
            "item_key": "formaldehyde",
            "value": "50",
            "unit": "mg/kg",
            "method": "GB/T 2912.1",
            "certificate_id": report_id,
            "report_number": report_number,
            "checklist_id": None,
            "tested": TODAY - dt.timedelta(days=40),
            "sample": "样品 A1",
            "entered_by": "王芳",
            "entered_at": STAMP,
        },
        {
            **common,
            "id": 2,
            "requirement_set": False,
            "item_key": "odour",
            "value": "合格",
            "unit": None,
            "method": None,
            "certificate_id": None,
            "report_number": None,
            "checklist_id": "CL-20261120-0000ABCD",
            "tested": TODAY - dt.timedelta(days=8),
            "sample": "",
            "entered_by": "李检",
            "entered_at": STAMP,
        },
    ]


REQUIREMENT_SET = {
    "id": 1,
    "code": "BRAND-X-RSL-2026",
    "title": "某品牌限用物质清单 2026",
    "customer": "",
    "created_at": STAMP,
}
REQUIREMENT_SET_ITEMS = [
    {
        "id": 1,
        "set_id": 1,
        "position": 0,
        "key": "formaldehyde",
        "name_zh": "甲醛",
        "name_en": "Formaldehyde",
        "limit": "≤ 16",
        "check": {"kind": "max", "value": 16, "unit": "mg/kg"},
        "unit": "mg/kg",
        "method": "ISO 14184-1",
    }
]


def _certificate(row_id: int, c: Any) -> dict[str, Any]:
    return {
        "id": row_id,
        "scheme": c.scheme,
        "number": c.number,
        "issuer": c.issuer,
        "holder": c.holder,
        "scope": c.scope,
        "product_class": c.product_class,
        "issued": c.issued,
        "expires": c.expires,
        "notes": c.notes,
        "scan_file": c.scan_file,
        "replaces_id": None,
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def make(revision: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "assistant.sqlite3"
        engine = make_engine(db)
        migrate(engine, db, backup_dir=Path(tmp) / "backups", target=revision)
        fill(engine)
        engine.dispose()
        con = sqlite3.connect(db)
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            con.execute("VACUUM")
        finally:
            con.close()
        target.write_bytes(db.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the Alembic revision, e.g. 0004")
    args = parser.parse_args()
    target = HERE / f"schema-{args.revision}.sqlite3"
    if target.exists():
        print(f"{target.name} exists and stays as it is: frozen files are never remade", file=sys.stderr)
        return 1
    make(args.revision, target)
    print(f"{target.name}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
