"""Reads the GUI needs, each in its own short session; they return plain rows, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass

from inventory_app.db.engine import Database
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services import catalogue
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
