"""Products and certificates for tests: a valid record, changed where a test says.

The defaults are the issue's example, a baby bodysuit with a GOTS certificate,
so `make_product()` alone is accepted by the core's validation and by the
workspace. Modules whose records differ bind their own defaults with
`functools.partial`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.core.certificates import Certificate
from desktop_app.core.products import FibreShare, Product

from . import TODAY

PRODUCT_DEFAULTS: dict[str, Any] = {
    "sku": "BB-001",
    "name": "婴儿连体衣",
    "category": "garment",
    "age_group": "infant",
    "skin_contact": "direct",
    "markets": ("CN",),
    "composition": (FibreShare("cotton", 100),),
}


def make_product(**changes: Any) -> Product:
    """A baby bodysuit (BB-001, 100 % cotton, for China), with `changes` applied."""
    return Product(**{**PRODUCT_DEFAULTS, **changes})


def make_certificate(
    *, expires_in: int | None = 30, issued_ago: int = 300, today: dt.date = TODAY, **changes: Any
) -> Certificate:
    """A GOTS certificate for BB-001, issued `issued_ago` days before `today` and
    expiring `expires_in` days after it (negative: already expired; None: never)."""
    base: dict[str, Any] = {
        "scheme": "gots",
        "number": "GOTS-1",
        "issuer": "Control Union",
        "issued": today - dt.timedelta(days=issued_ago),
        "expires": None if expires_in is None else today + dt.timedelta(days=expires_in),
        "products": ("BB-001",),
    }
    return Certificate(**{**base, **changes})
