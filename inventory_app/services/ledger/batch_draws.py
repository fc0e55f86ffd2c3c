"""Which house-prep batch each movement on a flask moves, kept in the ledger's own writes.

A flask's on hand is the sum of its batches' `remaining` (db/models/batches.py). Every
writer of the ledger comes through services/ledger/movements.py, which hands its movements
here first: a movement that names its batch moves that batch; one on a flask that names
none is drawn from the oldest batch first (made date unknown first, then by made date)
and split across batches when one runs out. The rules where the batches do not cover it:

- a draw larger than every batch holds takes the rest from the newest batch, below zero,
  as on hand goes below zero (a sale of syrup nobody recorded making);
- stock that comes in without a batch (a count that finds more, a correction upwards)
  first brings batches below zero back to zero, oldest first, then goes to the newest;
- a flask with no batch at all gets an opening batch ('ORG-OPEN-1', made date unknown).

So the sum holds after every write, and exactly (Decimal, stored as integers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import BindParameter, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement, flushed
from inventory_app.db.models import Base, Item, PrepBatch, utcnow
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.batch_codes import next_code

_ITEMS = Base.metadata.tables["items"]
_BATCHES = Base.metadata.tables["prep_batches"]
_MOVE_BATCH = DriverStatement(
    update(_BATCHES)
    .where(_BATCHES.c.id == bindparam("batch_key"))
    .values(
        remaining=_BATCHES.c.remaining + bindparam("batch_delta", type_=_BATCHES.c.remaining.type)
    )
)


class Draw:
    """What one movement asks of the ledger, as this module reads it."""

    __slots__ = ("batch_id", "delta", "item_id")

    def __init__(self, item_id: int, delta: Decimal, batch_id: int | None) -> None:
        self.item_id = item_id
        self.delta = delta
        self.batch_id = batch_id


@dataclass
class _Held:
    batch_id: int
    made_at: datetime | None
    remaining: Decimal


@dataclass
class _Flask:
    batches: list[_Held] = field(default_factory=list)  # oldest first


def split_by_batch(
    session: Session, draws: Sequence[Draw]
) -> list[list[tuple[int | None, Decimal]]] | None:
    """Per movement, the (batch, delta) parts it becomes, in order; None if no movement
    touches a flask (most sales: one cheap query). Moves the batches' `remaining`."""
    unbatched = sorted({d.item_id for d in draws if d.batch_id is None and d.delta != 0})
    named: set[int] = {d.batch_id for d in draws if d.batch_id is not None}
    flasks = _flasks(session, unbatched) if unbatched else set()
    if not flasks and not named:
        return None
    held = _load(session, flasks, named)
    parts: list[list[tuple[int | None, Decimal]]] = []
    moved: dict[int, Decimal] = {}
    for draw in draws:
        if draw.batch_id is not None:
            _check_named(held, draw)
            split = [(draw.batch_id, draw.delta)]
        elif draw.item_id in flasks and draw.delta != 0:
            split = _allocate(session, held.setdefault(draw.item_id, _Flask()), draw)
        else:
            parts.append([(None, draw.delta)])
            continue
        for batch_id, delta in split:
            moved[batch_id] = moved.get(batch_id, Decimal(0)) + delta
            if draw.batch_id is not None:
                _find(held[draw.item_id], batch_id).remaining += delta
        parts.append(list(split))
    rows = [{"batch_key": b, "batch_delta": d} for b, d in sorted(moved.items()) if d != 0]
    if rows:
        _MOVE_BATCH.execute_many(flushed(session), rows)
    return parts


@cache
def _flask_check(count: int) -> DriverStatement:
    """Which of `count` items are flasks, one bind each (as movements.below_zero)."""
    items: list[BindParameter[int]] = [bindparam(f"item{n}") for n in range(count)]
    return DriverStatement(
        select(_ITEMS.c.id).where(_ITEMS.c.id.in_(items), _ITEMS.c.kind == "flask")
    )


def _flasks(session: Session, item_ids: Sequence[int]) -> set[int]:
    params = {f"item{n}": item for n, item in enumerate(item_ids)}
    return {row[0] for row in _flask_check(len(params)).rows(flushed(session), params)}


