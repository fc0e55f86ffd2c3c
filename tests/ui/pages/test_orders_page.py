"""The Orders page: the proposal, editing a draft, the export in a worker, a partial delivery."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("inventory_app.services.ordering.orders")
pytest.importorskip("inventory_app.io.reorder_workbook")

from openpyxl import load_workbook

from inventory_app.db.engine import Database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ordering import order_reads, orders
from inventory_app.services.ordering.order_reads import OrderRow
from inventory_app.services.ordering.receiving import ArrivedLine, Delivery
from inventory_app.ui.context import AppContext
from inventory_app.ui.dialogs.receive_dialog import ReceiveDialog
from inventory_app.ui.models.order_models import (
    OrderLineColumn,
    ProposalColumn,
    SupplierHeading,
)
from inventory_app.ui.pages.orders_page import OrdersPage
from tests.ui.conftest import Bar

D = Decimal


@pytest.fixture
def page(qtbot: Any, context: AppContext, db: Database, bar: Bar) -> Iterator[OrdersPage]:
    """Campari (1 of par 3, packs of 6, €18) is the one line to order, from Rialto."""
    with db.transaction() as s:
        save_item(
            s,
            ItemSpec(sku="CAMP-1L", pack_size=6, cost=D(18), supplier_code="R-77"),
            author="owner",
        )
    page = OrdersPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    yield page
    page.export.wait()


def test_proposal_groups_lines_under_their_supplier(page: OrdersPage) -> None:
    model = page.proposal_model
    rows = model.rows
    assert isinstance(rows[0], SupplierHeading)
    assert rows[0].proposal.supplier == "Rialto"
    texts = [model.cell_text(rows[1], c) for c in ProposalColumn]
    assert texts[0] == "CAMP-1L"
    assert texts[ProposalColumn.QUANTITY] == "6"  # 2 needed, rounded up to a pack of 6


def test_edited_proposal_quantity_goes_into_the_draft(page: OrdersPage) -> None:
    model = page.proposal_model
    index = model.index(1, ProposalColumn.QUANTITY)
    assert model.setData(index, 12)
    assert model.cell_text(model.rows[0], ProposalColumn.LINE_TOTAL) == "€216.00"
    page.create_drafts()
    assert [r.status for r in page.orders_model.rows] == ["draft"]
    page.orders.selectRow(0)
    assert [line.quantity for line in page.lines_model.rows] == [D(12)]


def test_editing_a_draft_line_saves_it(page: OrdersPage) -> None:
    page.create_drafts()
    page.orders.selectRow(0)
    lines = page.lines_model
    assert lines.flags(lines.index(0, OrderLineColumn.QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert lines.setData(lines.index(0, OrderLineColumn.QUANTITY), 18)
    assert [line.quantity for line in page.lines_model.rows] == [D(18)]
    assert page.orders_model.rows[0].total == D(18 * 18)


def test_export_runs_in_the_worker_to_the_end(
    page: OrdersPage, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(page, "show_exported", shown.append)
    out = tmp_path / "reorder.xlsx"
    page.start_export(out)
    assert page.export.worker is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert page.progress.value() == page.progress.maximum()
    assert shown == [out] and out.exists()
    assert "Rialto" in load_workbook(out).sheetnames


def test_partial_delivery_records_a_receive_movement(
    page: OrdersPage, db: Database, bar: Bar, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.create_drafts()
    page.orders.selectRow(0)
    row = page.orders_model.rows[0]
    monkeypatch.setattr(page.documents, "show_written", lambda *_a: None)
    page.documents.send(row.order_id, version=row.version)
    page.status_filter.setCurrentIndex(page.status_filter.findData("sent"))
    page.orders.selectRow(0)
    dialog = ReceiveDialog(None, title="Receive", lines=page.lines_model.rows)
    dialog.set_received("CAMP-1L", "4", "17.50")
    delivery = dialog.delivery()
    assert delivery == Delivery((ArrivedLine("CAMP-1L", D(4), D("17.50")),), rest_as_ordered=False)
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(lambda cls, *a, **k: delivery))
    said: list[str] = []
    page.status_message.connect(said.append)
    page.receive_selected()
    with db.sessions() as s:
        assert stock.on_hand(s, bar.campari) == D(1000 + 4 * 1000)
    assert said[-1].endswith("1 line short, 1 price changed: cost updated to the last price")
    page.status_filter.setCurrentIndex(page.status_filter.findData("received"))
    page.orders.selectRow(0)
    lines = page.lines_model
    assert lines.cell_text(lines.rows[0], OrderLineColumn.OUTCOME) == "short, price changed"
    received = lines.index(0, OrderLineColumn.RECEIVED)
    assert received.data(Qt.ItemDataRole.ToolTipRole) == "short, price changed"
    assert received.data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted, words beside


def test_receive_dialog_refuses_text(qtbot: Any, page: OrdersPage) -> None:
    page.create_drafts()
    page.orders.selectRow(0)
    dialog = ReceiveDialog(None, title="Receive", lines=page.lines_model.rows)
    qtbot.addWidget(dialog)
    dialog.set_received("CAMP-1L", "four")
    dialog.accept()
    assert dialog.error.text() == "CAMP-1L: expected a number of containers such as 6, got 'four'"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the page would show in an error box."""
    messages: list[str] = []
    for where in ("orders_page", "order_documents"):
        monkeypatch.setattr(
            f"inventory_app.ui.pages.{where}.show_error",
            lambda _p, _t, error: messages.append(str(error)),
        )
    return messages


