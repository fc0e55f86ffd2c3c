"""ui/models/history_model.py: one item's movements, undone ones struck through."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from inventory_app.domain.catalogue import Reason
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import Unit
from inventory_app.ui import operations, queries
from inventory_app.ui.context import AppContext
from inventory_app.ui.models.history_model import HistoryColumn, HistoryModel, can_undo
from tests.ui.conftest import Bar, Menu

Role = Qt.ItemDataRole


def test_an_undone_waste_is_kept_struck_through_and_cannot_be_undone_again(
    qtmodeltester: Any, context: AppContext, bar: Bar
) -> None:
    waste = operations.Adjustment("GIN-TANQ", Decimal(-2), Unit.CL, Reason.WASTE, note="spilt")
    assert operations.adjust_stock(context, adjustment=waste) is None
    [wasted, _received] = queries.load_history(context.database, bar.gin)
    assert operations.undo_movement(context, movement_id=wasted.movement_id) is None
    model = HistoryModel()
    model.set_entries(queries.load_history(context.database, bar.gin))
    qtmodeltester.check(model)
    texts = [[model.cell_text(e, c) for c in HistoryColumn][1:] for e in model.rows]
    assert [t[:3] + t[4:] for t in texts] == [
        ["undo", "+20 ml", context.user, texts[0][4]],
        ["waste", "-20 ml", context.user, "spilt"],
        ["receive", "+1,400 ml", context.user, ""],
    ]
    undo, undone, received = (model.entry_at(n) for n in range(3))
    assert [can_undo(e) for e in (undo, undone, received)] == [False, False, True]
    font = model.index(1, HistoryColumn.CHANGE).data(Role.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(1, 0).data(Role.ToolTipRole) == "This movement was undone by a later one"
    assert model.index(2, 0).data(Role.FontRole) is None
    assert model.index(0, HistoryColumn.CHANGE).data(Role.TextAlignmentRole) is not None


def test_a_sales_line_shows_its_drink_and_keeps_the_reference_in_the_tip(
    qtmodeltester: Any, context: AppContext, menu: Menu, bar: Bar
) -> None:
    sold = operations.sell(context, name="Negroni", quantity=Decimal(2), channel=Channel.TAKEAWAY)
    assert not isinstance(sold, Exception), sold
    model = HistoryModel()
    model.set_entries(queries.load_history(context.database, bar.gin))
    qtmodeltester.check(model)
    sale = model.entry_at(0)
    assert sale.detail and model.cell_text(sale, HistoryColumn.REFERENCE) == sale.detail
    tip = model.index(0, HistoryColumn.REFERENCE).data(Role.ToolTipRole)
    assert tip == f"{sale.detail} ({sale.reference})"
    assert model.cell_text(sale, HistoryColumn.CHANGE) == "-60 ml"
