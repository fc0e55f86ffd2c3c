"""Each supplier as the Suppliers dialog and `supplier list` show them: their details, the
lead time given beside the one observed, and how many orders went to them this year."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import PurchaseOrder, Supplier
from inventory_app.services.catalogue.places import SUPPLIER_FIELDS, SupplierSpec
from inventory_app.services.ordering.lead_times import LeadTime, lead_times
from inventory_app.services.ordering.order_numbers import local_date


@dataclass(frozen=True)
class SupplierRecord:
    """One supplier: what the owner typed (spec) and what their orders show."""

    spec: SupplierSpec
    lead: LeadTime
    orders_this_year: int  # sent (or received) in the year, on the bar's calendar


def supplier_records(session: Session, year: int) -> list[SupplierRecord]:
    """Every supplier by name."""
    observed = {x.supplier: x for x in lead_times(session)}
    sent = session.execute(
        select(PurchaseOrder.supplier_id, PurchaseOrder.sent_at).where(
            PurchaseOrder.status.in_(("sent", "received")), PurchaseOrder.sent_at.is_not(None)
        )
    )
    counts: dict[int, int] = {}
    for supplier_id, moment in sent:
        if moment is not None and local_date(moment).year == year:
            counts[supplier_id] = counts.get(supplier_id, 0) + 1
    return [
        SupplierRecord(
            SupplierSpec(row.name, **{f: getattr(row, f) for f in SUPPLIER_FIELDS}),
            observed[row.name],
            counts.get(row.id, 0),
        )
        for row in session.scalars(select(Supplier).order_by(Supplier.name))
    ]
