"""Levels: what each item has, how long it lasts, and par / reorder points suggested from usage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base, Item, OrderLine, PurchaseOrder
from inventory_app.db.types import fixed, stored_integers
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.levels import Status, containers, stock_status
from inventory_app.domain.ordering import (
    average_daily,
    days_of_cover,
    days_until_next_order,
)
from inventory_app.domain.ordering import (
    suggest_levels as suggest_item_levels,
)
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.ordering.usage_profiles import usage_profiles as cached_profiles
from inventory_app.services.people.permissions import require

OPEN_STATUSES = ("draft", "sent")
DEFAULT_LEAD_DAYS = 2  # an item without a supplier: the usual small-supplier lead time
SAFETY_DAYS = 1  # one extra day of stock against a late delivery or a busy night


@dataclass(frozen=True)
class LevelRow:
    item_id: int
    sku: str
    name: str
    supplier: str
    unit: str
    size: Decimal
    on_hand: Decimal
    containers: Decimal
    par: Decimal | None
    reorder_at: Decimal | None
    status: Status
    days_of_cover: Decimal | None
    lead_time_days: int | None
    runs_out_before_delivery: bool
    on_order: Decimal


@dataclass(frozen=True)
class LevelSuggestion:
    sku: str
    name: str
    daily_usage: Decimal
    reorder_at: Decimal
    par: Decimal
    current_reorder_at: Decimal | None
    current_par: Decimal | None


_ITEMS = Base.metadata.tables["items"]
_LEVELS = Base.metadata.tables["stock_levels"]
_SUPPLIERS = Base.metadata.tables["suppliers"]
# Columns, not ORM objects: 500 Item entities were most of the dashboard's time.
_ITEM_QUERY = (
    select(
        _ITEMS.c.id, _ITEMS.c.sku, _ITEMS.c.name, _ITEMS.c.unit, _ITEMS.c.size, _ITEMS.c.par,
        _ITEMS.c.reorder_at, _LEVELS.c.on_hand, _SUPPLIERS.c.name.label("supplier"),
        _SUPPLIERS.c.lead_time_days, _SUPPLIERS.c.order_days,
    )
    .join(_LEVELS, _LEVELS.c.item_id == _ITEMS.c.id)
    .outerjoin(_SUPPLIERS, _SUPPLIERS.c.id == _ITEMS.c.supplier_id)
    .where(_ITEMS.c.active.is_(True))
    .order_by(_ITEMS.c.sku)
)  # fmt: skip


def _items(session: Session) -> Sequence[Any]:
    """Rows of _ITEM_QUERY, read by column name."""
    return session.execute(_ITEM_QUERY).all()


def usage_profiles(session: Session, *, today: date, weeks: int) -> dict[int, tuple[Decimal, ...]]:
    """Per item, average base-unit usage per weekday over the `weeks` full weeks before today.

    From `daily_usage` (services/ledger/usage.py), the ledger's usage kept per item and day;
    the weeks already settled are summed once and reused (services/ordering/usage_profiles.py).
    """
    return cached_profiles(session, today=today, weeks=weeks)


def on_order_by_item(
    session: Session, *, statuses: Sequence[str] = OPEN_STATUSES
) -> dict[int, Decimal]:
    """Containers on open orders per item: already coming, so not ordered twice."""
    if tuple(statuses) == OPEN_STATUSES:  # the dashboard's, on every refresh
        rows = _ON_ORDER.rows(flushed(session), {})
    else:
        rows = [tuple(row) for row in session.execute(_on_order(statuses))]
    return {item_id: Decimal(total) for item_id, total in rows}


def _on_order(statuses: Sequence[str]) -> Select[int, Decimal]:
    return (
        select(OrderLine.item_id, func.sum(OrderLine.quantity))
        .join(PurchaseOrder, PurchaseOrder.id == OrderLine.order_id)
        .where(or_(*(PurchaseOrder.status == s for s in statuses)))
        .group_by(OrderLine.item_id)
    )


# Built once, on the driver's cursor (an IN list would be rendered on every execution).
_ON_ORDER = DriverStatement(_on_order(OPEN_STATUSES))


def level_rows(session: Session, *, today: date | None = None, weeks: int = 6) -> list[LevelRow]:
    """Every active item with its level, days of cover and what is already on order, by SKU."""
    day = today or date.today()
    profiles = usage_profiles(session, today=day, weeks=weeks)
    ordered = on_order_by_item(session)
    if len(_ROWS) > _ROWS_KEPT:
        _ROWS.clear()
    out = []
    for item in _RAW_ITEMS.rows(flushed(session), {}):
        profile, on_order = profiles.get(item[0]), ordered.get(item[0])
        kept = _ROWS.get(item[0])
        if (
            kept is None
            or kept[0] != item
            or kept[1] is not profile
            or kept[2:4] != (on_order, day)
        ):
            row = _row(item, profile, on_order, day)
            kept = _ROWS[item[0]] = (item, profile, on_order, day, row)
        out.append(kept[4])
    return out


# The stored integers of the quantities: a row is rebuilt only when one of its columns,
# its usage profile (the very object: services/ordering/usage_profiles.py) or the day changed.
# On the big bar, building 500 rows and their days of cover was 10 ms of each dashboard.
_RAW_ITEMS = DriverStatement(stored_integers(_ITEM_QUERY))
_SIZE, _PAR, _REORDER, _ON_HAND = (
    fixed(c).from_stored
    for c in (_ITEMS.c.size, _ITEMS.c.par, _ITEMS.c.reorder_at, _LEVELS.c.on_hand)
)
# Per item id: the row as read, its profile, on order, the day, and the LevelRow built.
_Kept = tuple[tuple[Any, ...], tuple[Decimal, ...] | None, Decimal | None, date, LevelRow]
_ROWS: dict[int, _Kept] = {}
_ROWS_KEPT = 20_000  # a few bars' worth; past that, start again


def _row(
    item: tuple[Any, ...],
    profile: tuple[Decimal, ...] | None,
    on_order: Decimal | None,
    today: date,
) -> LevelRow:
    """One row of _RAW_ITEMS (quantities as stored integers) with its cover and orders."""
    (item_id, sku, name, unit, raw_size, raw_par, raw_reorder, raw_on_hand, supplier, lead,
     _order_days) = item  # fmt: skip
    size, on_hand = cast(Decimal, _SIZE(raw_size)), cast(Decimal, _ON_HAND(raw_on_hand))
    reorder_at = _REORDER(raw_reorder)
    cover = None
    if profile is not None:
        daily = [containers(u, size) for u in profile]
        cover = days_of_cover(containers(on_hand, size), daily, today)
    return LevelRow(
        item_id=item_id, sku=sku, name=name,
        supplier=supplier or "", unit=unit, size=size,
        on_hand=on_hand, containers=containers(on_hand, size), par=_PAR(raw_par),
        reorder_at=reorder_at, status=stock_status(on_hand, size, reorder_at),
        days_of_cover=cover, lead_time_days=lead,  # None without a supplier
        runs_out_before_delivery=cover is not None and lead is not None and cover < lead,
        on_order=on_order or Decimal(0),
    )  # fmt: skip


def suggest_levels(
    session: Session, *, today: date | None = None, weeks: int = 6
) -> list[LevelSuggestion]:
    """Par and reorder point per used item: usage x (lead time + safety) and the review period."""
    day = today or date.today()
    profiles = usage_profiles(session, today=day, weeks=weeks)
    out: list[LevelSuggestion] = []
    for item in _items(session):
        profile = profiles.get(item.id)
        if profile is None or item.size <= 0:
            continue
        daily = containers(average_daily(profile), item.size)
        if daily <= 0:
            continue
        lead = item.lead_time_days if item.supplier is not None else DEFAULT_LEAD_DAYS
        review = days_until_next_order(item.order_days or "", day)
        reorder_at, par = suggest_item_levels(daily, lead, review, SAFETY_DAYS)
        out.append(
            LevelSuggestion(item.sku, item.name, daily, reorder_at, par, item.reorder_at, item.par)
        )
    return out


def accept_suggestions(
    session: Session,
    skus: Sequence[str],
    *,
    author: str,
    today: date | None = None,
    weeks: int = 6,
) -> int:
    """Write the suggested par and reorder point of the given SKUs; returns how many changed."""
    require(session, author, Action.EDIT_LEVELS)
    suggested = {s.sku.lower(): s for s in suggest_levels(session, today=today, weeks=weeks)}
    chosen = []
    for sku in skus:
        suggestion = suggested.get(sku.strip().lower())
        if suggestion is None:
            exists = session.scalar(select(Item.id).where(func.lower(Item.sku) == sku.lower()))
            if exists is None:
                raise NotFoundError(
                    tr("no item with SKU {sku}").format(sku=repr(sku)), column="sku"
                )
            raise InputError(
                tr("{sku}: no usage in the last {weeks} weeks to suggest from").format(
                    sku=sku, weeks=weeks
                )
            )

        chosen.append(suggestion)
    changed = 0
    for suggestion in chosen:
        item = session.scalars(select(Item).where(Item.sku == suggestion.sku)).unique().one()
        before = {"par": item.par, "reorder_at": item.reorder_at}
        after = {"par": suggestion.par, "reorder_at": suggestion.reorder_at}
        if before != after:
            item.par, item.reorder_at = suggestion.par, suggestion.reorder_at
            changed += 1
            record_change(
                session, author=author, entity="level", entity_id=item.id,
                label=f"{item.sku} {item.name}", action="update", before=before, after=after,
                note=tr("suggested from usage"),
            )  # fmt: skip
    session.flush()
    return changed
