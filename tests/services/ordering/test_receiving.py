"""Receiving against the order: outcomes, DDT and invoice, substitutes, costs, refusals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Item, Movement, PurchaseOrder
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.receiving import LineOutcome
from inventory_app.services.audit_log.entries import as_change
from inventory_app.services.ledger.movements import on_hand
from inventory_app.services.ordering.order_reads import order_lines, order_rows
from inventory_app.services.ordering.orders import create_orders, send_order, set_line
from inventory_app.services.ordering.receiving import (
    ArrivedLine,
    CostChange,
    Delivery,
    Substitute,
    receive_delivery,
)
from inventory_app.services.settings import set_setting
from tests.services.order_fixtures import stock_bar
from tests.services.test_version_conflicts import _race

D = Decimal
Out = LineOutcome


def sent(session: Session, tmp_path: Path) -> tuple[dict[str, int], int]:
    """Laguna's order sent: GIN 6 at 17.90 (1 bottle on hand), RUM 6 at 19.50 (3 on hand)."""
    items = stock_bar(session)
    order_id = create_orders(session, author="owner", suppliers=["Laguna Spirits"])[0]
    set_line(session, order_id, "RUM", D(6), author="owner")
    send_order(session, order_id, author="owner", out=tmp_path / "o.xlsx")
    return items, order_id


def state(session: Session) -> list[object]:
    """Everything receiving may touch, to show a refused delivery changed nothing."""
    orders = [
        (o.id, o.status, o.received_at, o.delivery_note, o.invoice_number, o.version)
        for o in session.scalars(select(PurchaseOrder))
    ]
    lines = [(r.sku, r.quantity, r.received_quantity) for o in orders
             for r in order_lines(session, o[0])]  # fmt: skip
    costs = [(i.sku, i.cost, i.version) for i in session.scalars(select(Item).order_by(Item.id))]
    moves = list(session.scalars(select(Movement.id)))
    audits = list(session.scalars(select(AuditEntry.id)))
    return [*orders, *lines, *costs, *moves, *audits]


@pytest.mark.parametrize(
    ("lines", "outcomes"),
    [
        ((), {"GIN": Out.AS_ORDERED, "RUM": Out.AS_ORDERED}),
        ((ArrivedLine("GIN", D(4)), ArrivedLine("RUM", D(7))), {"GIN": Out.SHORT, "RUM": Out.OVER}),
        ((ArrivedLine("RUM", D(0)),), {"GIN": Out.AS_ORDERED, "RUM": Out.NOT_ARRIVED}),
        (
            (ArrivedLine("GIN", substitute=Substitute("VER", D(6))),),
            {"GIN": Out.SUBSTITUTED, "VER": Out.INSTEAD, "RUM": Out.AS_ORDERED},
        ),
    ],
)
def test_each_line_is_named_for_what_arrived(
    session: Session, tmp_path: Path, lines: tuple[ArrivedLine, ...], outcomes: dict[str, Out]
) -> None:
    _items, order_id = sent(session, tmp_path)
    done = receive_delivery(session, order_id, Delivery(lines), author="owner")
    assert done.outcomes == outcomes
    assert {x.sku: x.outcome for x in order_lines(session, order_id)} == outcomes


def test_the_ddt_and_the_invoice_are_kept_with_the_order(session: Session, tmp_path: Path) -> None:
    _items, order_id = sent(session, tmp_path)
    delivery = Delivery(delivery_note="  DDT 118/A ", invoice_number="FT 2026/77")
    receive_delivery(session, order_id, delivery, author="owner")
    row = order_rows(session)[0]
    assert (row.status, row.delivery_note, row.invoice_number) == (
        "received", "DDT 118/A", "FT 2026/77",
    )  # fmt: skip


def test_a_substitute_goes_into_stock_and_the_ordered_item_does_not(
    session: Session, tmp_path: Path
) -> None:
    """Vermouth came instead of the gin: the vermouth's movement, on the same order."""
    items, order_id = sent(session, tmp_path)
    swap = ArrivedLine("gin", substitute=Substitute("ver", D(2), D("13.00")))
    receive_delivery(session, order_id, Delivery((swap,)), author="owner")
    moves = session.scalars(select(Movement).where(Movement.reference == f"order:{order_id}"))
    assert sorted((m.item_id, m.delta) for m in moves) == sorted(
        [(items["VER"], D(2 * 750)), (items["RUM"], D(6 * 700))]
    )
    assert on_hand(session, items["GIN"]) == D(700)
    gin, ver, rum = order_lines(session, order_id)
    assert (gin.sku, gin.received_quantity, gin.outcome) == ("GIN", D(0), Out.SUBSTITUTED)
    assert (ver.sku, ver.quantity, ver.received_quantity, ver.instead_of) == (
        "VER", D(0), D(2), "GIN",
    )  # fmt: skip
    assert rum.outcome is Out.AS_ORDERED
    row = order_rows(session)[0]
    assert (row.lines, row.total) == (2, D("17.90") * 6 + D("19.50") * 6)  # as ordered


