"""What the Receive dialog shows before anything is typed: one read, in one session.

The order's number and supplier, its lines as ordered, the supplier's lead time as given
and as observed, and the owner's cost rule (the dialog's footer says what a changed price
will do before it is done).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item
from inventory_app.domain.receiving import CostUpdate
from inventory_app.services.ordering.lead_times import LeadTime, lead_time
from inventory_app.services.ordering.order_numbers import order_number
from inventory_app.services.ordering.order_reads import OrderLineRow, order_in_status, order_lines
from inventory_app.services.settings import receive_cost_update


@dataclass(frozen=True)
class ItemOffer:
    """An item that may arrive instead of an ordered one: 'SKU — name', and its cost (the
    price a substitute is taken at unless the invoice says otherwise)."""

    sku: str
    name: str
    cost: Decimal

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}"


@dataclass(frozen=True)
class ReceivingForm:
    order_id: int
    number: str  # '2026-0001'; '' for an order sent before numbers existed
    supplier: str
    version: int  # handed back to receive_delivery: a terminal that received it wins
    lines: list[OrderLineRow]
    lead_time: LeadTime | None
    rule: CostUpdate
    offers: list[ItemOffer]  # every active item not on the order, by SKU: what may come instead


def receiving_form(session: Session, order_id: int) -> ReceivingForm:
    """A sent order as the Receive dialog opens it (any other status is refused by name)."""
    order = order_in_status(session, order_id, allowed=("sent",), action="received")
    supplier = order.supplier.name
    on_order = {x.item.sku for x in order.lines}  # one of these arrives on its own line
    return ReceivingForm(
        order_id=order.id, number=order_number(order), supplier=supplier, version=order.version,
        lines=order_lines(session, order_id), lead_time=lead_time(session, supplier),
        rule=receive_cost_update(session),
        offers=[x for x in item_offers(session) if x.sku not in on_order],
    )  # fmt: skip


def item_offers(session: Session) -> list[ItemOffer]:
    """Every active item by SKU, with its cost."""
    query = select(Item.sku, Item.name, Item.cost).where(Item.active).order_by(Item.sku)
    return [ItemOffer(sku, name, cost) for sku, name, cost in session.execute(query)]
