"""Read models for bottles and openings: plain rows for listings, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Bottle, Item, Movement, StockLevel, utcnow
from inventory_app.domain.bottle_states import BottleState, Opening, oxidised
from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.domain.counting import open_containers_level
from inventory_app.domain.errors import NotFoundError
from inventory_app.i18n.catalogue import ntr
from inventory_app.services.bottles.targets import find_target
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.settings import oxidation_months


@dataclass(frozen=True)
class BottleRow:
    bottle_id: int
    sku: str
    name: str
    label: str
    cask: str
    bottle_number: str
    vintage: int | None
    abv: Decimal | None
    barcode: str | None
    state: BottleState
    added_at: datetime
    opened_at: datetime | None
    emptied_at: datetime | None
    remaining: Decimal
    size: Decimal
    unit: str
    cost: Decimal | None
    oxidised: bool  # open longer than the oxidation_months setting

    @property
    def level(self) -> Decimal:
        """Share of the bottle left, 0 to 1 (the ledger may say a little less or more)."""
        return max(Decimal(0), min(Decimal(1), self.remaining / self.size))

    @property
    def value(self) -> Decimal | None:
        """Value at cost of what is left: cost x remaining / size."""
        if self.cost is None:
            return None
        return self.cost * max(self.remaining, Decimal(0)) / self.size


def bottle_rows(
    session: Session,
    *,
    sku: str | None = None,
    state: BottleState | None = None,
    now: datetime | None = None,
) -> list[BottleRow]:
    """Every bottle (of one item, in one state), open ones first, then by item and id."""
    query = select(Bottle, Item).join(Item, Item.id == Bottle.item_id)
    if sku:
        query = query.where(Bottle.item_id == find_item(session, sku).id)
    if state is not None:
        query = query.where(Bottle.state == state.value)
    months = oxidation_months(session)
    moment = now or utcnow()
    rows = [_row(b, i, months, moment) for b, i in session.execute(query)]
    order = {BottleState.OPEN: 0, BottleState.SEALED: 1, BottleState.EMPTY: 2}
    return sorted(rows, key=lambda r: (order[r.state], r.name.lower(), r.bottle_id))


def _row(bottle: Bottle, item: Item, months: int, now: datetime) -> BottleRow:
    state = BottleState(bottle.state)
    opened = bottle.opened_at
    return BottleRow(
        bottle_id=bottle.id, sku=item.sku, name=item.name, label=bottle.label,
        cask=bottle.cask, bottle_number=bottle.bottle_number, vintage=bottle.vintage,
        abv=bottle.abv, barcode=bottle.barcode, state=state, added_at=bottle.added_at,
        opened_at=bottle.opened_at, emptied_at=bottle.emptied_at,
        remaining=bottle.remaining, size=item.size, unit=item.unit, cost=bottle.cost,
        oxidised=state == BottleState.OPEN and opened is not None
        and oxidised(opened, now, months),
    )  # fmt: skip


@dataclass(frozen=True)
class OpeningEntry:
    """One line of the opening log: who opened or finished what, when."""

    movement_id: int
    at: datetime
    sku: str
    name: str
    bottle_id: int | None
    bottle: str
    action: Opening
    author: str
    undone: bool


def opening_log(session: Session, start: datetime, end: datetime) -> list[OpeningEntry]:
    """Openings and finishes between two moments, newest first."""
    undone = select(Movement.undoes_id).where(Movement.undoes_id.is_not(None))
    query = (
        select(Movement, Item.sku, Item.name, Bottle.label, Movement.id.in_(undone))
        .join(Item, Item.id == Movement.item_id)
        .outerjoin(Bottle, Bottle.id == Movement.bottle_id)
        .where(
            Movement.reason.in_([Reason.OPEN.value, Reason.EMPTY.value]),
            Movement.at >= start,
            Movement.at < end,
        )
        .order_by(Movement.at.desc(), Movement.id.desc())
    )
    return [
        OpeningEntry(
            movement_id=m.id,
            at=m.at,
            sku=sku,
            name=name,
            bottle_id=m.bottle_id,
            bottle=f"#{m.bottle_id} {label}" if m.bottle_id is not None else "",
            action=Opening(m.reason),
            author=m.author,
            undone=bool(was_undone),
        )
        for m, sku, name, label, was_undone in session.execute(query)
    ]


def openings(session: Session, start: datetime, end: datetime) -> list[OpeningEntry]:
    """Containers opened between two moments and not undone, newest first."""
    return [
        e for e in opening_log(session, start, end) if e.action == Opening.OPEN and not e.undone
    ]


@dataclass(frozen=True)
class OpenContainer:
    """Something open behind the bar now: one serial bottle, or a bulk item's open containers."""

    sku: str
    name: str
    bottle: str  # "#3 Cask 12"; empty for a bulk item
    open_count: int
    opened_at: datetime | None  # the bottle's opening; a bulk item's latest opening
    remaining: Decimal  # the bottle's level; what a bulk item's open containers hold
    unit: str
    oxidised: bool
    on_hand: Decimal  # the item's whole stock, sealed spares included


