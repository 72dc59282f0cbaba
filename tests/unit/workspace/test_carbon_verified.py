"""A verified carbon-footprint certificate shown with the estimate it was based on."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.carbon import Activity, ActivityData
from tests.helpers.factories import make_certificate


def _estimate(ws, kwh: float):
    return ws.carbon.set(ActivityData("BB-001", "1 kg", (Activity("electricity", kwh, "kWh"),))).value


def test_a_certificate_is_based_on_the_newest_estimate_before_its_issue(demo_ws):
    first = _estimate(demo_ws, 5.0)
    issued = first.computed_at.date()
    demo_ws.certificates.add(
        make_certificate(scheme="carbon-footprint", number="CFP-1", issued=issued, expires=None)
    )
    demo_ws.certificates.add(
        make_certificate(
            scheme="carbon-footprint", number="CFP-0", issued=issued - dt.timedelta(days=400), expires=None
        )
    )
    (cert,) = [
        st.certificate for st in demo_ws.certificates.states(sku="BB-001") if st.certificate.number == "CFP-1"
    ]
    verified = demo_ws.carbon.verified("BB-001")
    assert [v.certificate.number for v in verified] == ["CFP-1", "CFP-0"]  # newest issue first
    assert verified[0].estimate == first
    assert verified[1].estimate is None  # nothing was estimated before it
    assert demo_ws.carbon.verified_for(cert)[0].estimate == first


def test_other_schemes_and_other_products_are_not_verified_footprints(demo_ws):
    _estimate(demo_ws, 5.0)
    demo_ws.certificates.add(make_certificate(scheme="gots", number="G-9"))
    demo_ws.certificates.add(
        make_certificate(scheme="carbon-footprint", number="CFP-2", products=("BB-002",))
    )
    assert demo_ws.carbon.verified("BB-001") == []
    gots = next(st.certificate for st in demo_ws.certificates.states() if st.certificate.number == "G-9")
    assert demo_ws.carbon.verified_for(gots) == []
