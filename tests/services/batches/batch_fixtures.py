"""A kitchen of house preps for the batch tests: orgeat (3 days' shelf life) from almonds
and sugar and a dash from an open serial bottle of rum, and a Mai Tai pouring it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.catalogue import ItemKind, Reason, Tracking
from inventory_app.domain.recipes import RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.bottles.containers import add_bottle, open_container
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger import movements as stock
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec, save_recipe
from tests.conftest import AUTHOR, make_item

D = Decimal
L = RecipeLineSpec


def stock_orgeat_kitchen(session: Session) -> None:
    make_item(session, "ALMOND", unit=BaseUnit.G, size=D(1000), allergens=(Allergen.NUTS,))
    make_item(session, "SUGAR", unit=BaseUnit.G, size=D(1000))
    make_item(session, "RUM", size=D(700), tracking=Tracking.SERIAL)
    make_item(
        session, "FLK-ORGEAT", name="House orgeat", kind=ItemKind.FLASK, size=D(500),
        shelf_life_days=3, notes="Fridge, 2–4 °C",
    )  # fmt: skip
    rum = add_bottle(session, "RUM", label="Cask 7", author=AUTHOR)
    open_container(session, "RUM", author=AUTHOR, bottle_id=rum)
    for sku, amount in [("ALMOND", 5000), ("SUGAR", 5000)]:
        stock.record_movement(
            session, find_item(session, sku).id, D(amount), Reason.RECEIVE, author=AUTHOR
        )
    save_recipe(session, RecipeSpec(
        name="House orgeat", kind=RecipeKind.PREP,
        lines=(L("ALMOND", D(250), Unit.G), L("SUGAR", D(300), Unit.G), L("RUM", D(1), Unit.CL)),
        yield_sku="FLK-ORGEAT", yield_quantity=D(500),
    ), author=AUTHOR)  # fmt: skip
    save_recipe(session, RecipeSpec(
        name="Mai Tai", price=D(10),
        lines=(L("RUM", D(4), Unit.CL), L("FLK-ORGEAT", D(15), Unit.ML)),
    ), author=AUTHOR)  # fmt: skip
