"""Checklist PDFs: each product on its own pages, numbered "N / M" per product.

Each product is laid out as its own small document (so "page N of M" counts
that product's pages, and nothing of earlier products stays in memory), then
copied into the output by `StreamingPdfWriter`. The footer of every page
holds the checklist id, the page number and a QR code with the checklist id
and SKU, so a filled-in paper can be matched to its record.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import qrcode
import qrcode.constants
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..core.errors import Reason, ValidationError
from . import accel
from .checklist import ChecklistDocument
from .concat import StreamingPdfWriter
from .fonts import ensure_font, printable
from .layout import inline, story
from .parallel import rendered

# Binary (not ASCII85) streams: a quarter smaller and faster to write. ReportLab
# reads this when a document is saved; nothing else in the app uses ReportLab.
rl_config.useA85 = 0
accel.install()  # fp_str remembered: a sixth of a checklist's time (`reports.accel`)

PAPERS = {"a4": A4, "letter": letter}
MARGIN = 15 * mm  # every mark stays at least this far from the paper's edge
QR_SIZE = 18 * mm
HEADER_SPACE = 7 * mm  # running header above the frame
FOOTER_SPACE = QR_SIZE + 4 * mm  # footer below the frame


@dataclass(frozen=True)
class RenderSummary:
    products: int
    pages: int


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.strip().lower()]
    except (KeyError, AttributeError):
        raise ValidationError("paper", paper, Reason.NOT_ONE_OF, allowed=["a4", "letter"]) from None


def qr_modules(payload: str) -> list[list[bool]]:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """A vector QR code (sharp on any printer); dark runs of a row as one rectangle.

    The paper around it is left blank for the quiet zone the scanners need.
    """
    n = len(matrix)
    cell = size / n
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * cell
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                canvas.rect(x + start * cell, top, (c - start) * cell, cell * 1.01, stroke=0, fill=1)
            else:
                c += 1


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` (for one-line header and footer)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Decorations:
    """Running header and footer of one checklist's pages."""

    def __init__(self, doc: ChecklistDocument, pagesize: tuple[float, float]) -> None:
        self.doc = doc
        self.width, self.height = pagesize
        self.font = ensure_font()
        self.qr = qr_modules(doc.qr_payload)
        self.form: str | None = None
        self.pages = 0

    def _qr_form(self, canvas: Canvas) -> str:
        """The QR code as a form XObject: drawn once, placed on every page."""
        if self.form is None:
            self.form = "checklistQR"
            canvas.beginForm(self.form, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
            canvas.setFillColorRGB(0, 0, 0)
            draw_qr(canvas, self.qr, 0, 0, QR_SIZE)
            canvas.endForm()
        return self.form

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        doc, lab, font = self.doc, self.doc.labels, self.font
        w, h = self.width, self.height
        inner = w - 2 * MARGIN
        canvas.saveState()
        # running header: firm on the left, title and SKU on the right
        canvas.setFont(font, 7.5)
        y = h - MARGIN - 3 * mm
        right = printable(f"{' '.join(lab.title)} · {doc.sku}")
        canvas.drawRightString(w - MARGIN, y, right)
        left_room = inner - stringWidth(right, font, 7.5) - 6 * mm
        canvas.drawString(MARGIN, y, _fit(printable(doc.firm_name), font, 7.5, left_room))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 1.5 * mm, w - MARGIN, y - 1.5 * mm)
        # footer: id, product and page number on the left, QR code on the right
        base = MARGIN
        text_right = w - MARGIN - QR_SIZE - 4 * mm
        canvas.line(MARGIN, base + QR_SIZE + 2 * mm, text_right, base + QR_SIZE + 2 * mm)
        canvas.setFont(font, 9.5)
        canvas.drawString(
            MARGIN, base + 12 * mm, printable(inline((" ".join(lab.checklist_id),), (doc.checklist_id,))[0])
        )
        canvas.setFont(font, 10.5)
        canvas.drawRightString(text_right, base + 12 * mm, f"{' '.join(lab.page)} {page} / {total}")
        canvas.setFont(font, 8)
        product = _fit(printable(f"{doc.sku} — {doc.product_name}"), font, 8, text_right - MARGIN)
        canvas.drawString(MARGIN, base + 6.5 * mm, product)
        canvas.drawString(
            MARGIN,
            base + 1.5 * mm,
            printable(f"{' '.join(lab.catalogue_version)} {doc.catalogue_version} · {doc.date.isoformat()}"),
        )
        canvas.restoreState()
        form = self._qr_form(canvas)
        canvas.saveState()
        canvas.translate(w - MARGIN - QR_SIZE, base)
        canvas.doForm(form)
        canvas.restoreState()


