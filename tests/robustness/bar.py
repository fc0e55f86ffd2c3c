"""A small bar for the robustness tests: its recipes and starting stock, and what they take."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import Item, Movement, StockLevel, User
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item
from inventory_app.services.ledger.movements import record_movement
from tests.services.sales_fixtures import add_recipe

D = Decimal
AUTHOR = "owner"
START = D(50_000_000)  # ml of each item: no sale in these tests runs it dry
SKUS = ("GIN", "RUM", "CAMPARI", "VERMOUTH", "LIME", "SYRUP")
# Ingredients listed in opposite orders on purpose: two terminals selling these at once
# would update the same stock rows in opposite orders unless the ledger orders them.
RECIPES: dict[str, tuple[tuple[str, Decimal], ...]] = {
    "Negroni": (("GIN", D(30)), ("CAMPARI", D(30)), ("VERMOUTH", D(30))),
    "Boulevardier": (("VERMOUTH", D(25)), ("CAMPARI", D(25)), ("GIN", D("22.5"))),
    "Daiquiri": (("RUM", D(60)), ("LIME", D(25)), ("SYRUP", D(15))),
    "Gimlet": (("SYRUP", D("12.5")), ("LIME", D(20)), ("GIN", D(60))),
    "Shot": (("RUM", D(40)),),
}
TERMINALS = 8  # bartenders terminal-0 … terminal-7, one per selling process
SALES_HEADER = ("date", "time", "item", "qty", "channel", "transaction_id", "net_sales")


def build_bar(database: Database) -> None:
    """Items, recipes, the terminals' bartenders and START ml of each item, in one transaction."""
    with database.transaction() as session:
        session.add_all(
            User(name=f"terminal-{n}", key=f"terminal-{n}", role="bartender")
            for n in range(TERMINALS)
        )
        ids = {
            sku: save_item(
                session, ItemSpec(sku=sku, name=sku.title(), size=D(700)), author="owner"
            ).id
            for sku in SKUS
        }
        for name, lines in RECIPES.items():
            add_recipe(session, name, [(ids[sku], qty, "ml", None) for sku, qty in lines])
        for item_id in ids.values():
            record_movement(session, item_id, START, Reason.RECEIVE, author=AUTHOR)


def taken(recipe: str, drinks: int) -> dict[str, Decimal]:
    """What `drinks` of a recipe take from each item, negative, by SKU."""
    return {sku: -qty * drinks for sku, qty in RECIPES[recipe]}


def add_up(into: dict[str, Decimal], deltas: Mapping[str, Decimal]) -> None:
    for sku, delta in deltas.items():
        into[sku] = into.get(sku, D(0)) + delta


def write_sales(path: Path, lines: Iterable[tuple[str, int, str]]) -> dict[str, Decimal]:
    """A generic POS export of (recipe, drinks, transaction) lines; returns what it takes."""
    total: dict[str, Decimal] = {}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SALES_HEADER)
        for row, (recipe, drinks, transaction) in enumerate(lines):
            clock = f"{18 + row % 6:02d}:{row % 60:02d}:{row * 7 % 60:02d}"
            writer.writerow(["2026-02-14", clock, recipe, drinks, "speakeasy", transaction, "9.50"])
            add_up(total, taken(recipe, drinks))
    return total


def levels(database: Database) -> dict[str, tuple[Decimal, Decimal]]:
    """Per SKU: (on hand kept, ledger sum)."""
    with database.reading() as session:
        ledger = dict(
            session.execute(
                select(Movement.item_id, func.sum(Movement.delta)).group_by(Movement.item_id)
            ).all()
        )
        rows = session.execute(
            select(Item.sku, Item.id, StockLevel.on_hand).join(
                StockLevel, StockLevel.item_id == Item.id
            )
        )
        return {sku: (on_hand, ledger.get(item_id, D(0))) for sku, item_id, on_hand in rows}
