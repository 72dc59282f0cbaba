"""Checklist documents and their PDFs (ReportLab; no Qt, no database).

`build_checklist` turns core objects into a `ChecklistDocument` (plain
data); `render_checklists` writes any number of them into one PDF, product
by product, with memory that does not grow with the batch.
"""

from .checklist import (
    Alert,
    AlertKind,
    CertificateRow,
    ChecklistDocument,
    GapLine,
    HeaderField,
    RequirementRow,
    StandardSection,
    build_checklist,
    parse_qr_payload,
    qr_payload,
)
from .pdf import PAPERS, RenderSummary, render_checklist_pdf, render_checklists, warm_up
from .wording import CHECKLIST_LANGS, normalise_lang

__all__ = [
    "CHECKLIST_LANGS",
    "PAPERS",
    "Alert",
    "AlertKind",
    "CertificateRow",
    "ChecklistDocument",
    "GapLine",
    "HeaderField",
    "RenderSummary",
    "RequirementRow",
    "StandardSection",
    "build_checklist",
    "normalise_lang",
    "parse_qr_payload",
    "qr_payload",
    "render_checklist_pdf",
    "render_checklists",
    "warm_up",
]
