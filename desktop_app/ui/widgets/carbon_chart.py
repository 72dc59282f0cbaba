"""The estimate's breakdown as horizontal bars, by stage then source, painted with QPainter.

PySide6-Essentials ships no QtCharts, and a dozen bars need none: each line
of the estimate is one bar scaled to the largest, coloured by its stage,
with its kgCO2e written beside it. Stage totals head each group.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.carbon import STAGES
from ...core.carbon_estimate import Estimate
from .carbon_labels import source_label, stage_label

STAGE_COLOURS = {"raw_materials": "#8d6e63", "transport": "#5c6bc0", "production": "#26a69a"}
ROW = 20


class CarbonChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carbonChart")
        self.estimate: Estimate | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_estimate(self, estimate: Estimate | None) -> None:
        self.estimate = estimate
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, str, float]]:
        """(kind, label, kgCO2e) per painted row: a `stage` heading, then its `line`s."""
        if self.estimate is None:
            return []
        out: list[tuple[str, str, float]] = []
        for stage in STAGES:
            lines = [li for li in self.estimate.lines if li.stage == stage]
            if not lines:
                continue
            out.append(("stage", stage, sum(li.kgco2e for li in lines)))
            out += [("line", li.source, li.kgco2e) for li in sorted(lines, key=lambda li: -li.kgco2e)]
        return out

    def sizeHint(self) -> QSize:
        return QSize(360, max(3, len(self.rows())) * ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 3 * ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        rows = self.rows()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No estimate yet"))
            return
        largest = max(v for kind, _, v in rows if kind == "line") or 1.0
        label_w = min(self.width() // 3, 200)
        value_w = 90
        bar_w = max(10, self.width() - label_w - value_w - 12)
        stage = ""
        for i, (kind, name, value) in enumerate(rows):
            y = 4 + i * ROW
            font = painter.font()
            font.setBold(kind == "stage")
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            text = stage_label(name) if kind == "stage" else "  " + source_label(name)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, label_w - 4)
            painter.drawText(QRectF(0, y, label_w, ROW), Qt.AlignmentFlag.AlignVCenter, elided)
            if kind == "stage":
                stage = name
                painter.drawText(
                    QRectF(label_w + 6, y, bar_w + value_w, ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{value:.3f} kgCO2e",
                )
                continue
            width = bar_w * max(0.0, value) / largest
            painter.fillRect(
                QRectF(label_w + 6, y + 3, width, ROW - 6), QColor(STAGE_COLOURS.get(stage, "#888"))
            )
            painter.drawText(
                QRectF(label_w + 10 + width, y, value_w, ROW), Qt.AlignmentFlag.AlignVCenter, f"{value:.3f}"
            )
        painter.end()
