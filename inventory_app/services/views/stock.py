"""Read models for listings: plain rows, never live ORM objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base, Item, Movement
from inventory_app.db.types import fixed, stored_integers
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.display import ContainerStyle
from inventory_app.domain.levels import Status, containers, stock_status
from inventory_app.domain.units import BaseUnit, plain_quantity
from inventory_app.services.selling.details import sale_descriptions
from inventory_app.services.settings import container_style


class Order(StrEnum):
    LOCATION = "location"
    NAME = "name"


@dataclass(frozen=True)
class StockRow:
    item_id: int
    sku: str
    name: str
    category: str
    kind: str
    unit: str
    size: Decimal
    on_hand: Decimal
    containers: Decimal
    par: Decimal | None
    reorder_at: Decimal | None
    status: Status
    location: str

    walk_order: int
    supplier: str
    cost: Decimal
    barcodes: tuple[str, ...]
    version: int

    @property
    def value(self) -> Decimal:
        """Stock value at cost per container."""
        return self.containers * self.cost

    @property
    def status_shown(self) -> str:
        """'low' / 'sottoscorta', 'out' / 'esaurito', 'ok'."""
        return Status(self.status).label

    def matches(self, text: str) -> bool:
        """Search as you type: SKU, name, category, location, supplier or barcode."""
        needle = text.strip().lower()
        if not needle:
            return True
        hay = (self.sku, self.name, self.category, self.location, self.supplier, *self.barcodes)
        return any(needle in h.lower() for h in hay)


_ITEMS = Base.metadata.tables["items"]
_LEVELS = Base.metadata.tables["stock_levels"]
_LOCATIONS = Base.metadata.tables["locations"]
_SUPPLIERS = Base.metadata.tables["suppliers"]
_BARCODES = Base.metadata.tables["barcodes"]
# Columns, not ORM objects: loading 500 Item entities (with their joined supplier and
# location) was most of the stock page's time (tests/bench/bench_stock_view.py).
_STOCK_QUERY = (
    select(
        _ITEMS.c.id, _ITEMS.c.sku, _ITEMS.c.name, _ITEMS.c.category, _ITEMS.c.kind,
        _ITEMS.c.unit, _ITEMS.c.size, _LEVELS.c.on_hand, _ITEMS.c.par, _ITEMS.c.reorder_at,
        _LOCATIONS.c.name, _LOCATIONS.c.walk_order, _SUPPLIERS.c.name, _ITEMS.c.cost,
        _ITEMS.c.version,
    )
    .join(_LEVELS, _LEVELS.c.item_id == _ITEMS.c.id)
    .outerjoin(_LOCATIONS, _LOCATIONS.c.id == _ITEMS.c.location_id)
    .outerjoin(_SUPPLIERS, _SUPPLIERS.c.id == _ITEMS.c.supplier_id)
    .where(_ITEMS.c.active.is_(True))
)  # fmt: skip
_BARCODE_QUERY = select(_BARCODES.c.item_id, _BARCODES.c.code).order_by(_BARCODES.c.id)


# The quantities and money as stored integers: a row is rebuilt only when one of its
# columns or barcodes changed (a sale moves five items). Building 500 StockRows with
# their Decimals and status was half of the page (tests/bench/bench_stock_view.py).
_RAW_STOCK = DriverStatement(stored_integers(_STOCK_QUERY))
_RAW_BARCODES = DriverStatement(_BARCODE_QUERY)
_SIZE, _ON_HAND, _PAR, _REORDER, _COST = (
    fixed(c).from_stored
    for c in (_ITEMS.c.size, _LEVELS.c.on_hand, _ITEMS.c.par, _ITEMS.c.reorder_at, _ITEMS.c.cost)
)
# Per item id: the row as read, its barcodes, and the StockRow built from them.
_ROWS: dict[int, tuple[tuple[Any, ...], tuple[str, ...], StockRow]] = {}
_ROWS_KEPT = 20_000  # a few bars' worth; past that, start again


def stock_rows(
    session: Session, *, low_only: bool = False, search: str = "", order: Order = Order.LOCATION
) -> list[StockRow]:
    """Every active item with its level and status, in walking order or by name."""
    connection = flushed(session)
    codes = _barcodes_by_item(connection)
    if len(_ROWS) > _ROWS_KEPT:
        _ROWS.clear()
    rows = []
    for columns in _RAW_STOCK.rows(connection, {}):
        barcodes = codes.get(columns[0], ())
        kept = _ROWS.get(columns[0])
        if kept is None or kept[0] != columns or kept[1] != barcodes:
            kept = _ROWS[columns[0]] = (columns, barcodes, _row(columns, barcodes))
        rows.append(kept[2])
    if search.strip() or low_only:
        rows = [r for r in rows if r.matches(search) and (not low_only or r.status != Status.OK)]
    if order == Order.NAME:
        rows.sort(key=lambda r: (r.name.lower(), r.sku))
    else:
        rows.sort(key=lambda r: (r.walk_order, r.location, r.name.lower(), r.sku))
    return rows


def stock_view(session: Session, *, order: Order) -> tuple[list[StockRow], ContainerStyle]:
    """The Stock page's rows and how the bar reads part bottles, in one reading."""
    return stock_rows(session, order=order), container_style(session)


