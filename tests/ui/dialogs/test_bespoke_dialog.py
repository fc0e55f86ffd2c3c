"""The bespoke drink dialog: the pours, a price typed in the locale, the channel and a note
go to `sell` as one order; what is missing or refused is said in the dialog."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling.sales import SaleResult
from inventory_app.ui.dialogs.bespoke_dialog import BespokeDialog, BespokeOrder
from tests.ui.dialogs.test_pour_editor import NEGRONI, SHEET

D = Decimal
SOLD = SaleResult(9, "Bespoke drink", D(1), Channel.SPEAKEASY, 2, ())


def dialog_with(qtbot: Any, answer: SaleResult | InventoryError) -> tuple[BespokeDialog, list]:
    orders: list[BespokeOrder] = []

    def sell(order: BespokeOrder) -> SaleResult | InventoryError:
        orders.append(order)
        return answer

    dialog = BespokeDialog(None, sheet=SHEET, recipe_pours=lambda _r, _c: NEGRONI, sell=sell)
    qtbot.addWidget(dialog)
    return dialog, orders


def test_a_drink_from_a_recipe_is_sold_with_its_price_channel_and_note(qtbot: Any) -> None:
    dialog, orders = dialog_with(qtbot, SOLD)
    assert dialog.chosen_channel() == Channel.SPEAKEASY  # the bar has one
    dialog.editor.recipe.setCurrentIndex(0)
    dialog.editor.start_button.click()
    assert dialog.price.text() == "€10.00"  # the recipe's menu price, offered
    dialog.price.setText("14.50")
    dialog.note.setText("  Marco  ")
    dialog.sell_button.click()
    assert orders == [BespokeOrder(NEGRONI, D("14.50"), Channel.SPEAKEASY, "Marco")]
    assert dialog.sold == SOLD and dialog.result() == BespokeDialog.DialogCode.Accepted


def test_a_price_typed_in_italian(qtbot: Any, italian: None) -> None:
    dialog, orders = dialog_with(qtbot, SOLD)
    dialog.show()
    dialog.editor.add_line("GIN-TANQ")
    dialog.price.setText("12,50 €")  # (QTest types no €: it aborts on it)
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)  # Enter presses no button: not sold yet
    assert orders == [] and dialog.isVisible() and dialog.editor.skus() == ["GIN-TANQ"]
    dialog.sell_button.click()
    assert orders[0].price == D("12.50") and orders[0].pours == [("GIN-TANQ", D(5), "cl")]


def test_missing_words_and_a_refusal_are_said_and_nothing_is_sold(qtbot: Any) -> None:
    dialog, orders = dialog_with(qtbot, InputError("no item with SKU 'X'"))
    dialog.sell_button.click()
    assert dialog.message.text() == "Tap at least one ingredient, or start from a recipe"
    dialog.editor.add_line("GIN-TANQ")
    dialog.sell_button.click()
    assert dialog.message.text() == "Type the price the guest pays"
    dialog.price.setText("cheap")
    dialog.sell_button.click()
    assert dialog.message.text() == "Price: expected a price such as 12.50, got 'cheap'"
    assert orders == []
    dialog.price.setText("14")
    dialog.sell_button.click()
    assert dialog.message.text() == "Not sold: no item with SKU 'X'"
    assert len(orders) == 1 and dialog.sold is None
