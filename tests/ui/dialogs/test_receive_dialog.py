"""ui/dialogs/receive_dialog.py: the delivery against an order, in one dialog.

The lines are a draft order's, made from the demo bar's proposal through ui/order_operations.py.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from inventory_app.db.engine import Database
from inventory_app.domain.receiving import CostUpdate
from inventory_app.services.ordering.order_reads import OrderLineRow
from inventory_app.services.ordering.receiving import ArrivedLine, Delivery, Substitute
from inventory_app.services.ordering.receiving_form import ItemOffer
from inventory_app.ui import order_operations, queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.receive_dialog import COST, OUTCOME, RECEIVED, ReceiveDialog
from tests.ui.conftest import DEMO_OWNER

D = Decimal


def draft_lines(demo_db: Database) -> list[OrderLineRow]:
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    assert isinstance(order_operations.create_draft_orders(context, quantities={}), list)
    drafts = queries.load_orders(demo_db, status="draft")
    draft = max(drafts, key=lambda d: d.lines)  # the one with the most lines
    assert draft.lines >= 2
    return queries.load_order_lines(demo_db, draft.order_id)


def as_ordered(lines: list[OrderLineRow]) -> Delivery:
    arrived = tuple(ArrivedLine(x.sku, x.quantity, x.unit_cost) for x in lines)
    return Delivery(arrived, rest_as_ordered=False)


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
    assert dialog.delivery() == as_ordered(lines)
    assert dialog.summary.text() == "everything as ordered"
    sku = dialog.table.item(0, 0)
    assert sku is not None and not sku.flags() & Qt.ItemFlag.ItemIsEditable
    received = dialog.table.item(0, RECEIVED)
    cost = dialog.table.item(0, COST)
    assert received is not None and received.flags() & Qt.ItemFlag.ItemIsEditable
    assert cost is not None and cost.flags() & Qt.ItemFlag.ItemIsEditable


def test_a_short_line_and_a_new_price_are_marked_in_words_and_colour(
    qtbot: Any, demo_db: Database
) -> None:
    lines = draft_lines(demo_db)
    dialog = ReceiveDialog(None, title="Receive", lines=lines, rule=CostUpdate.AVERAGE)
    qtbot.addWidget(dialog)
    first, second = lines[0].sku, lines[1].sku
    dialog.set_received(first, "1", "12.5")
    dialog.set_received(second, "  ")
    delivery = dialog.delivery()
    assert delivery.lines[0] == ArrivedLine(first, D(1), D("12.5"))
    assert delivery.lines[1] == ArrivedLine(second, D(0), lines[1].unit_cost)
    outcome = [dialog.table.item(row, OUTCOME) for row in (0, 1, 2)]
    assert [cell.text() for cell in outcome if cell is not None] == [
        "short, price changed", "not arrived", "as ordered",
    ]  # fmt: skip
    colours = [cell.background().color().name() for cell in outcome if cell is not None]
    assert colours[0] != colours[1] and colours[2] == "#000000"  # no fill where as ordered
    assert dialog.summary.text() == (
        "1 line short, 1 line not arrived, 1 price changed: cost updated by the weighted average"
    )


def test_something_else_arrived_instead_of_a_line(qtbot: Any, demo_db: Database) -> None:
    """Picking the other item sets the line to none of its own and all of the other at its
    cost; the price typed over it is what the delivery reads."""
    lines = draft_lines(demo_db)
    other = ItemOffer("BIT-ANGO", "Angostura", D("11.00"))
    dialog = ReceiveDialog(None, title="Receive", lines=lines, offers=[other])
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(1, RECEIVED)
    assert dialog.instead.label.text() == f"Arrived &instead of {lines[1].sku}:"
    qtbot.keyClicks(dialog.instead.item.lineEdit(), "BIT-ANGO")
    qtbot.keyClick(dialog.instead.item.lineEdit(), Qt.Key.Key_Return)
    assert dialog.instead.price.text() == "11.00"
    dialog.instead.price.clear()
    qtbot.keyClicks(dialog.instead.price, "9.50")
    delivery = dialog.delivery()
    assert delivery.lines[1] == ArrivedLine(
        lines[1].sku, D(0), lines[1].unit_cost, Substitute("BIT-ANGO", lines[1].quantity, D("9.50"))
    )
    cell = dialog.table.item(1, OUTCOME)
    assert cell is not None and cell.text().startswith("substituted: BIT-ANGO × ")
    assert (
        dialog.summary.text()
        == "1 line substituted, 1 price changed: cost updated to the last price"
    )
    dialog.instead.clear.click()
    assert dialog.delivery().lines[1].substitute is None


def test_a_bad_price_keeps_the_dialog_open_with_the_clis_words(
    qtbot: Any, demo_db: Database
) -> None:
    lines = draft_lines(demo_db)
    sku = lines[0].sku

    def type_then_fix() -> None:
        dialog = modal()
        dialog.set_received(sku, "2", "a lot")
        assert dialog.summary.text().startswith(f"{sku}: ")
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text().startswith(f"{sku}: ")
        dialog.set_received(sku, "2", "9.90")
        dialog.ddt.setText("DDT 7")
        dialog.accept()

    QTimer.singleShot(0, type_then_fix)
    dialog = ReceiveDialog(None, title="Receive", lines=lines)
    assert dialog.exec() == ReceiveDialog.DialogCode.Accepted
    delivery = dialog.delivery()
    assert delivery.lines[0] == ArrivedLine(sku, D(2), D("9.90"))
    assert delivery.delivery_note == "DDT 7"


def test_in_italian_headings_are_italian_and_prices_have_a_decimal_comma(
    italian: None, qtbot: Any, demo_db: Database
) -> None:
    """A price pre-filled as '17,90' reads back as the same 17.90: nothing changes by language."""
    first, *rest = draft_lines(demo_db)
    lines = [replace(first, quantity=Decimal("1.5"), unit_cost=Decimal("17.90")), *rest]
    dialog = ReceiveDialog(None, title="Ricevi merce", lines=lines)
    qtbot.addWidget(dialog)
    headings = [dialog.table.horizontalHeaderItem(n).text() for n in range(7)]  # type: ignore[union-attr]
    assert headings == [
        "Codice", "Articolo", "Ordinato", "Arrivato", "Prezzo ordine €", "Prezzo fattura €",
        "Esito",
    ]  # fmt: skip
    cells = [dialog.table.item(0, column).text() for column in (2, RECEIVED, COST)]  # type: ignore[union-attr]
    assert cells == ["1,5", "1,5", "17,90"]
    assert dialog.delivery() == as_ordered(lines)
    dialog.set_received(lines[0].sku, "1", "9,90")
    assert dialog.delivery().lines[0].price == Decimal("9.90")
    assert dialog.summary.text() == (
        "1 riga in meno, 1 prezzo cambiato: costo aggiornato all'ultimo prezzo"
    )


def test_enter_ends_a_cell_and_goes_down_ctrl_enter_receives(qtbot: Any, demo_db: Database) -> None:
    """Enter in the table never receives the delivery by accident; Ctrl+Enter does."""
    lines = draft_lines(demo_db)
    dialog = ReceiveDialog(None, title="Receive", lines=lines)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setCurrentCell(0, RECEIVED)
    dialog.table.editItem(dialog.table.item(0, RECEIVED))  # type: ignore[arg-type]
    editor = dialog.table.viewport().findChildren(QLineEdit)[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.currentRow() == 1)
    assert dialog.isVisible() and dialog.table.item(0, RECEIVED).text() == "2"  # type: ignore[union-attr]
    qtbot.keyClick(dialog.ddt, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.ddt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ReceiveDialog.DialogCode.Accepted
