"""Real catalogue data (the bundled `changes` page) and checklist builders.

No database: the checklist is built from core objects, as the workspace
does, so these tests check the reports layer alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.applicability import ApplicabilityEngine, Applicable
from desktop_app.core.catalogue import Notice, Standard
from desktop_app.core.certificates import Certificate, certificate_state, product_gaps
from desktop_app.core.products import Product
from desktop_app.reports import ChecklistDocument, build_checklist
from desktop_app.sync.pages import parse_page
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "catalogue.json"


@dataclass(frozen=True)
class Catalogue:
    engine: ApplicabilityEngine
    standards: dict[str, Standard]
    notices: list[Notice]

    def applicable(self, product: Product) -> list[Applicable]:
        return self.engine.applicable(product, self.standards)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    page = parse_page(CATALOGUE.read_bytes())
    standards = {c.data.code: c.data for c in page.changes if c.type == "standard"}
    rules = [c.data for c in page.changes if c.type == "rule"]
    notices = [c.data for c in page.changes if c.type == "notice"]
    return Catalogue(ApplicabilityEngine(rules), standards, notices)


def product(**kw: object) -> Product:
    """The issue's baby bodysuit, bilingual name, claiming organic and OEKO-TEX."""
    base: dict[str, object] = {
        "name": "婴儿连体衣 Baby bodysuit",
        "claims": ("organic", "oeko-tex"),
        "customer": "杭州贝贝母婴",
    }
    return make_product(**{**base, **kw})


def cert(
    scheme: str, number: str, *, days: int, skus: tuple[str, ...] = ("BB-001",), **kw: object
) -> Certificate:
    """A certificate expiring `days` after TODAY (negative: already expired)."""
    return make_certificate(
        expires_in=days,
        **{"scheme": scheme, "number": number, "issuer": "Hohenstein", "products": skus, **kw},
    )


def checklist(
    catalogue: Catalogue,
    prod: Product,
    *,
    certs: list[Certificate] = (),  # type: ignore[assignment]
    applicable: list[Applicable] | None = None,
    lang: str = "both",
    checklist_id: str = "CL-20261128-0000AAAA",
    firm_name: str = "绍兴示范纺织有限公司",
) -> ChecklistDocument:
    certs = list(certs)
    return build_checklist(
        firm_name=firm_name,
        product=prod,
        applicable=catalogue.applicable(prod) if applicable is None else applicable,
        certificates=[certificate_state(c, today=TODAY, lead_days=60) for c in certs],
        gaps=product_gaps(prod, certs, today=TODAY),
        notices=catalogue.notices,
        catalogue_version=42,
        today=TODAY,
        checklist_id=checklist_id,
        lang=lang,
    )