def open_now(session: Session, *, now: datetime | None = None) -> list[OpenContainer]:
    """Open serial bottles first, then bulk items with open containers, each by name."""
    bottles = [_open_bottle(r) for r in bottle_rows(session, state=BottleState.OPEN, now=now)]
    query = (
        select(Item, StockLevel.open_containers, StockLevel.on_hand)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .where(StockLevel.open_containers > 0, Item.tracking != Tracking.SERIAL.value)
        .order_by(Item.name)
    )
    latest = _latest_bulk_openings(session)
    bulk = [
        _open_bulk(item, count, on_hand, latest.get(item.id))
        for item, count, on_hand in session.execute(query).unique()
    ]
    return bottles + bulk


def _open_bottle(row: BottleRow) -> OpenContainer:
    return OpenContainer(
        sku=row.sku, name=row.name, bottle=f"#{row.bottle_id} {row.label}", open_count=1,
        opened_at=row.opened_at, remaining=row.remaining, unit=row.unit, oxidised=row.oxidised,
        on_hand=row.remaining,
    )  # fmt: skip


def _open_bulk(item: Item, count: int, on_hand: Decimal, latest: datetime | None) -> OpenContainer:
    return OpenContainer(
        sku=item.sku, name=item.name, bottle="", open_count=count, opened_at=latest,
        remaining=open_containers_level(on_hand, item.size, count), unit=item.unit,
        oxidised=False, on_hand=on_hand,
    )  # fmt: skip


def _latest_bulk_openings(session: Session) -> dict[int, datetime]:
    """Each item's latest opening of a container (not of a bottle) that was not undone."""
    undone = select(Movement.undoes_id).where(Movement.undoes_id.is_not(None))
    query = (
        select(Movement.item_id, func.max(Movement.at))
        .where(
            Movement.reason == Reason.OPEN.value,
            Movement.bottle_id.is_(None),
            Movement.id.not_in(undone),
        )
        .group_by(Movement.item_id)
    )
    return {item_id: at for item_id, at in session.execute(query)}


@dataclass(frozen=True)
class OpeningTarget:
    """Something the bartender can open or finish: a bulk item, or one bottle."""

    code: str  # what to hand back to open_container: a SKU or "#id"
    sku: str
    name: str
    bottle: str
    state: str  # "2 open" for a bulk item, the bottle's state for a bottle
    remaining: Decimal
    unit: str

    @property
    def state_shown(self) -> str:
        """The state as a person reads it: '2 open' / '2 aperti', 'sealed' / 'sigillata'."""
        count, _, rest = self.state.partition(" ")
        if rest == "open" and count.isdigit():
            return ntr("{count} open", "{count} open", int(count)).format(count=count)
        return BottleState(self.state).label


def opening_targets(session: Session, text: str, *, limit: int = 30) -> list[OpeningTarget]:
    """Items and bottles matching a search or a scan, bottles still on the shelf only."""
    needle = text.strip().lower()
    if not needle:
        return []
    exact = _exact(session, text.strip())
    if exact is not None:
        return exact
    query = (
        select(Item, StockLevel.open_containers, StockLevel.on_hand)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .where(Item.active.is_(True))
        .order_by(Item.name)
    )
    found: list[OpeningTarget] = []
    for item, open_count, on_hand in session.execute(query).unique():
        if needle in item.sku.lower() or needle in item.name.lower():
            found += _targets(session, item, open_count, on_hand)
    return found[:limit]


def _exact(session: Session, code: str) -> list[OpeningTarget] | None:
    """A scanned bottle barcode, a bottle id, a SKU or an item barcode names its targets."""
    try:
        target = find_target(session, code)
    except NotFoundError:
        return None
    level = session.get_one(StockLevel, target.item.id)
    targets = _targets(session, target.item, level.open_containers, level.on_hand)
    if target.bottle is not None:
        return [t for t in targets if t.code == f"#{target.bottle.id}"] or targets
    return targets


def _targets(
    session: Session, item: Item, open_count: int, on_hand: Decimal
) -> list[OpeningTarget]:
    if item.tracking != Tracking.SERIAL:
        state = f"{open_count} open"
        return [OpeningTarget(item.sku, item.sku, item.name, "", state, on_hand, item.unit)]
    bottles = session.scalars(
        select(Bottle)
        .where(Bottle.item_id == item.id, Bottle.state != BottleState.EMPTY.value)
        .order_by(Bottle.state, Bottle.opened_at, Bottle.id)  # open before sealed
    )
    return [
        OpeningTarget(
            f"#{b.id}", item.sku, item.name, f"#{b.id} {b.label}", b.state, b.remaining, item.unit
        )
        for b in bottles
    ]