def changed_elsewhere(page: OrdersPage, db: Database) -> OrderRow:
    """The first draft, on screen as read, then edited by another computer."""
    page.create_drafts()
    page.orders.selectRow(0)
    row = page.orders_model.rows[0]
    with db.transaction() as s:
        orders.set_line(s, row.order_id, "CAMP-1L", D(12), author="owner")
    return row


def test_a_draft_changed_elsewhere_is_not_overwritten(
    page: OrdersPage, db: Database, shown: list[str]
) -> None:
    """Another computer edits the draft while it is on screen: the late edit is refused."""
    order_id = changed_elsewhere(page, db).order_id
    lines = page.lines_model
    assert lines.setData(lines.index(0, OrderLineColumn.QUANTITY), 18)
    assert shown == [
        f"Someone else changed order {order_id} to Rialto since you opened it;"
        " reopen it to see their change"
    ]
    assert [line.quantity for line in page.lines_model.rows] == [D(12)]  # theirs, shown
    with db.reading() as s:
        assert [x.quantity for x in order_reads.order_lines(s, order_id)] == [D(12)]


def test_a_draft_changed_elsewhere_is_not_sent_or_cancelled(
    page: OrdersPage, db: Database, documents_in_tmp: Path, shown: list[str], monkeypatch: Any
) -> None:
    """Sent as shown or not at all: lines someone added since never reach the supplier."""
    monkeypatch.setattr("inventory_app.ui.pages.orders_page.confirm", lambda *_a, **_k: True)
    row = changed_elsewhere(page, db)
    monkeypatch.setattr(page.documents, "show_written", lambda *_a: None)
    page.documents.send(row.order_id, version=row.version)
    page.cancel_selected()
    assert len(shown) == 2 and all(m.startswith("Someone else changed order") for m in shown)
    assert not documents_in_tmp.exists()  # no document written for the refused send
    with db.reading() as s:
        assert order_reads.order_rows(s, status="draft")[0].order_id == row.order_id


def test_a_suppliers_heading_shows_the_lead_time_given_and_observed(page: OrdersPage) -> None:
    """Issue 19: the supplier's row in the proposal is where the Orders page shows a supplier."""
    model = page.proposal_model
    heading = model.cell_text(model.rows[0], ProposalColumn.SKU)
    assert heading.startswith("Rialto — lead time 2 days, not observed yet: no order received")
