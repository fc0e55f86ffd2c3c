"""Orders: drafts from the proposal, edits, send writes the sheet, receive writes the ledger."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Movement, PurchaseOrder
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.ordering.order_reads import order_lines, order_rows
from inventory_app.services.ordering.orders import (
    cancel_order,
    create_orders,
    draft_sheets,
    receive_order,
    send_order,
    set_line,
    workbook_sheets,
)
from inventory_app.services.ordering.reorder import reorder_proposal
from tests.services.order_fixtures import stock_bar

D = Decimal


def _state(session: Session) -> list[object]:
    """Everything an order call may touch, to show a refused call changed nothing."""
    orders = [
        (o.id, o.status, o.sent_at, o.received_at) for o in session.scalars(select(PurchaseOrder))
    ]
    lines = [
        (r.sku, r.quantity, r.received_quantity) for o in orders for r in order_lines(session, o[0])
    ]
    moves = list(session.scalars(select(Movement.id)))
    return [*orders, *lines, *moves]


def test_create_from_proposal(session: Session) -> None:
    stock_bar(session)
    ids = create_orders(session, author="owner")
    rows = order_rows(session)
    assert {r.supplier for r in rows} == {"Laguna Spirits", "Rialto"}
    assert all(r.status == "draft" for r in rows) and len(ids) == 2
    laguna = next(r for r in rows if r.supplier == "Laguna Spirits")
    assert laguna.total == D("107.40") and laguna.lines == 1
    lines = order_lines(session, laguna.order_id)
    assert [(x.sku, x.quantity, x.pack_size) for x in lines] == [("GIN", D(6), 6)]
    # the drafts count as on order: nothing left to propose
    assert reorder_proposal(session) == []


def test_drafts_are_sheets_without_being_sent(session: Session) -> None:
    stock_bar(session)
    create_orders(session, author="owner")
    sheets = draft_sheets(session)
    assert [(x.supplier, x.total) for x in sheets] == [
        ("Laguna Spirits", D("107.40")),
        ("Rialto", next(r.total for r in order_rows(session) if r.supplier == "Rialto")),
    ]
    assert [(x.sku, x.quantity) for x in sheets[0].lines] == [("GIN", D(6))]
    assert {r.status for r in order_rows(session)} == {"draft"}


def test_create_again_refreshes_the_draft(session: Session) -> None:
    stock_bar(session)
    first = create_orders(session, author="owner", suppliers=["Rialto"])
    set_line(session, first[0], "VER", D(9), author="owner")
    again = create_orders(session, author="owner", suppliers=["Rialto"])
    assert again == first
    assert [x.quantity for x in order_lines(session, first[0])] == [D(3)]
    assert len(order_rows(session, status="draft")) == 1


def test_edit_lines(session: Session) -> None:
    stock_bar(session)
    order_id = next(
        i
        for i in create_orders(session, author="owner")
        if _supplier(session, i) == "Laguna Spirits"
    )
    set_line(session, order_id, "rum", D(6), author="owner", unit_cost=D("18.00"))
    set_line(session, order_id, "GIN", D(12), author="owner")
    assert [(x.sku, x.quantity, x.unit_cost) for x in order_lines(session, order_id)] == [
        ("GIN", D(12), D("17.90")),
        ("RUM", D(6), D("18.00")),
    ]
    set_line(session, order_id, "GIN", D(0), author="owner")
    assert [x.sku for x in order_lines(session, order_id)] == ["RUM"]
    for sku, quantity, error in [
        ("VER", D(1), InputError),
        ("NOPE", D(1), NotFoundError),
        ("RUM", D(-1), InputError),
    ]:
        with pytest.raises(error):
            set_line(session, order_id, sku, quantity, author="owner")


def test_send_writes_the_sheet_and_locks_the_draft(session: Session, tmp_path: Path) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Laguna Spirits"])[0]
    path = send_order(session, order_id, author="owner", out=tmp_path / "laguna.xlsx")
    sheet = load_workbook(path).active  # the supplier's document (io/order_workbook.py)
    assert sheet is not None
    gin = next(row for row in sheet.iter_rows() if row[0].value == "LS-1")
    assert (gin[3].value, gin[5].value) == (6, f"=ROUND(D{gin[0].row}*E{gin[0].row},2)")
    sent = order_rows(session, status="sent")[0]
    assert sent.sent_at is not None and sent.number == f"{sent.sent_at.year}-0001"
    before = _state(session)
    with pytest.raises(InputError):
        set_line(session, order_id, "GIN", D(12), author="owner")
    with pytest.raises(InputError):
        send_order(session, order_id, author="owner", out=tmp_path / "again.xlsx")
    assert _state(session) == before
    assert not (tmp_path / "again.xlsx").exists()


def test_empty_order_is_not_sent(session: Session, tmp_path: Path) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Rialto"])[0]
    set_line(session, order_id, "VER", D(0), author="owner")
    with pytest.raises(InputError):
        send_order(session, order_id, author="owner", out=tmp_path / "x.xlsx")
    assert order_rows(session)[0].status == "draft"


def _sent(session: Session, tmp_path: Path) -> tuple[dict[str, int], int]:
    items = stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Laguna Spirits"])[0]
    set_line(session, order_id, "RUM", D(6), author="owner")
    send_order(session, order_id, author="owner", out=tmp_path / "o.xlsx")
    return items, order_id


def test_receive_everything(session: Session, tmp_path: Path) -> None:
    items, order_id = _sent(session, tmp_path)
    assert receive_order(session, order_id, author="owner") == 2
    assert on_hand(session, items["GIN"]) == D(700 * 7)
    moves = session.scalars(select(Movement).where(Movement.reference == f"order:{order_id}")).all()
    assert {(m.reason, m.delta) for m in moves} == {("receive", D(4200))}
    assert order_rows(session)[0].status == "received"
    assert [x.received_quantity for x in order_lines(session, order_id)] == [D(6), D(6)]


def test_receive_partial_and_different_price(session: Session, tmp_path: Path) -> None:
    items, order_id = _sent(session, tmp_path)
    count = receive_order(
        session, order_id, author="owner", lines={"gin": D(5)}, costs={"GIN": D("18.40")}
    )
    assert count == 1
    gin, rum = order_lines(session, order_id)
    assert (gin.received_quantity, gin.received_cost, gin.unit_cost) == (
        D(5),
        D("18.40"),
        D("17.90"),
    )
    assert (rum.received_quantity, rum.received_cost) == (D(0), D("19.50"))
    assert on_hand(session, items["RUM"]) == D(2100)
    assert on_hand(session, items["GIN"]) == D(700 * 6)


@pytest.mark.parametrize(
    ("lines", "costs"),
    [({"VER": D(1)}, None), ({"GIN": D(-1)}, None), ({"GIN": D(0)}, None), (None, {"GIN": D(-2)})],
)
def test_bad_receipt_changes_nothing(
    session: Session,
    tmp_path: Path,
    lines: dict[str, Decimal] | None,
    costs: dict[str, Decimal] | None,
) -> None:
    _items, order_id = _sent(session, tmp_path)
    before = _state(session)
    with pytest.raises(InputError):
        receive_order(session, order_id, author="owner", lines=lines, costs=costs)
    assert _state(session) == before


def test_state_errors(session: Session, tmp_path: Path) -> None:
    _items, order_id = _sent(session, tmp_path)
    receive_order(session, order_id, author="owner")
    before = _state(session)
    for call in (
        lambda: receive_order(session, order_id, author="owner"),
        lambda: cancel_order(session, order_id, author="owner"),
        lambda: set_line(session, order_id, "GIN", D(1), author="owner"),
    ):
        with pytest.raises(InputError):
            call()
    with pytest.raises(NotFoundError):
        order_lines(session, 999)
    assert _state(session) == before


def test_cancel_stops_counting_as_on_order(session: Session) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Rialto"])[0]
    assert [p.supplier for p in reorder_proposal(session)] == ["Laguna Spirits"]
    cancel_order(session, order_id, author="owner")
    assert [p.supplier for p in reorder_proposal(session)] == ["Laguna Spirits", "Rialto"]
    assert order_rows(session, status="cancelled")[0].order_id == order_id
    with pytest.raises(InputError):
        order_rows(session, status="lost")


def _supplier(session: Session, order_id: int) -> str:
    return next(r.supplier for r in order_rows(session) if r.order_id == order_id)


def test_workbook_sheets_are_the_drafts_then_the_proposal_as_edited(session: Session) -> None:
    stock_bar(session)
    proposal = reorder_proposal(session)
    rialto = next(p for p in proposal if p.supplier == "Rialto")
    dropped = rialto.lines[0].sku
    sheets = workbook_sheets(session, {("Laguna Spirits", "GIN"): D(12), ("Rialto", dropped): D(0)})
    assert [s.supplier for s in sheets] == [p.supplier for p in proposal]
    laguna = next(s for s in sheets if s.supplier == "Laguna Spirits")
    assert [(x.sku, x.quantity) for x in laguna.lines] == [("GIN", D(12))]
    edited = next(s for s in sheets if s.supplier == "Rialto")
    assert [x.sku for x in edited.lines] == [x.sku for x in rialto.lines if x.sku != dropped]
    create_orders(session, author="owner")  # the drafts now, and nothing left to propose
    assert workbook_sheets(session, {("Laguna Spirits", "GIN"): D(12)}) == draft_sheets(session)


@pytest.mark.usefixtures("italian")
def test_refusals_read_in_italian(session: Session, tmp_path: Path) -> None:
    stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Laguna Spirits"])[0]
    with pytest.raises(InputError) as negative:
        set_line(session, order_id, "RUM", D("-1.5"), author="owner")
    assert (negative.value.column, negative.value.detail) == (
        "quantity", "la quantità di un ordine è zero o più, trovato -1,5",
    )  # fmt: skip
    send_order(session, order_id, author="owner", out=tmp_path / "o.xlsx")
    with pytest.raises(InputError) as sent:
        set_line(session, order_id, "GIN", D(1), author="owner")
    assert sent.value.detail == f"l'ordine {order_id} è inviato: non si può modificare"
    receive_order(session, order_id, author="owner")
    with pytest.raises(InputError) as received:
        cancel_order(session, order_id, author="owner")
    assert received.value.detail == f"l'ordine {order_id} è ricevuto: non si può annullare"
    with pytest.raises(NotFoundError) as missing:
        order_lines(session, 999)
    assert missing.value.detail == "nessun ordine 999"
