"""UI fixtures: a small bar in a real SQLite file, and the context the GUI is handed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from inventory_app.db.engine import Database
from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.units import BaseUnit
from inventory_app.services import stock
from inventory_app.services.catalogue import save_location
from inventory_app.ui.context import AppContext, Changes
from tests.conftest import AUTHOR, make_item

D = Decimal


@dataclass(frozen=True)
class Bar:
    """Item ids of the test bar: one ok, one low, one out, one consumable."""

    gin: int
    campari: int
    angostura: int
    cups: int


@pytest.fixture
def bar(db: Database) -> Bar:
    """Walking order: Angostura (counter), Tanqueray (back bar), Campari (fridge), cups."""
    with db.transaction() as s:
        for order, name in enumerate(("Under the counter", "Back bar", "Fridge", "Store")):
            save_location(s, name, (order + 1) * 10)
        gin = make_item(
            s, "GIN-TANQ", name="Tanqueray", category="Gin", location="Back bar",
            supplier="Rialto", par=D(3), reorder_at=D(1), barcodes=("8000000000017",),
        )  # fmt: skip
        campari = make_item(
            s, "CAMP-1L", name="Campari", category="Bitter", location="Fridge", size=D(1000),
            supplier="Rialto", par=D(3), reorder_at=D(1), barcodes=("8001234567890",),
        )  # fmt: skip
        angostura = make_item(
            s, "BIT-ANGO", name="Angostura", category="Bitters", location="Under the counter",
            size=D(200), par=D(2), reorder_at=D(1),
        )  # fmt: skip
        cups = make_item(
            s, "CUP-12", name="Cups 12 oz", category="Take-away", location="Store",
            kind=ItemKind.CONSUMABLE, unit=BaseUnit.PCS, size=D(1), par=D(200),
            reorder_at=D(50), supplier="Packaging Nord",
        )  # fmt: skip
        for item, amount in ((gin, D(1400)), (campari, D(1000)), (cups, D(100))):
            stock.record_movement(s, item, amount, Reason.RECEIVE, author=AUTHOR)
    return Bar(gin=gin, campari=campari, angostura=angostura, cups=cups)


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(database=db, user=AUTHOR, changes=Changes())
