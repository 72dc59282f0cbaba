"""The firm's own requirement sets: a buyer's restricted substance list, stricter than law.

A set is authored by the firm (imported from a spreadsheet), attached to a
customer (every product with that customer gets it, reason "customer
requirement") or to chosen products, and judged exactly like a standard: it
becomes an `Applicable` whose standard is the set, so the compliance status,
the best grade logic and the CLI's JSON shapes need nothing of their own. A
sync never touches a set.

Each item's limit is kept as printed and parsed into a `check` once, at
import; a limit that cannot be parsed is refused, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .applicability import IN_FORCE, Applicable
from .catalogue import CHECK_UNITS, Check, LocalText, Requirement, Standard
from .errors import AssistantError, ValidationError
from .reasons import Reason
from .results import GRADE_UNITS, normalise_unit, parse_value

__all__ = ["CUSTOMER_REASON", "RequirementSet", "as_applicable", "item_key", "parse_limit"]

CUSTOMER_REASON = LocalText("客户要求", "customer requirement")
CHOSEN_REASON = LocalText("企业指定的产品", "chosen by the firm")
SET_TAG = "requirement-set"


@dataclass(frozen=True)
class RequirementSet:
    code: str
    title: str
    items: tuple[Requirement, ...]
    customer: str = ""  # products with this customer get the set
    skus: tuple[str, ...] = ()  # and these products
    id: int | None = None

    def applies_to(self, sku: str, customer: str) -> bool:
        return sku in self.skus or bool(self.customer and customer.strip() == self.customer)

    def as_standard(self) -> Standard:
        return Standard(
            code=self.code,
            title=LocalText(self.title, self.title),
            issuer=self.customer or "firm",
            markets=(),
            status="current",
            mandatory=False,
            tags=(SET_TAG,),
            requirements=self.items,
        )


def as_applicable(rs: RequirementSet, sku: str, customer: str) -> Applicable | None:
    """The set as an applicable "standard" of one product, or None when it does not apply."""
    if not rs.applies_to(sku, customer):
        return None
    reason = CUSTOMER_REASON if rs.customer and customer.strip() == rs.customer else CHOSEN_REASON
    return Applicable(
        standard=rs.as_standard(),
        grade=None,
        reasons=(reason,),
        rule_ids=(),
        applies=IN_FORCE,
        requirements=rs.items,
    )


def item_key(name: str, used: set[str]) -> str:
    """A key for an item named only by its name: lower-case ASCII words, else `item-N`."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_")[:60] or f"item-{len(used) + 1}"
    base, n = key, 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key


def _unit(unit: str | None, limit: str) -> str | None:
    found = normalise_unit(unit)
    if found is None or found in GRADE_UNITS:
        return found
    if found not in CHECK_UNITS:
        raise ValidationError("unit", unit, Reason.NOT_ONE_OF, allowed=list(CHECK_UNITS))
    return found


def _mass_unit(unit: str | None, limit: str) -> str | None:
    found = _unit(unit, limit)
    return None if found in GRADE_UNITS else found


def parse_limit(limit: str, unit: str | None = None) -> Check:
    """A printed limit (`≤ 20`, `< 0.1`, `≥ 4`, `≥ 3-4`, `4.0–7.5`, `ND`, `合格`) as a `check`.

    A plain number is a maximum (a restricted substance list limits
    substances; a grade unit makes it a minimum fastness grade). Anything
    else raises ValidationError(RSL_LIMIT_UNREADABLE) naming the limit.
    """
    text = " ".join(unicodedata.normalize("NFKC", limit).split())
    lowered = text.lower()
    if lowered in ("不得检出", "不可检出", "禁用", "not detected", "nd", "n.d.", "未检出", "absent"):
        return Check("absent", unit=_mass_unit(unit, limit))
    fastness = re.match(r"^(?:>=|≥|⩾)\s*(\d-\d|\d(?:\.5)?)$", text)
    if fastness and (normalise_unit(unit) in GRADE_UNITS or "-" in fastness.group(1)):
        return Check("fastness", value=_reading_value(fastness.group(1), limit))
    try:
        reading = parse_value(text)
    except AssistantError:
        raise ValidationError("limit", limit, Reason.RSL_LIMIT_UNREADABLE) from None
    if reading.kind in ("pass", "fail"):
        return Check("pass_fail")
    if reading.kind == "nd":
        return Check("absent", unit=_mass_unit(unit, limit))
    u = _unit(reading.unit or unit, limit)
    check_unit = None if u in GRADE_UNITS else u
    low, high = reading.low, reading.high
    if low is not None and high is not None and low == high:
        if u in GRADE_UNITS:
            return Check("fastness", value=low)
        return Check("max", value=high, unit=check_unit)
    if low is None and high is not None:
        return Check("max_exclusive" if reading.high_open else "max", value=high, unit=check_unit)
    if high is None and low is not None:
        if u in GRADE_UNITS and not reading.low_open:
            return Check("fastness", value=low)
        return Check("min_exclusive" if reading.low_open else "min", value=low, unit=check_unit)
    if low is not None and high is not None:
        return Check("range", min=low, max=high, unit=check_unit)
    raise ValidationError("limit", limit, Reason.RSL_LIMIT_UNREADABLE)


def _reading_value(text: str, limit: str) -> float:
    reading = parse_value(text)
    if reading.low is None:
        raise ValidationError("limit", limit, Reason.RSL_LIMIT_UNREADABLE)
    return reading.low
