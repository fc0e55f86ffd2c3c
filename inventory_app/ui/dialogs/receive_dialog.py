"""The delivery against an order: what arrived of each line, at what price."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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

from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.ordering import check_delivered, parse_containers
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.ordering.order_reads import OrderLineRow
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.styling import named

RECEIVED, COST = 3, 4  # the editable columns
_TITLES = (N_("SKU"), N_("Item"), N_("Ordered"), N_("Received"), N_("Unit cost €"))


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
        self.table.setHorizontalHeaderLabels([tr(t) for t in _TITLES])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(lines):
            cells = (line.sku, line.name, _editable(line.quantity))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, RECEIVED, QTableWidgetItem(_editable(line.quantity)))
            self.table.setItem(row, COST, QTableWidgetItem(_editable(line.unit_cost)))
        self.error = named(QLabel(), "dialogError")
        self.error.hide()
        buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Receive"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What arrived? Change a quantity for a short delivery.")))
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
        """Every line's quantity and cost; InputError, as the CLI gives, on a bad one."""
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
        except InputError as error:
            self.error.setText(error.detail)
            self.error.show()
            return
        super().accept()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _number(self, row: int, column: int, sku: str) -> Decimal:
        """Read as `order receive --line/--cost` reads it, so the message is the same."""
        text = self._cell(row, column).text().strip()
        if not text:
            return Decimal(0)
        try:
            value = parse_containers(text) if column == RECEIVED else parse_money(text)
        except InputError as error:
            raise InputError(f"{sku}: {error.detail}") from None
        return check_delivered(sku, value, "quantity" if column == RECEIVED else "cost")


def _editable(value: Decimal) -> str:
    """A number as the owner types it: no thousands groups, the reader's decimal mark."""
    return localized_number(format_decimal(value))
