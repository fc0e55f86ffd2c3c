"""A workbook's number formats spell the euro sign and the date order as each language does."""

from __future__ import annotations

import pytest

from inventory_app.i18n.catalogue import ENGLISH, ITALIAN, in_language
from inventory_app.io.cell_formats import date_format, date_time_format, euro_format, heading_widths


@pytest.mark.parametrize(
    ("language", "euro", "signed", "day", "moment"),
    [
        (ENGLISH, "€#,##0.00", '"€"#,##0.00;[Red]-"€"#,##0.00', "yyyy-mm-dd", "yyyy-mm-dd hh:mm"),
        (
            ITALIAN,
            '#,##0.00" €"',
            '#,##0.00" €";[Red]-#,##0.00" €"',
            "dd/mm/yyyy",
            "dd/mm/yyyy hh:mm",
        ),
    ],
)
def test_formats_by_language(language: str, euro: str, signed: str, day: str, moment: str) -> None:
    with in_language(language):
        assert euro_format() == euro
        assert euro_format(red_negative=True) == signed
        assert date_format() == day
        assert date_time_format() == moment


def test_a_column_is_as_wide_as_its_translated_heading() -> None:
    with in_language(ITALIAN):
        assert heading_widths([4, 30], ["Par", "Name"]) == [len("Scorta ideale") + 1, 30]
    with in_language(ENGLISH):
        assert heading_widths([4, 30], ["Par", "Name"]) == [4, 30]