@pytest.mark.parametrize(
    ("rule", "gin", "rum"),
    [
        # last: the invoiced price
        ("last", D("18.40"), D("20.00")),
        # average: GIN (1 x 17.90 + 6 x 18.40) / 7 = 18.3285.. -> 18.33;
        #          RUM (3 x 19.50 + 6 x 20.00) / 9 = 19.8333.. -> 19.83
        ("average", D("18.33"), D("19.83")),
    ],
)
def test_a_changed_price_sets_the_cost_by_the_owners_rule(
    session: Session, tmp_path: Path, rule: str, gin: Decimal, rum: Decimal
) -> None:
    items, order_id = sent(session, tmp_path)
    set_setting(session, "receive_cost_update", rule, author="owner")
    delivery = Delivery((ArrivedLine("GIN", price=D("18.40")), ArrivedLine("RUM", price=D(20))))
    done = receive_delivery(session, order_id, delivery, author="owner")
    assert done.cost_changes == (
        CostChange("GIN", D("17.90"), gin),
        CostChange("RUM", D("19.50"), rum),
    )
    assert [session.get(Item, items[sku]).cost for sku in ("GIN", "RUM")] == [gin, rum]  # type: ignore[union-attr]
    assert [(x.received_cost, x.unit_cost) for x in order_lines(session, order_id)] == [
        (D("18.40"), D("17.90")), (D(20), D("19.50")),
    ]  # fmt: skip


def test_a_cost_change_is_in_history_as_an_item_edit(session: Session, tmp_path: Path) -> None:
    items, order_id = sent(session, tmp_path)
    delivery = Delivery((ArrivedLine("GIN", D(4), D("18.40")),))
    receive_delivery(session, order_id, delivery, author="owner")
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "item").order_by(AuditEntry.id)
    )
    changes = [as_change(e) for e in entries if e.entity_id == str(items["GIN"])]
    last = changes[-1]
    assert (last.author, last.action, last.before, last.after) == (
        "owner", "update", {"cost": "17.9"}, {"cost": "18.4"},
    )  # fmt: skip
    number = order_rows(session)[0].number
    assert last.note == f"received with order {number}: last price"


def test_a_cost_set_by_a_delivery_is_undone_from_history(session: Session, tmp_path: Path) -> None:
    """History's Undo puts the cost back, as for any item edit; the stock stays received."""
    from inventory_app.services.undo.changes import undo_change

    items, order_id = sent(session, tmp_path)
    receive_delivery(
        session, order_id, Delivery((ArrivedLine("GIN", price=D(19)),)), author="owner"
    )
    edits = select(AuditEntry).where(AuditEntry.entity == "item").order_by(AuditEntry.id)
    entry = session.scalars(edits).all()[-1]
    undo_change(session, entry.id, author="owner")
    assert session.get(Item, items["GIN"]).cost == D("17.90")  # type: ignore[union-attr]
    assert on_hand(session, items["GIN"]) == D(700 * 7)


def test_the_suppliers_document_lists_only_what_was_ordered(
    session: Session, tmp_path: Path
) -> None:
    """Printed again after receiving, the order is still the one the supplier got."""
    from inventory_app.services.ordering.order_document import order_document

    _items, order_id = sent(session, tmp_path)
    swap = ArrivedLine("GIN", substitute=Substitute("VER", D(2)))
    receive_delivery(session, order_id, Delivery((swap,)), author="owner")
    document = order_document(session, order_id)
    assert [x.line_total for x in document.lines] == [D("17.90") * 6, D("19.50") * 6]
    assert document.net_total == D("17.90") * 6 + D("19.50") * 6


