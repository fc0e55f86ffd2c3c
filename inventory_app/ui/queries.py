"""Reads the GUI needs, each in its own short session; they return plain rows, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inventory_app.db.engine import Database
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel
from inventory_app.services import catalogue, selling, settings
from inventory_app.services.selling import MenuEntry
from inventory_app.services.stock_view import HistoryEntry, Order, StockRow, history, stock_rows


@dataclass(frozen=True)
class LoadedItem:
    """An item as the editor opened it: its fields and the version to save against."""

    item_id: int
    spec: ItemSpec
    version: int


@dataclass(frozen=True)
class Choices:
    """What the item dialog's editable combos offer."""

    suppliers: list[str]
    locations: list[str]
    categories: list[str]


def load_stock(database: Database, *, order: Order) -> list[StockRow]:
    with database.sessions() as session:
        return stock_rows(session, order=order)


def load_history(database: Database, item_id: int) -> list[HistoryEntry]:
    with database.sessions() as session:
        return history(session, item_id)


def load_item(database: Database, item_id: int) -> LoadedItem:
    with database.sessions() as session:
        item = catalogue.get_item(session, item_id)
        return LoadedItem(item.id, catalogue.item_spec(item), item.version)


def load_choices(database: Database) -> Choices:
    with database.sessions() as session:
        categories = sorted({r.category for r in stock_rows(session) if r.category}, key=str.lower)
        return Choices(
            suppliers=catalogue.supplier_names(session),
            locations=catalogue.location_names(session),
            categories=categories,
        )


def lookup_code(database: Database, code: str) -> tuple[int, str] | None:
    """The item a scanned barcode or SKU names, as (id, name), or None."""
    with database.sessions() as session:
        try:
            item = catalogue.find_item(session, code)
        except NotFoundError:
            return None
        return item.id, item.name


@dataclass(frozen=True)
class LastSale:
    """The sale an Undo would void, as plain values (never the ORM row)."""

    sale_id: int
    recipe: str
    quantity: Decimal
    channel: Channel


@dataclass(frozen=True)
class SellState:
    """Everything the Sell page shows, read in one short session."""

    menu: list[MenuEntry]
    last_sale: LastSale | None
    today: Decimal
    default_channel: Channel


def load_sell_state(database: Database, *, user: str, day: date | None = None) -> SellState:
    """The menu by popularity, this user's last standing sale and the day's drinks."""
    start, end = selling.local_day_bounds(day or date.today())
    with database.sessions() as session:
        sale = selling.last_sale(session, author=user)
        last = (
            LastSale(sale.id, sale.recipe_name, sale.quantity, Channel(sale.channel))
            if sale is not None
            else None
        )
        return SellState(
            menu=selling.menu(session),
            last_sale=last,
            today=selling.drinks_sold(session, start, end),
            default_channel=settings.default_channel(session),
        )
