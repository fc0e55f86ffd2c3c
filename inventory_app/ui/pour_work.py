"""The window's reads and actions for pours: a bespoke drink sold, an unmatched sale resolved.

Each action is one Op (ui/ops.py): one service call in one transaction, a refusal
returned as the message to show, and one change signal after success.
"""

from __future__ import annotations

from decimal import Decimal

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.recipes import Channel
from inventory_app.services.selling import bespoke, unmatched
from inventory_app.services.selling.pour_reads import PourSheet, pour_sheet, recipe_pours
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.sales import SaleResult
from inventory_app.services.selling.unmatched import Resolved, Unmatched
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op, read_now

SOLD = Change.SALES | Change.STOCK | Change.BOTTLES


def load_pour_sheet(database: Database) -> PourSheet:
    return read_now(database, pour_sheet)


def load_recipe_pours(database: Database, recipe_id: int, channel: Channel) -> list[PourSpec]:
    return read_now(database, lambda session: recipe_pours(session, recipe_id, channel))


def load_unmatched(database: Database, *, include_resolved: bool = False) -> list[Unmatched]:
    return read_now(
        database,
        lambda session: unmatched.unmatched_sales(session, include_resolved=include_resolved),
    )


def sell_bespoke(
    context: AppContext, *, pours: list[PourSpec], price: Decimal, channel: Channel, note: str
) -> SaleResult | InventoryError:
    """A drink made to taste: its pours leave stock, its price counts as takings."""
    return Op(
        context,
        SOLD,
        lambda s: bespoke.sell_bespoke(
            s, pours, price=price, author=context.user, channel=channel, note=note
        ),
    ).run()


def resolve_to_recipe(
    context: AppContext, *, unmatched_id: int, recipe: str
) -> Resolved | InventoryError:
    """The parked line becomes a sale of the recipe and deducts it, dated when it was sold."""
    return Op(
        context,
        SOLD,
        lambda s: unmatched.resolve_to_recipe(s, unmatched_id, recipe, author=context.user),
    ).run()


def resolve_to_pours(
    context: AppContext, *, unmatched_id: int, pours: list[PourSpec]
) -> Resolved | InventoryError:
    """The parked line deducts what was poured into each of its drinks."""
    return Op(
        context,
        SOLD,
        lambda s: unmatched.resolve_to_pours(s, unmatched_id, pours, author=context.user),
    ).run()
