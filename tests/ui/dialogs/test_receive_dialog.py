"""ui/dialogs/receive_dialog.py: what arrived of each line of an order, at what price.

The lines are a draft order's, made from the demo bar's proposal through ui/order_operations.py.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inventory_app.db.engine import Database
from inventory_app.services.ordering.order_reads import OrderLineRow
from inventory_app.ui import order_operations, queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.receive_dialog import COST, RECEIVED, Delivery, ReceiveDialog
from tests.ui.conftest import DEMO_OWNER


def draft_lines(demo_db: Database) -> list[OrderLineRow]:
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    assert isinstance(order_operations.create_draft_orders(context, quantities={}), list)
    drafts = queries.load_orders(demo_db, status="draft")
    draft = max(drafts, key=lambda d: d.lines)  # the one with the most lines
    assert draft.lines >= 2
    return queries.load_order_lines(demo_db, draft.order_id)


def modal() -> ReceiveDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReceiveDialog)
    return dialog


def test_lines_start_as_ordered_and_only_what_arrived_is_editable(
    qtbot: Any, demo_db: Database
) -> None:
    lines = draft_lines(demo_db)
    dialog = ReceiveDialog(None, title="Receive", lines=lines)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(lines)
    assert dialog.delivery() == Delivery(
        {x.sku: x.quantity for x in lines}, {x.sku: x.unit_cost for x in lines}
    )
    sku = dialog.table.item(0, 0)
    assert sku is not None and not sku.flags() & Qt.ItemFlag.ItemIsEditable
    received = dialog.table.item(0, RECEIVED)
    cost = dialog.table.item(0, COST)
    assert received is not None and received.flags() & Qt.ItemFlag.ItemIsEditable
    assert cost is not None and cost.flags() & Qt.ItemFlag.ItemIsEditable


def test_a_short_delivery_and_a_new_price_blank_is_none(qtbot: Any, demo_db: Database) -> None:
    lines = draft_lines(demo_db)
    dialog = ReceiveDialog(None, title="Receive", lines=lines)
    qtbot.addWidget(dialog)
    first, second = lines[0].sku, lines[1].sku
    dialog.set_received(first, "1", "12.5")
    dialog.set_received(second, "  ")
    delivery = dialog.delivery()
    assert delivery.lines[first] == Decimal(1) and delivery.costs[first] == Decimal("12.5")
    assert delivery.lines[second] == Decimal(0) and delivery.costs[second] == lines[1].unit_cost


def test_a_bad_price_keeps_the_dialog_open_with_the_clis_words(
    qtbot: Any, demo_db: Database
) -> None:
    lines = draft_lines(demo_db)
    sku = lines[0].sku

    def type_then_fix() -> None:
        dialog = modal()
        dialog.set_received(sku, "2", "a lot")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text().startswith(f"{sku}: ")
        dialog.set_received(sku, "2", "9.90")
        dialog.accept()

    QTimer.singleShot(0, type_then_fix)
    delivery = ReceiveDialog.ask(None, title="Receive", lines=lines)
    assert delivery is not None
    assert (delivery.lines[sku], delivery.costs[sku]) == (Decimal(2), Decimal("9.90"))
    QTimer.singleShot(0, lambda: modal().reject())
    assert ReceiveDialog.ask(None, title="Receive", lines=lines) is None


def test_in_italian_headings_are_italian_and_prices_have_a_decimal_comma(
    italian: None, qtbot: Any, demo_db: Database
) -> None:
    """A price pre-filled as '17,9' reads back as the same 17.90: nothing changes by language."""
    first, *rest = draft_lines(demo_db)
    lines = [replace(first, quantity=Decimal("1.5"), unit_cost=Decimal("17.90")), *rest]
    dialog = ReceiveDialog(None, title="Ricevi merce", lines=lines)
    qtbot.addWidget(dialog)
    headings = [dialog.table.horizontalHeaderItem(n).text() for n in range(5)]  # type: ignore[union-attr]
    assert headings == ["Codice", "Articolo", "Ordinato", "Ricevuto", "Costo unitario €"]
    cells = [dialog.table.item(0, column).text() for column in (2, RECEIVED, COST)]  # type: ignore[union-attr]
    assert cells == ["1,5", "1,5", "17,9"]
    assert dialog.delivery() == Delivery(
        {x.sku: x.quantity for x in lines}, {x.sku: x.unit_cost for x in lines}
    )
    dialog.set_received(lines[0].sku, "2", "9,90")
    assert dialog.delivery().costs[lines[0].sku] == Decimal("9.90")
