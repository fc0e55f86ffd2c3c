"""The date, time and item every sales format has (io/sales_line.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import ExactNumberText
from inventory_app.io.columns import find_columns
from inventory_app.io.sales_cells import local_to_utc
from inventory_app.io.sales_line import SalesFormat, item_name, read_when_and_item
from inventory_app.io.sheet_stream import SheetRow
from tests.timezones import local_zone


@pytest.fixture(autouse=True)
def rome() -> Iterator[None]:
    """Milan's clock; local_to_utc keeps its answers, so they are forgotten on each change."""
    local_to_utc.cache_clear()
    with local_zone("Europe/Rome"):
        yield
    local_to_utc.cache_clear()


def when_and_item(
    cells: tuple[str, ...], header: tuple[str, ...] = ("date", "time", "item")
) -> tuple[datetime | None, str | None, list[str]]:
    problems: list[InputError] = []
    at, item = read_when_and_item(SheetRow(4, cells), find_columns(header, str.lower), problems)
    return at, item, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("cells", "at"),
    [
        (("2026-01-15", "21:30", "Negroni"), datetime(2026, 1, 15, 20, 30)),  # CET, UTC+1
        (("2026-07-15", "21:30:15", "Negroni"), datetime(2026, 7, 15, 19, 30, 15)),  # CEST
        (("2026-03-29", "03:30", "Negroni"), datetime(2026, 3, 29, 1, 30)),  # just after 02:00
        (("2026-03-06", "", "Negroni"), datetime(2026, 3, 5, 23, 0)),  # a blank time: midnight
    ],
    ids=["winter", "summer", "spring-forward", "no-time"],
)
def test_the_bars_wall_clock_becomes_naive_utc(cells: tuple[str, ...], at: datetime) -> None:
    assert when_and_item(cells) == (at, "Negroni", [])


def test_a_file_without_a_time_column_sells_at_midnight() -> None:
    at, item, problems = when_and_item(("2026-03-06", "Shot"), header=("Date", "Item"))
    assert (at, item, problems) == (datetime(2026, 3, 5, 23, 0), "Shot", [])


def test_bad_cells_are_named_and_leave_no_moment() -> None:
    at, item, problems = when_and_item(("06/03/2026", "9pm", ""))
    assert (at, item) == (None, None)
    assert problems == [
        "row 4, column 'date': expected a date as YYYY-MM-DD, got '06/03/2026'",
        "row 4, column 'time': expected a time as HH:MM or HH:MM:SS, got '9pm'",
        "row 4, column 'item': expected an item name (a recipe or POS name), got an empty cell",
    ]


def test_a_good_time_on_a_bad_date_still_gives_no_moment() -> None:
    at, item, problems = when_and_item(("2026-02-30", "21:00", "Negroni"))
    assert (at, item) == (None, "Negroni") and len(problems) == 1


def test_an_item_named_by_a_number_cell_is_plain_text() -> None:
    name = item_name(ExactNumberText("1234"))
    assert name == "1234" and type(name) is str


def test_the_formats_by_name() -> None:
    assert [f.value for f in SalesFormat] == ["auto", "square", "generic"]
