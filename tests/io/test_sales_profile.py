"""A profile finds its fields in a header by any of their names, whatever the case."""

from __future__ import annotations

from inventory_app.i18n.catalogue import ITALIAN, in_language
from inventory_app.io.sales_profile import header_key, missing_fields, profile_columns
from inventory_app.io.till_profiles import SUMUP

# The two real SumUp header lines of issue 18.
ENGLISH = (
    "Account,Date,Time,Type,Transaction ID,Receipt Number,Payment Method,Quantity,"
    "Description,Currency,Price (Gross),Price (Net),Tax,Tax rate,Transaction refunded"
)
GERMAN = (
    "Datum,Typ,Transaktionsnummer,Zahlungsmethode,Menge,Beschreibung,Category,Sku,"
    "Währung,Preis vor Rabatt,Rabatt,Preis (brutto),Preis (netto),Steuer,Steuersatz,Konto"
)


def test_header_names_compare_without_case_or_doubled_spaces() -> None:
    assert header_key("  Price   (Gross) ") == "price (gross)"
    assert header_key("MENGE") == header_key("Menge")


def test_sumups_fields_are_found_in_its_english_and_german_headers() -> None:
    for line in (ENGLISH, GERMAN):
        found = profile_columns(SUMUP, line.split(","))
        assert {"date", "item", "quantity", "line_type", "transaction_id"} <= set(found)
        assert missing_fields(SUMUP, found) == []
    german = profile_columns(SUMUP, GERMAN.split(","))
    assert (german["item"].name, german["quantity"].index) == ("Beschreibung", 4)


def test_a_header_without_a_required_field_says_which() -> None:
    renamed = ENGLISH.replace("Quantity", "Qty sold").split(",")
    assert missing_fields(SUMUP, profile_columns(SUMUP, renamed)) == ["quantity"]


def test_a_built_in_title_follows_the_language() -> None:
    with in_language(ITALIAN):
        italian = SUMUP.shown_title
    assert italian and SUMUP.shown_title
