"""A profile's cells: dates in the till's order, decimal commas; another order is refused."""

from __future__ import annotations

from datetime import date, time

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.profile_cells import number_text, parse_when
from inventory_app.io.sales_profile import DateOrder, DecimalMark

DMY, MDY, ISO = DateOrder.DMY, DateOrder.MDY, DateOrder.ISO


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("17.04.23", DMY, (date(2023, 4, 17), None)),
        ("24.03.2023, 12:32", DMY, (date(2023, 3, 24), time(12, 32))),
        ("24/03/2023 12:32:05", DMY, (date(2023, 3, 24), time(12, 32, 5))),
        ("03/24/2023", MDY, (date(2023, 3, 24), None)),
        ("2023-03-24", ISO, (date(2023, 3, 24), None)),
        ("2023-03-24T21:00:00", ISO, (date(2023, 3, 24), time(21))),
        ("2023-03-24 21:00", ISO, (date(2023, 3, 24), time(21))),
        ("7/28/26 1:33 PM", MDY, (date(2026, 7, 28), time(13, 33))),  # Loyverse, US account
        ("28/07/26 12:05 am", DMY, (date(2026, 7, 28), time(0, 5))),
        ("28/07/2026 12:00 p.m.", DMY, (date(2026, 7, 28), time(12))),
    ],
)
def test_a_date_is_read_in_the_profiles_order(
    text: str, order: DateOrder, expected: tuple[date, time | None]
) -> None:
    assert parse_when(text, order) == expected


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("2023-04-17", DMY),  # an ISO date where the profile says day first
        ("04.17.23", DMY),  # month first: the 17th month does not exist
        ("17.04.23", ISO),
        ("24.03.2023, 25:00", DMY),
        ("17.04", DMY),
        ("١٧.٠٤.٢٣", DMY),  # digits of another script
        ("31.02.2023", DMY),
        ("01.01.1899", DMY),
        ("28/07/26 13:33 PM", DMY),  # no thirteenth hour on a 12-hour clock
        ("28/07/26 0:10 AM", DMY),
    ],
)
def test_a_date_in_another_order_is_refused(text: str, order: DateOrder) -> None:
    with pytest.raises(InputError):
        parse_when(text, order)


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("1.234,56", DecimalMark.COMMA, "1234.56"),
        ("-8,20", DecimalMark.COMMA, "-8.20"),
        ("€ 8,50", DecimalMark.COMMA, "€ 8.50"),
        ("1,0", DecimalMark.COMMA, "1.0"),
        ("3", DecimalMark.COMMA, "3"),
        ("1.234,56", DecimalMark.AUTO, "1234.56"),
        ("8.20", DecimalMark.AUTO, "8.20"),
        ("1,234.56", DecimalMark.AUTO, "1,234.56"),
        ("8,20", DecimalMark.POINT, "8,20"),
    ],
)
def test_numbers_are_read_with_the_profiles_decimal_mark(
    text: str, mark: DecimalMark, expected: str
) -> None:
    assert number_text(text, mark) == expected


@pytest.mark.parametrize("text", ["1.5", "8.2", "1.23,4", "12.34.567,8"])
def test_a_point_that_groups_no_thousands_is_refused_with_decimal_commas(text: str) -> None:
    with pytest.raises(InputError, match=r"1\.234,56"):
        number_text(text, DecimalMark.COMMA)