def _load(session: Session, flasks: set[int], named: set[int]) -> dict[int, _Flask]:
    """The batches a draw may touch, locked: those holding anything (or below zero), the
    newest of each flask, and those named. FIFO: made date unknown first, then made at.
    On the driver (a sale pouring a flask reads them on every sale)."""
    held: dict[int, _Flask] = {item: _Flask() for item in flasks}
    rows: list[tuple[object, ...]] = []
    if flasks:
        params = {f"item{n}": item for n, item in enumerate(sorted(flasks))}
        rows += _held_batches(len(params)).rows(flushed(session), params)
    if named:
        query = (
            select(PrepBatch.id, PrepBatch.item_id, PrepBatch.made_at, PrepBatch.remaining)
            .where(PrepBatch.id.in_(named))
            .with_for_update()
        )
        rows += [tuple(row) for row in session.execute(query)]
    unique = {row[0]: row for row in rows}.values()  # a named batch may be read twice
    for batch_id, item_id, made_at, remaining in sorted(unique, key=_fifo):
        assert isinstance(batch_id, int) and isinstance(item_id, int)
        assert isinstance(remaining, Decimal)
        assert made_at is None or isinstance(made_at, datetime)
        held.setdefault(item_id, _Flask()).batches.append(_Held(batch_id, made_at, remaining))
    return held


def _fifo(row: tuple[object, ...]) -> tuple[int, bool, datetime, int]:
    batch_id, item_id, made_at, _remaining = row
    assert isinstance(batch_id, int) and isinstance(item_id, int)
    known = isinstance(made_at, datetime)
    return (item_id, known, made_at if isinstance(made_at, datetime) else datetime.min, batch_id)


@cache
def _held_batches(count: int) -> DriverStatement:
    """The batches of `count` flasks that hold stock, and each flask's newest, locked."""
    items: list[BindParameter[int]] = [bindparam(f"item{n}") for n in range(count)]
    newest = (
        select(func.max(_BATCHES.c.id))
        .where(_BATCHES.c.item_id.in_(items))
        .group_by(_BATCHES.c.item_id)
        .scalar_subquery()
    )
    return DriverStatement(
        select(_BATCHES.c.id, _BATCHES.c.item_id, _BATCHES.c.made_at, _BATCHES.c.remaining)
        .where(
            or_(
                _BATCHES.c.item_id.in_(items) & (_BATCHES.c.remaining != 0),
                _BATCHES.c.id.in_(newest),
            )
        )
        .with_for_update()
    )


def _find(flask: _Flask, batch_id: int) -> _Held:
    return next(b for b in flask.batches if b.batch_id == batch_id)


def _check_named(held: dict[int, _Flask], draw: Draw) -> None:
    flask = held.get(draw.item_id)
    if flask is None or all(b.batch_id != draw.batch_id for b in flask.batches):
        raise InputError(tr("that batch is not one of this item's batches"), column="batch")


def _allocate(session: Session, flask: _Flask, draw: Draw) -> list[tuple[int, Decimal]]:
    """Oldest first; what no batch covers goes to the newest (module docstring)."""
    if not flask.batches:
        flask.batches.append(_opening(session, draw.item_id, draw.delta))
    left = abs(draw.delta)
    sign = 1 if draw.delta > 0 else -1
    parts: list[tuple[int, Decimal]] = []
    for batch in flask.batches:
        room = batch.remaining if sign < 0 else -batch.remaining
        if left == 0 or room <= 0:
            continue
        step = min(room, left)
        batch.remaining += sign * step
        parts.append((batch.batch_id, sign * step))
        left -= step
    if left:
        newest = flask.batches[-1]
        newest.remaining += sign * left
        parts.append((newest.batch_id, sign * left))
    return _merged(parts)


def _merged(parts: list[tuple[int, Decimal]]) -> list[tuple[int, Decimal]]:
    """One part per batch (the newest may take a share and the rest)."""
    out: dict[int, Decimal] = {}
    for batch_id, delta in parts:
        out[batch_id] = out.get(batch_id, Decimal(0)) + delta
    return list(out.items())


def _opening(session: Session, item_id: int, delta: Decimal) -> _Held:
    """A batch for flask stock of no known make (module docstring)."""
    sku = session.scalar(select(Item.sku).where(Item.id == item_id))
    assert sku is not None
    batch = PrepBatch(
        code=next_code(session, sku, None), item_id=item_id, made_at=None, made_by="",
        quantity=max(delta, Decimal(0)), remaining=Decimal(0), created_at=utcnow(),
    )  # fmt: skip
    session.add(batch)
    session.flush()
    return _Held(batch.id, None, Decimal(0))


def batch_of(session: Session, item_id: int, code: str) -> int:
    """The id of this item's batch with that code; refused if it is another item's."""
    wanted = code.strip().upper()
    found = session.execute(
        select(PrepBatch.id, PrepBatch.item_id).where(PrepBatch.code == wanted)
    ).first()
    if found is None:
        raise InputError(tr("no batch with code {code}").format(code=repr(code)), column="batch")
    if found.item_id != item_id:
        raise InputError(
            tr("batch {code} is not one of this item's batches").format(code=wanted),
            column="batch",
        )
    return int(found.id)
