"""Where a product's fibres and materials come from: known origins ticked, others typed.

The catalogue's rules name a few origins (Xinjiang for UFLPA, …), offered as
a check list; any other country or region is typed as an ISO 3166 code
(`VN`, `CN-GD`), several separated by commas or spaces. A typed code that is
not of that shape is reported by `problem()`, so nothing but codes reaches
the record.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.vocabulary import ORIGINS
from ..i18n import vocab
from .check_list import CheckList

# ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (CN-XJ, US-CA, GB-ENG)
ISO_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_SEPARATORS = re.compile(r"[\s,;，；、]+")


class OriginsEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = CheckList(parent=self)
        self.other_label = QLabel(self)
        self.other_label.setWordWrap(True)
        self.other = QLineEdit(self)
        self.other.setObjectName("otherOrigins")
        layout.addWidget(self.known, 1)
        layout.addWidget(self.other_label)
        layout.addWidget(self.other)
        self.known.changed.connect(self.changed)
        self.other.textChanged.connect(lambda _t: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        checked = self.known.checked()
        self.known.set_items([(k, f"{vocab(ORIGINS, k)} ({k})") for k in ORIGINS], checked)
        self.other_label.setText(self.tr("Other origins, as ISO codes:"))
        self.other.setPlaceholderText(self.tr("e.g. VN, PK, CN-GD"))

    def typed(self) -> list[str]:
        return [code.upper() for code in _SEPARATORS.split(self.other.text().strip()) if code]

    def origins(self) -> tuple[str, ...]:
        """Ticked origins then typed ones, each once, in upper case."""
        return tuple(dict.fromkeys((*self.known.checked(), *self.typed())))

    def set_origins(self, origins: tuple[str, ...] | list[str]) -> None:
        known = [o for o in origins if o in ORIGINS]
        self.known.set_items([(k, f"{vocab(ORIGINS, k)} ({k})") for k in ORIGINS], known)
        self.other.setText(", ".join(o for o in origins if o not in ORIGINS))

    def problem(self) -> str | None:
        """What is wrong with the typed codes, or None."""
        bad = [code for code in self.typed() if not ISO_CODE.match(code)]
        if not bad:
            return None
        return self.tr("“{codes}” is not an ISO country code; write codes such as VN or CN-GD.").format(
            codes=", ".join(bad)
        )
