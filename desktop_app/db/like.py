"""Searching for text someone typed, with `%` and `_` meaning themselves.

In SQL's LIKE, `%` matches anything and `_` any one character, so a search
for "%" would list every row and "A_1" would also find "AB1". Each search
box's text is therefore escaped with a backslash, and the query names that
escape character (`ESCAPE '\\'`), which SQLite and PostgreSQL both honour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # like_pattern serves the sqlite3 quick listings too, which never load SQLAlchemy
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import InstrumentedAttribute

LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds `text` anywhere, its `%`, `_` and backslashes taken literally.

    Use it with `escape=LIKE_ESCAPE` (or call `contains`).
    """
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
    return "%" + escaped.replace("_", LIKE_ESCAPE + "_") + "%"


def contains(column: InstrumentedAttribute[str] | ColumnElement[str], text: str) -> ColumnElement[bool]:
    """`column` holds `text` (case-insensitive for ASCII), with no LIKE wildcards in `text`."""
    return column.ilike(like_pattern(text), escape=LIKE_ESCAPE)
