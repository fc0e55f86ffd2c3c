"""What a count shows: its rows in walking order and its progress per location (plain rows)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Barcode, Count, CountLine, Item, Location
from inventory_app.domain.counting import Entry, Scale
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import tr
from inventory_app.services.counts.sessions import count_locations, open_count

NO_LOCATION_ORDER = 1_000_000


@dataclass(frozen=True)
class CountRow:
    """One item to count, with its entry so far (None everywhere when not counted yet)."""

    item_id: int
    sku: str
    name: str
    location: str
    walk_order: int
    unit: str
    size: Decimal
    barcodes: tuple[str, ...]
    tare_g: Decimal | None
    full_g: Decimal | None
    density: Decimal | None
    full: Decimal | None = None
    tenths: Decimal | None = None
    weight_g: Decimal | None = None
    quantity: Decimal | None = None
    counted: Decimal | None = None
    refused: str | None = None  # why the entry was refused: the row counts nothing

    @property
    def done(self) -> bool:
        return self.counted is not None

    @property
    def entry(self) -> Entry:
        return Entry(self.full, self.tenths, self.weight_g, self.quantity)

    @property
    def scale(self) -> Scale:
        return Scale(
            self.name, BaseUnit(self.unit), self.size, self.tare_g, self.full_g, self.density
        )


@dataclass(frozen=True)
class LocationProgress:
    location: str
    counted: int
    total: int


@dataclass(frozen=True)
class CountState:
    """The open count (or None) and its rows; without a count, every item of the bar."""

    count_id: int | None
    started_at: datetime | None
    started_by: str
    locations: tuple[str, ...]
    rows: list[CountRow]

    @property
    def progress(self) -> list[LocationProgress]:
        return progress(self.rows)

    @property
    def counted(self) -> int:
        return sum(r.done for r in self.rows)

    @property
    def refused(self) -> list[CountRow]:
        """Rows whose entry was refused: finalise waits until each is fixed or cleared."""
        return [r for r in self.rows if r.refused is not None]


def count_state(session: Session) -> CountState:
    """The open count with its rows, or the whole bar's rows when no count is open."""
    count = open_count(session)
    if count is None:
        return CountState(None, None, "", (), count_rows(session))
    locations = count_locations(count)
    return CountState(
        count.id, count.started_at, count.started_by, locations,
        count_rows(session, locations, count=count),
    )  # fmt: skip


def count_row(session: Session, item_id: int) -> CountRow:
    """One item's row in the open count, as just saved."""
    [row] = count_rows(session, count=open_count(session), item_id=item_id)
    return row


def count_rows(
    session: Session,
    locations: tuple[str, ...] = (),
    *,
    count: Count | None = None,
    item_id: int | None = None,
) -> list[CountRow]:
    """Active items in walking order, limited to some locations; with a count, its entries."""
    query = (
        select(Item, Location.name, Location.walk_order)
        .outerjoin(Location, Location.id == Item.location_id)
        .where(Item.active.is_(True))
    )
    if locations:
        query = query.where(Location.name.in_(locations))
    if item_id is not None:
        query = query.where(Item.id == item_id)
    lines = _lines(session, count)
    codes = _barcodes(session)
    rows = [
        _row(item, name or "", order if order is not None else NO_LOCATION_ORDER,
             codes.get(item.id, ()), lines.get(item.id))
        for item, name, order in session.execute(query).unique()
    ]  # fmt: skip
    rows.sort(key=lambda r: (r.walk_order, r.location, r.name.casefold(), r.sku))
    return rows


def progress(rows: list[CountRow]) -> list[LocationProgress]:
    """Counted / total per location, in walking order."""
    found: dict[str, list[int]] = {}
    for row in rows:
        tally = found.setdefault(row.location, [0, 0])
        tally[0] += row.done
        tally[1] += 1
    return [LocationProgress(name or tr("No location"), c, t) for name, (c, t) in found.items()]


def _lines(session: Session, count: Count | None) -> dict[int, CountLine]:
    if count is None:
        return {}
    query = select(CountLine).where(CountLine.count_id == count.id)
    return {line.item_id: line for line in session.scalars(query)}


def _barcodes(session: Session) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for item_id, code in session.execute(
        select(Barcode.item_id, Barcode.code).order_by(Barcode.id)
    ):
        out[item_id] = (*out.get(item_id, ()), code)
    return out


def _row(
    item: Item, location: str, order: int, codes: tuple[str, ...], line: CountLine | None
) -> CountRow:
    row = CountRow(
        item_id=item.id, sku=item.sku, name=item.name, location=location, walk_order=order,
        unit=item.unit, size=item.size, barcodes=codes, tare_g=item.tare_g,
        full_g=item.full_g, density=item.density,
    )  # fmt: skip
    if line is None:
        return row
    return replace(
        row, full=line.full, tenths=line.tenths, weight_g=line.weight_g,
        quantity=line.quantity, counted=line.counted, refused=line.refused,
    )  # fmt: skip
