"""The stock ledger: every change of stock is one appended movement.

On hand is kept in `stock_levels` and moved by the same statement batch as the
movement, inside the caller's transaction, so it always equals the ledger sum.

Several terminals on PostgreSQL: a transaction that moves several items locks their
`stock_levels` rows in item id order (lock_levels, or writes sorted by item), so two of
them never wait on each other in a circle (a deadlock error). On SQLite every writer
holds the one write lock from BEGIN, so the order does not matter there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from inventory_app.db.driver_sql import DriverStatement
from inventory_app.db.models import Base, Item, Movement, StockLevel, utcnow
from inventory_app.domain.adjustments import check_adjustment
from inventory_app.domain.catalogue import ADJUST_REASONS, LOSS_REASONS, Reason
from inventory_app.domain.display import exact_quantity
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.domain.units import (
    BaseUnit,
    Unit,
    check_stock,
    to_base,
)
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger.batch_draws import Draw, batch_of, split_by_batch
from inventory_app.services.ledger.shortages import Shortage as Shortage
from inventory_app.services.ledger.shortages import below_zero as below_zero
from inventory_app.services.ledger.undo_rules import require_undo_movement
from inventory_app.services.ledger.usage import record_usage
from inventory_app.services.people.permissions import require
from inventory_app.services.settings import measure_sizes

_MOVEMENTS = Base.metadata.tables["movements"]
_LEVELS = Base.metadata.tables["stock_levels"]
# Built once: a sale writes several movements, and statement construction is the
# largest cost of a small Core write (see tests/bench/test_ledger_bench.py).
_INSERT_MOVEMENT = insert(_MOVEMENTS).returning(_MOVEMENTS.c.id)
_MOVEMENT_COLUMNS = (
    "at", "item_id", "delta", "reason", "reference", "author", "note", "undoes_id", "bottle_id",
    "batch_id",
)  # fmt: skip
# On the driver path: a sale's (and an import's) movements and levels.
_INSERT_MOVEMENTS = DriverStatement(insert(_MOVEMENTS).inline(), keys=_MOVEMENT_COLUMNS)
_ITEMS = Base.metadata.tables["items"]
_BOTTLES = Base.metadata.tables["bottles"]
_MOVE_LEVEL = DriverStatement(
    update(_LEVELS)
    .where(_LEVELS.c.item_id == bindparam("level_item_id"))
    .values(
        on_hand=_LEVELS.c.on_hand + bindparam("level_delta", type_=_LEVELS.c.on_hand.type),
        open_containers=_LEVELS.c.open_containers + bindparam("level_opened"),
    )
)
_MOVE_BOTTLE = DriverStatement(
    update(_BOTTLES)
    .where(_BOTTLES.c.id == bindparam("bottle_key"), _BOTTLES.c.item_id == bindparam("bottle_item"))
    .values(
        remaining=_BOTTLES.c.remaining + bindparam("bottle_delta", type_=_BOTTLES.c.remaining.type)
    )
)
# Opening a container and finishing one are ledger events of zero quantity that move
# the count of open containers; their undo moves it back.
OPEN_STEP = {Reason.OPEN: 1, Reason.EMPTY: -1}
_OPENED_BY_VALUE = {reason.value: step for reason, step in OPEN_STEP.items()}


def record_movement(
    session: Session,
    item_id: int,
    delta: Decimal,
    reason: Reason,
    *,
    author: str,
    reference: str = "",
    note: str = "",
    undoes_id: int | None = None,
    bottle_id: int | None = None,
    opened: int | None = None,
    at: datetime | None = None,
    batch_id: int | None = None,
) -> int:
    """Append one movement and move on hand (and its bottle, and its batch) by the same amount.

    `opened` is the change in open containers, by default the reason's OPEN_STEP.
    `at` backdates it (loading history such as the demo bar); default now.
    On a flask with no `batch_id` it is drawn from the batches oldest first
    (services/ledger/batch_draws.py) and may become one movement per batch.
    Returns the movement's id (the last one's, when it was split).
    """
    if not author:
        raise InputError(tr("every movement needs an author"))
    check_stock(delta)
    split = split_by_batch(session, [Draw(item_id, delta, batch_id)])
    parts = [(batch_id, delta)] if split is None else split[0]
    step = OPEN_STEP.get(Reason(reason), 0) if opened is None else opened
    at = at or utcnow()  # the parts of a split draw share their moment (ledger/adjusted.py)
    last = 0
    for n, (part_batch, part_delta) in enumerate(parts):
        last = _append_one(
            session, item_id, part_delta, reason, author=author, reference=reference,
            note=note, undoes_id=undoes_id, bottle_id=bottle_id, opened=step if n == 0 else 0,
            at=at, batch_id=part_batch,
        )  # fmt: skip
    return last


def _append_one(
    session: Session,
    item_id: int,
    delta: Decimal,
    reason: Reason,
    *,
    author: str,
    reference: str,
    note: str,
    undoes_id: int | None,
    bottle_id: int | None,
    opened: int,
    at: datetime | None,
    batch_id: int | None,
) -> int:
    connection = session.connection()
    level = {"level_item_id": item_id, "level_delta": delta, "level_opened": opened}
    if _MOVE_LEVEL.execute_many(connection, [level]) != 1:
        raise NotFoundError(tr("no item with id {id}").format(id=item_id))
    if bottle_id is not None:
        _move_bottles(connection, [(bottle_id, item_id, delta)])
    when = at or utcnow()
    record_usage(connection, [(item_id, when, delta, Reason(reason).value)])
    row = {
        "at": when,
        "item_id": item_id,
        "delta": delta,
        "reason": Reason(reason).value,
        "reference": reference,
        "author": author,
        "note": note,
        "undoes_id": undoes_id,
        "bottle_id": bottle_id,
        "batch_id": batch_id,
    }
    return int(connection.execute(_INSERT_MOVEMENT, row).scalar_one())


def _move_bottles(connection: Connection, moves: list[tuple[int, int, Decimal]]) -> None:
    """Keep each bottle's remaining level in step with the movements drawn from it."""
    params = [{"bottle_key": b, "bottle_item": i, "bottle_delta": d} for b, i, d in moves]
    if _MOVE_BOTTLE.execute_many(connection, params) != len(params):
        raise NotFoundError(tr("a movement names a bottle that is not one of its item's bottles"))


