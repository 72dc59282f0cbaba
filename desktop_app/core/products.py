"""Products of the firm and the checks that keep their records sound."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .errors import ValidationError
from .ranges import Range
from .reasons import Reason
from .suggest import parse_range, resolve_value, resolve_values, validate_range

SKU_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")

__all__ = [
    "FibreShare",
    "Product",
    "ProductFilter",
    "parse_fibre_arg",
    "parse_range",
    "resolve_value",
    "validate_composition",
    "validate_markets",
    "validate_product",
    "validate_range",
]


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
    # the stored record's version when read (None: not read from the database); a save made
    # from an older version than the record has now is refused (EditConflictError)
    version: int | None = None

    @property
    def fibres(self) -> tuple[str, ...]:
        return tuple(share.fibre for share in self.composition)

    def composition_label(self) -> str:
        return " / ".join(share.label() for share in self.composition)

    def with_changes(self, **changes: object) -> Product:
        return replace(self, **changes)  # type: ignore[arg-type]


# The fields that decide which standards apply to a product and at which grade
# (an infant product turned adult loses GB 18401 class A): an import that changes
# one of them on an existing product is shown and confirmed before it is written.
SAFETY_FIELDS = frozenset({"age_group", "skin_contact", "category", "product_type", "markets"})

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
    """Distinct known market codes (`vocabulary.ALL_MARKETS`, by code or name); at least one."""
    named = [m for m in markets if str(m).strip()]
    if not named:
        raise ValidationError("market", "", Reason.NO_MARKET)
    return tuple(dict.fromkeys(resolve_value("market", m) for m in named))


def _optional(field_name: str, value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    return resolve_value(field_name, value)


def validate_product(product: Product) -> Product:
    """Raise ValidationError naming the first bad field; return the product normalised.

    Every vocabulary value is resolved to its key (`suggest.resolve_value`:
    the key, its Chinese or English name, an alias) or refused with the
    nearest known values, so the database and the applicability rules see
    one spelling whatever the CLI, GUI or a spreadsheet sent. Ranges are
    checked by `validate_range`.
    """
    sku = validate_sku(product.sku)
    name = validate_name(product.name)
    category = resolve_value("category", product.category)
    age_group = resolve_value("age_group", product.age_group)
    skin_contact = resolve_value("skin_contact", product.skin_contact)
    stage = resolve_value("stage", product.stage)
    markets = validate_markets(product.markets)
    composition = tuple(
        FibreShare(resolve_value("fibre", share.fibre), float(share.percent)) for share in product.composition
    )
    validate_composition(composition)
    return replace(
        product,
        sku=sku,
        name=name,
        category=category,
        age_group=age_group,
        skin_contact=skin_contact,
        stage=stage,
        markets=markets,
        composition=composition,
        claims=resolve_values("claim", product.claims),
        finishes=resolve_values("finish", product.finishes),
        product_type=_optional("product_type", product.product_type),
        construction=_optional("construction", product.construction),
        components=resolve_values("component", product.components),
        age_months=validate_range(product.age_months, "age_months"),
        height_cm=validate_range(product.height_cm, "height_cm"),
        origins=resolve_values("origin", product.origins),
        customer=product.customer.strip(),
        notes=product.notes.strip(),
    )


def validate_composition(composition: tuple[FibreShare, ...]) -> None:
    """Fibre shares must be named (by their keys), positive, distinct and add up to 100 %."""
    if not composition:
        raise ValidationError("fibre", "", Reason.NO_COMPOSITION)
    seen: set[str] = set()
    for share in composition:
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
    """`cotton:95`, `棉:95`, `棉：95` → FibreShare (fibre resolved to its key); the CLI's `--fibre`."""
    fibre, sep, pct = text.replace("：", ":").partition(":")
    if not sep:
        raise ValidationError("fibre", text, Reason.FIBRE_ARG)
    try:
        percent = float(pct)
    except ValueError:
        raise ValidationError("fibre", text, Reason.PERCENT_NOT_NUMBER) from None
    return FibreShare(resolve_value("fibre", fibre), percent)


@dataclass(frozen=True)
class ProductFilter:
    """What the product list shows: text search plus category and market filters."""

    text: str = ""
    category: str | None = None
    market: str | None = None
    skus: tuple[str, ...] = field(default_factory=tuple)
