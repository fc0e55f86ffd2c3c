"""The owner's control: did the bartender open more than the drinks sold explain?

Per item over a period: containers opened x size against theoretical usage, which
is what the ledger says left the bar for a reason (sales x recipes in the `sale`
movements, prep batches, waste, breakage and comps), undone movements left out.
One open container always runs ahead of its usage, so an item is listed only when
openings outran usage by more than a tolerance (one container by default). Beside
it, two flags of the moment: open rare bottles past the oxidation age, and house
flasks on hand past their shelf life.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Movement, Production, StockLevel, utcnow
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import USAGE_REASONS, Reason
from inventory_app.domain.display import number_text
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.view import BottleRow, bottle_rows
from inventory_app.services.settings import oxidation_months

DEFAULT_TOLERANCE = Decimal(1)  # containers


@dataclass(frozen=True)
class OpeningExcess:
    """An item whose openings outran what sales and recorded losses explain."""

    item_id: int
    sku: str
    name: str
    unit: str
    size: Decimal
    opened: int
    opened_quantity: Decimal
    theoretical: Decimal
    excess: Decimal

    @property
    def excess_containers(self) -> Decimal:
        return self.excess / self.size


@dataclass(frozen=True)
class ExpiredFlask:
    """A house flask on hand past its shelf life, counted from its latest batch."""

    item_id: int
    sku: str
    name: str
    on_hand: Decimal
    unit: str
    made_at: datetime
    shelf_life_days: int
    days_over: int


@dataclass(frozen=True)
class OpeningReport:
    start: datetime
    end: datetime
    tolerance: Decimal
    excess: list[OpeningExcess]
    oxidised: list[BottleRow]
    expired: list[ExpiredFlask]
    oxidation_months: int


def opening_report(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    tolerance: Decimal = DEFAULT_TOLERANCE,
    now: datetime | None = None,
) -> OpeningReport:
    """Openings against usage between two moments (naive UTC), and today's flags."""
    if end <= start:
        raise InputError(tr("the period ends before it starts: check --from and --to"))
    if tolerance < 0:
        raise InputError(
            tr("the tolerance is a number of containers, 0 or more, got {tolerance}").format(
                tolerance=number_text(tolerance, 6, grouped=False)
            )
        )

    moment = now or utcnow()
    return OpeningReport(
        start=start,
        end=end,
        tolerance=tolerance,
        excess=openings_outrunning_usage(session, start, end, tolerance=tolerance),
        oxidised=[
            r for r in bottle_rows(session, state=BottleState.OPEN, now=moment) if r.oxidised
        ],
        expired=expired_flasks(session, now=moment),
        oxidation_months=oxidation_months(session),
    )


def openings_outrunning_usage(
    session: Session, start: datetime, end: datetime, *, tolerance: Decimal
) -> list[OpeningExcess]:
    """Items opened beyond their usage by more than `tolerance` containers, worst first."""
    opened = _sums(session, start, end, (Reason.OPEN,), func.count(Movement.id))
    used = _sums(session, start, end, USAGE_REASONS, -func.sum(Movement.delta))
    if not opened:
        return []
    items = session.scalars(select(Item).where(Item.id.in_(opened)))
    rows: list[OpeningExcess] = []
    for item in items:
        count = int(opened[item.id])
        theoretical = Decimal(used.get(item.id, 0))
        excess = count * item.size - theoretical
        if excess > tolerance * item.size:
            rows.append(
                OpeningExcess(
                    item.id,
                    item.sku,
                    item.name,
                    item.unit,
                    item.size,
                    count,
                    count * item.size,
                    theoretical,
                    excess,
                )
            )
    return sorted(rows, key=lambda r: (-r.excess_containers, r.sku))


def _sums(
    session: Session,
    start: datetime,
    end: datetime,
    reasons: tuple[Reason, ...],
    total: ColumnElement[Any],
) -> dict[int, Decimal | int]:
    undone = select(Movement.undoes_id).where(Movement.undoes_id.is_not(None))
    query = (
        select(Movement.item_id, total)
        .where(
            Movement.reason.in_([r.value for r in reasons]),
            Movement.at >= start,
            Movement.at < end,
            Movement.id.not_in(undone),
        )
        .group_by(Movement.item_id)
    )
    return {item_id: value for item_id, value in session.execute(query)}


def expired_flasks(session: Session, *, now: datetime | None = None) -> list[ExpiredFlask]:
    """Flasks with a shelf life, still on hand, whose latest batch is older than it."""
    moment = now or utcnow()
    query = (
        select(Item, StockLevel.on_hand)
        .join(StockLevel, StockLevel.item_id == Item.id)
        .where(Item.shelf_life_days.is_not(None), StockLevel.on_hand > 0)
    )
    flagged: list[ExpiredFlask] = []
    made = _made_at(session)
    for item, on_hand in session.execute(query).unique():
        made_at = made.get(item.id)
        if made_at is None or item.shelf_life_days is None:
            continue  # never made here: no date to count from
        over = (moment - (made_at + timedelta(days=item.shelf_life_days))).days
        if moment >= made_at + timedelta(days=item.shelf_life_days):
            flagged.append(
                ExpiredFlask(
                    item.id,
                    item.sku,
                    item.name,
                    on_hand,
                    item.unit,
                    made_at,
                    item.shelf_life_days,
                    over,
                )
            )
    return sorted(flagged, key=lambda f: (-f.days_over, f.sku))


def _made_at(session: Session) -> dict[int, datetime]:
    """Each flask's latest batch: a Production, or a `prep_make` movement without one."""
    latest: dict[int, datetime] = defaultdict(lambda: datetime.min)
    batches = select(Production.item_id, func.max(Production.at)).group_by(Production.item_id)
    made = (
        select(Movement.item_id, func.max(Movement.at))
        .where(Movement.reason == Reason.PREP_MAKE.value)
        .group_by(Movement.item_id)
    )
    for query in (batches, made):
        for item_id, at in session.execute(query):
            latest[item_id] = max(latest[item_id], at)
    return dict(latest)