class NewMovement(NamedTuple):
    """A movement to append in bulk (an import); `at` defaults to now. A named tuple: an
    import builds a million, and a frozen dataclass took four times as long to build."""

    item_id: int
    delta: Decimal
    reason: Reason
    reference: str = ""
    note: str = ""
    at: datetime | None = None
    bottle_id: int | None = None
    batch_id: int | None = None  # a flask's batch; none: drawn oldest first


def record_movements(session: Session, movements: Sequence[NewMovement], *, author: str) -> int:
    """Append many movements with one executemany and one on-hand update per item.

    The bulk twin of record_movement for imports: same ledger rule, far fewer
    statements. The values go to the driver column by column (no dict per movement).
    Returns how many movements were written.
    """
    if not movements:
        return 0
    if not author:
        raise InputError(tr("every movement needs an author"))
    movements = _by_batch(session, movements)
    count = len(movements)
    item_ids = [m.item_id for m in movements]
    deltas = [check_stock(m.delta) for m in movements]
    reasons = [m.reason.value for m in movements]
    times = _moments(movements)
    bottle_ids = [m.bottle_id for m in movements]
    totals: dict[int, Decimal] = defaultdict(Decimal)
    opened: dict[int, int] = defaultdict(int)
    for item_id, delta, reason in zip(item_ids, deltas, reasons, strict=True):
        totals[item_id] += delta
        opened[item_id] += _OPENED_BY_VALUE.get(reason, 0)
    connection = session.connection()
    moved = sorted(totals)
    levels: dict[str, Sequence[Any]] = {
        "level_item_id": moved,
        "level_delta": [totals[item] for item in moved],
        "level_opened": [opened[item] for item in moved],
    }
    if _MOVE_LEVEL.execute_columns(connection, levels) != len(moved):
        raise NotFoundError(tr("a movement names an item that does not exist"))

    bottles: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for bottle_id, item_id, delta in zip(bottle_ids, item_ids, deltas, strict=True):
        if bottle_id is not None:
            bottles[(bottle_id, item_id)] += delta
    if bottles:
        _move_bottles(connection, [(b, i, d) for (b, i), d in bottles.items()])
    columns: dict[str, Sequence[Any]] = {
        "at": times, "item_id": item_ids, "delta": deltas, "reason": reasons,
        "reference": [m.reference for m in movements], "author": [author] * count,
        "note": [m.note for m in movements], "undoes_id": [None] * count, "bottle_id": bottle_ids,
        "batch_id": [m.batch_id for m in movements],
    }  # fmt: skip
    _INSERT_MOVEMENTS.execute_columns(connection, columns)
    record_usage(connection, zip(item_ids, times, deltas, reasons, strict=True))
    return count


def _by_batch(session: Session, movements: Sequence[NewMovement]) -> Sequence[NewMovement]:
    """Each movement on a flask with its batch, split where a draw spans two batches."""
    split = split_by_batch(session, [Draw(m.item_id, m.delta, m.batch_id) for m in movements])
    if split is None:
        return movements
    out: list[NewMovement] = []
    for movement, parts in zip(movements, split, strict=True):
        if len(parts) == 1 and parts[0][0] == movement.batch_id:
            out.append(movement)
        else:
            out.extend(movement._replace(delta=d, batch_id=b) for b, d in parts)
    return out


def _moments(movements: Sequence[NewMovement]) -> list[datetime]:
    """When each movement happened; those dated now share one moment (one clock read)."""
    given = [m.at for m in movements]
    if None not in given:
        return cast(list[datetime], given)
    now = utcnow()
    return [at or now for at in given]


