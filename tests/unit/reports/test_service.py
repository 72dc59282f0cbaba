"""`ws.reports` on the demo firm: checklists written, split, cancelled and logged."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pypdf import PdfReader

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.reports import AlertKind

SKUS = ["BB-001", "HT-302", "FL-501"]


def _ids(path) -> list[str]:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return list(dict.fromkeys(re.findall(r"CL-\d{8}-[0-9A-F]{8}", text)))


def test_one_pdf_for_the_firm_and_every_checklist_logged(demo_ws, tmp_path):
    skus = [p.sku for p in demo_ws.products.list()]
    out = tmp_path / "all.pdf"
    steps = []
    run = demo_ws.reports.write_checklists(skus, out, progress=lambda d, t: steps.append((d, t)))
    assert run.path == out.resolve() and out.is_file() and not run.cancelled
    assert [e.sku for e in run.entries] == skus
    assert _ids(out) == [e.id for e in run.entries]
    assert steps[0] == (0, 12) and steps[-1] == (12, 12)
    log = demo_ws.reports.checklist_log()
    assert {e.id for e in log} == {e.id for e in run.entries}
    entry = demo_ws.reports.find(run.entries[0].id)
    assert entry is not None and entry.sku == skus[0] and entry.product_id is not None
    assert entry.file == str(out.resolve()) and entry.catalogue_version == 0
    assert entry.language == "zh"  # the firm's interface language by default
    assert all(re.fullmatch(r"CL-20261128-[0-9A-F]{8}", e.id) for e in log)


def test_split_writes_one_file_per_product(demo_ws, tmp_path):
    run = demo_ws.reports.write_checklists(SKUS, None, split_dir=tmp_path / "each", lang="en", paper="letter")
    assert run.path is None and len(run.files) == 3
    for entry, file in zip(run.entries, run.files):
        assert entry.file == str(file) and file.name.startswith(entry.sku)
        assert _ids(file) == [entry.id]
        assert round(float(PdfReader(file).pages[0].mediabox.width)) == 612
    assert [e.language for e in demo_ws.reports.checklist_log()] == ["en"] * 3


def test_cancelled_run_leaves_no_partial_pdf_and_logs_nothing(demo_ws, tmp_path):
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 2

    folder = tmp_path / "out"
    folder.mkdir()
    run = demo_ws.reports.write_checklists(SKUS, folder / "out.pdf", cancel=cancel)
    assert run.cancelled and run.path is None
    assert list(folder.iterdir()) == []
    assert demo_ws.reports.checklist_log() == []


def test_cancelled_split_keeps_and_logs_the_whole_files(demo_ws, tmp_path):
    asked = []
    run = demo_ws.reports.write_checklists(
        SKUS, None, split_dir=tmp_path / "each", cancel=lambda: asked.append(1) or len(asked) > 2
    )
    assert run.cancelled and len(run.files) == 2
    assert sorted(e.sku for e in demo_ws.reports.checklist_log()) == ["BB-001", "HT-302"]


def test_document_from_the_database(demo_ws):
    doc = demo_ws.reports.document("HT-302", lang="both")
    certs = {c.number: c for c in doc.certificates}
    assert " ".join(certs["OT-19.CN.30077"].status_text) == "已过期 EXPIRED"
    assert certs["CQC-00123Q21345R0M"].firm_wide
    assert [g.kind for g in doc.gaps] == ["expired"]
    fleece = demo_ws.reports.document("FL-501", lang="zh")
    grs = {c.number: c for c in fleece.certificates}["IDFL-GRS-22-118"]
    assert grs.status_text == ("25 天后到期",)
    alerts = [a for s in fleece.sections if s.code == "GRS 4.0" for a in s.alerts]
    assert AlertKind.TO_BE_REPLACED in [a.kind for a in alerts]
    notices = [a for s in doc.sections if s.code == "GB/T 5296.4-2012" for a in s.alerts]
    assert [(a.kind, a.notice_id) for a in notices] == [(AlertKind.NOTICE, "N-2026-0006")]


def test_firm_settings_give_the_defaults(demo_ws, tmp_path):
    demo_ws.save_firm(dataclasses.replace(demo_ws.firm(), checklist_lang="both", paper_size="letter"))
    run = demo_ws.reports.write_checklists(["BB-001"], tmp_path / "one.pdf")
    assert run.entries[0].language == "both"
    reader = PdfReader(tmp_path / "one.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Compliance checklist" in reader.pages[0].extract_text()


def test_the_log_outlives_the_product(demo_ws, tmp_path):
    demo_ws.reports.write_checklists(["GF-601"], tmp_path / "g.pdf")
    demo_ws.products.remove("GF-601")
    (entry,) = demo_ws.reports.checklist_log(sku="GF-601")
    assert entry.product_id is None


def test_selecting_products(demo_ws):
    select = demo_ws.reports.select
    assert [p.sku for p in select(["KD-102", "BB-001", "KD-102"])] == ["KD-102", "BB-001"]
    assert {p.sku for p in select(category="home_textile")} == {"BB-002", "HT-301", "HT-302"}
    assert len(select(["YN-401"], all_products=True)) == 12
    with pytest.raises(NotFoundError):
        select(["NOPE"])
    with pytest.raises(ValidationError):
        select([])
    with pytest.raises(ValidationError):
        select(category="shoes")


def test_bad_paper_or_folder_is_refused_before_writing(demo_ws, tmp_path):
    with pytest.raises(ValidationError):
        demo_ws.reports.write_checklists(SKUS, tmp_path / "x.pdf", paper="a3")
    with pytest.raises(ValidationError):
        demo_ws.reports.write_checklists(SKUS, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ValidationError):
        demo_ws.reports.write_checklists(SKUS, None)
    assert demo_ws.reports.checklist_log() == []
