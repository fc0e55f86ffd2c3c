"""A small bar to count: two locations, a weighed whisky, a bitter, cups, a Negroni."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.units import BaseUnit
from inventory_app.services.catalogue.items import save_location
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import AUTHOR, make_item
from tests.services.sales_fixtures import add_recipe

D = Decimal


@dataclass(frozen=True)
class CountBar:
    whisky: int  # 700 ml, €28 (€0.04 per ml), tare 540 g, full 1205 g; 1400 ml on hand
    campari: int  # 1000 ml, €20 (€0.02 per ml); 2000 ml on hand
    cups: int  # pieces, €0.10 each; 100 on hand
    negroni: int  # 30 ml campari and a cup, €9 (VAT included)


def make_count_bar(session: Session) -> CountBar:
    save_location(session, "Back wall", 10, author="owner")
    save_location(session, "Store", 20, author="owner")
    whisky = make_item(
        session, "WHI-MONKEY", name="Monkey Shoulder", location="Back wall", cost=D(28),
        tare_g=D(540), full_g=D(1205),
    )  # fmt: skip
    campari = make_item(
        session, "AMA-CAMP", name="Campari", location="Back wall", size=D(1000), cost=D(20),
        barcodes=("8001234567890",),
    )  # fmt: skip
    cups = make_item(
        session, "CUP-12", name="Cups", location="Store", kind=ItemKind.CONSUMABLE,
        unit=BaseUnit.PCS, size=D(1), cost=D("0.10"),
    )  # fmt: skip
    for item, amount in ((whisky, D(1400)), (campari, D(2000)), (cups, D(100))):
        record_movement(session, item, amount, Reason.RECEIVE, author=AUTHOR)
    negroni = add_recipe(
        session, "Negroni", [(campari, D(30), "ml", None), (cups, D(1), "pcs", None)],
        price=D(9),
    )  # fmt: skip
    return CountBar(whisky, campari, cups, negroni)
