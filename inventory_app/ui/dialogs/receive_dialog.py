"""The delivery against an order: what arrived of each line, at what price."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.units import format_decimal
from inventory_app.services.orders import OrderLineRow
from inventory_app.ui.styling import named

RECEIVED, COST = 3, 4  # the editable columns
_TITLES = ("SKU", "Item", "Ordered", "Received", "Unit cost €")


@dataclass(frozen=True)
class Delivery:
    """Per SKU, the containers that arrived and the price paid per container."""

    lines: dict[str, Decimal]
    costs: dict[str, Decimal]


class ReceiveDialog(QDialog):
    """Lines prefilled as ordered; the owner corrects a short delivery or a new price."""

    def __init__(self, parent: QWidget | None, *, title: str, lines: list[OrderLineRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._lines = list(lines)
        self.table = named(QTableWidget(len(lines), len(_TITLES)), "receiveLines")
        self.table.setHorizontalHeaderLabels(_TITLES)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(lines):
            cells = (line.sku, line.name, format_decimal(line.quantity))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, RECEIVED, QTableWidgetItem(format_decimal(line.quantity)))
            self.table.setItem(row, COST, QTableWidgetItem(format_decimal(line.unit_cost)))
        self.error = named(QLabel(), "dialogError")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Receive")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What arrived? Change a quantity for a short delivery."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 360)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, title: str, lines: list[OrderLineRow]
    ) -> Delivery | None:
        dialog = cls(parent, title=title, lines=lines)
        return dialog.delivery() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def set_received(self, sku: str, quantity: str, cost: str | None = None) -> None:
        """Type into a line, as the owner would (tests drive the dialog with it)."""
        row = next(i for i, line in enumerate(self._lines) if line.sku == sku)
        self._cell(row, RECEIVED).setText(quantity)
        if cost is not None:
            self._cell(row, COST).setText(cost)

    def delivery(self) -> Delivery:
        """Every line's quantity and cost; raises ValueError on text that is no number."""
        lines: dict[str, Decimal] = {}
        costs: dict[str, Decimal] = {}
        for row, line in enumerate(self._lines):
            lines[line.sku] = self._number(row, RECEIVED, line.sku)
            costs[line.sku] = self._number(row, COST, line.sku)
        return Delivery(lines, costs)

    def accept(self) -> None:
        """Close only when every cell holds a number of zero or more."""
        try:
            self.delivery()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _number(self, row: int, column: int, sku: str) -> Decimal:
        text = self._cell(row, column).text().strip().replace(",", ".").lstrip("€")
        try:
            value = Decimal(text or "0")
        except InvalidOperation:
            raise ValueError(f"{sku}: '{text}' is not a number") from None
        if value < 0 or not value.is_finite():
            raise ValueError(f"{sku}: the amount cannot be negative")
        return value
