"""The reasons the core and the importer give, in the user's language.

`core` and `imports` are Qt-free and say why a value was refused in
English (the CLI prints that, with the field). In the window the same
reason must read in Chinese, so each known reason is matched here by its
shape and rebuilt from a translated template; the variable parts (a row
number, a sum, the accepted values) are carried over. An unknown reason is
shown as it came: never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# (pattern of the English reason, the translated template with {0}, {1} for the groups)
_REASONS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (
        re.compile(r"not a date; write it as 2025-10-24"),
        lambda: QCoreApplication.translate("Reasons", "not a date; write it as 2025-10-24"),
    ),
    (re.compile(r"a date is needed"), lambda: QCoreApplication.translate("Reasons", "a date is needed")),
    (
        re.compile(r"no such day; write it as 2025-10-24"),
        lambda: QCoreApplication.translate("Reasons", "no such day; write it as 2025-10-24"),
    ),
    (
        re.compile(r"day and month order is ambiguous; .*"),
        lambda: QCoreApplication.translate(
            "Reasons", "day and month order is ambiguous; write the year first, e.g. 2025-10-24"
        ),
    ),
    (
        re.compile(r"must not be empty; one of (.+)"),
        lambda: QCoreApplication.translate("Reasons", "must not be empty; one of {0}"),
    ),
    (
        re.compile(r"not known; use one of (.+)"),
        lambda: QCoreApplication.translate("Reasons", "not known; use one of {0}"),
    ),
    (re.compile(r"must be one of (.+)"), lambda: QCoreApplication.translate("Reasons", "must be one of {0}")),
    (
        re.compile(r"fibre '(.+)' is not known; .*"),
        lambda: QCoreApplication.translate("Reasons", "fibre “{0}” is not known; use e.g. 棉, 涤纶, 氨纶"),
    ),
    (
        re.compile(r"give the fibre composition, .*"),
        lambda: QCoreApplication.translate("Reasons", "give the fibre composition, e.g. 95%棉 5%氨纶"),
    ),
    (
        re.compile(r"cannot read the composition; .*"),
        lambda: QCoreApplication.translate(
            "Reasons", "cannot read the composition; write e.g. 95%棉 5%氨纶 or cotton 95, elastane 5"
        ),
    ),
    (
        re.compile(r"percentages sum to (.+), not 100"),
        lambda: QCoreApplication.translate("Reasons", "the percentages add up to {0}, not 100"),
    ),
    (
        re.compile(r"percent must be above 0 and at most 100"),
        lambda: QCoreApplication.translate("Reasons", "percent must be above 0 and at most 100"),
    ),
    (re.compile(r"fibre listed twice"), lambda: QCoreApplication.translate("Reasons", "fibre listed twice")),
    (
        re.compile(r"the percent is not a number"),
        lambda: QCoreApplication.translate("Reasons", "the percent is not a number"),
    ),
    (
        re.compile(r"repeated in this file \(first at row (\d+)\)"),
        lambda: QCoreApplication.translate("Reasons", "repeated in this file (first at row {0})"),
    ),
    (
        re.compile(r"a value is repeated"),
        lambda: QCoreApplication.translate("Reasons", "a value is repeated"),
    ),
    (re.compile(r"must not be empty"), lambda: QCoreApplication.translate("Reasons", "must not be empty")),
    (
        re.compile(r"at most (\d+) characters"),
        lambda: QCoreApplication.translate("Reasons", "at most {0} characters"),
    ),
    (
        re.compile(r"at least one market is needed"),
        lambda: QCoreApplication.translate("Reasons", "at least one market is needed"),
    ),
    (
        re.compile(r"use a two-letter country code, EU or GLOBAL"),
        lambda: QCoreApplication.translate("Reasons", "use a two-letter country code, EU or GLOBAL"),
    ),
    (
        re.compile(r"name the certification body or lab"),
        lambda: QCoreApplication.translate("Reasons", "name the certification body or lab"),
    ),
    (
        re.compile(r"is before the issue date (.+)"),
        lambda: QCoreApplication.translate("Reasons", "is before the issue date {0}"),
    ),
    (
        re.compile(r"no product with this SKU"),
        lambda: QCoreApplication.translate("Reasons", "no product with this SKU"),
    ),
    (
        re.compile(r"no earlier certificate with this number .*"),
        lambda: QCoreApplication.translate(
            "Reasons", "no earlier certificate with this number (in the register or above in the file)"
        ),
    ),
    (
        re.compile(r"use lower-case words such as .*"),
        lambda: QCoreApplication.translate(
            "Reasons", "use lower-case words such as 'organic' or 'water_repellent'"
        ),
    ),
    (
        re.compile(r"1–64 letters, digits .*"),
        lambda: QCoreApplication.translate(
            "Reasons", "1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit"
        ),
    ),
]


def reason_text(reason: str) -> str:
    """`reason` in the interface language when it is a known one; else unchanged."""
    for pattern, template in _REASONS:
        found = pattern.fullmatch(reason)
        if found:
            return template().format(*found.groups())
    return reason
