"""ui/pages/count_widgets.py: the count table, driven by keys as a person counts.

The table holds a CountModel saving through ui/operations.set_count_line, as the Count
page's does, on the test bar's file (walking order: Angostura, Tanqueray, Campari, cups).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from inventory_app.domain.errors import InventoryError
from inventory_app.services.counts.view import CountRow
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.count_model import CountColumn, CountModel
from inventory_app.ui.pages.count_widgets import ROW_HEIGHT, CountTable
from tests.ui.conftest import Bar

D = Decimal
ANGOSTURA, GIN, CAMPARI, CUPS = range(4)


@pytest.fixture
def table(qtbot: Any, context: AppContext, bar: Bar) -> CountTable:
    assert operations.start_count(context, locations=()) is None

    def save(row: CountRow, texts: Mapping[str, str]) -> CountRow | InventoryError:
        return operations.set_count_line(context, item_id=row.item_id, sku=row.sku, texts=texts)

    model = CountModel(save)
    model.update_rows(queries.load_count_state(context.database).rows, editable=True)
    counting = CountTable(model)
    model.setParent(counting)
    qtbot.addWidget(counting)
    counting.resize(1100, 400)
    counting.show()
    counting.go_to(ANGOSTURA, CountColumn.FULL)
    return counting


def saved(context: AppContext, row: int) -> CountRow:
    return queries.load_count_state(context.database).rows[row]


def test_a_digit_opens_the_editor_previews_and_enter_saves_and_moves_down(
    qtbot: Any, context: AppContext, table: CountTable
) -> None:
    assert table.rowHeight(0) == ROW_HEIGHT
    qtbot.keyClicks(table, "2")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is table.delegate.open_editor
    assert table.count_model.index(ANGOSTURA, CountColumn.COUNTED).data() == "400 ml"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentIndex().row() == GIN)
    assert table.currentIndex().column() == CountColumn.FULL
    assert table.delegate.open_editor is None
    assert saved(context, ANGOSTURA).full == D(2)


def test_enter_on_a_cell_not_being_edited_only_moves_down(
    qtbot: Any, context: AppContext, table: CountTable
) -> None:
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.currentIndex().row() == GIN and saved(context, ANGOSTURA).full is None
    table.go_to(CUPS, CountColumn.FULL)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the last row: nowhere to go
    assert table.currentIndex().row() == CUPS


def test_delete_clears_an_entry_cell_and_nothing_else(
    qtbot: Any, context: AppContext, table: CountTable
) -> None:
    model = table.count_model
    assert model.setData(model.index(CUPS, CountColumn.QUANTITY), "80")
    assert saved(context, CUPS).quantity == D(80)
    table.go_to(CUPS, CountColumn.SKU)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert saved(context, CUPS).quantity == D(80)
    table.go_to(CUPS, CountColumn.QUANTITY)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert saved(context, CUPS).quantity is None


def test_a_scan_drops_the_edit_in_progress(
    qtbot: Any, context: AppContext, table: CountTable
) -> None:
    qtbot.keyClicks(table, "7")
    assert table.delegate.open_editor is not None
    table.go_to(CAMPARI, CountColumn.TENTHS)
    assert table.delegate.open_editor is None
    assert (table.currentIndex().row(), table.currentIndex().column()) == (
        CAMPARI, CountColumn.TENTHS,
    )  # fmt: skip
    assert saved(context, ANGOSTURA).full is None  # reverted, not saved
    assert table.count_model.index(ANGOSTURA, CountColumn.COUNTED).data() == ""
