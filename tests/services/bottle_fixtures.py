"""A small collection for the bottle tests: one serial whisky, one bulk bitter, a dram."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Bottle, Movement, StockLevel
from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.services.bottles.containers import add_bottle
from inventory_app.services.ledger import movements as stock
from tests.conftest import AUTHOR, make_item
from tests.services.sales_fixtures import add_recipe

D = Decimal


@dataclass(frozen=True)
class Shelf:
    whisky: int  # serial, 700 ml, three bottles: #a, #b, #c (sealed)
    campari: int  # bulk, 1000 ml, two on hand
    bottles: tuple[int, int, int]
    dram: int  # recipe: 40 ml of the whisky


def make_shelf(session: Session) -> Shelf:
    whisky = make_item(
        session, "WHI-MAC18", name="Macallan 18", tracking=Tracking.SERIAL, cost=D("335.00"),
        barcodes=("5010255000194",),
    )  # fmt: skip
    campari = make_item(session, "AMA-CAMP", name="Campari", size=D(1000))
    stock.record_movement(session, campari, D(2000), Reason.RECEIVE, author=AUTHOR)
    bottles = tuple(
        add_bottle(session, "WHI-MAC18", label=f"Cask {n}", author=AUTHOR, barcode=f"MAC-{n}")
        for n in (1, 2, 3)
    )
    dram = add_recipe(session, "Dram Macallan 18", [(whisky, D(40), "ml", None)], price=D(18))
    return Shelf(whisky, campari, bottles, dram)  # type: ignore[arg-type]


def bottle_state(db: Database, bottle_id: int) -> tuple[str, Decimal, bool, bool]:
    """State, remaining, has an opened date, has an emptied date."""
    with db.sessions() as s:
        b = s.get_one(Bottle, bottle_id)
        return b.state, b.remaining, b.opened_at is not None, b.emptied_at is not None


def open_count(db: Database, item_id: int) -> int:
    with db.sessions() as s:
        return s.get_one(StockLevel, item_id).open_containers


def movement_count(db: Database) -> int:
    with db.sessions() as s:
        return len(s.scalars(select(Movement.id)).all())
