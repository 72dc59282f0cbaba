"""A certificate is (scheme, number): a number alone names it only when one scheme has it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cli import main
from desktop_app.core.certificates import Certificate, CertificateKey
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.products import FibreShare, Product
from desktop_app.core.reasons import Reason
from tests.unit.imports.files import write_csv

ISSUED = dt.date(2025, 1, 10)


def _cert(scheme: str, number: str = "CU-1", **extra) -> Certificate:
    return Certificate(
        scheme=scheme,
        number=number,
        issuer="Control Union",
        issued=ISSUED,
        expires=ISSUED.replace(year=ISSUED.year + 1),
        **extra,
    )


@pytest.fixture
def shared(ws):
    ws.products.add(
        Product("T-1", "T 恤", "garment", "adult", "direct", composition=(FibreShare("cotton", 100),))
    )
    ws.certificates.add(_cert("gots", products=("T-1",)))
    ws.certificates.add(_cert("grs"))
    return ws


def test_a_shared_number_alone_is_ambiguous_and_names_the_schemes(shared):
    with pytest.raises(ValidationError) as info:
        shared.certificates.get("CU-1")
    assert info.value.code is Reason.AMBIGUOUS_CERTIFICATE
    assert info.value.params["schemes"] == ["gots", "grs"] and info.value.params["example"] == "gots:CU-1"
    assert shared.certificates.get(CertificateKey("CU-1", "grs")).scheme == "grs"
    with pytest.raises(NotFoundError):
        shared.certificates.get(CertificateKey("CU-1", "bluesign"))


def test_update_and_remove_touch_only_the_named_scheme(shared):
    certs = shared.certificates
    updated = certs.update(CertificateKey("CU-1", "grs"), _cert("grs", notes="renumbered soon")).value
    assert updated.notes == "renumbered soon" and certs.get(CertificateKey("CU-1", "gots")).notes == ""
    certs.remove(CertificateKey("CU-1", "grs"))
    assert certs.get("CU-1").scheme == "gots"  # unambiguous again
    assert certs.get(CertificateKey.parse("gots:CU-1")).products == ("T-1",)


def test_a_renewal_replaces_the_certificate_of_its_own_scheme(shared):
    new = shared.certificates.renew(CertificateKey("CU-1", "gots"), _cert("gots", "CU-2")).value
    assert new.replaces == "CU-1" and new.products == ("T-1",)
    numbers = {st.certificate.number for st in shared.certificates.states()}
    assert numbers == {"CU-1", "CU-2"}  # gots CU-1 is history now, grs CU-1 still current
    assert {
        st.certificate.scheme for st in shared.certificates.states() if st.certificate.number == "CU-1"
    } == {"grs"}


def test_an_import_treats_the_same_number_in_another_scheme_as_another_certificate(shared, tmp_path):
    rows = [
        ["证书类型", "证书编号", "发证机构", "颁发日期", "到期日期"],
        ["gots", "CU-1", "Control Union", "2025-01-10", "2026-01-10"],
        ["bluesign", "CU-1", "bluesign AG", "2025-01-10", "2026-01-10"],
        ["bluesign", "CU-1", "bluesign AG", "2025-01-10", "2026-01-10"],
    ]
    report = shared.transfer.import_certificates(write_csv(tmp_path / "c.csv", rows, encoding="utf-8"))
    assert [c.key for c in report.added] == ["CU-1"] and [c.key for c in report.unchanged] == ["CU-1"]
    (repeated,) = report.rejected
    assert repeated.row == 4 and repeated.code is Reason.REPEATED_IN_FILE


def test_the_cli_says_how_to_name_the_scheme(shared, capsysbinary):
    data = ["--data-dir", str(shared.paths.root)]
    shared.close()
    assert main([*data, "cert", "show", "CU-1"]) == 2
    err = capsysbinary.readouterr().err.decode("utf-8")
    assert err.count("\n") == 1 and "gots, grs" in err and "gots:CU-1" in err and "--scheme" in err
    assert main([*data, "cert", "show", "grs:CU-1", "--json"]) == 0
    assert '"scheme": "grs"' in capsysbinary.readouterr().out.decode("utf-8")
    assert main([*data, "cert", "remove", "CU-1", "--scheme", "grs"]) == 0
    capsysbinary.readouterr()
    assert main([*data, "cert", "show", "CU-1", "--json"]) == 0
    assert '"scheme": "gots"' in capsysbinary.readouterr().out.decode("utf-8")
