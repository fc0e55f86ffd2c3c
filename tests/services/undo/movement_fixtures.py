"""A bar with a movement of every kind to undo: stock to order, a shelf of bottles, recipes."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from tests.services.bottle_fixtures import make_shelf
from tests.services.order_fixtures import stock_bar
from tests.services.sales_fixtures import add_recipe

D = Decimal


def make_movement_bar(s: Session) -> None:
    """The ordering bar's stock, the bottle shelf, a gin neat and a gin syrup (a prep)."""
    items = stock_bar(s)
    shelf = make_shelf(s)
    add_recipe(s, "Gin neat", [(items["GIN"], D(40), "ml", None)], price=D(7))
    add_recipe(
        s, "Gin syrup", [(items["GIN"], D(100), "ml", None)], kind="prep",
        yield_item_id=shelf.campari, yield_quantity=D(100),
    )  # fmt: skip
