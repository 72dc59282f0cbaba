"""Carbon footprint: a product's activity data, its screening estimate, what-ifs and history.

Everything is read and written through `ws.carbon` on the database lane;
the core checks the data and the page shows a refusal by the line it names.
Saving publishes `ChangeSet.CARBON`, so the page (and anything else that
watches carbon data) reloads. Unsaved edits are guarded: switching product
asks first. Every figure is labelled a screening estimate.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.carbon import DECLARED_UNITS, ActivityData
from ...core.carbon_estimate import WhatIf
from ...core.carbon_factors import FactorEntry
from ...core.errors import NotFoundError, ValidationError
from ...workspace.carbon import RecordedEstimate, VerifiedFootprint
from ...workspace.changes import ChangeSet
from ..discard_guard import DiscardGuard
from ..i18n import vocab_lang
from ..messages import reason_text
from ..widgets.carbon_activities import CarbonActivities
from ..widgets.carbon_estimate_view import CarbonEstimateView
from ..widgets.carbon_labels import cause_label, source_label, unit_label
from ..widgets.carbon_product_combo import CarbonProductCombo
from ..widgets.carbon_what_if import CarbonWhatIf
from .page import Page

if TYPE_CHECKING:
    from ...workspace import Workspace

ERROR_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class CarbonView:
    """What the page shows, read in one task: the products, the factors, one product's data."""

    products: list[tuple[str, str]]
    factors: list[FactorEntry]
    sku: str | None
    data: ActivityData | None = None
    history: list[RecordedEstimate] = field(default_factory=list)
    verified: list[VerifiedFootprint] = field(default_factory=list)


