"""The Control page: a week's openings, what is open now, the excess and the flags."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inventory_app.ui.context import AppContext
from inventory_app.ui.models.row_table_model import RowTableModel
from inventory_app.ui.pages.control_page import ControlPage, period_text, week_start
from tests.conftest import AUTHOR
from tests.ui.conftest import Bar
from tests.ui.control_week import stage_control_week

D = Decimal
TODAY = date(2026, 3, 12)  # a Thursday
WEEK_OF_OPENINGS = date(2026, 3, 2)
AMBER = QColor("#fde7c8")
Background = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def page(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[ControlPage]:
    """Campari opened three times with nothing sold; Tanqueray opened once then undone;
    a whisky bottle open since 2024 (past the 12-month oxidation age); an old flask."""
    with context.database.transaction() as s:
        stage_control_week(s)
    page = ControlPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    yield page


def texts(model: RowTableModel[Any]) -> list[list[str]]:
    return [[model.cell_text(row, c) for c in range(model.columnCount())] for row in model.rows]


def test_default_is_this_week_monday_to_sunday(page: ControlPage) -> None:
    assert page.period() == (date(2026, 3, 9), date(2026, 3, 15))
    assert page.period_label.text() == "Mon 9 Mar – Sun 15 Mar 2026"
    assert not page.next_button.isEnabled()  # next week has not happened yet


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("previous_button", (date(2026, 3, 2), date(2026, 3, 8))),
        ("last_days_button", (date(2026, 3, 6), date(2026, 3, 12))),
    ],
)
def test_week_navigation_changes_the_period(
    page: ControlPage, button: str, expected: tuple[date, date]
) -> None:
    getattr(page, button).click()
    assert page.period() == expected
    assert page.period_label.text() == period_text(*expected)


def test_next_week_after_previous_comes_back(page: ControlPage) -> None:
    page.previous_button.click()
    page.previous_button.click()
    assert page.next_button.isEnabled()
    page.next_button.click()
    assert page.period() == (date(2026, 3, 2), date(2026, 3, 8))


def test_excess_shows_for_the_week_of_the_openings_and_not_the_week_before(
    page: ControlPage,
) -> None:
    page.show_week_of(WEEK_OF_OPENINGS)
    assert texts(page.excess_model) == [["CAMP-1L", "Campari", "3", "3,000 ml", "0 ml", "3,000 ml"]]
    assert page.excess_model.index(0, 0).data(Background) == QColor("#fdecea")
    assert page.excess_caption.text() == "OPENINGS BEYOND USAGE · 1"
    page.previous_button.click()
    assert page.excess_model.rows == []
    assert page.excess_note.text() == (
        "No item was opened beyond its usage (tolerance 1 container)"
    )


def test_opened_in_the_week_leaves_out_undone_openings(page: ControlPage) -> None:
    page.show_week_of(WEEK_OF_OPENINGS)
    assert [row[1:] for row in texts(page.week_model)] == [["Campari", "CAMP-1L", AUTHOR]] * 3
    page.previous_button.click()
    assert page.week_model.rows == []


def test_open_now_lists_bottles_then_bulk_items(page: ControlPage) -> None:
    assert [[r[0], r[1], r[2], r[5]] for r in texts(page.open_model)] == [
        ["#1 Cask 7", "WHI-MAC18", "bottle", "oxidation"],
        ["Campari", "CAMP-1L", "3 open", ""],
    ]
    assert page.open_model.index(0, 0).data(Background) == AMBER
    assert page.open_model.index(1, 0).data(Background) is None


def test_an_old_open_bottle_and_an_expired_flask_are_flagged_amber(page: ControlPage) -> None:
    rows = texts(page.flag_model)
    assert [r[:4] for r in rows] == [
        ["oxidation", "#1 Cask 7", "WHI-MAC18", rows[0][3]],
        ["shelf life", "Batched Negroni", "FL-NEG", rows[1][3]],
    ]
    assert rows[0][3].startswith("2024-01-0")  # local day of the opening
    assert rows[0][4] == "open over 12 months, 700 ml left"
    assert all(page.flag_model.index(n, 0).data(Background) == AMBER for n in range(2))
    assert page.flag_caption.text() == "OXIDATION AND SHELF LIFE · 2"


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 3, 9), date(2026, 3, 9)),
        (date(2026, 3, 12), date(2026, 3, 9)),
        (date(2026, 3, 15), date(2026, 3, 9)),
        (date(2026, 3, 1), date(2026, 2, 23)),
    ],
)
def test_week_start_is_the_monday(day: date, monday: date) -> None:
    assert week_start(day) == monday
