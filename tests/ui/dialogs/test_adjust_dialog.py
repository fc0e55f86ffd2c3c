"""Adjusting stock in the dialog records a movement, or refuses and says why."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.stock import Order, StockRow, history
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.adjust_dialog import AdjustDialog
from tests.ui.conftest import Bar

Cancel = QDialogButtonBox.StandardButton.Cancel


def row_of(context: AppContext, item_id: int) -> StockRow:
    rows = queries.load_stock(context.database, order=Order.NAME)
    return next(r for r in rows if r.item_id == item_id)


def adjust_dialog(qtbot: Any, context: AppContext, item_id: int) -> AdjustDialog:
    dialog = AdjustDialog(
        None,
        row=row_of(context, item_id),
        submit=lambda a: operations.adjust_stock(context, adjustment=a),
    )
    qtbot.addWidget(dialog)
    return dialog


def on_hand(context: AppContext, item_id: int) -> Decimal:
    with context.database.sessions() as s:
        return stock.on_hand(s, item_id)


def test_adjust_records_a_movement(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = adjust_dialog(qtbot, context, bar.campari)
    dialog.reason.setCurrentIndex(dialog.reason.findData("breakage"))
    dialog.quantity.setText("-4 cl")
    dialog.note.setText("dropped the bottle")
    with qtbot.waitSignal(context.changes.changed):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert on_hand(context, bar.campari) == Decimal(960)
    with context.database.sessions() as s:
        latest = history(s, bar.campari)[0]
    assert (latest.reason, latest.delta, latest.note) == ("breakage", -40, "dropped the bottle")


def test_adjust_refuses_an_unreadable_quantity(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = adjust_dialog(qtbot, context, bar.campari)
    for text, message in [("lots", "expected a quantity"), ("-2 pcs", "cannot convert pcs")]:
        dialog.quantity.setText(text)
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert message in dialog.error.text()
    assert on_hand(context, bar.campari) == Decimal(1000)


def test_in_italian_the_dialog_speaks_italian_and_refuses_in_it(
    italian: None, qtbot: Any, context: AppContext, bar: Bar
) -> None:
    """What the bartender sees: title, labels, reasons, the stock grouped the Italian way."""
    dialog = adjust_dialog(qtbot, context, bar.campari)
    assert dialog.windowTitle() == "Rettifica giacenza: Campari"
    labels = [dialog.reason.itemText(n) for n in range(dialog.reason.count())]
    assert labels == ["Scarto", "Rottura", "Omaggio", "Rettifica"]
    assert dialog.reason.itemData(0) == "waste"  # the stored reason stays the same
    assert "1.000 ml in giacenza" in [w.text() for w in dialog.findChildren(QLabel)]
    assert dialog.quantity.placeholderText() == "-40 ml   (un numero negativo toglie giacenza)"
    assert dialog.findChild(QDialogButtonBox).button(Cancel).text() == "Annulla"  # type: ignore[union-attr]
    dialog.quantity.setText("-2 pcs")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
