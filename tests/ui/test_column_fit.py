"""Columns sized from content and room; cut text shown whole on hover."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from inventory_app.ui.column_fit import MIN_TEXT_WIDTH, fit_table, share_room, widest_that_fits
from tests.ui.scenarios.cut_text import hover_tooltip


@pytest.mark.parametrize(
    ("wanted", "budget", "cap"),
    [
        ([50, 100, 300], 1000, 300),  # everything fits: nothing is cut
        ([50, 100, 300], 350, 200),  # the longest gives way first
        ([50, 100, 300], 240, 95),  # then the next ones share what is left
        ([], 100, 0),
    ],
)
def test_widest_that_fits(wanted: list[int], budget: int, cap: int) -> None:
    assert widest_that_fits(wanted, budget) == cap


@pytest.mark.parametrize(
    ("wanted", "room", "flexible", "stretch", "widths"),
    [
        # room to spare goes to the stretching column
        ({0: 80, 1: 200, 2: 60}, 500, [0, 1], [1], {0: 80, 1: 360, 2: 60}),
        # no stretching column: the text columns share it
        ({0: 80, 1: 200, 2: 60}, 500, [0, 1], [], {0: 160, 1: 280, 2: 60}),
        # short of room: the long text column is cut, the number never
        ({0: 80, 1: 400, 2: 60}, 300, [0, 1], [1], {0: 80, 1: 160, 2: 60}),
        # never below a readable minimum (the view then scrolls)
        ({0: 80, 1: 400, 2: 60}, 100, [0, 1], [1], {0: MIN_TEXT_WIDTH, 1: MIN_TEXT_WIDTH, 2: 60}),
    ],
)
def test_share_room(
    wanted: dict[int, int], room: int, flexible: list[int], stretch: list[int],
    widths: dict[int, int],
) -> None:  # fmt: skip
    assert share_room(wanted, room, flexible, stretch) == widths


def _table(qtbot: Any, width: int) -> QTableView:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["SKU", "Item", "On hand"])
    for sku, name, amount in [
        ("VER-COCCHI", "Cocchi Storico Vermouth di Torino 750 ml", "1,875 ml"),
        ("AMA-CAMP", "Campari Bitter 1 L", "5,200 ml"),
    ]:
        number = QStandardItem(amount)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.appendRow([QStandardItem(sku), QStandardItem(name), number])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    qtbot.addWidget(table)
    table.resize(width, 200)
    fit_table(table)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(20)
    return table


def test_a_wide_table_gives_the_room_to_the_names(qtbot: Any) -> None:
    table = _table(qtbot, 900)
    metrics = table.fontMetrics()
    name = "Cocchi Storico Vermouth di Torino 750 ml"
    assert table.columnWidth(1) > metrics.horizontalAdvance(name)
    assert table.columnWidth(2) >= metrics.horizontalAdvance("5,200 ml")
    total = sum(table.columnWidth(c) for c in range(3))
    assert total == table.viewport().width()


def test_a_narrow_table_cuts_the_name_and_hovering_shows_it(qtbot: Any) -> None:
    table = _table(qtbot, 300)
    metrics = table.fontMetrics()
    assert table.columnWidth(2) >= metrics.horizontalAdvance("5,200 ml")  # a number is whole
    index = table.model().index(0, 1)
    assert table.columnWidth(1) < metrics.horizontalAdvance(index.data())
    tip = hover_tooltip(table.viewport(), table.visualRect(index).center())
    assert tip == "Cocchi Storico Vermouth di Torino 750 ml"
    short = table.model().index(1, 0)  # 'AMA-CAMP' fits: no tooltip of our own
    assert hover_tooltip(table.viewport(), table.visualRect(short).center()) == ""


def test_a_column_dragged_by_hand_keeps_its_width(qtbot: Any) -> None:
    table = _table(qtbot, 900)
    header = table.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, 5)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(header.viewport(), edge + QPoint(60, 0))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(60, 0))
    chosen = header.sectionSize(0)
    table.resize(1000, 200)
    qtbot.wait(20)
    assert header.sectionSize(0) == chosen
