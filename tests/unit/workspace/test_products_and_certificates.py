"""The workspace on a real SQLite file: records, applicability, certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.certificates import CertStatus
from desktop_app.core.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.core.products import FibreShare
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product

baby = make_product


def test_bundled_catalogue_is_version_zero(ws):
    stats = ws.catalogue.stats()
    assert stats.version == 0
    assert stats.standards >= 30 and stats.rules >= 30


def test_infant_garment_gets_gb18401_a_and_gb31701(ws):
    ws.products.add(baby())
    applicable = {a.standard.code: a for a in ws.products.applicable("BB-001")}
    gb = applicable["GB 18401-2010"]
    assert gb.grade == "A"
    formaldehyde = next(r for r in gb.requirements if r.key == "formaldehyde")
    assert formaldehyde.limit == "≤ 20" and formaldehyde.unit == "mg/kg"
    assert formaldehyde.method and formaldehyde.method.startswith("GB/T 2912.1")
    assert "GB 31701-2015" in applicable
    codes = list(applicable)
    mandatory = [applicable[c].standard.mandatory for c in codes]
    assert mandatory == sorted(mandatory, reverse=True)  # mandatory first


def test_adult_curtain_gets_grade_c(ws):
    ws.products.add(
        baby(
            sku="HT-1",
            name="窗帘",
            category="home_textile",
            age_group="adult",
            skin_contact="indirect",
            composition=(FibreShare("polyester", 100),),
        )
    )
    applicable = {a.standard.code: a for a in ws.products.applicable("HT-1")}
    assert applicable["GB 18401-2010"].grade == "C"
    assert "GB 31701-2015" not in applicable


def test_duplicate_sku_refused_and_nothing_written(ws):
    ws.products.add(baby())
    with pytest.raises(ConflictError) as err:
        ws.products.add(baby(name="另一个"))
    assert err.value.field == "sku"
    assert [p.name for p in ws.products.list()] == ["婴儿连体衣"]


def test_edit_validates_and_keeps_old_on_error(ws):
    ws.products.add(baby())
    with pytest.raises(ValidationError):
        ws.products.edit("BB-001", composition=(FibreShare("cotton", 50),))
    assert ws.products.get("BB-001").composition == (FibreShare("cotton", 100.0),)
    ws.products.edit("BB-001", customer="贝贝")
    assert ws.products.get("BB-001").customer == "贝贝"


cert = make_certificate


def test_certificate_with_unknown_sku_is_refused(ws):
    with pytest.raises(ValidationError) as err:
        ws.certificates.add(cert(products=("NOPE",)))
    assert err.value.field == "product" and err.value.value == "NOPE"
    assert ws.certificates.states() == []


def test_certificate_status_scan_and_removal_of_product_keeps_cert(ws, tmp_path: Path):
    ws.products.add(baby(claims=("organic",)))
    scan = tmp_path / "证书 scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    stored = ws.certificates.add(cert(), scan=scan).value
    assert stored.scan_file and " " not in stored.scan_file
    assert ws.certificates.scan_path(stored).read_bytes() == b"%PDF-1.4 test"
    [state] = ws.certificates.states()
    assert state.status is CertStatus.EXPIRING and state.days_left == 30
    assert ws.certificates.gaps() == {}
    ws.products.remove("BB-001")
    [state] = ws.certificates.states()
    assert state.certificate.products == ()
    with pytest.raises(NotFoundError):
        ws.products.get("BB-001")


def test_renewal_keeps_history(ws):
    ws.products.add(baby(claims=("organic",)))
    ws.certificates.add(cert(expires=TODAY - dt.timedelta(days=1)))
    assert ws.certificates.gaps()["BB-001"][0].kind.value == "expired"
    ws.certificates.renew(
        "GOTS-1", cert(number="GOTS-2", issued=TODAY, expires=TODAY + dt.timedelta(days=365), products=())
    )
    current = ws.certificates.states()
    assert [s.certificate.number for s in current] == ["GOTS-2"]
    assert current[0].certificate.replaces == "GOTS-1"
    assert current[0].certificate.products == ("BB-001",)
    assert {s.certificate.number for s in ws.certificates.states(include_replaced=True)} == {
        "GOTS-1",
        "GOTS-2",
    }
    assert ws.certificates.gaps() == {}


def test_demo_has_expiring_and_expired_and_notices_name_products(demo_ws):
    statuses = {s.status for s in demo_ws.certificates.states()}
    assert CertStatus.EXPIRED in statuses and CertStatus.EXPIRING in statuses
    assert demo_ws.certificates.last_tested("BB-001") is not None
    assert "HT-302" in demo_ws.certificates.gaps()
    views = demo_ws.catalogue.notices()
    assert views[0].mine
    assert demo_ws.demo.load().value == (0, 0)  # loading twice adds nothing


@pytest.mark.sqlite_only
def test_two_workspaces_on_one_file_do_not_corrupt(data_dir):
    from desktop_app.workspace import Workspace

    a = Workspace(data_dir, today=lambda: TODAY)
    b = Workspace(data_dir, today=lambda: TODAY)
    for i in range(20):
        (a if i % 2 else b).products.add(baby(sku=f"P-{i}"))
    assert len(a.products.list()) == 20 == len(b.products.list())
    with a.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    a.close()
    b.close()
