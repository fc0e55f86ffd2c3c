"""The batches as people read them: what is left, until when, and what went in and out.

Traceability (issue 20): from a batch, what went into it (its `make`'s `prep_use`
movements, with the bottle or batch each came from) and what drew from it (sales, waste,
counts); from a serial bottle, which batches it went into.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inventory_app.db.models import Bottle, Item, Movement, PrepBatch
from inventory_app.domain.catalogue import Reason
from inventory_app.i18n.catalogue import NC_, trc
from inventory_app.services.batches.batches import find_batch, local_date
from inventory_app.services.catalogue.items import find_item

# How close a use-by date must be to flag a batch as about to expire (today and tomorrow).
SOON_DAYS = 1


class BatchState(StrEnum):
    OK = "ok"
    EXPIRING = "expiring"  # use-by today or tomorrow
    EXPIRED = "expired"  # use-by passed and something left
    EMPTY = "empty"  # nothing left (or below zero)

    @property
    def label(self) -> str:
        return trc("batch state", _STATE_LABELS[self])


_STATE_LABELS = {
    BatchState.OK: NC_("batch state", "ok"),
    BatchState.EXPIRING: NC_("batch state", "expiring"),
    BatchState.EXPIRED: NC_("batch state", "expired"),
    BatchState.EMPTY: NC_("batch state", "empty"),
}  # fmt: skip


def batch_state(use_by: date | None, remaining: Decimal, today: date) -> BatchState:
    if remaining <= 0:
        return BatchState.EMPTY
    if use_by is None:
        return BatchState.OK
    if use_by < today:
        return BatchState.EXPIRED
    if use_by <= today + timedelta(days=SOON_DAYS):
        return BatchState.EXPIRING
    return BatchState.OK


@dataclass(frozen=True)
class BatchRow:
    id: int
    code: str
    item_id: int
    sku: str
    name: str
    unit: str
    made_at: datetime | None
    made_on: date | None  # on the bar's clock
    made_by: str
    use_by: date | None
    quantity: Decimal
    remaining: Decimal
    state: BatchState
    production_id: int | None


def batch_rows(
    session: Session, *, sku: str | None = None, expired: bool = False, held: bool = False,
    soon: bool = False, today: date | None = None,
) -> list[BatchRow]:  # fmt: skip
    """Batches newest first; `expired`: only those past their use-by with something left;
    `soon`: those and the ones expiring today or tomorrow; `held`: only those holding stock."""
    day = today or date.today()
    query = (
        select(PrepBatch, Item.sku, Item.name, Item.unit)
        .join(Item, Item.id == PrepBatch.item_id)
        .order_by(PrepBatch.made_at.is_(None), PrepBatch.made_at.desc(), PrepBatch.id.desc())
    )
    if sku is not None:
        query = query.where(PrepBatch.item_id == find_item(session, sku).id)
    if expired or soon or held:
        query = query.where(PrepBatch.remaining > 0)
    if expired or soon:
        limit = day - timedelta(days=1) if expired else day + timedelta(days=SOON_DAYS)
        query = query.where(PrepBatch.use_by.is_not(None), PrepBatch.use_by <= limit)
    return [_row(b, s, n, u, day) for b, s, n, u in session.execute(query)]


def _row(batch: PrepBatch, sku: str, name: str, unit: str, today: date) -> BatchRow:
    return BatchRow(
        id=batch.id, code=batch.code, item_id=batch.item_id, sku=sku, name=name, unit=unit,
        made_at=batch.made_at, made_on=local_date(batch.made_at) if batch.made_at else None,
        made_by=batch.made_by, use_by=batch.use_by, quantity=batch.quantity,
        remaining=batch.remaining, state=batch_state(batch.use_by, batch.remaining, today),
        production_id=batch.production_id,
    )  # fmt: skip


def batch_row(session: Session, code: str, today: date | None = None) -> BatchRow:
    batch = find_batch(session, code)
    item = session.get(Item, batch.item_id)
    assert item is not None
    return _row(batch, item.sku, item.name, item.unit, today or date.today())


@dataclass(frozen=True)
class Ingredient:
    """One thing that went into a batch, with where it came from when known."""

    sku: str
    name: str
    quantity: Decimal  # positive, base unit
    unit: str
    bottle: str  # the serial bottle's label, or ''
    batch: str  # the ingredient's own batch code (a prep of a prep), or ''


@dataclass(frozen=True)
class Draw:
    """One movement on a batch after it was made: a sale, waste, a count, an undo."""

    movement_id: int
    at: datetime
    reason: Reason
    delta: Decimal
    reference: str
    author: str


@dataclass(frozen=True)
class BatchTrace:
    batch: BatchRow
    ingredients: tuple[Ingredient, ...]
    draws: tuple[Draw, ...]


def batch_trace(session: Session, code: str, today: date | None = None) -> BatchTrace:
    """A batch, what went into it and every movement that drew from it since."""
    row = batch_row(session, code, today)
    ingredients: tuple[Ingredient, ...] = ()
    if row.production_id is not None:
        source = aliased(PrepBatch)
        query = (
            select(Item.sku, Item.name, Movement.delta, Item.unit, Bottle.label, source.code)
            .join(Item, Item.id == Movement.item_id)
            .outerjoin(Bottle, Bottle.id == Movement.bottle_id)
            .outerjoin(source, source.id == Movement.batch_id)
            .where(
                Movement.reference == f"make:{row.production_id}",
                Movement.reason == Reason.PREP_USE.value,
            )
            .order_by(Movement.id)
        )
        ingredients = tuple(
            Ingredient(sku, name, -delta, unit, label or "", batch or "")
            for sku, name, delta, unit, label, batch in session.execute(query)
        )
    moves = select(
        Movement.id, Movement.at, Movement.reason, Movement.delta, Movement.reference,
        Movement.author,
    ).where(Movement.batch_id == row.id, Movement.reason != Reason.PREP_MAKE.value)  # fmt: skip
    draws = tuple(
        Draw(i, at, Reason(reason), delta, reference, author)
        for i, at, reason, delta, reference, author in session.execute(moves.order_by(Movement.id))
    )
    return BatchTrace(row, ingredients, draws)


def bottle_batches(session: Session, bottle_id: int) -> list[str]:
    """The codes of the batches a bottle went into, oldest first (its `prep_use`
    movements point at their `make` as 'make:<production id>')."""
    references = session.scalars(
        select(Movement.reference).where(
            Movement.bottle_id == bottle_id, Movement.reason == Reason.PREP_USE.value
        )
    )
    productions = {int(r.removeprefix("make:")) for r in references if r.startswith("make:")}
    if not productions:
        return []
    query = (
        select(PrepBatch.code)
        .where(PrepBatch.production_id.in_(productions))
        .order_by(PrepBatch.made_at, PrepBatch.id)
    )
    return list(session.scalars(query))


def bottle_batch_rows(
    session: Session, bottle_id: int, today: date | None = None
) -> list[BatchRow]:
    """The batches a bottle went into, oldest first, as rows (the Bottles page's Batches…)."""
    codes = bottle_batches(session, bottle_id)
    if not codes:
        return []
    day = today or date.today()
    query = (
        select(PrepBatch, Item.sku, Item.name, Item.unit)
        .join(Item, Item.id == PrepBatch.item_id)
        .where(PrepBatch.code.in_(codes))
        .order_by(PrepBatch.made_at, PrepBatch.id)
    )
    return [_row(b, s, n, u, day) for b, s, n, u in session.execute(query)]
