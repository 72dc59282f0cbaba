"""Certificates and test reports: their status on a given day, and the gaps.

Status is always computed against a date passed in, never a clock read here,
so a fixed "today" in tests and the local date in the app give the same rules.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from .errors import NotFoundError, ValidationError
from .products import Product
from .reasons import Reason
from .vocabulary import CERT_SCHEMES, SCHEME_ALIASES


class CertStatus(str, enum.Enum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


STATUS_NAMES: dict[CertStatus, tuple[str, str]] = {
    CertStatus.VALID: ("有效", "Valid"),
    CertStatus.EXPIRING: ("即将到期", "Expiring"),
    CertStatus.EXPIRED: ("已过期", "EXPIRED"),
    CertStatus.NOT_YET_VALID: ("尚未生效", "Not yet valid"),
}

# A symbol for each status, so a black-and-white printout still says it.
STATUS_SYMBOLS: dict[CertStatus, str] = {
    CertStatus.VALID: "✓",
    CertStatus.EXPIRING: "!",
    CertStatus.EXPIRED: "✗",
    CertStatus.NOT_YET_VALID: "…",
}


@dataclass(frozen=True)
class Certificate:
    scheme: str
    number: str
    issuer: str
    issued: dt.date
    expires: dt.date | None
    holder: str = ""
    scope: str = ""
    product_class: str = ""
    notes: str = ""
    products: tuple[str, ...] = ()  # SKUs
    scan_file: str | None = None  # name inside the data folder's scans/
    replaces: str | None = None  # number of the certificate this one renewed
    id: int | None = None
    version: int | None = None  # as read; a save from an older version is refused

    @property
    def is_test_report(self) -> bool:
        return self.scheme == "test-report"


@dataclass(frozen=True)
class CertificateState:
    """A certificate as seen on one day."""

    certificate: Certificate
    status: CertStatus
    days_left: int | None  # None when the certificate has no expiry date


@dataclass(frozen=True)
class SchemeValidity:
    """How long a scheme's certificates usually run.

    `always_expires`: a certificate of the scheme is never valid without an
    expiry date (one without it would look valid forever, never reminded).
    `months`: the usual term, only where a verified source gives one; the
    certificate dialog proposes issued + term, the user corrects it.
    """

    always_expires: bool
    months: int | None = None


# Sources: the schemes' own rules as summarised in the project's domain notes (section 4,
# "Certificate schemes: validity"): OEKO-TEX STANDARD 100 certificates run 12 months; GOTS
# and GRS scope certificates 1 year; ISO 9001 / 14001 certificates 3 years. bluesign
# certificates expire but no verified term was found: an expiry date is required, nothing
# is proposed. Carbon-footprint labels: validity not found; test reports have none.
SCHEME_VALIDITY: dict[str, SchemeValidity] = {
    "oeko-tex-100": SchemeValidity(always_expires=True, months=12),
    "gots": SchemeValidity(always_expires=True, months=12),
    "grs": SchemeValidity(always_expires=True, months=12),
    "bluesign": SchemeValidity(always_expires=True),  # unsourced term
    "iso-9001": SchemeValidity(always_expires=True, months=36),
    "iso-14001": SchemeValidity(always_expires=True, months=36),
}
NO_TERM = SchemeValidity(always_expires=False)


def scheme_validity(scheme: str) -> SchemeValidity:
    return SCHEME_VALIDITY.get(scheme, NO_TERM)


def usual_expiry(scheme: str, issued: dt.date) -> dt.date | None:
    """Issued + the scheme's usual term (the same day of the month, or the month's last
    day when it has fewer); None when the scheme has no known term."""
    months = scheme_validity(scheme).months
    if months is None:
        return None
    month_index = issued.month - 1 + months
    year, month = issued.year + month_index // 12, month_index % 12 + 1
    for day in range(issued.day, 27, -1):  # 31 → 30 → 29 → 28
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, min(issued.day, 28))


def normalise_scheme(text: str) -> str:
    """Map what people write ("OEKO-TEX", "iso 9001", "检测报告") to a scheme key."""
    key = " ".join(text.strip().lower().split())
    if key in CERT_SCHEMES:
        return key
    if key in SCHEME_ALIASES:
        return SCHEME_ALIASES[key]
    for scheme, (zh, en) in CERT_SCHEMES.items():
        if key in (zh.lower(), en.lower()):
            return scheme
    raise ValidationError("scheme", text, Reason.NOT_ONE_OF, allowed=list(CERT_SCHEMES))


@dataclass(frozen=True)
class CertificateKey:
    """How a certificate is named: (scheme, number) is what is unique.

    A number alone names a certificate when only one scheme has that
    number; when two schemes share it, `resolve_certificate` refuses with
    `Reason.AMBIGUOUS_CERTIFICATE` listing the schemes, and the user names
    one (`gots:NUMBER` or `--scheme gots` in the CLI).
    """

    number: str
    scheme: str | None = None

    @classmethod
    def of(cls, key: CertificateKey | str) -> CertificateKey:
        """A key as given, or a plain number (never parsed: a number may hold a colon)."""
        return key if isinstance(key, CertificateKey) else cls(key.strip())

    @classmethod
    def parse(cls, text: str, *, scheme: str | None = None) -> CertificateKey:
        """`NUMBER` or `SCHEME:NUMBER` (e.g. `gots:CU-123`), as people type it.

        `scheme`, when given, wins. A prefix before `:` that is no scheme's
        name is part of the number.
        """
        text = text.strip()
        if scheme:
            return cls(text, normalise_scheme(scheme))
        prefix, sep, rest = text.partition(":")
        if sep and rest.strip():
            try:
                return cls(rest.strip(), normalise_scheme(prefix))
            except ValidationError:
                pass
        return cls(text)

    def __str__(self) -> str:
        return f"{self.scheme}:{self.number}" if self.scheme else self.number


def key_of(cert: Certificate) -> CertificateKey:
    """The full key of a stored certificate."""
    return CertificateKey(cert.number, cert.scheme)


class _HasScheme(Protocol):
    @property
    def scheme(self) -> str: ...


_C = TypeVar("_C", bound=_HasScheme)


def resolve_certificate(key: CertificateKey, candidates: Sequence[_C]) -> _C:
    """The one of `candidates` (all with `key.number`) that `key` names.

    NotFoundError when none does; ValidationError(AMBIGUOUS_CERTIFICATE) with
    the schemes when the number alone fits several.
    """
    found = [c for c in candidates if key.scheme is None or c.scheme == key.scheme]
    if not found:
        raise NotFoundError("certificate", str(key))
    if len(found) > 1:
        schemes = sorted(c.scheme for c in found)
        raise ValidationError(
            "number",
            key.number,
            Reason.AMBIGUOUS_CERTIFICATE,
            number=key.number,
            schemes=schemes,
            example=f"{schemes[0]}:{key.number}",
        )
    return found[0]


def validate_number(text: str) -> str:
    number = text.strip()
    if not number:
        raise ValidationError("number", text, Reason.EMPTY)
    return number


def validate_issuer(text: str) -> str:
    issuer = text.strip()
    if not issuer:
        raise ValidationError("issuer", text, Reason.NO_ISSUER)
    return issuer


def validate_dates(issued: dt.date, expires: dt.date | None, *, scheme: str | None = None) -> None:
    """An expiry date, when there is one, is not before the issue date; a scheme that
    always expires has one."""
    if expires is None and scheme is not None and scheme_validity(scheme).always_expires:
        raise ValidationError("expires", "", Reason.EXPIRY_REQUIRED, scheme=CERT_SCHEMES[scheme][1])
    if expires is not None and expires < issued:
        raise ValidationError(
            "expires", expires.isoformat(), Reason.EXPIRES_BEFORE_ISSUED, issued=issued.isoformat()
        )


def validate_certificate(cert: Certificate) -> Certificate:
    """Raise ValidationError for the first bad field; return it normalised."""
    scheme = normalise_scheme(cert.scheme)
    number = validate_number(cert.number)
    validate_issuer(cert.issuer)
    validate_dates(cert.issued, cert.expires, scheme=scheme)
    return Certificate(
        scheme=scheme,
        number=number,
        issuer=cert.issuer.strip(),
        issued=cert.issued,
        expires=cert.expires,
        holder=cert.holder.strip(),
        scope=cert.scope.strip(),
        product_class=cert.product_class.strip().upper()
        if scheme == "oeko-tex-100"
        else cert.product_class.strip(),
        notes=cert.notes.strip(),
        products=tuple(dict.fromkeys(s.strip() for s in cert.products)),
        scan_file=cert.scan_file,
        replaces=cert.replaces,
        id=cert.id,
        version=cert.version,
    )


def certificate_state(cert: Certificate, *, today: dt.date, lead_days: int) -> CertificateState:
    """Valid, expiring (within `lead_days`), expired or not yet valid, with days left."""
    if cert.issued > today:
        days = None if cert.expires is None else (cert.expires - today).days
        return CertificateState(cert, CertStatus.NOT_YET_VALID, days)
    if cert.expires is None:
        return CertificateState(cert, CertStatus.VALID, None)
    days_left = (cert.expires - today).days
    if days_left < 0:
        status = CertStatus.EXPIRED
    elif days_left <= lead_days:
        status = CertStatus.EXPIRING
    else:
        status = CertStatus.VALID
    return CertificateState(cert, status, days_left)


def status_words(state: CertificateState, lang: str = "both") -> str:
    """ "有效 Valid", "30 天后到期 Expires in 30 days", "已过期 EXPIRED" — never colour alone."""
    status = state.status
    days = state.days_left
    if status is CertStatus.EXPIRING and days is not None:
        zh, en = f"{days} 天后到期", f"Expires in {days} day{'s' if days != 1 else ''}"
        if days == 0:
            zh, en = "今天到期", "Expires today"
    else:
        zh, en = STATUS_NAMES[status]
    if lang.startswith("zh"):
        return zh
    if lang == "en":
        return en
    return f"{zh} {en}"


# --- gaps -----------------------------------------------------------------

OEKO_TEX_CLASSES = ("I", "II", "III", "IV")


def required_oeko_tex_class(product: Product) -> str:
    """The STANDARD 100 product class a product needs (I strictest .. IV).

    Class I for babies up to 3 years, II for large-area skin contact, IV for
    decoration and furnishing (home textiles without skin contact), III for
    the rest, as OEKO-TEX's own STANDARD 100 document defines its product classes.
    """
    if product.age_group == "infant":
        return "I"
    if product.skin_contact == "direct":
        return "II"
    if product.category == "home_textile":
        return "IV"
    return "III"


def oeko_tex_class_fits(held: str, needed: str) -> bool:
    """A stricter class covers a laxer one: class I fits a product that needs II."""
    held = held.strip().upper()
    if held not in OEKO_TEX_CLASSES:
        return False
    return OEKO_TEX_CLASSES.index(held) <= OEKO_TEX_CLASSES.index(needed)


# claim → the scheme that backs it
CLAIM_SCHEMES: dict[str, str] = {
    "organic": "gots",
    "recycled": "grs",
    "oeko-tex": "oeko-tex-100",
    "bluesign": "bluesign",
    "carbon-footprint": "carbon-footprint",
}


class GapKind(str, enum.Enum):
    MISSING = "missing"
    EXPIRED = "expired"
    WRONG_CLASS = "wrong_class"


@dataclass(frozen=True)
class Gap:
    """A claim the product makes that no valid certificate backs."""

    sku: str
    claim: str
    scheme: str
    kind: GapKind
    certificates: tuple[str, ...] = field(default_factory=tuple)  # numbers of unusable certs
    needed_class: str | None = None

    def describe(self, lang: str = "both") -> str:
        scheme_zh, scheme_en = CERT_SCHEMES[self.scheme]
        if self.kind is GapKind.MISSING:
            zh, en = f"缺少 {scheme_zh} 证书", f"No {scheme_en} certificate"
        elif self.kind is GapKind.EXPIRED:
            nums = ", ".join(self.certificates)
            zh, en = f"{scheme_zh} 证书已过期（{nums}）", f"{scheme_en} certificate expired ({nums})"
        else:
            nums = ", ".join(self.certificates)
            zh = f"{scheme_zh} 证书产品级别不符，需要 {self.needed_class} 类（{nums}）"
            en = f"{scheme_en} certificate class does not fit, class {self.needed_class} needed ({nums})"
        if lang.startswith("zh"):
            return zh
        if lang == "en":
            return en
        return f"{zh} / {en}"


def product_gaps(product: Product, certificates: list[Certificate], *, today: dt.date) -> list[Gap]:
    """Claims of `product` not backed by a currently valid certificate covering it.

    An expiring certificate still counts as valid (it is the reminders' job);
    one not yet valid does not back a claim today.
    """
    gaps: list[Gap] = []
    covering = [c for c in certificates if product.sku in c.products]
    for claim in product.claims:
        scheme = CLAIM_SCHEMES.get(claim)
        if scheme is None:
            continue
        held = [c for c in covering if c.scheme == scheme]
        if not held:
            gaps.append(Gap(product.sku, claim, scheme, GapKind.MISSING))
            continue
        in_force = [c for c in held if c.issued <= today and (c.expires is None or c.expires >= today)]
        if not in_force:
            gaps.append(Gap(product.sku, claim, scheme, GapKind.EXPIRED, tuple(c.number for c in held)))
            continue
        if scheme == "oeko-tex-100":
            needed = required_oeko_tex_class(product)
            if not any(oeko_tex_class_fits(c.product_class, needed) for c in in_force):
                gaps.append(
                    Gap(
                        product.sku,
                        claim,
                        scheme,
                        GapKind.WRONG_CLASS,
                        tuple(c.number for c in in_force),
                        needed,
                    )
                )
    return gaps