@dataclass(frozen=True)
class ItemChoice:
    """An ingredient the recipe editor offers: 'SKU — name', in the item's base unit."""

    sku: str
    name: str
    unit: str

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}"


def ingredient_choices(session: Session) -> list[ItemChoice]:
    """Every active item as the recipe editor's ingredient picker offers it, by SKU."""
    rows = stock_rows(session)
    return sorted((ItemChoice(r.sku, r.name, r.unit) for r in rows), key=lambda c: c.sku)


def _barcodes_by_item(connection: Connection) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for item_id, code in _RAW_BARCODES.rows(connection, {}):
        out[item_id] = (*out.get(item_id, ()), code)
    return out


def _row(columns: Sequence[Any], barcodes: tuple[str, ...]) -> StockRow:
    """One row of _RAW_STOCK, in its column order (quantities and money as stored)."""
    (item_id, sku, name, category, kind, unit, raw_size, raw_on_hand, raw_par, raw_reorder,
     location, walk, supplier, raw_cost, version) = columns  # fmt: skip
    size, on_hand = cast(Decimal, _SIZE(raw_size)), cast(Decimal, _ON_HAND(raw_on_hand))
    reorder_at = _REORDER(raw_reorder)
    return StockRow(
        item_id,
        sku,
        name,
        category,
        kind,
        unit,
        size,
        on_hand,
        containers(on_hand, size),
        _PAR(raw_par),
        reorder_at,
        stock_status(on_hand, size, reorder_at),
        location or "",
        walk if walk is not None else 1_000_000,
        supplier or "",
        cast(Decimal, _COST(raw_cost)),
        barcodes,
        version,
    )


@dataclass(frozen=True)
class HistoryEntry:
    movement_id: int
    at: datetime
    sku: str
    name: str
    reason: str
    delta: Decimal
    unit: str
    author: str
    reference: str
    note: str
    undone: bool
    detail: str = ""  # a sale line's drink: 'Sale: Negroni ×2, take-away'

    @property
    def delta_text(self) -> str:
        sign = "+" if self.delta > 0 else ""
        return sign + plain_quantity(self.delta, BaseUnit(self.unit))

    @property
    def reason_shown(self) -> str:
        """The reason as a person reads it: 'waste' / 'scarto'."""
        return Reason(self.reason).label


def history(
    session: Session,
    item_id: int | None = None,
    limit: int | None = None,
    *,
    bottle_id: int | None = None,
) -> list[HistoryEntry]:
    """Movements newest first, for one item (or one of its bottles) or the whole bar."""
    undone = select(Movement.undoes_id).where(Movement.undoes_id.is_not(None))
    query = (
        select(Movement, Item.sku, Item.name, Item.unit, Movement.id.in_(undone))
        .join(Item, Item.id == Movement.item_id)
        .order_by(Movement.at.desc(), Movement.id.desc())
    )
    if item_id is not None:
        query = query.where(Movement.item_id == item_id)
    if bottle_id is not None:
        query = query.where(Movement.bottle_id == bottle_id)
    if limit is not None:
        query = query.limit(limit)
    entries = [
        HistoryEntry(
            movement_id=m.id,
            at=m.at,
            sku=sku,
            name=name,
            reason=m.reason,
            delta=m.delta,
            unit=unit,
            author=m.author,
            reference=m.reference,
            note=m.note,
            undone=bool(was_undone),
        )
        for m, sku, name, unit, was_undone in session.execute(query)
    ]
    names = sale_descriptions(session, (e.reference for e in entries if e.reason == Reason.SALE))
    return [replace(e, detail=names[e.reference]) if e.reference in names else e for e in entries]
