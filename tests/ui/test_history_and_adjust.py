"""Adjusting stock records a movement; the history lists it and Undo compensates it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import Unit
from inventory_app.services.ledger import movements as stock
from inventory_app.services.views.stock import Order, StockRow, history
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.adjust_dialog import AdjustDialog
from inventory_app.ui.dialogs.history_dialog import HistoryDialog
from inventory_app.ui.models.history_model import HistoryColumn
from tests.ui.conftest import Bar


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


def test_history_lists_movements_newest_first_and_undo_compensates(
    qtbot: Any, context: AppContext, bar: Bar
) -> None:
    operations.adjust_stock(
        context,
        adjustment=operations.Adjustment(
            sku="CAMP-1L", amount=Decimal(-40), unit=Unit.ML, reason=Reason.WASTE
        ),
    )
    dialog = HistoryDialog(None, context=context, item_id=bar.campari, title="Campari")
    qtbot.addWidget(dialog)
    texts = [
        [dialog.model.index(r, c).data() for c in (HistoryColumn.REASON, HistoryColumn.CHANGE)]
        for r in range(dialog.model.rowCount())
    ]
    assert texts == [["waste", "-40 ml"], ["receive", "+1,000 ml"]]
    assert dialog.undo_button.isEnabled()
    dialog.undo_selected()
    assert on_hand(context, bar.campari) == Decimal(1000)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, HistoryColumn.REASON).data() == "undo"
    assert dialog.model.index(0, HistoryColumn.CHANGE).data() == "+40 ml"
    assert dialog.model.entry_at(1).undone


def test_undo_is_refused_gracefully(qtbot: Any, context: AppContext, bar: Bar) -> None:
    dialog = HistoryDialog(None, context=context, item_id=bar.gin, title="Tanqueray")
    qtbot.addWidget(dialog)
    dialog.undo_selected()
    dialog.table.selectRow(1)
    assert not dialog.undo_button.isEnabled()
    dialog.undo_selected()
    assert "already undone" in dialog.message.text()
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    error = operations.undo_movement(context, movement_id=dialog.model.entry_at(0).movement_id)
    assert isinstance(error, InputError)
    assert on_hand(context, bar.gin) == Decimal(0)


def test_history_model_passes_qt_model_tester(
    qtbot: Any, qtmodeltester: Any, context: AppContext, bar: Bar
) -> None:
    dialog = HistoryDialog(None, context=context, item_id=bar.gin, title="Tanqueray")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
