"""Products of the firm and the checks that keep their records sound."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .errors import ValidationError
from .ranges import Range
from .reasons import Reason
from .vocabulary import AGE_GROUPS, CATEGORIES, MARKETS, SKIN_CONTACTS, STAGES

SKU_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")
_WORD = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class FibreShare:
    fibre: str
    percent: float

    def label(self) -> str:
        pct = int(self.percent) if float(self.percent).is_integer() else self.percent
        return f"{self.fibre} {pct}%"


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    category: str
    age_group: str
    skin_contact: str
    markets: tuple[str, ...] = ("CN",)
    composition: tuple[FibreShare, ...] = ()
    claims: tuple[str, ...] = ()
    finishes: tuple[str, ...] = ()
    stage: str = "final"
    customer: str = ""
    notes: str = ""
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # protocol 2 attributes; None / () where the firm has not recorded them
    product_type: str | None = None
    construction: str | None = None
    components: tuple[str, ...] = ()
    age_months: Range | None = None
    height_cm: Range | None = None
    origins: tuple[str, ...] = ()

    @property
    def fibres(self) -> tuple[str, ...]:
        return tuple(share.fibre for share in self.composition)

    def composition_label(self) -> str:
        return " / ".join(share.label() for share in self.composition)

    def with_changes(self, **changes: object) -> Product:
        return replace(self, **changes)  # type: ignore[arg-type]


def _check_choice(field_name: str, value: str, allowed: dict[str, tuple[str, str]]) -> None:
    if value not in allowed:
        raise ValidationError(field_name, value, Reason.NOT_ONE_OF, allowed=list(allowed))


def _check_words(field_name: str, values: tuple[str, ...]) -> None:
    for value in values:
        if not _WORD.match(value):
            raise ValidationError(field_name, value, Reason.LOWER_CASE_WORDS)
    if len(set(values)) != len(values):
        raise ValidationError(field_name, ",".join(values), Reason.REPEATED_VALUE)


PERCENT_TOLERANCE = 0.01
NAME_MAX = 200


def percent_total_ok(total: float) -> bool:
    """Whether fibre shares adding up to `total` count as 100 % (rounding allowed)."""
    return abs(total - 100) <= PERCENT_TOLERANCE


def validate_sku(text: str) -> str:
    """The SKU trimmed, or ValidationError(SKU_PATTERN); the dialogs call this as the user types."""
    sku = text.strip()
    if not SKU_PATTERN.match(sku):
        raise ValidationError("sku", text, Reason.SKU_PATTERN)
    return sku


def validate_name(text: str) -> str:
    name = text.strip()
    if not name:
        raise ValidationError("name", text, Reason.EMPTY)
    if len(name) > NAME_MAX:
        raise ValidationError("name", text, Reason.TOO_LONG, max=NAME_MAX)
    return name


def validate_markets(markets: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Upper-case, distinct market codes; at least one, each known or two letters."""
    found = tuple(dict.fromkeys(m.strip().upper() for m in markets))
    if not found:
        raise ValidationError("market", "", Reason.NO_MARKET)
    for market in found:
        if market not in MARKETS and not re.fullmatch(r"[A-Z]{2}", market):
            raise ValidationError("market", market, Reason.MARKET_CODE)
    return found


def validate_product(product: Product) -> Product:
    """Raise ValidationError naming the first bad field; return the product normalised.

    Normalising (trimmed text, upper-case markets, lower-case fibres, claims
    and finishes) here keeps the database and the applicability rules in one
    spelling whatever the CLI, GUI or a spreadsheet sent.
    """
    sku = validate_sku(product.sku)
    name = validate_name(product.name)
    _check_choice("category", product.category, CATEGORIES)
    _check_choice("age_group", product.age_group, AGE_GROUPS)
    _check_choice("skin_contact", product.skin_contact, SKIN_CONTACTS)
    _check_choice("stage", product.stage, STAGES)
    markets = validate_markets(product.markets)
    composition = tuple(
        FibreShare(share.fibre.strip().lower(), float(share.percent)) for share in product.composition
    )
    validate_composition(composition)
    claims = tuple(c.strip().lower() for c in product.claims)
    finishes = tuple(f.strip().lower() for f in product.finishes)
    _check_words("claim", claims)
    _check_words("finish", finishes)
    return replace(
        product,
        sku=sku,
        name=name,
        markets=markets,
        composition=composition,
        claims=claims,
        finishes=finishes,
        customer=product.customer.strip(),
        notes=product.notes.strip(),
    )


def validate_composition(composition: tuple[FibreShare, ...]) -> None:
    """Fibre shares must be named, positive, distinct and add up to 100 %."""
    if not composition:
        raise ValidationError("fibre", "", Reason.NO_COMPOSITION)
    seen: set[str] = set()
    for share in composition:
        if not _WORD.match(share.fibre):
            raise ValidationError("fibre", share.fibre, Reason.FIBRE_NAME)
        if share.fibre in seen:
            raise ValidationError("fibre", share.fibre, Reason.FIBRE_TWICE)
        seen.add(share.fibre)
        if not 0 < share.percent <= 100:
            raise ValidationError("fibre", share.label(), Reason.PERCENT_RANGE)
    total = sum(share.percent for share in composition)
    if not percent_total_ok(total):
        raise ValidationError(
            "fibre",
            " ".join(share.label() for share in composition),
            Reason.PERCENT_SUM,
            total=f"{total:g}",
        )


def parse_fibre_arg(text: str) -> FibreShare:
    """`cotton:95` → FibreShare; the form the CLI's `--fibre` takes."""
    fibre, sep, pct = text.partition(":")
    if not sep:
        raise ValidationError("fibre", text, Reason.FIBRE_ARG)
    try:
        percent = float(pct)
    except ValueError:
        raise ValidationError("fibre", text, Reason.PERCENT_NOT_NUMBER) from None
    return FibreShare(fibre.strip().lower(), percent)


@dataclass(frozen=True)
class ProductFilter:
    """What the product list shows: text search plus category and market filters."""

    text: str = ""
    category: str | None = None
    market: str | None = None
    skus: tuple[str, ...] = field(default_factory=tuple)
