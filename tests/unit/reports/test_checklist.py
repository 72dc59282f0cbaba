"""The checklist document's data: standards, items, warnings, certificates, gaps."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.applicability import Applicable
from desktop_app.core.certificates import CertStatus
from desktop_app.core.errors import ValidationError
from desktop_app.reports import AlertKind, normalise_lang, parse_qr_payload

from .conftest import cert, checklist, product


def _section(doc, code):
    return next(s for s in doc.sections if s.code == code)


def test_infant_product_gets_grade_a_items_with_limits_and_methods(catalogue):
    doc = checklist(catalogue, product(), lang="zh")
    gb18401 = _section(doc, "GB 18401-2010")
    assert gb18401.grade == "A" and gb18401.mandatory
    rows = {r.key: r for r in gb18401.rows}
    assert rows["formaldehyde"].item == ("甲醛含量",)
    assert rows["formaldehyde"].limit == ("≤ 20 mg/kg",)
    assert rows["formaldehyde"].method == "GB/T 2912.1"
    assert rows["ph"].limit == ("4.0–7.5",)
    assert rows["cf_water"].limit == ("≥ 3-4 级",)
    assert "cf_saliva" in rows  # grade A only
    assert len([r for r in gb18401.rows if r.key == "formaldehyde"]) == 1  # not B or C too
    assert _section(doc, "GB 31701-2015").grade == "A"
    assert any("婴幼儿" in line for reason in gb18401.reasons for line in reason)


def test_mandatory_standards_come_first(catalogue):
    doc = checklist(catalogue, product(markets=("CN", "EU", "US")))
    flags = [s.mandatory for s in doc.sections]
    assert flags == sorted(flags, reverse=True)
    assert flags[0] and not flags[-1]


def test_header_fields_in_both_languages_and_user_text_kept(catalogue):
    doc = checklist(catalogue, product(customer='A&B <Kids> "Ltd"'), lang="both")
    fields = {f.label[1]: f.value for f in doc.fields}
    assert doc.labels.title == ("合规检查表", "Compliance checklist")
    assert fields["Customer"] == ('A&B <Kids> "Ltd"',)
    assert fields["Age group"] == ("婴幼儿", "Infant (≤36 months)")
    assert fields["Fibre composition"] == ("棉 100%", "Cotton 100%")
    assert fields["Catalogue version"] == ("42",)
    assert fields["Checklist ID"] == ("CL-20261128-0000AAAA",)


def test_english_only_has_one_line_per_text(catalogue):
    doc = checklist(catalogue, product(), lang="en")
    rows = {r.key: r for r in _section(doc, "GB 18401-2010").rows}
    assert rows["formaldehyde"].item == ("Formaldehyde content",)
    assert rows["cf_water"].limit == ("≥ 3-4 grade",)
    assert doc.labels.result == ("Result",)


def test_superseded_standard_warns_with_its_replacement(catalogue):
    old = catalogue.standards["GB 18401-2003"]
    doc = checklist(
        catalogue,
        product(),
        applicable=[Applicable(old, "A", (), (), requirements=old.requirements_for("A"))],
    )
    (alert,) = [a for a in doc.sections[0].alerts if a.kind is AlertKind.SUPERSEDED]
    assert alert.replacement == "GB 18401-2010"
    assert alert.severity == "critical"
    assert "GB 18401-2010" in alert.text[0] and "已被替代" in alert.text[0]
    assert "superseded" in alert.text[1]


def test_withdrawn_and_to_be_replaced_standards_warn(catalogue):
    withdrawn = replace(catalogue.standards["GB 18401-2003"], status="withdrawn")
    rubbing = catalogue.standards["GB/T 3920-2008"]  # current, GB/T 3920-2024 published
    doc = checklist(
        catalogue,
        product(),
        applicable=[
            Applicable(withdrawn, None, (), (), requirements=withdrawn.requirements_for(None)),
            Applicable(rubbing, None, (), (), requirements=rubbing.requirements_for(None)),
        ],
        lang="en",
    )
    kinds = {s.code: [a.kind for a in s.alerts] for s in doc.sections}
    assert AlertKind.WITHDRAWN in kinds["GB 18401-2003"]
    assert AlertKind.TO_BE_REPLACED in kinds["GB/T 3920-2008"]
    assert _section(doc, "GB/T 3920-2008").alerts[0].replacement == "GB/T 3920-2024"


def test_notices_naming_a_standard_are_printed_under_it(catalogue):
    doc = checklist(catalogue, product())
    notices = [a for a in _section(doc, "GB 18401-2010").alerts if a.kind is AlertKind.NOTICE]
    assert [a.notice_id for a in notices] == ["N-2026-0003"]
    assert "GB/T 3920-2024" in notices[0].text[0]
    gots = _section(doc, "GOTS 7.0")
    assert not [a for a in gots.alerts if a.kind is AlertKind.NOTICE]


def test_standard_without_items_gets_one_row_for_the_whole_standard(catalogue):
    doc = checklist(catalogue, product(claims=("bluesign",)), lang="zh")  # bluesign SYSTEM has no items
    labels = _section(doc, "bluesign SYSTEM")
    assert labels.generic
    assert [r.key for r in labels.rows] == ["whole_standard"]
    assert not _section(doc, "GB 18401-2010").generic


def test_certificate_status_in_words_and_symbol(catalogue):
    certs = [
        cert("oeko-tex-100", "OT-OLD", days=-35, product_class="I"),
        cert("gots", "GOTS-1", days=30),
        cert("test-report", "SGS-1", days=200, issuer="SGS 上海"),
        cert("iso-9001", "ISO-1", days=400, skus=()),
    ]
    doc = checklist(catalogue, product(), certs=certs)
    rows = {r.number: r for r in doc.certificates}
    assert " ".join(rows["OT-OLD"].status_text) == "已过期 EXPIRED"
    assert rows["OT-OLD"].symbol == "✗" and rows["OT-OLD"].status is CertStatus.EXPIRED
    assert rows["GOTS-1"].status_text == ("30 天后到期", "Expires in 30 days")
    assert rows["GOTS-1"].symbol == "!"
    assert " ".join(rows["SGS-1"].status_text) == "有效 Valid"
    assert rows["ISO-1"].firm_wide and not rows["SGS-1"].firm_wide
    # what needs action first
    assert [r.number for r in doc.certificates][:2] == ["OT-OLD", "GOTS-1"]


def test_gaps_list_missing_and_expired_certificates(catalogue):
    prod = product(claims=("organic", "oeko-tex", "recycled"))
    doc = checklist(catalogue, prod, certs=[cert("oeko-tex-100", "OT-OLD", days=-35, product_class="I")])
    gaps = {g.claim: g for g in doc.gaps}
    assert gaps["organic"].kind == "missing" and gaps["organic"].text[0].startswith("缺少 GOTS")
    assert gaps["oeko-tex"].kind == "expired" and "OT-OLD" in gaps["oeko-tex"].text[1]
    assert gaps["recycled"].scheme == "grs"


def test_no_gaps_when_claims_are_backed(catalogue):
    certs = [cert("gots", "G", days=300), cert("oeko-tex-100", "O", days=300, product_class="I")]
    assert checklist(catalogue, product(), certs=certs).gaps == ()


def test_signoff_roles_and_qr_payload(catalogue):
    doc = checklist(catalogue, product(sku="KD/101.a"), lang="both")
    assert doc.signoff_roles == (("检验员", "Inspector"), ("审核人", "Reviewer"))
    assert parse_qr_payload(doc.qr_payload) == ("CL-20261128-0000AAAA", "KD/101.a")


def test_product_without_applicable_standards(catalogue):
    doc = checklist(catalogue, product(markets=("AU",), claims=()))  # no Australian content is bundled
    assert doc.sections == ()


@pytest.mark.parametrize(
    ("given", "expected"),
    [("zh", "zh"), ("zh_CN", "zh"), ("", "zh"), ("en", "en"), ("EN", "en"), ("both", "both")],
)
def test_language_names(given, expected):
    assert normalise_lang(given) == expected


def test_unknown_language_is_refused(catalogue):
    with pytest.raises(ValidationError):
        checklist(catalogue, product(), lang="fr")
