"""Shortages: which items a write just took below zero, as the window and the CLI say it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import Reason
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.shortages import Shortage, below_zero
from tests.conftest import AUTHOR, make_item

D = Decimal


def test_below_zero_names_only_the_items_under_zero(session: Session) -> None:
    gin = make_item(session, "GIN-1", name="Gin")
    rum = make_item(session, "RUM-1", name="Rum")
    stock.record_movement(session, gin, D(-20), Reason.CORRECTION, author=AUTHOR)
    stock.record_movement(session, rum, D(20), Reason.CORRECTION, author=AUTHOR)
    found = below_zero(session, [gin, rum])
    assert found == (Shortage("GIN-1", "Gin", D(-20), "ml"),)
    assert found[0].warning() == (
        "warning: GIN-1 (Gin) is now at -20 ml: count it or record a delivery"
    )
    assert found[0].shown() == "Gin is now at −20 ml: count it or receive stock"
    assert below_zero(session, []) == ()
