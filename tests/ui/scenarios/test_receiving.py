"""Receiving a delivery against its order, as the owner does it at the bar (issue 19).

"Receiving a short delivery with a DDT number and a changed price is one dialog": the owner
sends an order, opens Receive, types the DDT number, makes one line short and one price
new, all with the keyboard, and accepts. The ledger, the order's papers, each line's
outcome and the item's new cost are then read back from the database, exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget, QWidget
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Item, Movement
from inventory_app.domain.receiving import LineOutcome
from inventory_app.domain.units import format_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.audit_log.entries import as_change
from inventory_app.services.ordering import order_reads
from inventory_app.ui.dialogs.documents_dialog import DocumentsDialog
from inventory_app.ui.dialogs.receive_dialog import COST, OUTCOME, RECEIVED, ReceiveDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.pages.orders_page import OrdersPage
from tests.ui.scenarios.conftest import go_to
from tests.ui.scenarios.driving import click, when_a_dialog_opens
from tests.ui.scenarios.test_orders import pick_order

D = Decimal
SUMMARY = {
    "en": "1 line short, 1 price changed: cost updated to the last price",
    "it": "1 riga in meno, 1 prezzo cambiato: costo aggiornato all'ultimo prezzo",
}


def type_in_cell(qtbot: Any, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Click the cell, F2, type over what is there, Enter: as a person edits a cell."""
    item = table.item(row, column)
    assert item is not None
    spot = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert (table.currentRow(), table.currentColumn()) == (row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 opens the cell's editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text)  # the editor hands its text in queued


def send_an_order(page: OrdersPage, qtbot: Any) -> int:
    """Drafts from the proposal; the one with the most lines is sent: its documents go into
    the month's folder (tests/ui/conftest.py keeps it in tmp) and their dialog is closed."""
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    rows = page.orders_model.rows
    row = max(range(len(rows)), key=lambda r: rows[r].lines)
    order = pick_order(page, qtbot, row)
    closed: list[QWidget] = []

    def close_the_documents(dialog: QWidget) -> None:
        if not isinstance(dialog, DocumentsDialog):  # the question, still closing
            when_a_dialog_opens(close_the_documents)
            return
        closed.append(dialog)
        dialog.reject()

    def send_then_close(box: QWidget) -> None:
        click(tr("Send"))(box)
        when_a_dialog_opens(close_the_documents)

    when_a_dialog_opens(send_then_close)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(closed) and not closed[0].isVisible(), timeout=10_000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("sent"))
    assert pick_order(page, qtbot, 0).order_id == order.order_id
    return order.order_id


@pytest.mark.parametrize("language", ["en", "it"])
def test_a_short_delivery_with_a_ddt_and_a_new_price_is_one_dialog(
    open_main_window: Callable[..., MainWindow],
    qtbot: Any,
    demo_db: Database,
    tmp_path: Path,
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "it":
        request.getfixturevalue("italian")
    window = open_main_window()
    page = go_to(qtbot, window, tr("Orders"))
    assert isinstance(page, OrdersPage)
    order_id = send_an_order(page, qtbot)
    with demo_db.reading() as s:
        lines = order_reads.order_lines(s, order_id)
        number = next(r.number for r in order_reads.order_rows(s) if r.order_id == order_id)
    short = next(i for i, x in enumerate(lines) if x.quantity >= 2)
    priced = next(i for i in range(len(lines)) if i != short)
    new_price = lines[priced].unit_cost + D("1.25")
    seen: dict[str, object] = {}

    def receive(dialog: QWidget) -> None:
        assert isinstance(dialog, ReceiveDialog)
        try:
            seen["title"] = dialog.windowTitle()
            seen["heading"] = dialog.heading.text()
            qtbot.keyClicks(dialog.ddt, "DDT 118/A")
            fewer = localized_number(format_decimal(lines[short].quantity - 1))
            type_in_cell(qtbot, dialog.table, short, RECEIVED, fewer)
            type_in_cell(qtbot, dialog.table, priced, COST, localized_number(f"{new_price:.2f}"))
            seen["outcomes"] = [dialog.table.item(r, OUTCOME).text() for r in (short, priced)]  # type: ignore[union-attr]
            seen["summary"] = dialog.summary.text()
            seen["open"] = dialog.isVisible()  # Enter in a cell did not receive it already
        finally:
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_a_dialog_opens(receive)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "summary" in seen)

    said = tr("{outcome}, price changed").format(outcome=LineOutcome.AS_ORDERED.label)
    assert number in str(seen["title"]) and number in str(seen["heading"])
    assert seen["open"] and seen["outcomes"] == [LineOutcome.SHORT.label, said]
    assert seen["summary"] == SUMMARY[language]
    with demo_db.reading() as s:
        row = next(r for r in order_reads.order_rows(s) if r.order_id == order_id)
        papers = (row.status, row.delivery_note, row.invoice_number)
        read = order_reads.order_lines(s, order_id)
        outcomes = [(x.sku, x.outcome, x.price_changed) for x in read]
        moves = s.scalars(select(Movement).where(Movement.reference == f"order:{order_id}"))
        deltas = {(m.item_id, m.reason): m.delta for m in moves}
        ours = select(Item).where(Item.sku.in_([x.sku for x in lines]))
        items = {i.sku: (i.id, i.size, i.cost) for i in s.scalars(ours)}
        edits = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "item").order_by(AuditEntry.id)
        )
        priced_id = str(items[lines[priced].sku][0])
        entries = [as_change(e) for e in edits if e.entity_id == priced_id]
    assert papers == ("received", "DDT 118/A", "")
    assert outcomes == [
        (x.sku, LineOutcome.SHORT if i == short else LineOutcome.AS_ORDERED, i == priced)
        for i, x in enumerate(lines)
    ]
    assert deltas == {
        (items[x.sku][0], "receive"): (x.quantity - (1 if i == short else 0)) * items[x.sku][1]
        for i, x in enumerate(lines)
    }
    assert items[lines[priced].sku][2] == new_price  # the last price, to the cent
    assert (entries[-1].before, entries[-1].after) == (
        {"cost": str(lines[priced].unit_cost.normalize())},
        {"cost": str(new_price.normalize())},
    )