def _numbered_canvas(decorations: _Decorations) -> Callable[..., Canvas]:
    """A canvas that holds a document's pages until it knows how many there are.

    Only one product's pages are held: each product is its own document.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = decorations.pages = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                decorations.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def warm_up() -> None:
    """Parse the font and load ReportLab's lazily loaded parts now.

    The first checklist of a process otherwise pays ~0.2–0.4 s for them; an
    app can call this off the GUI thread after start-up so the first
    checklist a user asks for is as quick as the next.
    """
    import datetime as dt

    from ..core.products import FibreShare, Product
    from .checklist import build_checklist

    product = Product(
        "WARM-UP", "预热 warm-up", "fabric", "adult", "direct", ("CN",), (FibreShare("cotton", 100),)
    )
    doc = build_checklist(
        firm_name="",
        product=product,
        applicable=[],
        certificates=[],
        gaps=[],
        notices=[],
        catalogue_version=0,
        today=dt.date(2000, 1, 1),
        checklist_id="WARM-UP",
        lang="both",
    )
    render_checklists([doc], io.BytesIO())


def render_checklist_pdf(doc: ChecklistDocument, *, paper: str = "a4") -> bytes:
    """One product's checklist as a complete PDF."""
    return _render(doc, paper)[0]


def _render(doc: ChecklistDocument, paper: str) -> tuple[bytes, int]:
    size = page_size(paper)
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE,
        bottomMargin=MARGIN + FOOTER_SPACE,
        title=f"{' '.join(doc.labels.title)} {doc.sku}",
        author=doc.firm_name,
        subject=doc.checklist_id,
        creator="Textile Compliance Assistant",
        initialFontName=ensure_font(),
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decorations = _Decorations(doc, size)
    template.build(story(doc, template.width), canvasmaker=_numbered_canvas(decorations))
    return buf.getvalue(), decorations.pages


Rendered = Callable[[ChecklistDocument, bytes, int], None]


def render_checklists(
    docs: Iterable[ChecklistDocument],
    out: str | os.PathLike[str] | BinaryIO | None,
    *,
    paper: str = "a4",
    title: str = "",
    on_rendered: Rendered | None = None,
    workers: int = 1,
) -> RenderSummary:
    """Write every checklist of `docs` into one PDF, each product from a new page.

    `workers` > 1 lays the checklists out in that many processes
    (`reports.parallel`); the output is the same, in the same order.

    `docs` is consumed lazily, one product at a time, so a generator keeps
    memory flat. When `out` is a path the file appears only once complete
    (written beside it, then renamed); if `docs` raises (e.g. cancelled),
    nothing is left behind and the error propagates. `on_rendered(doc, pdf,
    pages)` receives each product's own PDF as it is done (one file per
    product); with `out=None` that is the only output.
    """
    page_size(paper)  # refuse a bad paper before creating anything
    if out is None:
        return _render_into(docs, None, paper=paper, title=title, on_rendered=on_rendered, workers=workers)
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            with open(tmp, "xb") as fh:
                summary = _render_into(
                    docs, fh, paper=paper, title=title, on_rendered=on_rendered, workers=workers
                )
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return summary
    return _render_into(docs, out, paper=paper, title=title, on_rendered=on_rendered, workers=workers)


def _render_into(
    docs: Iterable[ChecklistDocument],
    fh: BinaryIO | None,
    *,
    paper: str,
    title: str,
    on_rendered: Rendered | None,
    workers: int = 1,
) -> RenderSummary:
    writer: StreamingPdfWriter | None = None
    products = pages = 0
    for doc, data, count in rendered(docs, paper, _render, workers=workers):
        if fh is not None:
            if writer is None:
                writer = StreamingPdfWriter(
                    fh, title=title or " ".join(doc.labels.title), author=doc.firm_name
                )
            writer.append(data, bookmark=f"{doc.sku} {doc.product_name}")
        if on_rendered is not None:
            on_rendered(doc, data, count)
        products += 1
        pages += count
    if not products:
        raise ValidationError("products", "", Reason.NOTHING_TO_PRINT)
    if writer is not None:
        writer.close()
    return RenderSummary(products=products, pages=pages)
