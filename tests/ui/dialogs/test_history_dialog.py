"""The history dialog lists an item's movements newest first; Undo compensates one."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import Unit
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.history_dialog import HistoryDialog
from inventory_app.ui.models.history_model import HistoryColumn
from tests.ui.conftest import Bar
from tests.ui.dialogs.test_adjust_dialog import on_hand


def test_history_lists_movements_newest_first_and_undo_compensates(
    qtbot: Any, context: AppContext, bar: Bar, held: list[QWidget]
) -> None:
    operations.adjust_stock(
        context,
        adjustment=operations.Adjustment(
            sku="CAMP-1L", amount=Decimal(-40), unit=Unit.ML, reason=Reason.WASTE
        ),
    )
    dialog = HistoryDialog(None, context=context, item_id=bar.campari, title="Campari")
    qtbot.addWidget(dialog)
    held.append(dialog)
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


def test_undo_is_refused_gracefully(
    qtbot: Any, context: AppContext, bar: Bar, held: list[QWidget]
) -> None:
    dialog = HistoryDialog(None, context=context, item_id=bar.gin, title="Tanqueray")
    qtbot.addWidget(dialog)
    held.append(dialog)
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