def lock_levels(session: Session, item_ids: Collection[int]) -> dict[int, Decimal]:
    """Lock these items' on-hand rows in id order and read them: nobody moves them until commit.

    FOR UPDATE on PostgreSQL (SQLite renders none: its writer already holds the lock).
    """
    query = (
        select(StockLevel.item_id, StockLevel.on_hand)
        .where(StockLevel.item_id.in_(sorted(set(item_ids))))
        .order_by(StockLevel.item_id)
        .with_for_update()
    )
    return {item_id: level for item_id, level in session.execute(query)}


def on_hand(session: Session, item_id: int) -> Decimal:
    value = session.scalar(select(StockLevel.on_hand).where(StockLevel.item_id == item_id))
    if value is None:
        raise NotFoundError(tr("no item with id {id}").format(id=item_id))
    return value


def ledger_sum(session: Session, item_id: int) -> Decimal:
    """The ledger's own answer, for checks: on hand must always equal it."""
    total = session.scalar(select(func.sum(Movement.delta)).where(Movement.item_id == item_id))
    return total if total is not None else Decimal(0)


def adjust(
    session: Session,
    code: str,
    amount: Decimal,
    unit: Unit,
    reason: Reason,
    *,
    author: str,
    note: str = "",
    batch: str | None = None,
) -> int:
    """A manual correction of stock: waste, breakage, a comp, or a correction.

    Logging a loss is the bartender's job; a correction (either way) is the owner's.
    Both are bounded (domain/adjustments.py): a loss by what is on hand, anything by size.
    `batch`: the code of the house-prep batch it moves (default: oldest first).
    """
    if reason not in ADJUST_REASONS:
        allowed = "|".join(r.value for r in ADJUST_REASONS)
        raise InputError(
            tr("reason must be one of {allowed}, got {reason}").format(
                allowed=allowed, reason=repr(reason)
            ),
            column="reason",
        )
    require(session, author, Action.WASTE if reason in LOSS_REASONS else Action.CORRECTION)
    item = find_item(session, code)
    delta = to_base(amount, unit, BaseUnit(item.unit), measure_sizes(session))
    if delta == 0:
        raise InputError(tr("an adjustment of zero changes nothing"), column="by")
    if delta > 0 and reason in LOSS_REASONS:
        raise InputError(
            tr(
                "{reason} takes stock away: write the quantity with a minus sign, "
                "or use the reason 'correction' to add stock"
            ).format(reason=reason.label),
            column="by",
        )
    level = lock_levels(session, [item.id])[item.id]  # two write-offs never share one bottle
    check_adjustment(reason, delta, on_hand=level, size=item.size, unit=BaseUnit(item.unit))
    batch_id = None if batch is None else batch_of(session, item.id, batch)
    return record_movement(
        session, item.id, delta, reason, author=author, note=note, batch_id=batch_id
    )


def set_level(
    session: Session,
    item: Item,
    target: Decimal,
    *,
    author: str,
    reference: str = "",
    note: str = "",
) -> int | None:
    """Bring on hand to a counted level through a `count` movement (none if equal)."""
    delta = target - on_hand(session, item.id)
    if delta == 0:
        return None
    return record_movement(
        session, item.id, delta, Reason.COUNT, author=author, reference=reference, note=note
    )


def undo(session: Session, movement_id: int, *, author: str, note: str = "") -> int:
    """Cancel a movement by appending its opposite; the original stays in the ledger.

    Every undo of the ledger comes through here, so the rule of who may undo what
    (services/ledger/undo_rules.py) is checked here once.
    """
    require_undo_movement(session, movement_id, author=author)
    return compensate(session, movement_id, author=author, note=note)


def compensate(session: Session, movement_id: int, *, author: str, note: str = "") -> int:
    """The opposite movement, for callers that have already applied the undo rule to the
    whole they undo (a sale is checked once by when it was recorded, not line by line)."""
    original = session.get(Movement, movement_id)
    if original is None:
        raise NotFoundError(tr("no movement with id {id}").format(id=movement_id))
    if original.reason == Reason.UNDO:
        raise InputError(tr("an undo cannot itself be undone; record a new adjustment instead"))
    done = session.scalar(select(Movement.id).where(Movement.undoes_id == movement_id))
    if done is not None:
        raise InputError(
            tr("movement {id} was already undone by movement {undo}").format(
                id=movement_id, undo=done
            )
        )
    item = session.get(Item, original.item_id)
    assert item is not None
    text = note or tr("undo {reason} {quantity}").format(
        reason=Reason(original.reason).label, quantity=exact_quantity(original.delta, item.unit)
    )
    return record_movement(
        session,
        original.item_id,
        -original.delta,
        Reason.UNDO,
        author=author,
        reference=f"movement:{movement_id}",
        note=text,
        undoes_id=movement_id,
        bottle_id=original.bottle_id,
        opened=-OPEN_STEP.get(Reason(original.reason), 0),
        batch_id=original.batch_id,
    )
