"""`ws.results.report_items` and a report's version held while its results are written."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.core.errors import EditConflictError
from desktop_app.core.results import TestResult
from desktop_app.workspace import Workspace
from desktop_app.workspace.results_import import import_results
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

REPORT = "CTI-2026-7"
GB = "GB 18401-2010"


@pytest.fixture
def report(ws: Workspace) -> Workspace:
    ws.products.add(make_product(product_type="bodysuit", construction="knitted"))
    ws.products.add(make_product(sku="BB-002", product_type="bodysuit", construction="knitted"))
    cert = make_certificate(
        scheme="test-report",
        number=REPORT,
        issuer="CTI",
        issued_ago=3,
        expires_in=None,
        products=("BB-001", "BB-002"),
    )
    ws.certificates.add(cert)
    return ws


def test_the_items_of_every_product_of_the_report_at_its_grade(report: Workspace) -> None:
    cert, items = report.results.report_items(REPORT)
    assert cert.number == REPORT and cert.version == 1
    assert {i.sku for i in items} == {"BB-001", "BB-002"}
    form = [i for i in items if (i.standard, i.requirement.key) == (GB, "formaldehyde")]
    assert [(i.sku, i.grade) for i in form] == [("BB-001", "A"), ("BB-002", "A")]
    report.products.remove("BB-002")  # a product the report names, since removed: left out
    assert {i.sku for i in report.results.report_items(REPORT)[1]} == {"BB-001"}


def _draft(value: str) -> TestResult:
    return TestResult(sku="BB-001", standard=GB, item="formaldehyde", value=value, unit="mg/kg", tested=TODAY)


def test_results_of_a_report_saved_elsewhere_since_are_refused(report: Workspace) -> None:
    cert = report.certificates.get(REPORT)
    source = report.results.source(report=REPORT)
    report.certificates.update(REPORT, dataclasses.replace(cert, issuer="CTI Hangzhou"))
    with pytest.raises(EditConflictError) as err:
        report.results.add([_draft("12")], source, report_version=cert.version)
    assert err.value.current_version == 2 and err.value.changed.get("issuer") == "CTI Hangzhou"
    assert report.results.list() == []
    stored = report.results.add([_draft("12")], source, report_version=2).value
    assert [r.value for r in stored] == ["12"]


def test_an_import_into_a_report_saved_elsewhere_since_writes_nothing(report: Workspace, tmp_path) -> None:
    sheet = tmp_path / "r.csv"
    sheet.write_text("货号,项目,结果,单位\nBB-001,甲醛含量,16,mg/kg\n", encoding="gb18030")
    cert = report.certificates.get(REPORT)
    report.certificates.update(REPORT, dataclasses.replace(cert, issued=cert.issued - dt.timedelta(days=1)))
    with pytest.raises(EditConflictError):
        import_results(report, sheet, report=REPORT, apply=True, report_version=cert.version)
    assert report.results.list() == []
    assert import_results(report, sheet, report=REPORT, apply=True, report_version=2).applied
