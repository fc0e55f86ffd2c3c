"""The reorder proposal: low items only, whole packs, grouped by supplier, on order counted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.db.models import OrderLine, PurchaseOrder
from inventory_app.domain.errors import NotFoundError
from inventory_app.services.ordering.reorder import reorder_proposal
from tests.services.order_fixtures import stock_bar

D = Decimal


def test_proposal_groups_low_items_by_supplier(session: Session) -> None:
    stock_bar(session)
    proposal = reorder_proposal(session)
    assert [p.supplier for p in proposal] == ["Laguna Spirits", "Rialto"]
    laguna, rialto = proposal
    assert [(line.sku, line.quantity) for line in laguna.lines] == [("GIN", D(6))]
    assert laguna.lines[0].line_total == D("107.40") and laguna.total == D("107.40")
    assert laguna.contact == "Marco"
    assert [(line.sku, line.quantity, line.on_hand) for line in rialto.lines] == [
        ("VER", D(3), D("0.5"))
    ]


def test_items_on_order_count(session: Session) -> None:
    items = stock_bar(session)
    proposal = reorder_proposal(session, suppliers=["laguna spirits"])
    order = PurchaseOrder(supplier_id=proposal[0].supplier_id, created_by="owner", status="sent")
    order.lines.append(OrderLine(item_id=items["GIN"], quantity=D(6), unit_cost=D("17.90")))
    session.add(order)
    session.flush()
    assert reorder_proposal(session, suppliers=["Laguna Spirits"]) == []
    order.status = "received"
    session.flush()
    assert len(reorder_proposal(session, suppliers=["Laguna Spirits"])) == 1


def test_unknown_supplier(session: Session) -> None:
    stock_bar(session)
    with pytest.raises(NotFoundError):
        reorder_proposal(session, suppliers=["Nobody"])


def test_with_quantities_applies_the_owners_edits() -> None:
    from inventory_app.services.ordering.reorder import (
        ProposalLine,
        SupplierProposal,
        with_quantities,
    )

    def line(sku: str, quantity: int) -> ProposalLine:
        return ProposalLine(
            item_id=1, sku=sku, supplier_code="", name=sku, on_hand=Decimal(0), par=Decimal(6),
            reorder_at=Decimal(1), pack_size=6, on_order=Decimal(0), quantity=Decimal(quantity),
            unit_cost=Decimal("2.50"), line_total=Decimal(quantity) * Decimal("2.50"),
        )  # fmt: skip

    proposal = SupplierProposal(
        supplier_id=1, supplier="S", contact="", email="", phone="",
        lines=(line("A", 6), line("B", 12)), total=Decimal(45),
    )  # fmt: skip
    edited = with_quantities(proposal, {"A": Decimal(12), "B": Decimal(0)})
    assert [(x.sku, x.quantity, x.line_total) for x in edited.lines] == [
        ("A", Decimal(12), Decimal(30))
    ]
    assert edited.total == Decimal(30)
