"""`ws.results` and `ws.compliance` on a real database: recording, refusing, status, gaps.

The issue's story: a baby bodysuit's lab report says formaldehyde 50 mg/kg,
GB 18401 class A fails with the reason; a re-test at 12 mg/kg (and the other
items) makes it compliant.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.catalogue import Check
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.core.results import TestResult
from desktop_app.workspace import Workspace
from desktop_app.workspace.changes import ChangeSet
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

GB18401 = "GB 18401-2010"
REPORT = "SGS-SH-2026-0001"


def passing_value(check: Check | None) -> str:
    """A value that passes `check`, for filling every item of a standard."""
    if check is None or check.kind == "pass_fail":
        return "合格"
    if check.kind in ("max", "max_exclusive", "absent"):
        return "ND"
    if check.kind == "range":
        return str(((check.min or 0) + (check.max or 0)) / 2)
    if check.kind == "fastness":
        return "5"
    return str((check.value or 0) + 1)


@pytest.fixture
def bodysuit(ws: Workspace) -> Workspace:
    ws.products.add(
        make_product(product_type="bodysuit", construction="knitted", customer="Brand X", origins=("CN",))
    )
    ws.certificates.add(
        make_certificate(
            scheme="test-report", number=REPORT, issuer="SGS 上海", issued_ago=20, expires_in=None
        )
    )
    return ws


def record(ws: Workspace, items: dict[str, str], *, tested: dt.date | None = None, **kw) -> list[TestResult]:
    source = ws.results.source(report=kw.pop("report", REPORT))
    drafts = [
        TestResult(
            sku="BB-001",
            standard=kw.get("standard", GB18401),
            item=k,
            value=v,
            tested=tested or TODAY - dt.timedelta(days=20),
            unit=kw.get("unit"),
        )
        for k, v in items.items()
    ]
    return ws.results.add(drafts, source).value


def gb18401(ws: Workspace, as_of: dt.date | None = None):
    return next(st for st in ws.compliance.for_product("BB-001", as_of) if st.code == GB18401)


def test_formaldehyde_50_fails_class_a_and_a_retest_at_12_is_compliant(bodysuit: Workspace) -> None:
    ws = bodysuit
    assert gb18401(ws).applies == "in_force" and gb18401(ws).grade == "A"
    record(ws, {"formaldehyde": "50"}, unit="mg/kg")
    st = gb18401(ws)
    assert st.status == "failing" and st.best_grade == "B"
    form = next(i for i in st.items if i.key == "formaldehyde")
    assert (form.verdict, form.judgement.margin, form.meets) == ("fail", 30, "B")

    others = {i.key: passing_value(i.requirement.check) for i in st.items if i.key != "formaldehyde"}
    record(ws, {"formaldehyde": "12", **others}, tested=TODAY - dt.timedelta(days=2))
    st = gb18401(ws)
    assert (st.status, st.best_grade) == ("compliant", "A")
    assert next(i for i in st.items if i.key == "formaldehyde").history == 1  # the 50 stays
    assert ws.results.list(sku="BB-001")[0].report == REPORT
    # as of a day before the re-test, the first report still decides
    assert gb18401(ws, TODAY - dt.timedelta(days=10)).status == "failing"
    # a year after the re-test the evidence ran out
    assert gb18401(ws, TODAY + dt.timedelta(days=400)).status == "expired"


def test_a_standard_named_without_its_year_is_the_applicable_edition(bodysuit: Workspace) -> None:
    stored = record(bodysuit, {"formaldehyde": "12"}, standard="gb 18401", unit="mg/kg")
    assert [r.standard for r in stored] == [GB18401]
    with pytest.raises(ValidationError) as err:  # a standard that does not apply is still refused
        record(bodysuit, {"formaldehyde": "12"}, standard="16 CFR 1610", unit="mg/kg")
    assert err.value.code == Reason.STANDARD_NOT_APPLICABLE


def test_the_firms_re_test_interval(bodysuit: Workspace) -> None:
    ws = bodysuit
    items = {i.key: passing_value(i.requirement.check) for i in gb18401(ws).items}
    record(ws, items, tested=TODAY - dt.timedelta(days=100))
    assert gb18401(ws).status == "compliant"
    ws.save_firm(ws.firm().__class__(**{**ws.firm().__dict__, "retest_months": 3}))
    assert gb18401(ws).status == "expired"
    with pytest.raises(ValidationError) as err:
        ws.save_firm(ws.firm().__class__(**{**ws.firm().__dict__, "retest_months": 0}))
    assert err.value.field == "retest_months"


@pytest.mark.parametrize(
    ("items", "kw", "field", "code"),
    [
        ({"formaldehyde": "abc"}, {}, "formaldehyde.value", Reason.RESULT_UNREADABLE),
        ({"formaldehyde": "合格"}, {}, "formaldehyde.value", Reason.RESULT_NEEDS_NUMBER),
        ({"odour": "12"}, {}, "odour.value", Reason.RESULT_NEEDS_PASS_FAIL),
        ({"formaldehyde": "12"}, {"unit": "mg/L"}, "formaldehyde.unit", Reason.UNIT_MISMATCH),
        ({"cf_water": "7"}, {}, "cf_water.value", Reason.RESULT_NOT_A_GRADE),
        ({"cf_saliva_nonsense": "4"}, {}, "item", Reason.UNKNOWN_ITEM),
        ({"formaldehyde": "12"}, {"standard": "GB 9999-2000"}, "standard", Reason.STANDARD_NOT_APPLICABLE),
    ],
)
def test_bad_results_are_refused_naming_the_field_and_nothing_is_written(
    bodysuit, items, kw, field, code
) -> None:
    with pytest.raises(ValidationError) as err:
        record(bodysuit, {**({} if "unit" in kw else {"ph": "6.5"}), **items}, **kw)  # a good item first
    assert (err.value.field, err.value.code) == (field, code)
    assert bodysuit.results.list() == []


def test_a_result_dated_in_the_future_is_refused(bodysuit: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        record(bodysuit, {"formaldehyde": "12"}, tested=TODAY + dt.timedelta(days=1))
    assert (err.value.field, err.value.code, err.value.params["today"]) == (
        "tested",
        Reason.RESULT_IN_FUTURE,
        "2026-11-28",
    )


def test_the_source_must_exist_and_be_a_test_report(bodysuit: Workspace) -> None:
    bodysuit.certificates.add(make_certificate(number="GOTS-9"))
    with pytest.raises(ValidationError) as err:
        bodysuit.results.source(report="GOTS-9")
    assert (err.value.code, err.value.params["scheme"]) == (Reason.NOT_A_TEST_REPORT, "gots")
    with pytest.raises(NotFoundError):
        bodysuit.results.source(report="NO-SUCH-REPORT")
    with pytest.raises(NotFoundError):
        bodysuit.results.source(checklist="CL-20261128-DEADBEEF")  # another firm's paper, or none
    with pytest.raises(ValidationError) as err:
        bodysuit.results.source()
    assert err.value.code is Reason.RESULT_SOURCE_NEEDED


def test_adding_and_removing_say_what_changed(bodysuit: Workspace) -> None:
    source = bodysuit.results.source(report=REPORT)
    draft = TestResult(sku="BB-001", standard=GB18401, item="ph", value="6.5", tested=TODAY)
    added = bodysuit.results.add([draft], source)
    assert added.changes is ChangeSet.RESULTS
    removed = bodysuit.results.remove(added.value[0].id)
    assert (removed.value.item, removed.changes) == ("ph", ChangeSet.RESULTS)
    assert bodysuit.results.list() == []
    with pytest.raises(NotFoundError):
        bodysuit.results.remove(999)


def test_the_report_validity_is_read_from_the_report(bodysuit: Workspace) -> None:
    bodysuit.certificates.add(
        make_certificate(scheme="test-report", number="CTI-2", issuer="CTI", issued_ago=30, expires_in=5)
    )
    record(bodysuit, {"ph": "6.5"}, report="CTI-2")
    assert bodysuit.results.list()[0].valid_until == TODAY + dt.timedelta(days=5)
    ph = next(i for i in gb18401(bodysuit).items if i.key == "ph")
    assert ph.expires == TODAY + dt.timedelta(days=5)


def test_dashboard_count_failures_first_and_evidence_gaps(bodysuit: Workspace) -> None:
    ws = bodysuit
    ws.products.add(
        make_product(sku="KD-101", product_type="tshirt", construction="knitted", age_group="child")
    )
    summary = ws.compliance.summary()
    assert set(summary.not_proven) == {"BB-001", "KD-101"}
    record(ws, {"formaldehyde": "50"})
    summary = ws.compliance.summary()
    assert summary.not_proven[0] == "BB-001" and summary.by_sku["BB-001"] == "failing"
    assert summary.failing == 1
    gaps = [g for g in ws.compliance.evidence_gaps() if g.standard == GB18401]
    assert gaps[0].sku == "BB-001" and gaps[0].status == "failing" and gaps[0].failing == ("formaldehyde",)
    assert any(g.sku == "KD-101" and g.status == "incomplete" for g in gaps)


def test_results_of_a_removed_product_stay_as_history(bodysuit: Workspace) -> None:
    record(bodysuit, {"ph": "6.5"})
    bodysuit.products.remove("BB-001")
    assert [r.sku for r in bodysuit.results.list()] == ["BB-001"]


def test_a_renamed_product_keeps_its_results(bodysuit: Workspace) -> None:
    record(bodysuit, {"ph": "6.5"})
    bodysuit.products.edit("BB-001", sku="BB-002")
    assert [r.sku for r in bodysuit.results.list(sku="BB-002")] == ["BB-002"]


def test_a_checklist_is_recorded_by_its_printed_items(bodysuit: Workspace, tmp_path: Path) -> None:
    ws = bodysuit
    run = ws.reports.write_checklists(["BB-001"], tmp_path / "c.pdf")
    entry, printed = ws.results.checklist_items(run.entries[0].id.lower())  # typed in lower case
    section = next(s for s in printed if s["code"] == GB18401)
    assert section["grade"] == "A"
    assert [i["key"] for i in section["items"]][:2] == ["formaldehyde", "ph"]
    source = ws.results.source(checklist=entry.id)
    drafts = [
        TestResult(
            sku="BB-001", standard=GB18401, item="odour", value="合格", tested=TODAY, entered_by="李检"
        )
    ]
    stored = ws.results.add(drafts, source).value
    assert (stored[0].checklist, stored[0].entered_by) == (entry.id, "李检")
    ws.products.add(make_product(sku="OTHER-1"))
    with pytest.raises(ValidationError) as err:
        ws.results.add(
            [TestResult(sku="OTHER-1", standard=GB18401, item="odour", value="合格", tested=TODAY)], source
        )
    assert err.value.code is Reason.CHECKLIST_OTHER_PRODUCT
