"""The dashboard: what the owner must act on today, gathered in one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Bottle, Item, Recipe
from inventory_app.domain import display
from inventory_app.domain.bottle_states import BottleState
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.levels import Status
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.bottles.draws import unassigned_draws
from inventory_app.services.bottles.view import bottle_rows
from inventory_app.services.ordering.levels import OPEN_STATUSES, LevelRow, level_rows
from inventory_app.services.ordering.order_reads import OrderRow, order_rows
from inventory_app.services.selling.unmatched import Unresolved, unresolved
from inventory_app.services.settings import oxidation_months

_STATUS_ORDER = {Status.OUT: 0, Status.LOW: 1, Status.OK: 2}


@dataclass(frozen=True)
class FlaskToMake:
    """A house flask low or out that a prep recipe makes."""

    sku: str
    name: str
    recipe: str
    containers: Decimal


@dataclass(frozen=True)
class BottleWatch:
    """A bottle needing a look: open too long, or poured from while none was open."""

    sku: str
    name: str
    reason: str


@dataclass(frozen=True)
class Dashboard:
    low: list[LevelRow]
    running_out: list[LevelRow]
    open_orders: list[OrderRow]
    flasks_to_make: list[FlaskToMake]
    bottles_to_watch: list[BottleWatch]
    unmatched: Unresolved


def dashboard(session: Session, *, today: date | None = None) -> Dashboard:
    """Low and out items (out first), what runs out before delivery, orders, flasks, bottles."""
    day = today or date.today()
    rows = level_rows(session, today=day)
    low = sorted(
        (r for r in rows if r.status is not Status.OK),
        key=lambda r: (_STATUS_ORDER[r.status], r.containers, r.sku),
    )
    running_out = sorted(
        (r for r in rows if r.runs_out_before_delivery),
        key=lambda r: (r.days_of_cover or Decimal(0), r.sku),
    )
    orders = order_rows(session, statuses=OPEN_STATUSES)
    waiting = unresolved(session)
    return Dashboard(
        low, running_out, orders, _flasks(session, low), _bottles(session, day), waiting
    )


# Built once and run on the driver's cursor (db/driver_sql.py): building statements and
# SQLAlchemy's execution were a third of a dashboard refresh on the big bar.
_FLASK_RECIPES = DriverStatement(
    select(Recipe.yield_item_id, Recipe.name)
    .join(Item, Item.id == Recipe.yield_item_id)
    .where(Recipe.kind == "prep", Recipe.active.is_(True), Item.kind == ItemKind.FLASK.value)
    .order_by(Recipe.name)
)
_ANY_OPEN = DriverStatement(
    select(Bottle.id).where(Bottle.state == BottleState.OPEN.value).limit(1)
)


def _flasks(session: Session, low: list[LevelRow]) -> list[FlaskToMake]:
    wanted = {r.item_id: r for r in low}
    made: dict[int, str] = {}
    for item_id, recipe in _FLASK_RECIPES.rows(flushed(session), {}):
        if item_id in wanted:
            made.setdefault(item_id, recipe)
    return [
        FlaskToMake(wanted[i].sku, wanted[i].name, recipe, wanted[i].containers)
        for i, recipe in made.items()
    ]


def _bottles(session: Session, day: date) -> list[BottleWatch]:
    now = datetime.combine(day, time(12))
    watch = []
    if _ANY_OPEN.rows(flushed(session), {}):  # most bars have none: skip the settings read
        months = oxidation_months(session)
        watch = [
            BottleWatch(r.sku, r.label or r.name, _open_too_long(months))
            for r in bottle_rows(session, state=BottleState.OPEN, now=now)
            if r.oxidised
        ]  # fmt: skip
    for draw in unassigned_draws(session):
        poured = display.quantity_text(draw.quantity, draw.unit)
        reason = tr("{poured} poured while no bottle was open: open or add one").format(
            poured=poured
        )
        watch.append(BottleWatch(draw.sku, draw.name, reason))
    return watch


def _open_too_long(months: int) -> str:
    return ntr("open longer than {count} month", "open longer than {count} months", months).format(
        count=months
    )
