"""A tiny bar with two suppliers, for the levels, reorder and order tests."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason
from inventory_app.services.catalogue.items import SupplierSpec, save_supplier
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import make_item

D = Decimal


def stock_bar(session: Session) -> dict[str, int]:
    """Gin low (1 of par 6, cases of 6), rum fine, vermouth low (pack 1), soda without supplier."""
    save_supplier(session, SupplierSpec("Laguna Spirits", contact="Marco", lead_time_days=2,
                                        order_days="Mon,Thu"), author="owner")  # fmt: skip
    save_supplier(
        session, SupplierSpec("Rialto", contact="Giulia", lead_time_days=1), author="owner"
    )
    items = {
        "GIN": make_item(session, "GIN", supplier="Laguna Spirits", supplier_code="LS-1",
                         pack_size=6, cost=D("17.90"), par=D(6), reorder_at=D(2)),
        "RUM": make_item(session, "RUM", supplier="Laguna Spirits", supplier_code="LS-2",
                         pack_size=6, cost=D("19.50"), par=D(4), reorder_at=D(1)),
        "VER": make_item(session, "VER", supplier="Rialto", supplier_code="BR-9",
                         pack_size=1, cost=D("13.00"), par=D(3), reorder_at=D(1), size=D(750)),
        "SODA": make_item(session, "SODA", par=D(10), reorder_at=D(5), unit="pcs", size=D(1)),
    }  # fmt: skip
    levels = {"GIN": D(700), "RUM": D(2100), "VER": D(375), "SODA": D(2)}
    for sku, quantity in levels.items():
        record_movement(session, items[sku], quantity, Reason.RECEIVE, author="owner")
    return items
