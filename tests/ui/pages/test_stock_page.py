"""ui/pages/stock_page.py: the item count, refreshing on a change, the item actions and the
table's rows, on the test bar in the real main window (moved from tests/ui/test_main_window.py;
the scans that select a row stay there, with the window's scanner)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QHeaderView

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.item_dialog import ItemDialog
from inventory_app.ui.main_window import MainWindow
from tests.ui.conftest import Bar


@pytest.fixture
def window(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def selected_sku(window: MainWindow) -> str | None:
    row = window.stock_page.current_row()
    return row.sku if row else None


def test_shows_every_item_with_a_count(window: MainWindow) -> None:
    assert window.stock_page.toolbar.count.text() == "4 items · 1 low · 1 out"
    window.stock_page.toolbar.search.setText("rialto")
    assert window.stock_page.toolbar.count.text() == "2 of 4 items · 1 low · 1 out"


def test_change_signal_refreshes_the_stock_page(
    window: MainWindow, context: AppContext, bar: Bar
) -> None:
    adjustment = operations.Adjustment("BIT-ANGO", Decimal(400), Unit.ML, Reason.CORRECTION)
    assert operations.adjust_stock(context, adjustment=adjustment) is None
    assert window.stock_page.toolbar.count.text() == "4 items · 1 low · 0 out"


def test_new_item_through_the_menu(window: MainWindow, qtbot: Any) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ItemDialog)
        dialog.form.edit("sku").setText("VER-DOL")
        dialog.form.edit("name").setText("Dolin Dry")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.stock_page.actions_by_name["new"].trigger()
    assert selected_sku(window) == "VER-DOL"
    assert window.statusBar().currentMessage() == "Added VER-DOL: Dolin Dry"


def test_history_opens_for_the_selected_item(window: MainWindow, bar: Bar) -> None:
    window.stock_page.select_item(bar.gin)
    dialog = window.stock_page.show_history()
    assert dialog is not None
    assert dialog.model.rowCount() == 1
    dialog.close()


def test_item_actions_need_a_selection(window: MainWindow, bar: Bar) -> None:
    window.stock_page.table.clearSelection()
    window.stock_page.table.setCurrentIndex(window.stock_page.proxy.index(-1, -1))
    assert not window.stock_page.actions_by_name["edit"].isEnabled()
    window.stock_page.select_item(bar.gin)
    assert window.stock_page.actions_by_name["edit"].isEnabled()


def test_return_on_a_row_opens_the_item_dialog(
    window: MainWindow, qtbot: Any, bar: Bar, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(ItemDialog, "ask", lambda *a, **kw: asked.append(kw["spec"]))
    window.stock_page.select_item(bar.gin)
    qtbot.keyClick(window.stock_page.table, Qt.Key.Key_Return)
    assert [spec.sku for spec in asked] == ["GIN-TANQ"]


def test_rows_have_a_fixed_height(window: MainWindow) -> None:
    rows = window.stock_page.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
