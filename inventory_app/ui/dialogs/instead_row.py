"""The Receive dialog's row under its table: another item that arrived instead of a line.

A row of its own so the dialog stays about the delivery: it shows the current line's
substitute (if any), lets the owner pick the other item by typing a few letters of its SKU
or name, and says when something was picked or typed. The dialog keeps what each line has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from inventory_app.i18n.catalogue import tr
from inventory_app.services.ordering.receiving_form import ItemOffer
from inventory_app.services.views.stock import ItemChoice
from inventory_app.ui.dialogs.recipe_lines import item_combo, picked_sku, select_sku
from inventory_app.ui.styling import named


@dataclass
class Instead:
    """What arrived instead of one line, as typed (read when the delivery is asked for)."""

    sku: str = ""
    quantity: str = ""
    price: str = ""


class InsteadRow(QWidget):
    """'Arrived instead of RUM-WRAY: [item] [how many] [€ each] [Nothing instead]'."""

    picked = Signal(str)  # a SKU chosen (or '' for none): the dialog fills in the rest
    typed = Signal()  # the quantity or the price edited

    def __init__(self, offers: Sequence[ItemOffer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.item = item_combo([ItemChoice(x.sku, x.name, "") for x in offers])
        self.item.setObjectName("insteadItem")
        self.item.setMinimumWidth(260)
        self.label.setBuddy(self.item)
        self.quantity = named(QLineEdit(), "insteadQuantity")
        self.quantity.setPlaceholderText(tr("how many"))
        self.quantity.setMaximumWidth(90)
        self.price = named(QLineEdit(), "insteadPrice")
        self.price.setPlaceholderText(tr("€ each"))
        self.price.setMaximumWidth(100)
        self.clear = QPushButton(tr("Nothing instead"))
        self.clear.clicked.connect(lambda: self.picked.emit(""))
        for widget, stretch in ((self.label, 0), (self.item, 1), (self.quantity, 0),
                                (self.price, 0), (self.clear, 0)):  # fmt: skip
            row.addWidget(widget, stretch)
        self.item.activated.connect(lambda _i: self._chosen())
        edit = self.item.lineEdit()
        if edit is not None:
            edit.editingFinished.connect(self._chosen)
        self.quantity.textEdited.connect(lambda _t: self.typed.emit())
        self.price.textEdited.connect(lambda _t: self.typed.emit())
        self._shown = ""  # the SKU shown: picking it again is no change

    def show_line(self, sku: str | None, instead: Instead) -> None:
        """The fields for line `sku` (None: no line, nothing to pick for)."""
        for widget in (self.item, self.quantity, self.price, self.clear):
            widget.setEnabled(sku is not None)
        if sku is None:
            self.label.setText(tr("Arrived &instead:"))
            return
        self.label.setText(tr("Arrived &instead of {sku}:").format(sku=sku))
        self.item.blockSignals(True)
        select_sku(self.item, instead.sku or None)
        self.item.blockSignals(False)
        self._shown = instead.sku
        self.quantity.setText(instead.quantity)
        self.price.setText(instead.price)

    def _chosen(self) -> None:
        sku = picked_sku(self.item)
        if sku != self._shown:
            self._shown = sku
            self.picked.emit(sku)
