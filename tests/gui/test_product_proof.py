"""The product panel's proof: per applicable standard its status in words, the failing item
with its margin, reloaded when results are recorded (through the task runner)."""

from __future__ import annotations

import pytest

from desktop_app.core.results import TestResult

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window, qtbot):
    window.go(window.PRODUCTS)
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0)
    return window.products


def _lines(panel) -> list[str]:
    return [panel.proof.item(i).text() for i in range(panel.proof.count())]


def test_the_panel_says_which_standards_are_proven_and_what_fails(page, demo_ws, window, qtbot, tmp_path):
    page.select("BB-001")  # the demo's lab report: formaldehyde over GB 18401 class A
    panel = page.panel
    qtbot.waitUntil(lambda: panel.proof.count() > 0)
    demo = _lines(panel)
    assert demo[0].startswith("GB 18401-2010 (A) · Failing: Formaldehyde content 50 mg/kg, limit ≤ 20 mg/kg")
    assert "GB 31701-2015 (A) · Compliant: tested " in "\n".join(demo)
    page.select("BB-002")  # the baby sleeping bag: no result yet
    qtbot.waitUntil(lambda: _lines(panel) != demo and panel.proof.count() > 0)
    before = _lines(panel)
    assert any("OEKO-TEX STANDARD 100 (I) · Incomplete: no result for" in t for t in before)
    assert not any("Failing" in t or "Compliant" in t for t in before)
    demo_ws.reports.write_checklists(["BB-002"], tmp_path / "c.pdf", lang="en")
    checklist = demo_ws.reports.checklist_log()[0].id
    result = TestResult(
        "BB-002", "OEKO-TEX STANDARD 100", "formaldehyde", "16", demo_ws.today(), unit="mg/kg"
    )
    window.runner.submit(
        lambda ctx: demo_ws.results.add([result], demo_ws.results.source(checklist=checklist))
    )
    qtbot.waitUntil(lambda: any("Failing" in t for t in _lines(panel)))
    first = _lines(panel)[0]  # failing first
    assert first.startswith("OEKO-TEX STANDARD 100 (I) · Failing: ")
    assert "16 mg/kg" in first and "not detected" in first
    assert panel.proof_box.title().startswith("Proof of compliance: ")


def test_no_product_selected_clears_the_proof(page, qtbot):
    page.select("BB-001")
    qtbot.waitUntil(lambda: page.panel.proof.count() > 0)
    page.panel.show_overview(None)
    assert page.panel.proof.count() == 0 and page.panel.statuses is None


def test_the_dashboard_counts_products_not_proven_failures_first_and_opens_one(
    window, demo_ws, qtbot, tmp_path
):
    dash = window.dashboard
    qtbot.waitUntil(lambda: dash.data is not None)
    summary = demo_ws.compliance.summary()
    assert len(summary.not_proven) == 11  # all but the demo's compliant curtain HT-301
    title = f"Products not proven compliant: {len(summary.not_proven)} · 1 failing"
    assert dash.proof_box.title() == title  # the demo's baby bodysuit
    lines = [dash.proof_list.item(i).text() for i in range(dash.proof_list.count())]
    assert [t.split("  ")[0] for t in lines[:2]] == ["Failing · BB-001", "Expired · HT-302"]
    assert not any(t.startswith("Failing") for t in lines[1:])
    demo_ws.reports.write_checklists(["BB-002"], tmp_path / "c.pdf", lang="en")
    entry = demo_ws.reports.checklist_log()[0]
    result = TestResult(
        "BB-002", "OEKO-TEX STANDARD 100", "formaldehyde", "16", demo_ws.today(), unit="mg/kg"
    )
    window.runner.submit(
        lambda ctx: demo_ws.results.add([result], demo_ws.results.source(checklist=entry.id))
    )
    qtbot.waitUntil(lambda: "2 failing" in dash.proof_box.title())
    lines = [dash.proof_list.item(i).text() for i in range(dash.proof_list.count())]
    assert sorted(t.split("  ")[0] for t in lines[:2]) == ["Failing · BB-001", "Failing · BB-002"]
    row = next(i for i, t in enumerate(lines) if t.startswith("Failing · BB-002"))
    dash.proof_list.itemClicked.emit(dash.proof_list.item(row))
    qtbot.waitUntil(lambda: window.products.current_sku() == "BB-002")
