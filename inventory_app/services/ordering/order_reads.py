"""Orders as lists read them: newest first, with their lines, totals and versions.

Apart from the writes (services/ordering/orders.py) because the Dashboard, the Orders page
and the CLI read them on every refresh, and the reads need none of the writes' machinery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import OrderLine, PurchaseOrder, Supplier
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.ordering import OrderStatus, order_number_text, order_total
from inventory_app.domain.receiving import LineOutcome, arrived_at_new_price, line_outcome
from inventory_app.i18n.catalogue import N_, tr

STATUSES = tuple(OrderStatus)


@dataclass(frozen=True)
class OrderRow:
    order_id: int
    supplier: str
    status: str
    created_at: datetime
    sent_at: datetime | None
    lines: int
    total: Decimal
    version: int  # what an editor of the draft hands back to set_line
    number: str = ""  # '2026-0042' once sent (order_numbers.py); '' for a draft
    delivery_note: str = ""  # the DDT that came with the goods, once received
    invoice_number: str = ""


@dataclass(frozen=True)
class OrderLineRow:
    sku: str
    name: str
    supplier_code: str
    pack_size: int
    quantity: Decimal
    unit_cost: Decimal
    received_quantity: Decimal | None
    received_cost: Decimal | None
    # Once received (domain/receiving.py): as ordered, short, over, substituted, not
    # arrived, or arrived instead of the line whose SKU is `instead_of`.
    outcome: LineOutcome | None = None
    instead_of: str = ""

    @property
    def price_changed(self) -> bool:
        """Received at a price other than the one ordered (the item's cost moved with it)."""
        return arrived_at_new_price(self.received_quantity, self.unit_cost, self.received_cost)

    def outcome_text(self) -> str:
        """'short', 'arrived instead of GIN', 'as ordered, price changed'; '' until received
        (`order show` and the Orders page read it the same)."""
        if self.outcome is None:
            return ""
        said = self.outcome.label
        if self.instead_of:
            said = tr("{outcome} of {sku}").format(outcome=said, sku=self.instead_of)
        if self.price_changed:
            said = tr("{outcome}, price changed").format(outcome=said)
        return said


def order_rows(
    session: Session, *, status: str | None = None, statuses: Sequence[str] | None = None
) -> list[OrderRow]:
    """Orders (in one status, or in any of `statuses`), newest first, with their line count
    and ordered total."""
    wanted = (status,) if status is not None else tuple(statuses or ())
    for one in wanted:
        if one not in STATUSES:
            raise InputError(
                tr("status is one of {statuses}, got {status}").format(
                    statuses=", ".join(STATUSES), status=repr(one)
                )
            )
    orders = _order_query(wanted).rows(flushed(session), {})
    lines: dict[int, list[tuple[Decimal, Decimal]]] = {order[0]: [] for order in orders}
    if lines:
        query = select(OrderLine.order_id, OrderLine.quantity, OrderLine.unit_cost).where(
            OrderLine.substitutes_line_id.is_(None)  # what arrived instead was not ordered
        )
        found = session.execute(query.where(OrderLine.order_id.in_(list(lines))))
        for order_id, quantity, unit_cost in found:
            lines[order_id].append((quantity, unit_cost))
    return [
        OrderRow(order_id, supplier, state, created, sent, len(lines[order_id]),
                 order_total(lines[order_id]), version,
                 "" if seq is None else order_number_text(year, seq), ddt, invoice)
        for order_id, supplier, state, created, sent, version, year, seq, ddt, invoice in orders
    ]  # fmt: skip


@cache
def _order_query(statuses: tuple[str, ...]) -> DriverStatement:
    """Orders with their supplier's name, newest first: built once per set of statuses (the
    dashboard asks for the open ones on every refresh), run on the driver's cursor."""
    query = (
        select(
            PurchaseOrder.id, Supplier.name, PurchaseOrder.status, PurchaseOrder.created_at,
            PurchaseOrder.sent_at, PurchaseOrder.version, PurchaseOrder.number_year,
            PurchaseOrder.number_seq, PurchaseOrder.delivery_note, PurchaseOrder.invoice_number,
        )
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .order_by(PurchaseOrder.created_at.desc(), PurchaseOrder.id.desc())
    )  # fmt: skip
    if statuses:
        query = query.where(or_(*(PurchaseOrder.status == s for s in statuses)))
    return DriverStatement(query)


def order_lines(session: Session, order_id: int) -> list[OrderLineRow]:
    """One order's lines by SKU, what was asked beside what arrived; a line that arrived
    instead of another follows the line it replaced."""
    order = order_in_status(session, order_id, allowed=STATUSES, action="shown")
    by_id = {x.id: x for x in order.lines}
    replaced = {x.substitutes_line_id for x in order.lines if x.substitutes_line_id}
    received = order.status == OrderStatus.RECEIVED

    def place(line: OrderLine) -> tuple[str, int]:
        original = by_id.get(line.substitutes_line_id or 0)
        return (original.item.sku, line.id) if original else (line.item.sku, 0)

    rows = []
    for x in sorted(order.lines, key=place):
        original = by_id.get(x.substitutes_line_id or 0)
        outcome = (
            line_outcome(x.quantity, x.received_quantity or Decimal(0),
                         substituted=x.id in replaced, instead=original is not None)
            if received else None
        )  # fmt: skip
        row = OrderLineRow(x.item.sku, x.item.name, x.item.supplier_code, x.item.pack_size,
                           x.quantity, x.unit_cost, x.received_quantity, x.received_cost,
                           outcome, original.item.sku if original else "")  # fmt: skip
        rows.append(row)
    return rows


def order_in_status(
    session: Session, order_id: int, *, allowed: Sequence[str], action: str
) -> PurchaseOrder:
    """The order, refused by name when missing or when its status forbids `action`."""
    order = session.get(PurchaseOrder, order_id)
    if order is None:
        raise NotFoundError(tr("no order {id}").format(id=order_id))
    if order.status not in allowed:
        raise InputError(
            tr(REFUSED[action]).format(id=order_id, status=OrderStatus(order.status).label)
        )
    return order


# Why an order in the wrong status is refused, by what was asked of it (marked only).
REFUSED = {
    "edited": N_("order {id} is {status}: it cannot be edited"),
    "checked": N_("order {id} is {status}: it cannot be checked"),
    "sent": N_("order {id} is {status}: it cannot be sent"),
    "received": N_("order {id} is {status}: it cannot be received"),
    "cancelled": N_("order {id} is {status}: it cannot be cancelled"),
    "shown": N_("order {id} is {status}: it cannot be shown"),
}
