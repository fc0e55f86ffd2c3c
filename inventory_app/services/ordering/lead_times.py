"""A supplier's lead time as their deliveries show it: days from sent to received.

Beside the lead time the owner typed (Supplier.lead_time_days, which the reorder point and
the requested delivery date use), so the owner sees when a supplier is slower than said.
Days are counted on the bar's calendar (an order sent Monday evening and received Tuesday
morning took one day); the median, so one delivery lost for a fortnight says little.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import PurchaseOrder, Supplier
from inventory_app.domain.display import number_text
from inventory_app.domain.receiving import median_days
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.ordering.order_numbers import local_date


@dataclass(frozen=True)
class LeadTime:
    """One supplier's lead time: as configured, and as observed over `orders` deliveries."""

    supplier: str
    configured_days: int
    observed_days: Decimal | None  # None until an order of theirs has been received
    orders: int

    def observed_text(self) -> str:
        """'3 days observed over 5 orders' / '3 giorni osservati su 5 ordini'."""
        if self.observed_days is None:
            return tr("not observed yet: no order received")
        days = self.observed_days
        whole = int(days) if days == days.to_integral_value() else 2  # 2.5 days: plural
        observed = ntr("{days} day observed", "{days} days observed", whole)
        over = ntr("over {count} order", "over {count} orders", self.orders)
        text = number_text(days, 1, grouped=False)
        return f"{observed.format(days=text)} {over.format(count=self.orders)}"

    def configured_text(self) -> str:
        """'lead time 2 days' / 'tempo di consegna 2 giorni'."""
        return ntr("lead time {days} day", "lead time {days} days", self.configured_days).format(
            days=self.configured_days
        )


def lead_times(session: Session) -> list[LeadTime]:
    """Every supplier by name, with the lead time their received orders show."""
    observed: dict[int, list[int]] = {}
    query = select(PurchaseOrder.supplier_id, PurchaseOrder.sent_at, PurchaseOrder.received_at)
    received = query.where(
        PurchaseOrder.status == "received",
        PurchaseOrder.sent_at.is_not(None),
        PurchaseOrder.received_at.is_not(None),
    )
    for supplier_id, sent, arrived in session.execute(received):
        if sent is None or arrived is None:  # the query leaves these out: for the types
            continue
        days = (local_date(arrived) - local_date(sent)).days
        observed.setdefault(supplier_id, []).append(max(days, 0))
    suppliers = session.execute(
        select(Supplier.id, Supplier.name, Supplier.lead_time_days).order_by(Supplier.name)
    )
    return [
        LeadTime(name, configured, median_days(observed.get(sid, [])), len(observed.get(sid, [])))
        for sid, name, configured in suppliers
    ]


def lead_time(session: Session, supplier: str) -> LeadTime | None:
    """One supplier's, by name (None for a name no supplier has)."""
    return next((x for x in lead_times(session) if x.supplier == supplier), None)
