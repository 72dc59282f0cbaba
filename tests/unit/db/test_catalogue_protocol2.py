"""Protocol-2 catalogue objects stored and read back exactly, in a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import replace

import pytest

from desktop_app.core.catalogue import Change, ChangePage, Factor
from desktop_app.core.products import FibreShare, Product
from desktop_app.db.catalogue_repo import CatalogueRepo
from tests.helpers import ROOT
from tests.helpers.protocol2 import P2_CODE, P2_FACTOR, P2_RULE, p2_factor, p2_page, p2_rule, p2_standard


def apply(ws, page: ChangePage, *, full_pass: bool = False):
    with ws.session() as s:
        repo = CatalogueRepo(s)
        if full_pass:
            repo.begin_full_pass()
        summary = repo.apply_page(page)
        if full_pass:
            summary.merge(repo.finish_full_pass())
    ws.catalogue.invalidate()
    return summary


def raw(ws, sql: str) -> list[tuple]:
    con = sqlite3.connect(ws.paths.database)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_standard_rule_and_factor_read_back_equal(ws) -> None:
    summary = apply(ws, p2_page(since=0))
    assert summary.upserted["factor"] == {P2_FACTOR}

    assert ws.catalogue.show(P2_CODE) == p2_standard()
    with ws.session() as s:
        repo = CatalogueRepo(s)
        rules = {r.id: r for r in repo.rules()}
        assert rules[P2_RULE] == p2_rule()
        factors = {f.id: f for f in repo.factors()}  # beside the bundled factors
        assert factors[P2_FACTOR] == p2_factor() and len(factors) == 1 + len(_bundled("factor"))
        assert repo.versions("factor", [P2_FACTOR, "nope"]) == {P2_FACTOR: 3}
    assert p2_factor() in ws.catalogue.factors()
    # a bundled rule without an exclusion or a date still reads back without them
    plain = {c["id"] for c in _bundled("rule") if not (c["data"].get("unless") or c["data"].get("effective"))}
    assert plain and all(rules[i].unless is None and rules[i].effective is None for i in plain)


@pytest.mark.sqlite_only  # reads the file's own text with sqlite3
def test_stored_json_is_the_apis_shape(ws) -> None:
    apply(ws, p2_page(since=0))
    ((when, unless, effective, until),) = raw(
        ws, f"select \"when\", unless, effective, until from rules where id = '{P2_RULE}'"
    )
    assert json.loads(when)["age_months"] == {"max": 36}
    assert json.loads(unless) == {"finish": ["undyed"], "height_cm": {"min": 52, "max": 60}}
    assert (effective, until) == ("2026-06-01", "2030-01-01")
    items = raw(
        ws,
        'select "key", "when", unless, effective, until, "check" from requirements '
        f"where standard_code = '{P2_CODE}' order by position",
    )
    assert items[0][1:5] == ('{"finish":["coated","pigment_printed"]}', None, None, None)
    assert json.loads(items[0][5]) == {"kind": "max", "value": 90, "unit": "mg/kg"}  # 90 or 90.0
    assert json.loads(items[2][2]) == {"age_months": {"min": 168}}
    assert items[3][3:5] == ("2026-10-10", "2027-10-10")
    assert items[5][1:5] == (None, None, None, None)  # nothing of protocol 2 but its check
    # a bundled item without a condition of its own has NULL there, not an empty object
    conditional = sum(
        1 for c in _bundled("standard") for item in c["data"]["requirements"] if item.get("when")
    )
    assert raw(ws, "select count(*) from requirements where \"when\" is not null and standard_code != "
               f"'{P2_CODE}'") == [(conditional,)]  # fmt: skip


def applied_factors(ws) -> list[Factor]:
    """The factors this test applies (the bundled catalogue ships others beside them)."""
    return [f for f in ws.catalogue.factors() if f.id in {P2_FACTOR, "CN-steam-2024"}]


def test_factor_replaced_deleted_and_swept_by_a_full_pass(ws) -> None:
    apply(ws, p2_page(since=0))
    newer = replace(p2_factor(), value=0.5703, year=2023, effective=dt.date(2025, 1, 1), url="https://x.cn/f")
    apply(ws, ChangePage(2, 3, 4, 4, False, (Change(4, "factor", P2_FACTOR, "upsert", newer),)))
    assert applied_factors(ws) == [newer]

    apply(ws, ChangePage(2, 4, 5, 5, False, (Change(5, "factor", P2_FACTOR, "delete"),)))
    assert applied_factors(ws) == []

    other = Factor(**{**p2_factor().__dict__, "id": "CN-steam-2024"})
    apply(ws, ChangePage(2, 5, 7, 7, False, (
        Change(6, "factor", P2_FACTOR, "upsert", p2_factor()),
        Change(7, "factor", "CN-steam-2024", "upsert", other),
    )))  # fmt: skip
    assert [f.id for f in applied_factors(ws)] == [P2_FACTOR, "CN-steam-2024"]  # by id
    # a full pass that mentions only one factor removes the other
    swept = apply(
        ws,
        ChangePage(2, 0, 8, 8, False, (Change(8, "factor", P2_FACTOR, "upsert", p2_factor()),)),
        full_pass=True,
    )
    assert "CN-steam-2024" in swept.deleted["factor"]
    assert p2_factor() in applied_factors(ws)


def bodysuit(**changes) -> Product:
    product = Product(
        sku="BB-P2",
        name="婴儿连体衣",
        category="garment",
        age_group="infant",
        skin_contact="direct",
        markets=("CN",),
        composition=(FibreShare("cotton", 100.0),),
        product_type="bodysuit",
        construction="knitted",
        age_months=None,
    )
    return replace(product, **changes)


def ours(found: list) -> object:
    return next((a for a in found if a.standard.code == P2_CODE), None)


def test_applicable_as_of_a_day_defaults_to_the_workspace_today(ws) -> None:
    from desktop_app.core.ranges import Range

    apply(ws, p2_page(since=0))
    product = bodysuit(age_months=Range(0, 24), finishes=("pigment_printed",))

    today = ours(ws.catalogue.applicable(product))  # ws.today() is 2026-11-28
    assert today is not None and today.applies == "in_force" and today.grade == "A"
    keys = [(r.key, r.limit) for r in today.requirements]
    assert ("lead", "≤ 90") in keys and ("pfhxa", "≤ 25 ppb") in keys
    assert ("cords", "no hood or neck cords") not in keys  # it has no hood cords
    assert [r.limit for r in today.upcoming_requirements] == ["not detected"]

    before = ours(ws.catalogue.applicable(product, as_of=dt.date(2026, 5, 1)))
    assert before is not None and before.applies == "upcoming" and before.effective == dt.date(2026, 6, 1)
    assert ours(ws.catalogue.applicable(product, as_of=dt.date(2030, 1, 1))) is None  # ended

    unprinted = bodysuit(sku="BB-P3", age_months=Range(0, 24))
    many = ws.catalogue.applicable_many([product, unprinted], as_of=dt.date(2027, 11, 1))
    later = ours(many["BB-P2"])
    assert [r.limit for r in later.requirements if r.key == "pfhxa"] == ["not detected"]
    assert "lead" not in [r.key for r in ours(many["BB-P3"]).requirements]

    # no age range recorded: possible, naming what to record
    unknown = ours(ws.catalogue.applicable(bodysuit(sku="BB-P4")))
    assert unknown is not None and unknown.applies == "possible" and unknown.missing == ("age_months",)


def _bundled(kind: str) -> list[dict]:
    """The shipped catalogue's upserts of `kind`, as JSON."""
    page = json.loads((ROOT / "resources" / "catalogue" / "catalogue.json").read_text(encoding="utf-8"))
    return [c for c in page["changes"] if c["type"] == kind and c["op"] == "upsert"]