def load_view(ws: Workspace, sku: str | None) -> CarbonView:
    products = [(p.sku, p.name) for p in ws.products.list()]
    if sku not in {s for s, _ in products}:
        sku = products[0][0] if products else None
    factors = ws.carbon.factors()
    if sku is None:
        return CarbonView(products, factors, None)
    try:
        data = ws.carbon.data(sku)
    except NotFoundError:
        return CarbonView(products, factors, sku)
    try:
        history = ws.carbon.history(sku)
    except NotFoundError:
        history = []
    return CarbonView(products, factors, sku, data, history, ws.carbon.verified(sku))


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class CarbonPage(Page):
    watches = ChangeSet.CARBON | ChangeSet.PRODUCTS | ChangeSet.CATALOGUE | ChangeSet.CERTIFICATES

    def __init__(self, ws: Workspace, runner, hub, parent=None) -> None:
        super().__init__(ws, runner, hub, parent)
        self.view: CarbonView | None = None
        self.sku: str | None = None
        self.product = CarbonProductCombo(self)
        self.product.setObjectName("carbonProduct")
        self.unit = QComboBox(self)
        self.unit.setObjectName("carbonUnit")
        for u in DECLARED_UNITS:
            self.unit.addItem(unit_label(u), u)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("carbonSave")
        self.month_button = QPushButton(self)
        self.factor_button = QPushButton(self)
        self.factor_menu = QMenu(self)
        self.add_factor_action = self.factor_menu.addAction("")
        self.remove_factor_action = self.factor_menu.addAction("")
        # popped up by hand, not setMenu(): its arrow would widen a bar that just fits at 1024 px
        self.report_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.unit_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.product, 2)
        bar.addWidget(self.unit_label)
        bar.addWidget(self.unit)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        for b in (self.month_button, self.factor_button, self.report_button, self.export_button):
            bar.addWidget(b)
        self.error = QLabel(self)
        self.error.setObjectName("carbonError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.verified = QLabel(self)
        self.verified.setObjectName("carbonVerified")
        self.verified.setWordWrap(True)
        self.verified.hide()
        self.status = QLabel(self)
        self.status.setObjectName("carbonStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.activities = CarbonActivities(self)
        self.add_line_button = QPushButton(self)
        self.remove_line_button = QPushButton(self)
        lines_tab = QWidget(self)
        lines_bar = QHBoxLayout()
        lines_bar.addWidget(self.add_line_button)
        lines_bar.addWidget(self.remove_line_button)
        lines_bar.addStretch(1)
        lines_layout = QVBoxLayout(lines_tab)
        lines_layout.addWidget(self.activities, 1)
        lines_layout.addLayout(lines_bar)
        self.estimate_view = CarbonEstimateView(self)
        self.what_if = CarbonWhatIf(self)
        self.history = QTableWidget(0, 5, self)
        self.history.setObjectName("carbonHistory")
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(lines_tab, "")
        self.tabs.addTab(_scrolled(self.estimate_view, self), "")
        self.tabs.addTab(_scrolled(self.what_if, self), "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.verified)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.guard = DiscardGuard(self, self._snapshot)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self.save_button.clicked.connect(self.save)
        self.add_line_button.clicked.connect(lambda: self.activities.add_line())
        self.remove_line_button.clicked.connect(self.activities.remove_current)
        self.activities.edited.connect(self._hide_error)
        self.what_if.compare_requested.connect(self.compare)
        self.month_button.clicked.connect(self.open_month_dialog)
        self.factor_button.clicked.connect(self._on_factor_button_clicked)
        self.add_factor_action.triggered.connect(self.open_factor_dialog)
        self.remove_factor_action.triggered.connect(self.open_factor_remove_dialog)
        self.report_button.clicked.connect(lambda: self.write_report())
        self.export_button.clicked.connect(lambda: self.write_export())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Carbon")  # short: the navigation column is narrow at 1024 px

    def retranslate(self) -> None:
        self.unit_label.setText(self.tr("Declared unit"))
        self.save_button.setText(self.tr("Save and estimate"))
        self.month_button.setText(self.tr("Mill's month…"))
        self.factor_button.setText(self.tr("Firm factor…"))
        self.add_factor_action.setText(self.tr("Add a factor…"))
        self.remove_factor_action.setText(self.tr("Remove a factor…"))
        self.report_button.setText(self.tr("PDF report…"))
        self.export_button.setText(self.tr("Export data…"))
        self.add_line_button.setText(self.tr("Add line"))
        self.remove_line_button.setText(self.tr("Remove line"))
        for i, text in enumerate(
            (self.tr("Activity data"), self.tr("Estimate"), self.tr("What if"), self.tr("History"))
        ):
            self.tabs.setTabText(i, text)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Computed"), self.tr("Why"), self.tr("kgCO2e"), self.tr("Band ±"), self.tr("Measured")]
        )
        for i in range(self.unit.count()):
            self.unit.setItemText(i, unit_label(self.unit.itemData(i)))
        self.activities.retranslate()
        self.estimate_view.retranslate()
        self.what_if.retranslate()

    # loading -------------------------------------------------------------------------

    def _snapshot(self) -> object:
        return (self.sku, self.unit.currentData(), self.activities.lines())

    def reload(self) -> None:
        self._load(self.sku, replace_edits=False)

    def _load(self, sku: str | None, *, replace_edits: bool) -> None:
        def shown(view: CarbonView) -> None:
            self._on_loaded(view, replace_edits=replace_edits)

        self.runner.submit(lambda ctx: load_view(self.ws, sku), on_done=shown, label="carbon")

    def select(self, sku: str) -> None:
        """Show `sku` (asks first if the current product has unsaved edits)."""
        i = self.product.findData(sku)
        if i >= 0:
            self.product.setCurrentIndex(i)

    def _on_loaded(self, view: CarbonView, *, replace_edits: bool = False) -> None:
        keep_edits = (
            not replace_edits and self.view is not None and view.sku == self.sku and self.guard.is_edited()
        )
        self.view, self.sku = view, view.sku
        self.product.set_products(view.products, view.sku)
        self.activities.set_factors(view.factors)
        self.what_if.set_factors(view.factors)
        self.estimate_view.set_factors(view.factors)
        if not keep_edits:  # a change from elsewhere never overwrites what the user is typing
            data = view.data
            self.unit.setCurrentIndex(self.unit.findData(data.declared_unit if data else "1 kg"))
            self.activities.set_lines(data.activities if data else ())
            self.guard.mark_clean()
        latest = view.history[-1].estimate if view.history else None
        self.estimate_view.set_estimate(latest)
        self.what_if.show_comparison(None, None)
        self._fill_history(view.history, view.verified)
        self._show_verified(view.verified)
        for b in (self.save_button, self.month_button, self.report_button, self.export_button):
            b.setEnabled(view.sku is not None)
        for b in (self.report_button, self.export_button):
            b.setEnabled(bool(view.history))
        self._hide_error()

    def _show_verified(self, verified: list[VerifiedFootprint]) -> None:
        """The verified certificates of the product and the estimate each was based on."""
        lines = []
        for v in verified:
            c = v.certificate
            if v.estimate is None:
                based = self.tr("no estimate was kept before it was issued")
            else:
                based = self.tr("based on the estimate of {when}: {total:.3f} kgCO2e per {unit}").format(
                    when=v.estimate.computed_at.strftime("%Y-%m-%d"),
                    total=v.estimate.estimate.total_kgco2e,
                    unit=unit_label(v.estimate.estimate.declared_unit),
                )
            lines.append(
                self.tr(
                    "Verified footprint certificate {number} ({issuer}, issued {issued}), {based}"
                ).format(number=c.number, issuer=c.issuer, issued=c.issued.isoformat(), based=based)
            )
        self.verified.setText("\n".join(lines))
        self.verified.setVisible(bool(lines))

    def _fill_history(self, history: list[RecordedEstimate], verified: list[VerifiedFootprint]) -> None:
        self.history.setRowCount(0)
        for r in reversed(history):  # newest first
            row = self.history.rowCount()
            self.history.insertRow(row)
            e = r.estimate
            numbers = [v.certificate.number for v in verified if v.estimate == r]
            why = cause_label(r.cause)
            if numbers:
                why += " · " + self.tr("verified by {numbers}").format(numbers=", ".join(numbers))
            for col, text in enumerate(
                (
                    r.computed_at.strftime("%Y-%m-%d %H:%M"),
                    why,
                    f"{e.total_kgco2e:.3f}",
                    f"{e.uncertainty_kgco2e:.3f}",
                    f"{e.measured_share * 100:.0f} %",
                )
            ):
                self.history.setItem(row, col, QTableWidgetItem(text))

    def _on_product_changed(self, index: int) -> None:
        sku = self.product.itemData(index)
        if sku == self.sku:
            return
        if not self.guard.allows_close():  # keep editing: back to the product being edited
            self.product.select_quietly(self.sku)
            return
        self.sku = sku
        self._load(sku, replace_edits=True)  # the edits were discarded (or there were none)

    # saving, what-if, documents ---------------------------------------------------------

    def current_data(self) -> ActivityData:
        old = self.view.data if self.view is not None else None
        data = ActivityData(
            sku=self.sku or "", declared_unit=self.unit.currentData(), activities=self.activities.lines()
        )
        if old is not None:
            data = replace(data, note=old.note, factor_overrides=old.factor_overrides)
        return data

    def save(self) -> None:
        data = self.current_data()
        self.save_button.setEnabled(False)
        self.runner.submit(
            lambda ctx: self.ws.carbon.set(data),
            on_done=self._on_saved,
            on_error=self._on_failed,
            label="carbon set",
        )

    def _on_saved(self, recorded: RecordedEstimate) -> None:
        self.save_button.setEnabled(True)
        self.guard.mark_clean()
        self.estimate_view.set_estimate(recorded.estimate)
        self.tabs.setCurrentIndex(1)

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.sku is not None)
        if isinstance(exc, ValidationError):
            self.activities.show_error(exc.field)
            label, _, what = exc.field.partition(".")
            where = source_label(label) + (f" ({what})" if what else "")
            self.error.setText(f"{where}: {reason_text(exc.code, exc.params)}")
            self.error.show()
        else:
            self.show_error(exc)

    def _hide_error(self) -> None:
        self.error.hide()

    def compare(self, variant: WhatIf) -> None:
        sku = self.sku
        if sku is None:
            return
        self.runner.submit(
            lambda ctx: self.ws.carbon.what_if(sku, variant),
            on_done=lambda pair: self.what_if.show_comparison(*pair),
            on_error=self._on_failed,
            label="carbon what-if",
        )

    def _ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return Path(name) if name else None

    def write_report(self, path: Path | None = None) -> None:
        """The PDF report, written off the GUI thread (the window shows progress after half a second)."""
        sku, lang = self.sku, vocab_lang()
        path = path or self._ask_path(self.tr("Save the carbon report"), f"{sku}-carbon.pdf", "PDF (*.pdf)")
        if sku is None or path is None:
            return
        self.runner.submit(
            lambda ctx: self.ws.carbon.report(sku, path, lang=lang),
            on_done=self._on_written,
            on_error=self.show_error,
            label=self.tr("Writing the carbon report"),
        )

    def write_export(self, path: Path | None = None) -> None:
        sku = self.sku
        path = path or self._ask_path(
            self.tr("Export activity data and factors"), f"{sku}-carbon.xlsx", "Excel (*.xlsx);;JSON (*.json)"
        )
        if sku is None or path is None:
            return
        self.runner.submit(
            lambda ctx: self.ws.carbon.export(sku, path),
            on_done=self._on_written,
            on_error=self.show_error,
            label=self.tr("Exporting carbon data"),
        )

    def _on_written(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.status.show()

    def open_month_dialog(self):
        from ..dialogs.carbon_month_dialog import CarbonMonthDialog

        products = self.view.products if self.view is not None else []
        dialog = CarbonMonthDialog(self.ws, self.runner, products, self)
        dialog.open()
        return dialog

    def open_factor_dialog(self):
        from ..dialogs.carbon_factor_dialog import CarbonFactorDialog

        dialog = CarbonFactorDialog(self.ws, self.runner, self)
        dialog.open()
        return dialog

    def _on_factor_button_clicked(self) -> None:
        self.factor_menu.popup(self.factor_button.mapToGlobal(self.factor_button.rect().bottomLeft()))

    def open_factor_remove_dialog(self):
        from ..dialogs.carbon_factor_remove_dialog import CarbonFactorRemoveDialog

        entries = self.view.factors if self.view is not None else []
        dialog = CarbonFactorRemoveDialog(self.ws, self.runner, entries, self)
        dialog.open()
        return dialog