def test_the_same_price_changes_no_cost(session: Session, tmp_path: Path) -> None:
    items, order_id = sent(session, tmp_path)
    delivery = Delivery((ArrivedLine("GIN", D(6), D("17.9")),))
    assert receive_delivery(session, order_id, delivery, author="owner").cost_changes == ()
    assert session.get(Item, items["GIN"]).cost == D("17.90")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("delivery", "column"),
    [
        (Delivery((ArrivedLine("SODA", D(1)),)), "sku"),
        (Delivery((ArrivedLine("GIN", D(-1)),)), "quantity"),
        (Delivery((ArrivedLine("GIN", price=D(-2)),)), "cost"),
        (Delivery((ArrivedLine("GIN", D(1)), ArrivedLine("gin", D(2)))), "sku"),
        (Delivery((ArrivedLine("GIN", substitute=Substitute("NOPE", D(1))),)), "substitute"),
        (Delivery((ArrivedLine("GIN", substitute=Substitute("GIN", D(1))),)), "substitute"),
        (Delivery((ArrivedLine("GIN", substitute=Substitute("RUM", D(1))),)), "substitute"),
        (Delivery((ArrivedLine("GIN", substitute=Substitute("VER", D(0))),)), "substitute"),
        (Delivery((ArrivedLine("GIN", substitute=Substitute("VER", D(1), D(-1))),)), "cost"),
        (Delivery(delivery_note="x" * 61), "ddt"),
        (Delivery(invoice_number="FT\n1"), "invoice"),
        (Delivery(rest_as_ordered=False), None),  # nothing arrived: cancel it instead
    ],
)
def test_bad_input_names_its_column_and_changes_nothing(
    db: Database, tmp_path: Path, delivery: Delivery, column: str | None
) -> None:
    with db.transaction() as s:
        _items, order_id = sent(s, tmp_path)
        set_setting(s, "receive_cost_update", "average", author="owner")
    with db.reading() as s:
        before = state(s)
    with pytest.raises(InputError) as refused, db.transaction() as s:
        receive_delivery(s, order_id, delivery, author="owner")
    assert refused.value.column == column
    with db.reading() as s:
        assert state(s) == before


def test_a_delivery_on_an_order_changed_meanwhile_is_refused(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        _items, order_id = sent(s, tmp_path)
        version = order_rows(s)[0].version
    with db.transaction() as s:  # another terminal notes something on the sent order
        s.get(PurchaseOrder, order_id).note = "call first"  # type: ignore[union-attr]
    with db.reading() as s:
        before = state(s)
    swap = ArrivedLine("GIN", substitute=Substitute("VER", D(1), D(14)))
    delivery = Delivery((swap, ArrivedLine("RUM", D(2), D(21))), delivery_note="DDT 9")
    with pytest.raises(ConflictError), db.transaction() as s:
        receive_delivery(s, order_id, delivery, author="owner", expected_version=version)
    with db.reading() as s:
        assert state(s) == before


def test_two_terminals_receiving_at_once_book_it_once(db: Database, tmp_path: Path) -> None:
    """PostgreSQL: the second terminal's delivery, substitute and new cost all roll back."""
    with db.transaction() as s:
        items, order_id = sent(s, tmp_path)

    def first(session: Session) -> object:
        return receive_delivery(session, order_id, Delivery(delivery_note="A"), author="owner")

    def second(session: Session) -> object:
        swap = ArrivedLine("GIN", substitute=Substitute("VER", D(1), D(14)))
        return receive_delivery(session, order_id, Delivery((swap,), delivery_note="B"),
                                author="owner")  # fmt: skip

    with pytest.raises(ConflictError):
        _race(db, first, second)
    with db.reading() as s:
        assert order_rows(s)[0].delivery_note == "A"
        assert [x.sku for x in order_lines(s, order_id)] == ["GIN", "RUM"]
        assert s.get(Item, items["VER"]).cost == D(13)  # type: ignore[union-attr]
        moved = s.scalars(select(Movement).where(Movement.reference == f"order:{order_id}"))
        assert len(list(moved)) == 2


def test_the_cost_rule_is_an_owners_setting(db: Database) -> None:
    from inventory_app.domain.errors import PermissionDenied
    from inventory_app.services.settings import get_setting

    with pytest.raises(InputError, match="last, average"), db.transaction() as s:
        set_setting(s, "receive_cost_update", "fifo", author="owner")
    with pytest.raises(PermissionDenied), db.transaction() as s:
        set_setting(s, "receive_cost_update", "average", author="giulia")
    with db.transaction() as s:
        assert get_setting(s, "receive_cost_update") == "last"
        set_setting(s, "receive_cost_update", "average", author="owner")
    with db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
        assert (entry.entity_id, as_change(entry).after) == (
            "receive_cost_update", {"value": "average"},
        )  # fmt: skip
