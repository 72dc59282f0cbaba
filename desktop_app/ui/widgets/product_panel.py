"""The side panel of the products page: applicable standards, proof, certificates, gaps.

Proof says per applicable standard whether the results prove it (compliant,
failing, incomplete, expired, not required: in words, not colour alone),
with the failing item and its margin or the items still without a result.

Standards come in three sections: in force; possible (a rule tests an
attribute the product does not record: the panel says which to record);
upcoming, with the date each starts, including the items of a standard in
force that tighten later (REACH entry 79 for curtains from 2027-10-10).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidgetItem,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.applicability import IN_FORCE, POSSIBLE, UPCOMING
from ...core.compliance import COMPLIANT, EXPIRED, FAILING, INCOMPLETE, NOT_REQUIRED, STATUS_ORDER
from ...core.limit_wording import limit_text
from ...core.vocabulary import CERT_SCHEMES, CONSTRUCTIONS, FIBRES, ORIGINS, PRODUCT_TYPES
from ..i18n import format_date, vocab, vocab_lang
from ..status import status_icon, status_text
from .fitted_views import FittedList, FittedTree
from .history_box import HistoryBox

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
# rows a box shows before it scrolls: the panel scrolls as a whole, a box only when long
STANDARD_ROWS = 10
LIST_ROWS = 6
PROOF_HEIGHT = 280  # proof lines wrap to several lines each


class ProductPanel(QWidget):
    certificate_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #444;")
        self.standards_box = QGroupBox(self)
        self.standards = FittedTree(STANDARD_ROWS, self.standards_box)
        self.standards.setColumnCount(2)
        self.standards.setRootIsDecorated(False)
        self.standards.setIndentation(8)
        # two lines per standard, each elided on its own (the status first, so it stays); tooltip whole
        self.standards.setWordWrap(False)
        self.standards.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.standards.setAlternatingRowColors(True)
        QVBoxLayout(self.standards_box).addWidget(self.standards)
        self.certs_box = QGroupBox(self)
        self.certs = FittedList(LIST_ROWS, self.certs_box)
        QVBoxLayout(self.certs_box).addWidget(self.certs)
        self.proof_box = QGroupBox(self)
        self.proof = FittedList(LIST_ROWS, self.proof_box, max_height=PROOF_HEIGHT)
        self.proof.setObjectName("proofList")
        self.proof.setWordWrap(True)
        QVBoxLayout(self.proof_box).addWidget(self.proof)
        self.statuses: list | None = None
        self.gaps_box = QGroupBox(self)
        self.gaps = FittedList(LIST_ROWS, self.gaps_box)
        QVBoxLayout(self.gaps_box).addWidget(self.gaps)
        self.history_box = HistoryBox(self)
        self.history_box.setVisible(False)  # who changed what: asked for now and then, so folded away
        self.history_toggle = QToolButton(self)
        self.history_toggle.setObjectName("historyToggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setAutoRaise(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.toggled.connect(self._on_history_toggle_toggled)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.standards_box)
        layout.addWidget(self.proof_box)
        layout.addWidget(self.certs_box)
        layout.addWidget(self.gaps_box)
        layout.addWidget(self.history_toggle)
        layout.addWidget(self.history_box)
        layout.addStretch(1)
        self.certs.itemActivated.connect(self._on_cert_item_activated)
        self.certs.itemDoubleClicked.connect(self._on_cert_item_activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.standards.setHeaderLabels([self.tr("Standard and why it applies"), self.tr("Grade")])
        self._title_history_toggle()
        self.show_overview(self.overview)
        self.show_proof(self.statuses)

    def show_overview(self, overview) -> None:
        self.overview = overview
        self.standards.clear()
        self.certs.clear()
        self.gaps.clear()
        if overview is None:
            self.heading.setText(self.tr("Select a product to see its standards and certificates."))
            self.details.clear()
            self.standards_box.setTitle(self.tr("Applicable standards"))
            self.certs_box.setTitle(self.tr("Certificates"))
            self.gaps_box.setTitle(self.tr("Gaps"))
            self.history_box.show_entries(None)
            self.show_proof(None)
            self.standards.fit()
            return
        p = overview.product
        lang = vocab_lang()
        self.heading.setText(f"{p.sku} · {p.name}")
        comp = " / ".join(f"{vocab(FIBRES, s.fibre)} {s.percent:g}%" for s in p.composition)
        parts = [comp, *self._attributes(p)]
        self.details.setText(" · ".join(x for x in (*parts, p.customer) if x))
        self.standards_box.setTitle(self.tr("Applicable standards (%n)", "", len(overview.applicable)))
        self._show_standards(overview.applicable)
        self.certs_box.setTitle(self.tr("Certificates (%n)", "", len(overview.certificates)))
        for st in overview.certificates:
            c = st.certificate
            text = f"{vocab(CERT_SCHEMES, c.scheme)} · {c.number}\n{status_text(st)} · " + self.tr(
                "expires {date}"
            ).format(date=format_date(c.expires))
            item = QListWidgetItem(status_icon(st.status), text, self.certs)
            item.setToolTip(text)
            item.setData(NUMBER_ROLE, c.number)
        if not overview.certificates:
            QListWidgetItem(self.tr("No certificate covers this product."), self.certs).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.history_box.show_entries(getattr(overview, "history", None))
        self.gaps_box.setTitle(self.tr("Gaps (%n)", "", len(overview.gaps)))
        for g in overview.gaps:
            QListWidgetItem(g.describe(lang), self.gaps).setToolTip(g.describe(lang))
        if not overview.gaps:
            QListWidgetItem(self.tr("No gaps: every claim is backed."), self.gaps).setFlags(
                Qt.ItemFlag.NoItemFlags
            )

    def show_proof(self, statuses) -> None:
        """Per standard its status in words, then what fails (and by how much) or is missing."""
        self.statuses = statuses
        self.proof.clear()
        if statuses is None:
            self.proof_box.setTitle(self.tr("Proof of compliance"))
            return
        rank = {s: i for i, s in enumerate(STATUS_ORDER)}
        shown = sorted(statuses, key=lambda st: rank.get(st.status, len(rank)))
        proven = sum(1 for st in statuses if st.status in (COMPLIANT, NOT_REQUIRED))
        self.proof_box.setTitle(
            self.tr("Proof of compliance: %1 of %2 proven")
            .replace("%1", str(proven))
            .replace("%2", str(len(statuses)))
        )
        for st in shown:
            text = self.proof_line(st)
            item = QListWidgetItem(text, self.proof)
            item.setToolTip(text)
            item.setData(STATUS_ROLE, st.status)
        if not statuses:
            QListWidgetItem(self.tr("No standard applies."), self.proof).setFlags(Qt.ItemFlag.NoItemFlags)

    def status_word(self, status: str) -> str:
        return {
            COMPLIANT: self.tr("Compliant"),
            FAILING: self.tr("Failing"),
            INCOMPLETE: self.tr("Incomplete"),
            EXPIRED: self.tr("Expired"),
            NOT_REQUIRED: self.tr("Not required yet"),
        }.get(status, status)

    def proof_line(self, st) -> str:
        """`GB 18401-2010 (A) · Failing: formaldehyde 50 mg/kg, limit ≤ 20 mg/kg, 30 mg/kg over`."""
        lang = vocab_lang()
        code = f"{st.code} ({st.grade})" if st.grade else st.code
        head = f"{code} · {self.status_word(st.status)}"
        if st.status == FAILING:
            details = [self._failing_text(i, lang) for i in st.failing]
        elif st.status == EXPIRED:
            dates = [i.expires for i in st.items if i.expired and i.expires is not None]
            details = (
                [self.tr("evidence ran out on {date}").format(date=format_date(min(dates)))] if dates else []
            )
        elif st.status == INCOMPLETE:
            names = [i.requirement.item.get(lang) for i in st.missing]
            more = len(names) - 3
            listed = "; ".join(names[:3]) + (self.tr("; and %n more", "", more) if more > 0 else "")
            details = [self.tr("no result for {items}").format(items=listed)]
        elif st.status == COMPLIANT:
            tested = [i.result.tested for i in st.items if i.result is not None]
            details = [self.tr("tested {date}").format(date=format_date(min(tested)))] if tested else []
        else:  # not required yet: a failed result is still worth saying
            details = [self._failing_text(i, lang) for i in st.failing]
        if st.best_grade and st.grade and st.best_grade != st.grade:
            details.append(self.tr("meets grade {grade}").format(grade=st.best_grade))
        return head + (": " + "; ".join(details) if details else "")

    def _failing_text(self, i, lang: str) -> str:
        r = i.requirement
        value = i.result.value if i.result is not None else ""
        if i.result is not None and i.result.unit:
            value = f"{value} {i.result.unit}"
        limit = limit_text(r.limit, r.unit, lang)
        text = self.tr("{item} {value}, limit {limit}").format(
            item=r.item.get(lang), value=value, limit=limit
        )
        j = i.judgement
        if j is not None and j.margin is not None:
            text += ", " + self.tr("{margin} over").format(margin=f"{j.margin:g} {j.unit or ''}".strip())
        return text

    def _attributes(self, p) -> list[str]:
        """The protocol-2 attributes the product records, in words."""
        out = [vocab(PRODUCT_TYPES, p.product_type) if p.product_type else ""]
        out.append(vocab(CONSTRUCTIONS, p.construction) if p.construction else "")
        if p.age_months is not None:
            out.append(self.tr("{range} months").format(range=p.age_months.label()))
        if p.height_cm is not None:
            out.append(self.tr("{range} cm").format(range=p.height_cm.label()))
        if p.origins:
            origins = self.tr(", ").join(vocab(ORIGINS, o) for o in p.origins)  # 印度, not IN
            out.append(self.tr("origin {codes}").format(codes=origins))
        return [x for x in out if x]

    def _show_standards(self, applicable) -> None:
        """In force, possible and upcoming apart; items that start later listed with their date."""
        sections = self.standard_sections(applicable)
        for key, title in (
            (IN_FORCE, self.tr("In force (%n)", "", len(sections[IN_FORCE]))),
            (POSSIBLE, self.tr("Possible: record what is missing (%n)", "", len(sections[POSSIBLE]))),
            (UPCOMING, self.tr("Upcoming (%n)", "", len(sections[UPCOMING]))),
        ):
            lines = sections[key]
            if not lines:
                continue
            head = QTreeWidgetItem([title, ""])
            head.setData(0, SECTION_ROLE, key)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.standards.addTopLevelItem(head)
            for text, grade in lines:
                item = QTreeWidgetItem([text, grade])
                item.setToolTip(0, text)
                head.addChild(item)
            head.setExpanded(True)
        header = self.standards.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.standards.fit()

    def standard_sections(self, applicable) -> dict[str, list[tuple[str, str]]]:
        """(text, grade) lines per section, in the interface language: what the tree shows."""
        lang = vocab_lang()
        out: dict[str, list[tuple[str, str]]] = {IN_FORCE: [], POSSIBLE: [], UPCOMING: []}
        for a in applicable:
            title = f"{a.standard.code}  {a.standard.title.get(lang)}"
            grade = a.grade or "—"
            reason = a.reason_text(lang)
            if a.applies == POSSIBLE:
                status = self.tr("Possible: record {attributes}").format(
                    attributes=self.attribute_words(a.missing)
                )
                if a.effective is not None:
                    status += " · " + self.tr("from {date}").format(date=format_date(a.effective))
            elif a.applies == UPCOMING:
                status = self.tr("Upcoming: applies from {date}").format(date=format_date(a.effective))
            else:
                status = self.tr("In force")
                if a.missing:  # items whose conditions test what the product does not record
                    status += " · " + self.tr("record {attributes} to settle some items").format(
                        attributes=self.attribute_words(a.missing)
                    )
            second = " · ".join(x for x in (status, reason) if x)
            out[a.applies if a.applies in out else IN_FORCE].append((f"{title}\n    {second}", grade))
            for r in a.upcoming_requirements:
                limit = limit_text(r.limit, r.unit, lang)
                text = self.tr("{code}: {item} {limit}, from {date}").format(
                    code=a.standard.code, item=r.item.get(lang), limit=limit, date=format_date(r.effective)
                )
                out[UPCOMING].append((text, grade))
        return out

    def attribute_words(self, attributes) -> str:
        """`("age_months", "origin")` → "age range (months), origin" in the interface language."""
        words = {
            "product_type": self.tr("product type"),
            "construction": self.tr("construction"),
            "age_months": self.tr("age range (months)"),
            "height_cm": self.tr("height range (cm)"),
            "origin": self.tr("origin"),
        }
        return self.tr(", ").join(words.get(a, a) for a in attributes)

    def _title_history_toggle(self) -> None:
        shown = self.history_toggle.isChecked()
        self.history_toggle.setText(self.tr("Hide history") if shown else self.tr("Show history (UTC)"))

    def _on_history_toggle_toggled(self, shown: bool) -> None:
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.history_box.setVisible(shown)
        self._title_history_toggle()

    def _on_cert_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(NUMBER_ROLE):
            self.certificate_activated.emit(item.data(NUMBER_ROLE))
