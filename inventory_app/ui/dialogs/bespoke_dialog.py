"""A bespoke drink at the counter: what was poured, the price typed in, the channel, a note.

The speakeasy makes drinks to the guest's taste (issue 18). Sell writes one sale of no
recipe through services/selling/bespoke.py, in one transaction; the Sell page's Undo
voids it like any sale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventory_app.domain.display import heading_word
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.money import format_money, parse_money
from inventory_app.domain.recipes import Channel
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.pour_reads import PourSheet
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.sales import SaleResult
from inventory_app.ui import pour_work
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.pour_editor import PourEditor
from inventory_app.ui.styling import named, set_state


@dataclass(frozen=True)
class BespokeOrder:
    """What the bartender entered: one drink of these pours at this price."""

    pours: list[PourSpec]
    price: Decimal
    channel: Channel
    note: str


SellBespoke = Callable[[BespokeOrder], SaleResult | InventoryError]
RecipePours = Callable[[int, Channel], list[PourSpec]]


class BespokeDialog(QDialog):
    """The pour editor above a price, the channel and a note; Sell sells it once."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        sheet: PourSheet,
        recipe_pours: RecipePours,
        sell: SellBespoke,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bespokeDialog")
        self.setWindowTitle(tr("Bespoke drink"))
        self._sell = sell
        self._prices = {entry.recipe_id: entry.price for entry in sheet.recipes}
        self.sold: SaleResult | None = None
        self.channel = named(QComboBox(), "bespokeChannel")
        for channel in Channel:
            self.channel.addItem(heading_word(channel.label), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(sheet.bespoke_channel.value))
        self.editor = PourEditor(
            sheet, recipe_lines=lambda recipe_id: recipe_pours(recipe_id, self.chosen_channel())
        )
        self.editor.started.connect(self._started)
        self.price = named(QLineEdit(), "bespokePrice")
        self.price.setPlaceholderText(tr("what the guest pays, such as 14"))
        self.note = named(QLineEdit(), "bespokeNote")
        self.note.setPlaceholderText(tr("the guest's name, or what it was"))
        self.note.setMaxLength(400)
        form = QFormLayout()
        price_label = QLabel(tr("&Price"))
        price_label.setBuddy(self.price)
        note_label = QLabel(tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(price_label, self.price)
        channel_label = QLabel(tr("C&hannel"))
        channel_label.setBuddy(self.channel)
        form.addRow(channel_label, self.channel)
        form.addRow(note_label, self.note)
        self.message = named(QLabel(wordWrap=True), "fieldError")
        self.message.hide()
        self.buttons = standard_buttons(QDialogButtonBox.StandardButton.Cancel)
        self.sell_button = named(QPushButton(tr("&Sell")), "bespokeSell")
        self.buttons.addButton(self.sell_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sell_button.clicked.connect(self.sell_it)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self.editor.search.setFocus()
        for button in self.findChildren(QPushButton):  # Enter in a field never presses one:
            button.setAutoDefault(False)  # in the search it adds an item, elsewhere nothing

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        sheet: PourSheet,
        recipe_pours: RecipePours,
        sell: SellBespoke,
    ) -> SaleResult | None:
        """Modal; the sale made, or None if nothing was sold."""
        dialog = cls(parent, sheet=sheet, recipe_pours=recipe_pours, sell=sell)
        dialog.exec()
        return dialog.sold

    def _started(self, recipe_id: int) -> None:
        """Starting from a recipe offers its menu price, unless one was typed already."""
        price = self._prices.get(recipe_id)
        if price is not None and not self.price.text().strip():
            self.price.setText(format_money(price))

    def order(self) -> BespokeOrder:
        """What was entered; a bad amount or price is marked and raised."""
        pours = self.editor.pours()
        set_state(self.price, "invalid", False)
        try:
            price = parse_money(self.price.text()) if self.price.text().strip() else None
        except InputError as error:
            set_state(self.price, "invalid", True)
            raise InputError(tr("Price: {problem}").format(problem=error.detail)) from None
        if price is None:
            set_state(self.price, "invalid", True)
            raise InputError(tr("Type the price the guest pays"))
        return BespokeOrder(pours, price, self.chosen_channel(), self.note.text().strip())

    def chosen_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def sell_it(self) -> None:
        try:
            order = self.order()
        except InputError as error:
            self._problem(error.detail)
            return
        done = self._sell(order)
        if isinstance(done, InventoryError):
            self._problem(tr("Not sold: {error}").format(error=done))
            return
        self.sold = done
        self.accept()

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def sell_bespoke_drink(parent: QWidget | None, context: AppContext) -> SaleResult | None:
    """The Sell page's Bespoke drink: the dialog over the window's reads and its one Op."""
    database = context.database
    return BespokeDialog.ask(
        parent,
        sheet=pour_work.load_pour_sheet(database),
        recipe_pours=lambda recipe_id, channel: pour_work.load_recipe_pours(
            database, recipe_id, channel
        ),
        sell=lambda order: pour_work.sell_bespoke(
            context, pours=order.pours, price=order.price, channel=order.channel,
            note=order.note,
        ),
    )  # fmt: skip
