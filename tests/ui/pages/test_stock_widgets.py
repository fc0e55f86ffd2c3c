"""ui/pages/stock_widgets.py: the Stock page's toolbar and its fixed-height, read-only table.

The table shows the demo bar's stock rows through the page's own filter proxy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolButton

from inventory_app.db.engine import Database
from inventory_app.services.views.stock import Order
from inventory_app.ui import queries
from inventory_app.ui.models.stock_model import Column, StockFilterProxy, StockTableModel
from inventory_app.ui.pages.stock_widgets import (
    COLUMN_WIDTHS,
    ROW_HEIGHT,
    StockToolbar,
    stock_table,
)


def test_the_toolbar_offers_both_orders_and_a_button_per_action(qtbot: Any) -> None:
    toolbar = StockToolbar()
    qtbot.addWidget(toolbar)
    orders = [toolbar.order.itemData(n) for n in range(toolbar.order.count())]
    assert orders == [Order.LOCATION.value, Order.NAME.value]
    actions = [QAction("New item", toolbar), QAction("Adjust", toolbar)]
    toolbar.add_buttons(actions)
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.autoRaise()]
    assert [b.defaultAction() for b in buttons] == actions
    assert all(b.iconSize().width() == 18 for b in buttons)
    assert toolbar.search.isClearButtonEnabled() and not toolbar.low_only.isChecked()


def test_the_table_is_read_only_with_fixed_rows_and_widths(qtbot: Any, demo_db: Database) -> None:
    source = StockTableModel()
    source.set_rows(queries.load_stock(demo_db, order=Order.LOCATION))
    proxy = StockFilterProxy()
    source.setParent(proxy)
    proxy.setSourceModel(source)
    table = stock_table(proxy)
    qtbot.addWidget(table)
    table.resize(1400, 600)
    table.show()
    assert table.model() is proxy and proxy.rowCount() == source.rowCount() > 0
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.isSortingEnabled() and table.horizontalHeader().sortIndicatorSection() == -1
    assert table.rowHeight(0) == ROW_HEIGHT and not table.verticalHeader().isVisible()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(Column.ITEM) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(Column.STATUS) == QHeaderView.ResizeMode.Fixed
    assert table.columnWidth(Column.STATUS) == COLUMN_WIDTHS[Column.STATUS]
    assert table.columnWidth(Column.SKU) == COLUMN_WIDTHS[Column.SKU]
    assert table.columnWidth(Column.ITEM) > COLUMN_WIDTHS[Column.SUPPLIER]  # takes the rest
