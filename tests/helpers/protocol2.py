"""Protocol-2 catalogue objects for the store and sync tests: as the platform
writes them (JSON for the test server) and as the core holds them.

The two forms are written out separately, on purpose: a test that applies
the core objects and reads them back does not depend on the page parser,
and one that syncs the JSON compares what was stored with the core form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.catalogue import (
    Change,
    ChangePage,
    Check,
    Factor,
    LocalText,
    Requirement,
    Rule,
    Standard,
)
from desktop_app.core.ranges import Range
from desktop_app.sync.errors import PageInvalidError
from desktop_app.sync.pages import parse_page
from tests.platform_server import factor_data, rule_data, standard_data

P2_CODE = "T/TEST 31701-2026"  # not in the bundled catalogue: its rules are only ours
P2_RULE = "R-P2-INFANT"
P2_FACTOR = "CN-East-grid-2022"


def reads_protocol_2() -> bool:
    """Whether this checkout's page parser reads protocol-2 pages (`sync/pages.py`)."""
    body = b'{"protocol":2,"since":0,"next":0,"latest":0,"has_more":false,"changes":[]}'
    try:
        parse_page(body, source="probe")
    except PageInvalidError:
        return False
    return True


def p2_standard_json() -> dict[str, Any]:
    """A standard whose items use every protocol-2 item field."""
    return standard_data(
        P2_CODE,
        items=0,
        requirements=[
            {
                "key": "lead",
                "item": {"zh": "可溶性铅", "en": "Soluble lead"},
                "grade": None,
                "limit": "≤ 90",
                "unit": "mg/kg",
                "method": "GB/T 23344",
                "when": {"finish": ["coated", "pigment_printed"]},
                "check": {"kind": "max", "value": 90, "unit": "mg/kg"},
            },
            {
                "key": "ph",
                "item": {"zh": "pH值", "en": "pH"},
                "grade": "A",
                "limit": "4.0–7.5",
                "unit": None,
                "method": "GB/T 7573",
                "check": {"kind": "range", "min": 4.0, "max": 7.5},
            },
            {
                "key": "cords",
                "item": {"zh": "绳带", "en": "Cords and drawstrings"},
                "grade": None,
                "limit": "no hood or neck cords",
                "when": {"height_cm": {"max": 134}, "component": ["hood_neck_cords"]},
                "unless": {"age_months": {"min": 168}},
                "check": {"kind": "pass_fail"},
            },
            {
                "key": "pfhxa",
                "item": {"zh": "全氟己酸", "en": "PFHxA"},
                "grade": None,
                "limit": "≤ 25 ppb",
                "unit": "ppb",
                "effective": "2026-10-10",
                "until": "2027-10-10",
                "check": {"kind": "max", "value": 25, "unit": "ppb"},
            },
            {
                "key": "pfhxa",
                "item": {"zh": "全氟己酸", "en": "PFHxA"},
                "grade": None,
                "limit": "not detected",
                "effective": "2027-10-10",
                "check": {"kind": "absent", "value": 25, "unit": "ppb"},
            },
            {
                "key": "fastness",
                "item": {"zh": "耐唾液色牢度", "en": "Colour fastness to saliva"},
                "grade": None,
                "limit": "≥ 4",
                "check": {"kind": "fastness", "value": 4},
            },
        ],
    )


def p2_standard() -> Standard:
    """`p2_standard_json()` as the core holds it."""
    return Standard(
        code=P2_CODE,
        title=LocalText(f"{P2_CODE} 标准", f"Standard {P2_CODE}"),
        issuer="SAMR/SAC",
        markets=("CN",),
        status="current",
        mandatory=True,
        published=dt.date(2020, 1, 1),
        effective=dt.date(2020, 7, 1),
        tags=("safety",),
        requirements=(
            Requirement(
                key="lead",
                item=LocalText("可溶性铅", "Soluble lead"),
                grade=None,
                limit="≤ 90",
                unit="mg/kg",
                method="GB/T 23344",
                when={"finish": ("coated", "pigment_printed")},
                check=Check("max", value=90, unit="mg/kg"),
            ),
            Requirement(
                key="ph",
                item=LocalText("pH值", "pH"),
                grade="A",
                limit="4.0–7.5",
                method="GB/T 7573",
                check=Check("range", min=4.0, max=7.5),
            ),
            Requirement(
                key="cords",
                item=LocalText("绳带", "Cords and drawstrings"),
                grade=None,
                limit="no hood or neck cords",
                when={"height_cm": Range(None, 134), "component": ("hood_neck_cords",)},
                unless={"age_months": Range(168, None)},
                check=Check("pass_fail"),
            ),
            Requirement(
                key="pfhxa",
                item=LocalText("全氟己酸", "PFHxA"),
                grade=None,
                limit="≤ 25 ppb",
                unit="ppb",
                effective=dt.date(2026, 10, 10),
                until=dt.date(2027, 10, 10),
                check=Check("max", value=25, unit="ppb"),
            ),
            Requirement(
                key="pfhxa",
                item=LocalText("全氟己酸", "PFHxA"),
                grade=None,
                limit="not detected",
                effective=dt.date(2027, 10, 10),
                check=Check("absent", value=25, unit="ppb"),
            ),
            Requirement(
                key="fastness",
                item=LocalText("耐唾液色牢度", "Colour fastness to saliva"),
                grade=None,
                limit="≥ 4",
                check=Check("fastness", value=4),
            ),
        ),
    )


def p2_rule_json(**fields: Any) -> dict[str, Any]:
    data = rule_data(
        P2_RULE,
        P2_CODE,
        grade="A",
        when={
            "category": ["garment"],
            "market": ["CN"],
            "product_type": ["bodysuit", "sleepwear"],
            "age_months": {"max": 36},
        },
        unless={"finish": ["undyed"], "height_cm": {"min": 52, "max": 60}},
        effective="2026-06-01",
        until="2030-01-01",
    )
    data.update(fields)
    return data


def p2_rule() -> Rule:
    return Rule(
        id=P2_RULE,
        standard=P2_CODE,
        grade="A",
        when={
            "category": ("garment",),
            "market": ("CN",),
            "product_type": ("bodysuit", "sleepwear"),
            "age_months": Range(None, 36),
        },
        note=LocalText("在中国销售", "Sold in China"),
        unless={"finish": ("undyed",), "height_cm": Range(52, 60)},
        effective=dt.date(2026, 6, 1),
        until=dt.date(2030, 1, 1),
    )


def p2_factor_json(**fields: Any) -> dict[str, Any]:
    return factor_data(P2_FACTOR, **fields)


def p2_factor() -> Factor:
    return Factor(
        id=P2_FACTOR,
        kind="electricity",
        name=LocalText("华东电网排放因子", "East China grid emission factor"),
        region="CN-East",
        value=0.7035,
        unit="kgCO2e/kWh",
        scope="CO2e",
        year=2022,
        source=LocalText("生态环境部 2022 年电力二氧化碳排放因子", "MEE 2022 electricity factors"),
    )


def p2_page(*, since: int = 0, factor: Factor | None = None) -> ChangePage:
    """A checked protocol-2 page of the core objects above (no parser involved)."""
    changes = (
        Change(since + 1, "standard", P2_CODE, "upsert", p2_standard()),
        Change(since + 2, "rule", P2_RULE, "upsert", p2_rule()),
        Change(since + 3, "factor", P2_FACTOR, "upsert", factor or p2_factor()),
    )
    return ChangePage(2, since, since + 3, since + 3, False, changes)
