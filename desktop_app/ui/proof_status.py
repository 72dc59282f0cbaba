"""How a product's proof of compliance looks in a table: a short word AND a tint, never
the tint alone (red failing, amber expired or incomplete, green compliant).

The statuses are `core.compliance`'s; the words here are short enough for a column
of fixed width on a 1024-pixel screen (the product panel says them at length).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..core.compliance import COMPLIANT, EXPIRED, FAILING, INCOMPLETE, NOT_REQUIRED, STATUS_ORDER

# The filter "not proven compliant": what the dashboard counts (failing, expired, incomplete).
NOT_PROVEN = "not_proven"
NOT_PROVEN_STATUSES = frozenset({FAILING, EXPIRED, INCOMPLETE})
# Sorting: failing first, then expired, incomplete, compliant, not required; unknown last.
RANK = {status: i for i, status in enumerate(STATUS_ORDER)}
UNKNOWN_RANK = len(RANK)

TINTS = {
    FAILING: QColor("#fde2e1"),
    EXPIRED: QColor("#fff1cc"),
    INCOMPLETE: QColor("#fff1cc"),
    COMPLIANT: QColor("#e3f4e4"),
}
TEXT = QColor("#1a1a1a")  # readable on every tint, in a dark theme too


def proof_words() -> dict[str, str]:
    """Status → its short word in the interface language (failing first)."""
    return {
        FAILING: QCoreApplication.translate("ProofStatus", "Failing"),
        EXPIRED: QCoreApplication.translate("ProofStatus", "Expired"),
        INCOMPLETE: QCoreApplication.translate("ProofStatus", "Incomplete"),
        COMPLIANT: QCoreApplication.translate("ProofStatus", "Compliant"),
        NOT_REQUIRED: QCoreApplication.translate("ProofStatus", "Not required"),
    }


def proof_tips() -> dict[str, str]:
    """Status → what it means, for the cell's tooltip."""
    return {
        FAILING: QCoreApplication.translate("ProofStatus", "A test result does not meet a limit"),
        EXPIRED: QCoreApplication.translate(
            "ProofStatus", "The newest evidence is older than the re-test interval"
        ),
        INCOMPLETE: QCoreApplication.translate("ProofStatus", "Some items with a limit have no result"),
        COMPLIANT: QCoreApplication.translate(
            "ProofStatus", "Every item with a limit has a passing result in time"
        ),
        NOT_REQUIRED: QCoreApplication.translate(
            "ProofStatus", "No standard in force asks for proof yet (upcoming or possible only)"
        ),
    }


def filter_choices() -> list[tuple[str, str]]:
    """(data, text) of the page's proof filter: all, not proven compliant, each status."""
    words = proof_words()
    return [
        ("", QCoreApplication.translate("ProofStatus", "Any proof")),
        (NOT_PROVEN, QCoreApplication.translate("ProofStatus", "Not proven compliant")),
        *((status, words[status]) for status in STATUS_ORDER),
    ]


def matches(status: str | None, wanted: str | None) -> bool:
    """Whether a product of `status` (None: not worked out yet) passes the filter `wanted`."""
    if not wanted:
        return True
    if wanted == NOT_PROVEN:
        return status in NOT_PROVEN_STATUSES
    return status == wanted
