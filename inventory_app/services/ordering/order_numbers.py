"""Order numbers: 2026-0042, given when an order is sent, unique and never given twice.

Given at sending, not at the draft: a draft may still change, and a supplier must never
hold two documents under one number with different lines. Re-printing a sent order
shows its number again; its lines can no longer change (only drafts are edited).

The next number is the year's highest plus one, cancelled orders included, so a number
is never reused. Two terminals sending at once on PostgreSQL may both read the same
highest: the unique index `uq_orders_number` refuses the second, which retries inside a
savepoint (its transaction stays usable) and reads the number the first one took.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory_app.db.models import PurchaseOrder
from inventory_app.domain.errors import changed_elsewhere
from inventory_app.domain.ordering import order_number_text
from inventory_app.i18n.catalogue import tr

ATTEMPTS = 5  # each retry follows another terminal's send: five in a row is no bar's evening


def number_order(session: Session, order: PurchaseOrder, day: date) -> str:
    """Give `order` the next number of `day`'s year (flushed); an order with one keeps it."""
    if order.number_year is not None and order.number_seq is not None:
        return order_number_text(order.number_year, order.number_seq)
    for _attempt in range(ATTEMPTS):
        sequence = next_sequence(session, day.year)
        try:
            with session.begin_nested():
                order.number_year, order.number_seq = day.year, sequence
                session.flush()
        except IntegrityError:  # another terminal took it since the read: read again
            continue
        return order_number_text(day.year, sequence)
    raise changed_elsewhere(tr("the next order number"))


def next_sequence(session: Session, year: int) -> int:
    """The year's highest number plus one (1 for the year's first order)."""
    query = select(func.max(PurchaseOrder.number_seq)).where(PurchaseOrder.number_year == year)
    highest = session.scalar(query)
    return (highest or 0) + 1


def order_number(order: PurchaseOrder) -> str:
    """'2026-0042', or '' for an order not sent yet (or sent before numbers existed)."""
    if order.number_year is None or order.number_seq is None:
        return ""
    return order_number_text(order.number_year, order.number_seq)


def local_date(moment: datetime) -> date:
    """A stored naive UTC moment as the day on the bar's clock."""
    return moment.replace(tzinfo=UTC).astimezone().date()
