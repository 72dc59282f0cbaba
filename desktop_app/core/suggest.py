"""What people type, resolved to a vocabulary's key, or refused with the nearest known values.

One function serves the CLI, the dialog, the importer and the validation of
every product: `resolve_value("fibre", "棉")` is "cotton", so is "Cotton"
and "cotton"; `resolve_value("fibre", "coton")` raises
`ValidationError(field="fibre", value="coton", UNKNOWN_VALUE,
suggestions=["cotton"])`. Keys, Chinese and English names and the aliases
of `vocabulary.ALIASES` are compared folded (NFKC, lower case, no spaces,
`_` and `-` ignored), and the suggestions are found by difflib among those
same forms, so "organc" suggests organic and "綿" may suggest 棉.

Ranges (`parse_range`) are ages in months and heights in cm as people write
them: "24-60", "24–60", "≥84", "84-", "-9"; `validate_range` refuses
inverted, negative and absurd ones.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from functools import cache

from .errors import ValidationError
from .ranges import Range
from .reasons import Reason
from .vocabulary import ALIASES, VOCABULARIES

MAX_SUGGESTIONS = 3
SUGGEST_CUTOFF = 0.72

# origins: any ISO 3166-1 alpha-2 code, or an ISO 3166-2 subdivision of one
ORIGIN_SHAPE = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


def fold(text: str) -> str:
    """The form names are compared in: NFKC, lower case, no spaces, no `_` or `-`."""
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", text).lower())


@cache
def _lookup(field: str) -> dict[str, str]:
    table = VOCABULARIES[field]
    found: dict[str, str] = {}
    for key, (zh, en) in table.items():
        for name in (key, zh, en, f"{zh} {en}", f"{zh}{en}"):
            found.setdefault(fold(name), key)
    for alias, key in ALIASES.get(field, {}).items():
        found.setdefault(fold(alias), key)
    return found


def known_fields() -> tuple[str, ...]:
    return tuple(VOCABULARIES)


def suggestions(field: str, text: str) -> list[str]:
    """The keys nearest to `text` (by its folded form against keys, names and aliases)."""
    words = _lookup(field)
    close = difflib.get_close_matches(fold(text), list(words), n=MAX_SUGGESTIONS * 3, cutoff=SUGGEST_CUTOFF)
    return list(dict.fromkeys(words[w] for w in close))[:MAX_SUGGESTIONS]


def unknown(field: str, text: str) -> ValidationError:
    """The error for a value `field` does not know, naming the nearest known values."""
    near = suggestions(field, text)
    if near:
        return ValidationError(field, text, Reason.UNKNOWN_VALUE, suggestions=near)
    examples = list(VOCABULARIES[field])[:6]
    return ValidationError(field, text, Reason.UNKNOWN_VALUE_NONE_CLOSE, examples=examples)


def find_value(field: str, text: str) -> str | None:
    """The key `text` names in the vocabulary of `field`, or None."""
    return _lookup(field).get(fold(text))


def resolve_value(field: str, text: str) -> str:
    """The canonical key for what was typed in `field` (key, Chinese or English name, alias).

    Raises ValidationError(EMPTY) for blank text and UNKNOWN_VALUE (with
    `suggestions`) or UNKNOWN_VALUE_NONE_CLOSE (with `examples`) otherwise.
    Origins not named in `ORIGINS` are accepted by their ISO 3166 shape.
    """
    raw = str(text).strip()
    if not raw:
        raise ValidationError(field, text, Reason.EMPTY)
    found = find_value(field, raw)
    if found is not None:
        return found
    if field == "origin":
        code = unicodedata.normalize("NFKC", raw).upper()
        if ORIGIN_SHAPE.match(code):
            return code
    raise unknown(field, raw)


def resolve_values(field: str, values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Each value resolved; a value given twice (in any spelling) is refused."""
    keys = tuple(resolve_value(field, v) for v in values)
    if len(set(keys)) != len(keys):
        raise ValidationError(field, ",".join(values), Reason.REPEATED_VALUE)
    return keys


# --- ranges ---------------------------------------------------------------------

# field → (highest allowed value, unit word for messages)
RANGE_LIMITS: dict[str, float] = {"age_months": 1200, "height_cm": 250}

_NUMBER = r"(\d+(?:\.\d+)?)"
_DASH = r"\s*(?:-|–|—|~|～|至|到)\s*"
_BOTH = re.compile(rf"^{_NUMBER}{_DASH}{_NUMBER}$")
_AT_LEAST = re.compile(rf"^(?:(?:≥|>=|＞=|从)\s*{_NUMBER}|{_NUMBER}\s*(?:-|–|—|\+|以上|及以上)?)$")
_AT_MOST = re.compile(rf"^(?:(?:≤|<=|-|–|—)\s*{_NUMBER}|{_NUMBER}\s*(?:以下|及以下))$")
_UNITS = re.compile(r"(个月|月龄|月|months?|mo|cm|厘米|公分)", re.IGNORECASE)


def _number(text: str | None) -> float | None:
    return None if text is None else float(text)


def parse_range(text: str, field: str) -> Range | None:
    """`24-60`, `24–60`, `≥84`, `84-`, `84+`, `-9`, `≤9`, `24` → a validated Range; blank → None.

    Units people add (个月, cm) are ignored. Raises ValidationError with
    RANGE_UNREADABLE, or what `validate_range` raises.
    """
    raw = _UNITS.sub("", unicodedata.normalize("NFKC", str(text))).strip()
    if not raw:
        return None
    found: Range | None = None
    if m := _BOTH.match(raw):
        found = Range(float(m.group(1)), float(m.group(2)))
    elif m := _AT_MOST.match(raw):
        found = Range(None, _number(m.group(1) or m.group(2)))
    elif m := _AT_LEAST.match(raw):
        low = _number(m.group(1) or m.group(2))
        point = m.group(2) is not None and not re.search(r"[-–—+上]$", raw)
        found = Range(low, low if point else None)
    if found is None:
        raise ValidationError(field, text, Reason.RANGE_UNREADABLE)
    return validate_range(found, field, shown=str(text))


def validate_range(value: Range | None, field: str, *, shown: str | None = None) -> Range | None:
    """Bounds within 0..RANGE_LIMITS[field], in whole or half units, min ≤ max, one bound at least."""
    if value is None:
        return None
    label = shown if shown is not None else value.label()
    high = RANGE_LIMITS[field]
    bounds = [b for b in (value.min, value.max) if b is not None]
    if not bounds:
        raise ValidationError(field, label, Reason.RANGE_UNREADABLE)
    for bound in bounds:
        if not math.isfinite(bound) or bound < 0:
            raise ValidationError(field, label, Reason.RANGE_NEGATIVE)
        if bound > high:
            raise ValidationError(field, label, Reason.RANGE_TOO_HIGH, max=f"{high:g}")
        if not float(bound * 2).is_integer():
            raise ValidationError(field, label, Reason.RANGE_STEP)
    if value.min is not None and value.max is not None and value.min > value.max:
        raise ValidationError(field, label, Reason.RANGE_INVERTED, min=f"{value.min:g}", max=f"{value.max:g}")
    return Range(
        None if value.min is None else float(value.min), None if value.max is None else float(value.max)
    )
