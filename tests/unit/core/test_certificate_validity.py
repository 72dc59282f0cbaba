"""Certificate schemes know their usual validity: an expiry date where they always expire."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.certificates import (
    SCHEME_VALIDITY,
    Certificate,
    scheme_validity,
    usual_expiry,
    validate_certificate,
)
from desktop_app.core.errors import ValidationError
from desktop_app.core.reasons import Reason
from desktop_app.core.vocabulary import CERT_SCHEMES


@pytest.mark.parametrize("scheme", ["oeko-tex-100", "gots", "grs", "bluesign", "iso-9001", "iso-14001"])
def test_schemes_that_always_expire_need_an_expiry_date(scheme):
    cert = Certificate(scheme, "N-1", "Lab", dt.date(2026, 3, 1), None)
    with pytest.raises(ValidationError) as caught:
        validate_certificate(cert)
    assert caught.value.code == Reason.EXPIRY_REQUIRED and caught.value.field == "expires"
    assert caught.value.params["scheme"] == CERT_SCHEMES[scheme][1]


@pytest.mark.parametrize("scheme", ["test-report", "carbon-footprint", "other"])
def test_other_schemes_may_have_no_expiry(scheme):
    assert validate_certificate(Certificate(scheme, "N-1", "Lab", dt.date(2026, 3, 1), None)).expires is None


def test_usual_terms_where_a_source_gives_one():
    issued = dt.date(2026, 3, 15)
    assert usual_expiry("oeko-tex-100", issued) == dt.date(2027, 3, 15)
    assert usual_expiry("gots", issued) == usual_expiry("grs", issued) == dt.date(2027, 3, 15)
    assert usual_expiry("iso-9001", issued) == usual_expiry("iso-14001", issued) == dt.date(2029, 3, 15)
    assert usual_expiry("bluesign", issued) is None  # expires, but no sourced term
    assert usual_expiry("test-report", issued) is None


def test_month_ends_and_leap_days():
    assert usual_expiry("gots", dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert usual_expiry("oeko-tex-100", dt.date(2026, 1, 31)) == dt.date(2027, 1, 31)


def test_every_term_belongs_to_a_known_scheme():
    assert set(SCHEME_VALIDITY) <= set(CERT_SCHEMES)
    assert all(v.always_expires for v in SCHEME_VALIDITY.values())
    assert not scheme_validity("unknown").always_expires
