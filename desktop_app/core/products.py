"""Products of the firm and the checks that keep their records sound."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .errors import ValidationError
from .ranges import Range
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
        raise ValidationError(field_name, value, "must be one of " + ", ".join(allowed))


def _check_words(field_name: str, values: tuple[str, ...]) -> None:
    for value in values:
        if not _WORD.match(value):
            raise ValidationError(
                field_name, value, "use lower-case words such as 'organic' or 'water_repellent'"
            )
    if len(set(values)) != len(values):
        raise ValidationError(field_name, ",".join(values), "a value is repeated")


def validate_product(product: Product) -> Product:
    """Raise ValidationError naming the first bad field; return the product normalised.

    Normalising (trimmed text, upper-case markets, lower-case fibres, claims
    and finishes) here keeps the database and the applicability rules in one
    spelling whatever the CLI, GUI or a spreadsheet sent.
    """
    sku = product.sku.strip()
    if not SKU_PATTERN.match(sku):
        raise ValidationError(
            "sku", product.sku, "1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit"
        )
    name = product.name.strip()
    if not name:
        raise ValidationError("name", product.name, "must not be empty")
    if len(name) > 200:
        raise ValidationError("name", product.name, "at most 200 characters")
    _check_choice("category", product.category, CATEGORIES)
    _check_choice("age_group", product.age_group, AGE_GROUPS)
    _check_choice("skin_contact", product.skin_contact, SKIN_CONTACTS)
    _check_choice("stage", product.stage, STAGES)
    markets = tuple(dict.fromkeys(m.strip().upper() for m in product.markets))
    if not markets:
        raise ValidationError("market", "", "at least one market is needed")
    for market in markets:
        if market not in MARKETS and not re.fullmatch(r"[A-Z]{2}", market):
            raise ValidationError("market", market, "use a two-letter country code, EU or GLOBAL")
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
        raise ValidationError("fibre", "", "give the fibre composition, e.g. cotton:95 elastane:5")
    seen: set[str] = set()
    for share in composition:
        if not _WORD.match(share.fibre):
            raise ValidationError("fibre", share.fibre, "fibre names are lower-case words, e.g. cotton")
        if share.fibre in seen:
            raise ValidationError("fibre", share.fibre, "fibre listed twice")
        seen.add(share.fibre)
        if not 0 < share.percent <= 100:
            raise ValidationError("fibre", share.label(), "percent must be above 0 and at most 100")
    total = sum(share.percent for share in composition)
    if abs(total - 100) > 0.01:
        raise ValidationError(
            "fibre",
            " ".join(share.label() for share in composition),
            f"percentages sum to {total:g}, not 100",
        )


def parse_fibre_arg(text: str) -> FibreShare:
    """`cotton:95` → FibreShare; the form the CLI's `--fibre` takes."""
    fibre, sep, pct = text.partition(":")
    if not sep:
        raise ValidationError("fibre", text, "write fibre:percent, e.g. cotton:95")
    try:
        percent = float(pct)
    except ValueError:
        raise ValidationError("fibre", text, "the percent is not a number") from None
    return FibreShare(fibre.strip().lower(), percent)


@dataclass(frozen=True)
class ProductFilter:
    """What the product list shows: text search plus category and market filters."""

    text: str = ""
    category: str | None = None
    market: str | None = None
    skus: tuple[str, ...] = field(default_factory=tuple)
