"""The Stock page's parts: the search bar with its switches, and the table's fixed look."""

from __future__ import annotations

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from inventory_app.i18n.catalogue import tr
from inventory_app.services.views.stock import Order
from inventory_app.ui.models.stock_model import Column

ROW_HEIGHT = 30
# Wide enough for typical content at the default font; the Item column takes the rest.
COLUMN_WIDTHS = {
    Column.STATUS: 34,
    Column.SKU: 112,
    Column.CATEGORY: 96,
    Column.LOCATION: 128,
    Column.ON_HAND: 92,
    Column.CONTAINERS: 84,
    Column.PAR: 48,
    Column.REORDER_AT: 92,
    Column.SUPPLIER: 140,
}


class StockToolbar(QWidget):
    """Search as you type, the low-only switch, the order, the count and the item buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            tr("Search name, SKU, category, location, supplier, barcode…")
        )
        self.search.setToolTip(
            tr("Search by name, SKU, category, location, supplier or barcode; scan to jump")
        )  # the whole of it: the placeholder is cut short on a small screen
        self.search.setMinimumWidth(220)  # Italian words beside it must fit 1280 pixels
        self.low_only = QCheckBox(tr("&Low and out only"))
        self.order = QComboBox()
        self.order.addItem(tr("Walking order"), Order.LOCATION.value)
        self.order.addItem(tr("Name"), Order.NAME.value)
        self.order.setToolTip(tr("Walking order follows the locations of the room, as for a count"))
        order_label = QLabel(tr("&Order by"))
        order_label.setBuddy(self.order)
        self.count = QLabel()
        self.count.setObjectName("count")
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(4)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.search, 2)
        row.addWidget(self.low_only)
        row.addWidget(order_label)
        row.addWidget(self.order)
        row.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        row.addLayout(self._buttons)

    def add_buttons(self, actions: list[QAction]) -> None:
        """Tool buttons for the mouse; the same actions carry the keyboard shortcuts."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setIconSize(QSize(18, 18))
            button.setAutoRaise(True)
            self._buttons.addWidget(button)


def stock_table(model: QSortFilterProxyModel) -> QTableView:
    """A read-only row table with fixed row heights (never resized to contents)."""
    table = QTableView()
    table.setObjectName("stockTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setIconSize(QSize(16, 16))
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    for column, width in COLUMN_WIDTHS.items():
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(Column.ITEM, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(30)
    return table
