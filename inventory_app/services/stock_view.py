"""Read models for listings: plain rows, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Barcode, Item, Location, Movement, StockLevel, Supplier
from inventory_app.domain.levels import Status, containers, stock_status
from inventory_app.domain.units import BaseUnit, format_quantity


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

    def matches(self, text: str) -> bool:
        """Search as you type: SKU, name, category, location, supplier or barcode."""
        needle = text.strip().lower()
        if not needle:
            return True
        hay = (self.sku, self.name, self.category, self.location, self.supplier, *self.barcodes)
        return any(needle in h.lower() for h in hay)


def stock_rows(
    session: Session, *, low_only: bool = False, search: str = "", order: Order = Order.LOCATION
) -> list[StockRow]:
    """Every active item with its level and status, in walking order or by name."""
    query = (
        select(Item, StockLevel.on_hand, Location.name, Location.walk_order, Supplier.name)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .outerjoin(Location, Location.id == Item.location_id)
        .outerjoin(Supplier, Supplier.id == Item.supplier_id)
        .where(Item.active.is_(True))
    )
    codes = _barcodes_by_item(session)
    rows = [
        _row(item, on_hand, loc or "", walk if walk is not None else 1_000_000, sup or "", codes)
        for item, on_hand, loc, walk, sup in session.execute(query).unique()
    ]
    rows = [r for r in rows if r.matches(search) and (not low_only or r.status != Status.OK)]
    if order == Order.NAME:
        rows.sort(key=lambda r: (r.name.lower(), r.sku))
    else:
        rows.sort(key=lambda r: (r.walk_order, r.location, r.name.lower(), r.sku))
    return rows


def _barcodes_by_item(session: Session) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for item_id, code in session.execute(
        select(Barcode.item_id, Barcode.code).order_by(Barcode.id)
    ):
        out[item_id] = (*out.get(item_id, ()), code)
    return out


def _row(
    item: Item,
    on_hand: Decimal,
    location: str,
    walk: int,
    supplier: str,
    codes: dict[int, tuple[str, ...]],
) -> StockRow:
    return StockRow(
        item_id=item.id,
        sku=item.sku,
        name=item.name,
        category=item.category,
        kind=item.kind,
        unit=item.unit,
        size=item.size,
        on_hand=on_hand,
        containers=containers(on_hand, item.size),
        par=item.par,
        reorder_at=item.reorder_at,
        status=stock_status(on_hand, item.size, item.reorder_at),
        location=location,
        walk_order=walk,
        supplier=supplier,
        cost=item.cost,
        barcodes=codes.get(item.id, ()),
        version=item.version,
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

    @property
    def delta_text(self) -> str:
        sign = "+" if self.delta > 0 else ""
        return sign + format_quantity(self.delta, BaseUnit(self.unit))


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
    return [
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
