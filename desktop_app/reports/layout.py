"""The flowables of one checklist: header, standard sections, certificates,
gaps and sign-off, laid out for black-and-white office printing.

Every piece of text goes through `para()`, which escapes it: the document
holds plain text typed by users (`&`, `<`, `>` print as typed), never markup.
Status is never shown by shade alone: symbols and words say it.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..core.certificates import CertStatus
from .checklist import Alert, ChecklistDocument, RequirementRow, StandardSection
from .fonts import ensure_font, printable
from .wording import Lines

GRID = colors.black
HEADER_FILL = colors.Color(0.85, 0.85, 0.85)
LABEL_FILL = colors.Color(0.93, 0.93, 0.93)
SECONDARY = "#333333"
BODY_SIZE = 10.0
# The result column takes a measured value written by hand with a pen: at least 30 mm.
RESULT_WIDTH = 32 * mm
# Up to this many certificate rows share the sign-off's page (a longer list flows before it).
CERTIFICATES_KEPT_WITH_SIGNOFF = 12


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    firm: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    mark: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        font = ensure_font()
        # read at arm's length on the mill floor: body 10 pt, nothing under 9 pt
        body = ParagraphStyle("body", fontName=font, fontSize=BODY_SIZE, leading=13)
        _styles = Styles(
            body=body,
            head=ParagraphStyle("head", parent=body, fontSize=9.5, leading=12),
            small=ParagraphStyle("small", parent=body, fontSize=9, leading=11.5),
            title=ParagraphStyle("title", parent=body, fontSize=17, leading=21, spaceAfter=2),
            firm=ParagraphStyle("firm", parent=body, fontSize=11, leading=14),
            section=ParagraphStyle("section", parent=body, fontSize=10.5, leading=13.5),
            heading=ParagraphStyle(
                "heading", parent=body, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
            ),
            mark=ParagraphStyle(
                "mark", parent=body, fontSize=15, leading=17, alignment=1, textColor=colors.white
            ),
        )
    return _styles


def markup(lines: Lines, *, second_size: float | None = None, prefix: str = "") -> str:
    """Escaped Paragraph markup: the first line as is, the others (English) a little smaller."""
    first, *rest = lines or ("",)
    out = escape(printable(prefix + first))
    for line in rest:
        text = escape(printable(line))
        size = f' size="{second_size}"' if second_size else ""
        out += f'<br/><font color="{SECONDARY}"{size}>{text}</font>'
    return out


class _Paragraph(Paragraph):
    """A Paragraph that parses its markup once per process and breaks its lines
    once per width.

    ReportLab parses every Paragraph's markup with an HTML parser, and a
    Table wraps each cell two or three times at the same width (to size the
    rows, to split at a page end, to draw); that was half a checklist's
    time. The same labels, items and limits recur on every product's sheet
    and are laid out in the same columns, so the parsed fragments are kept
    by (markup, style) and the broken lines by (markup, style, width), and
    shared: drawing only reads them. A paragraph that is split at a page end
    (only the free text outside tables can be) breaks its own lines afresh.
    """

    _key: tuple[str, ParagraphStyle] | None = None  # for the shared lines; None once split
    _parsed: list | None = None  # the parsed fragments, before a wrap turns them into words
    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # the size depends only on the width; a repeat leaves blPara as the first wrap made it
        if self._wrapped_at == availWidth:
            return self.width, self.height
        key = None if self._key is None else (*self._key, availWidth)
        done = _lines.get(key) if key is not None else None
        if done is None:
            size = super().wrap(availWidth, availHeight)
            if key is not None:
                if len(_lines) >= _CACHE_LIMIT:
                    _lines.clear()
                _lines[key] = {k: self.__dict__[k] for k in _WRAP_STATE if k in self.__dict__}
        else:
            self.__dict__.update(done)
            size = self.width, self.height
        self._wrapped_at = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list:
        if self._key is not None:  # split its own lines, not the shared ones
            self._key = self._wrapped_at = None
            if self._parsed is not None:
                self.frags = self._parsed
            super().wrap(availWidth, availHeight)
        self._wrapped_at = None  # splitting re-breaks this paragraph
        return super().split(availWidth, availHeight)


# what Paragraph.wrap sets (breakLines turns `frags` into a list of words)
_WRAP_STATE = ("width", "height", "_wrapWidths", "blPara", "_width_max", "frags")
_CACHE_LIMIT = 2_000  # distinct markups (and widths) kept, ~6 KiB each; a batch reuses ~600
_frags: dict[tuple[str, ParagraphStyle], list] = {}
_lines: dict[tuple[str, ParagraphStyle, float], dict[str, object]] = {}


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """`Paragraph(text, style)`, parsed and broken into lines once per process (`_Paragraph`)."""
    key = (text, style)  # the style object itself: two styles may share a name
    frags = _frags.get(key)
    if frags is None:
        out = _Paragraph(text, style)
        if len(_frags) >= _CACHE_LIMIT:
            _frags.clear()
        frags = _frags[key] = out.frags
    else:
        out = _Paragraph(text, style, frags=frags)
    out._key, out._parsed = key, frags
    return out


def para(lines: Lines | str, style: ParagraphStyle, *, prefix: str = "") -> Paragraph:
    if isinstance(lines, str):
        lines = (lines,)
    return paragraph(markup(lines, second_size=style.fontSize - 1, prefix=prefix), style)


def inline(label: Lines, value: Lines) -> Lines:
    """'label: value' per language line ("适用原因：…" / "Why it applies: …")."""
    if len(label) == len(value):
        return tuple(f"{lab}{_colon(lab)}{val}" for lab, val in zip(label, value))
    joined = " / ".join(label)
    return tuple(f"{joined}{_colon(joined)}{val}" for val in value)


def _colon(label: str) -> str:
    return "：" if label and ord(label[-1]) >= 0x2E80 else ": "


class TickBox(Flowable):
    """An empty square to tick by hand, drawn as a shape (no font glyph needed)."""

    def __init__(self, size: float = 3.8 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def _grid_style(*extra: tuple) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), ensure_font()),  # empty cells too: no stray Helvetica
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def header(doc: ChecklistDocument, width: float) -> list[Flowable]:
    st = styles()
    lab = doc.labels
    out: list[Flowable] = [
        para(doc.firm_name or "—", st.firm),
        para(lab.title, st.title),
    ]
    rows = []
    fields = list(doc.fields)
    if len(fields) % 2:
        fields.append(None)  # type: ignore[arg-type]
    for left, right in zip(fields[0::2], fields[1::2]):
        row = [para(left.label, st.head), para(left.value, st.body)]
        row += [para(right.label, st.head), para(right.value, st.body)] if right else ["", ""]
        rows.append(row)
    lw = 26 * mm
    table = Table(rows, colWidths=[lw, width / 2 - lw, lw, width / 2 - lw])
    table.setStyle(
        _grid_style(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL), ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL))
    )
    out += [table, Spacer(1, 4 * mm), para(lab.standards, st.heading)]
    return out


def _alert(alert: Alert, width: float) -> Table:
    st = styles()
    strong = alert.severity in ("critical", "warning")
    table = Table(
        [[para("!", st.mark), para(alert.text, st.body)]],
        colWidths=[8 * mm, width - 8 * mm],
    )
    table.setStyle(
        _grid_style(
            ("BACKGROUND", (0, 0), (0, 0), colors.black),
            ("BOX", (0, 0), (-1, -1), 1.6 if strong else 0.8, GRID),
            ("BACKGROUND", (1, 0), (1, 0), LABEL_FILL if strong else colors.white),
        )
    )
    return table


def section(sec: StandardSection, doc: ChecklistDocument, width: float) -> list[Flowable]:
    st = styles()
    lab = doc.labels
    title = Table(
        [
            [para(sec.title, st.section, prefix=f"{sec.code}   ")],
            [para(" · ".join(sec.kind_label) + "   |   " + " · ".join(sec.grade_label), st.body)],
        ],
        colWidths=[width],
    )
    title.setStyle(
        _grid_style(("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL), ("BOX", (0, 0), (-1, -1), 1.2, GRID))
    )
    out: list[Flowable] = [CondPageBreak(55 * mm), title, Spacer(1, 1.5 * mm)]
    for reason in sec.reasons:
        out.append(para(inline(lab.why, reason), st.small))
    out.append(Spacer(1, 1.5 * mm))
    for alert in sec.alerts:
        out += [_alert(alert, width), Spacer(1, 1.5 * mm)]
    if sec.rows:
        out += [requirement_table(sec, doc, width), Spacer(1, 1 * mm)]
    if sec.generic:
        out.append(para(lab.generic_note, st.small))
    for group in sec.upcoming:  # items that start later: apart, under their date
        out += [
            Spacer(1, 1.5 * mm),
            para(group.heading, st.small),
            requirement_table(sec, doc, width, group.rows),
        ]
    out.append(Spacer(1, 4 * mm))
    return out


def requirement_table(
    sec: StandardSection,
    doc: ChecklistDocument,
    width: float,
    items: tuple[RequirementRow, ...] | None = None,
) -> Table:
    """Items (the section's in force, or `items`) with limit, method, an empty result cell
    and pass/fail boxes; the header row repeats on every page the table runs onto. An item
    with a stored result shows the last one and its date under its name (9 pt)."""
    st = styles()
    lab = doc.labels
    fixed = [9 * mm, 32 * mm, 28 * mm, RESULT_WIDTH, 13 * mm, 15 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    head = [
        para(lab.number, st.head),
        para(lab.item, st.head),
        para(lab.limit, st.head),
        para(lab.method, st.head),
        para(lab.result, st.head),
        para(lab.passed, st.head),
        para(lab.failed, st.head),
    ]
    rows: list[list] = [head]
    for i, row in enumerate(sec.rows if items is None else items, 1):
        limit = row.limit if row.until is None else (*row.limit, f"(→ {row.until})")
        rows.append(
            [
                para(str(i), st.body),
                [para(row.item, st.body), _last_result(row.last)] if row.last else para(row.item, st.body),
                para(limit, st.body),
                para(row.method, st.body),
                Spacer(1, 8 * mm),  # room to write the measured value
                TickBox(),
                TickBox(),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        _grid_style(
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ALIGN", (5, 1), (6, -1), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, GRID),
        )
    )
    return table


def _last_result(lines: Lines) -> Paragraph:
    """The last result under an item, every language line at 9 pt (nothing printed smaller)."""
    st = styles()
    return paragraph(markup(lines, second_size=st.small.fontSize), st.small)


_CERT_FILL = {CertStatus.EXPIRED: HEADER_FILL, CertStatus.EXPIRING: LABEL_FILL}


def certificates(doc: ChecklistDocument, width: float) -> list[Flowable]:
    st = styles()
    lab = doc.labels
    out: list[Flowable] = [para(lab.certificates, st.heading)]  # kept with the tail by story()
    if not doc.certificates:
        return [*out, para(lab.no_certificates, st.body), Spacer(1, 4 * mm)]
    fixed = [36 * mm, 13 * mm, 22 * mm, 36 * mm]
    rest = width - sum(fixed)
    widths = [fixed[0], rest * 0.52, rest * 0.48, *fixed[1:]]
    rows: list[list] = [
        [para(x, st.head) for x in (lab.scheme, lab.cert_number, lab.issuer, lab.product_class, lab.expires)]
        + [para(lab.status, st.head)]
    ]
    extra = []
    for i, cert in enumerate(doc.certificates, 1):
        scheme = (*cert.scheme, f"({' / '.join(lab.firm_wide)})") if cert.firm_wide else cert.scheme
        rows.append(
            [
                para(scheme, st.body),
                para(cert.number, st.body),
                para(cert.issuer, st.body),
                para(cert.product_class or "—", st.body),
                para(cert.expires, st.body),
                para(cert.status_text, st.body, prefix=cert.symbol + " "),
            ]
        )
        fill = _CERT_FILL.get(cert.status)
        if fill is not None:
            extra.append(("BACKGROUND", (0, i), (-1, i), fill))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), *extra))
    return [*out, table, Spacer(1, 4 * mm)]


def gaps(doc: ChecklistDocument, width: float) -> list[Flowable]:
    st = styles()
    lab = doc.labels
    out: list[Flowable] = [para(lab.gaps, st.heading)]
    if not doc.gaps:
        return [*out, para(lab.no_gaps, st.body, prefix="\u2714 "), Spacer(1, 4 * mm)]
    table = Table([[para(g.text, st.body, prefix="\u2718 ")] for g in doc.gaps], colWidths=[width])
    table.setStyle(_grid_style(("BOX", (0, 0), (-1, -1), 1.2, GRID)))
    return [*out, table, Spacer(1, 4 * mm)]


def signoff(doc: ChecklistDocument, width: float) -> list[Flowable]:
    st = styles()
    lab = doc.labels
    verdict = Table(
        [
            [
                para(lab.overall, st.body),
                TickBox(),
                para(lab.passed, st.body),
                TickBox(),
                para(lab.failed, st.body),
            ]
        ],
        colWidths=[40 * mm, 7 * mm, 30 * mm, 7 * mm, width - 84 * mm],
    )
    verdict.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rows: list[list] = [[para(x, st.head) for x in (lab.role, lab.signer_name, lab.sign_date, lab.signature)]]
    rows += [[para(role, st.body), "", "", ""] for role in doc.signoff_roles]
    sign = Table(
        rows,
        colWidths=[30 * mm, (width - 30 * mm) * 0.3, (width - 30 * mm) * 0.25, (width - 30 * mm) * 0.45],
        rowHeights=[None] + [12 * mm] * len(doc.signoff_roles),
    )
    sign.setStyle(_grid_style(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)))
    remarks = Table([[para(lab.remarks, st.head)], [""]], colWidths=[width], rowHeights=[None, 22 * mm])
    remarks.setStyle(
        _grid_style(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("VALIGN", (0, 1), (-1, 1), "TOP"))
    )
    # one block (story() keeps it together): a sign-off split from its remarks box
    # invites signing the wrong page
    return [para(lab.signoff, st.heading), verdict, Spacer(1, 3 * mm), sign, Spacer(1, 3 * mm), remarks]


def story(doc: ChecklistDocument, width: float) -> list[Flowable]:
    """Everything of one checklist, in order, for a frame `width` points wide."""
    out = header(doc, width)
    if not doc.sections:
        out += [para(doc.labels.no_standards, styles().body), Spacer(1, 4 * mm)]
    for sec in doc.sections:
        out += section(sec, doc, width)
    # The sign-off never stands alone on a page: one block with the gaps and, unless
    # they are too many to share a page with it, the certificates (the sheet's last rows).
    # (One block: reportlab's KeepTogether does not nest.)
    tail = [*gaps(doc, width), *signoff(doc, width)]
    if len(doc.certificates) <= CERTIFICATES_KEPT_WITH_SIGNOFF:
        tail = [*certificates(doc, width), *tail]
    else:
        out += [CondPageBreak(35 * mm), *certificates(doc, width)]
    out.append(KeepTogether(tail))
    return out
