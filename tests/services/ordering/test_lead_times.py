"""services/ordering/lead_times.py: a supplier's lead time as their deliveries show it."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import PurchaseOrder, Supplier
from inventory_app.services.ordering.lead_times import LeadTime, lead_time, lead_times
from tests.services.order_fixtures import stock_bar

NOON = datetime(2026, 3, 2, 12, 0)  # a Monday, at noon: the same day on any bar's clock


def delivered(session: Session, supplier: str, days: int | None) -> None:
    """One order to `supplier`, sent at NOON and received `days` later (None: cancelled).

    Written as rows: receiving itself is services/ordering/receiving.py's to test, and
    these orders need only their dates."""
    found = session.scalars(select(Supplier).where(Supplier.name == supplier)).one()
    order = PurchaseOrder(supplier_id=found.id, created_by="owner", sent_at=NOON,
                          status="cancelled" if days is None else "received")  # fmt: skip
    if days is not None:
        order.received_at = NOON + timedelta(days=days, hours=-3)
    session.add(order)
    session.flush()


def test_the_median_of_the_received_orders_beside_the_lead_time_given(session: Session) -> None:
    stock_bar(session)
    for days in (2, 9, 3, None):  # a cancelled order says nothing about delivery
        delivered(session, "Laguna Spirits", days)
    assert lead_times(session) == [
        LeadTime("Laguna Spirits", 2, Decimal(3), 3),
        LeadTime("Rialto", 1, None, 0),
    ]
    laguna = lead_time(session, "Laguna Spirits")
    assert laguna is not None
    assert laguna.observed_text() == "3 days observed over 3 orders"
    assert laguna.configured_text() == "lead time 2 days"
    assert lead_time(session, "Nobody") is None


@pytest.mark.usefixtures("italian")
def test_in_italian_it_reads_as_the_bar_says_it(session: Session) -> None:
    stock_bar(session)
    assert lead_times(session)[1].observed_text() == "non ancora osservato: nessun ordine ricevuto"
    delivered(session, "Rialto", 1)
    rialto = lead_times(session)[1]
    assert rialto.observed_text() == "1 giorno osservato su 1 ordine"
    assert rialto.configured_text() == "tempo di consegna 1 giorno"
    assert LeadTime("Rialto", 1, Decimal("2.5"), 4).observed_text() == (
        "2,5 giorni osservati su 4 ordini"
    )
