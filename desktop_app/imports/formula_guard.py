"""Keeping exported text from running as a spreadsheet formula ("CSV injection").

Excel treats a CSV cell that starts with `=`, `+`, `-` or `@` as a formula: a
product note such as `=HYPERLINK("http://…")` or `@SUM(…)` typed by anyone
would run when the owner opens the export. The export writes such text with
a leading apostrophe, which Excel shows as plain text, and the importer takes
that apostrophe off again, so an export imports back exactly as it was.
`.xlsx` cells are typed instead: the writer makes every string a text cell
(`writers._xlsx_cell`), since openpyxl would make one starting with "=" a formula.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(text: str) -> str:
    """`text` as a CSV cell Excel will not evaluate."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unescape_formula(text: str) -> str:
    """The exported text back: the guard apostrophe removed, nothing else."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
