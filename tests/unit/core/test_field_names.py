"""The one vocabulary of field names and stored values in words (`core.field_names`)."""

from __future__ import annotations

from desktop_app.core.field_names import field_name, field_value, record_key


def test_fields_are_named_in_either_language_and_an_unknown_one_as_stored():
    assert (field_name("age_group", "zh"), field_name("age_group", "en")) == ("年龄段", "Age group")
    assert field_name("holder", "zh_CN") == "持证人"
    assert field_name("brand_new", "zh") == "brand_new"


def test_values_are_words_of_their_vocabulary():
    assert field_value("age_group", "infant", "zh") == "婴幼儿"
    assert field_value("markets", ["CN", "EU", "US-CA"], "en") == "China, European Union, California (US)"
    assert field_value("composition", [["cotton", 95], ["elastane", 5.0]], "zh") == "棉 95%, 氨纶 5%"
    assert field_value("checklist_lang", "", "zh") == "与界面相同"  # "" is a choice, not "none"
    assert field_value("notes", "", "zh") == "-" and field_value("products", [], "en") == "-"
    assert field_value("category", "spaceship", "en") == "spaceship"  # not known: as stored
    assert field_value("lead_days", 90, "en") == "90"


def test_dates_are_dates_in_the_shown_form():
    assert field_value("expires", "2027-03-01", "zh") == "2027-03-01"
    assert field_value("tested", "2027-03-01", "en", date=lambda d: d.strftime("%d/%m/%Y")) == "01/03/2027"
    assert field_value("issued", "not a date", "en") == "not a date"
    assert field_value("notes", "2027-03-01", "en", date=lambda d: "never") == "2027-03-01"


def test_a_certificate_key_names_its_scheme():
    assert record_key("certificate", "gots:C-1", "en") == "GOTS C-1"
    assert record_key("certificate", "unknown:C-1", "en") == "unknown:C-1"
    assert record_key("product", "BB-001", "zh") == "BB-001"
