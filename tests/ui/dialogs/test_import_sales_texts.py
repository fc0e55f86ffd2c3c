"""ui/dialogs/import_sales_texts.py: the Import sales dialog's sentences, from what the
services report (the dialog's own tests check them on screen)."""

from __future__ import annotations

from decimal import Decimal

from inventory_app.services.imports.sales import SalesImportSummary
from inventory_app.ui.dialogs.import_sales_texts import (
    format_label,
    modifiers_text,
    summary_text,
    unknown_text,
    whole,
)


def summary(*, dry_run: bool = False, parked: int = 0) -> SalesImportSummary:
    return SalesImportSummary(
        file_name="night.csv", format="square", lines=1250, imported=1200, already_known=40,
        refunds=10, skipped_unknown=parked, unknown={}, drinks=Decimal(1310), movements=2600,
        dry_run=dry_run, import_id=None if dry_run else 7,
    )  # fmt: skip


def test_the_built_in_profiles_have_their_labels_and_an_owners_keeps_its_name() -> None:
    assert [format_label(n) for n in ("auto", "square", "sumup", "generic")] == [
        "auto", "square", "SumUp", "generic",
    ]  # fmt: skip
    assert format_label("Bar Basso till") == "Bar Basso till"


def test_in_italian_a_profile_is_named_in_italian(italian: None) -> None:
    assert (format_label("auto"), format_label("generic")) == ("automatico", "generico")


def test_unknown_names_are_listed_most_lines_first() -> None:
    said = unknown_text({"Mule": 1, "Spritz": 41, "americano": 41})
    assert said.startswith('3 names match no recipe or POS name: "americano" (41 lines), ')
    assert '"Spritz" (41 lines), "Mule" (1 line).' in said


def test_one_undescribed_modifier_is_named_in_the_singular() -> None:
    said = modifiers_text({"Oat milk": 3})
    assert said.startswith('1 variant or modifier no rule describes: "Oat milk" (3 lines).')


def test_a_real_run_counts_what_it_did_and_points_to_the_parked_lines() -> None:
    said = summary_text(summary(parked=2))
    assert said.startswith("Imported 1,200 of 1,250 lines (1,310 drinks) · 40 already known")
    assert "2 parked as unmatched" in said
    assert said.endswith("They wait in Unmatched sales: resolve them with the button below.")


def test_a_dry_run_says_nothing_was_written_and_points_nowhere() -> None:
    said = summary_text(summary(dry_run=True, parked=2))
    assert said.startswith("Dry run, nothing written: would import 1,200 of 1,250 lines")
    assert "\n" not in said


def test_counts_are_grouped_as_the_reader_writes_them(italian: None) -> None:
    assert (whole(1250), whole(Decimal(3))) == ("1.250", "3")
