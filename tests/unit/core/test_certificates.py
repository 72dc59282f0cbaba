from __future__ import annotations

from functools import partial

import pytest

from desktop_app.core.certificates import (
    Certificate,
    CertStatus,
    GapKind,
    certificate_state,
    normalise_scheme,
    product_gaps,
    required_oeko_tex_class,
    status_words,
    validate_certificate,
)
from desktop_app.core.errors import ValidationError
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product


def cert(expires_in: int | None, issued_ago: int = 300, **kw) -> Certificate:
    return make_certificate(
        expires_in=expires_in, issued_ago=issued_ago, **{"number": "N1", "issuer": "CU", "products": (), **kw}
    )


@pytest.mark.parametrize(
    ("expires_in", "status", "days"),
    [
        (100, CertStatus.VALID, 100),
        (60, CertStatus.EXPIRING, 60),
        (0, CertStatus.EXPIRING, 0),
        (-1, CertStatus.EXPIRED, -1),
        (None, CertStatus.VALID, None),
    ],
)
def test_status_against_the_given_day(expires_in, status, days):
    state = certificate_state(cert(expires_in), today=TODAY, lead_days=60)
    assert state.status is status
    assert state.days_left == days


def test_not_yet_valid():
    state = certificate_state(cert(400, issued_ago=-5), today=TODAY, lead_days=60)
    assert state.status is CertStatus.NOT_YET_VALID


def test_status_words_are_bilingual_and_not_colour_alone():
    assert (
        status_words(certificate_state(cert(30), today=TODAY, lead_days=60))
        == "30 天后到期 Expires in 30 days"
    )
    assert status_words(certificate_state(cert(-3), today=TODAY, lead_days=60)) == "已过期 EXPIRED"
    assert status_words(certificate_state(cert(300), today=TODAY, lead_days=60), "en") == "Valid"


def test_expiry_before_issue_is_refused():
    with pytest.raises(ValidationError) as err:
        validate_certificate(cert(-400, issued_ago=10))
    assert err.value.field == "expires"


def test_scheme_aliases():
    assert normalise_scheme("OEKO-TEX") == "oeko-tex-100"
    assert normalise_scheme("ISO 9001") == "iso-9001"
    assert normalise_scheme("检测报告") == "test-report"
    with pytest.raises(ValidationError):
        normalise_scheme("made-up")


_product = partial(make_product, sku="P", name="n", age_group="adult")


def test_gaps_missing_expired_and_wrong_class():
    organic = _product(claims=("organic",))
    assert product_gaps(organic, [], today=TODAY)[0].kind is GapKind.MISSING
    expired = cert(-1, products=("P",))
    assert product_gaps(organic, [expired], today=TODAY)[0].kind is GapKind.EXPIRED
    assert product_gaps(organic, [cert(10, products=("P",))], today=TODAY) == []

    baby = _product(age_group="infant", claims=("oeko-tex",))
    assert required_oeko_tex_class(baby) == "I"
    class2 = cert(100, scheme="oeko-tex-100", product_class="II", products=("P",))
    gap = product_gaps(baby, [class2], today=TODAY)[0]
    assert gap.kind is GapKind.WRONG_CLASS and gap.needed_class == "I"
    class1 = cert(100, scheme="oeko-tex-100", product_class="I", products=("P",))
    assert product_gaps(_product(claims=("oeko-tex",)), [class1], today=TODAY) == []


def test_oeko_tex_class_for_curtain_is_iv():
    assert required_oeko_tex_class(_product(category="home_textile", skin_contact="indirect")) == "IV"
