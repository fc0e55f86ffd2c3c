"""Bottles on the wall and the opening log: register, open, finish (undo: services/undo/).

Opening and finishing are ledger events of zero quantity, with author and time. For a
serial item they also move its bottle through sealed -> open -> empty. Finishing a
bottle whose ledger level is not zero settles it first: what is left is written off
as `waste` ("finished with 30 ml left"), a bottle that poured more than it held gets
a `correction` back to zero, so an empty bottle always holds nothing in the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Barcode, Bottle, Item, StockLevel, utcnow
from inventory_app.domain.bottle_states import (
    BottleState,
    Opening,
    check_bulk_finish,
    next_state,
)
from inventory_app.domain.catalogue import Reason, Tracking
from inventory_app.domain.display import exact_quantity, number_text
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.targets import (
    BottleChoiceError,
    Target,
    bottle_name,
    find_target,
)
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.people.permissions import require

__all__ = [
    "BottleChoiceError",
    "OpeningResult",
    "add_bottle",
    "bottle_reference",
    "empty_container",
    "find_target",
    "open_container",
    "open_count",
]


@dataclass(frozen=True)
class OpeningResult:
    movement_id: int
    action: Opening
    sku: str
    name: str
    bottle_id: int | None
    bottle: str  # the bottle's name, "" for a bulk item
    open_containers: int
    written_off: Decimal  # what finishing wrote off (negative: a correction added)
    unit: str


def bottle_reference(bottle_id: int) -> str:
    """How a bottle's own movements (its receipt, its openings) point back at it."""
    return f"bottle:{bottle_id}"


def add_bottle(
    session: Session,
    sku: str,
    *,
    label: str,
    author: str,
    cost: Decimal | None = None,
    barcode: str | None = None,
    abv: Decimal | None = None,
    vintage: int | None = None,
    cask: str = "",
    bottle_number: str = "",
    at: datetime | None = None,
) -> int:
    """Register one sealed bottle; a `receive` of its size keeps the ledger whole.

    `at` backdates the receipt (loading history such as the demo bar).
    """
    require(session, author, Action.ADD_BOTTLE)
    target = find_target(session, sku)
    item = target.item
    if target.bottle is not None or item.tracking != Tracking.SERIAL:
        raise InputError(
            tr("{sku} is tracked in bulk: only items with tracking=serial have bottles").format(
                sku=item.sku
            )
        )
    _check_label(label, abv, vintage, cost)
    code = (barcode or "").strip() or None
    if code is not None:
        _check_barcode_free(session, code)
    bottle = Bottle(
        item_id=item.id, label=label.strip(), cask=cask.strip(),
        bottle_number=bottle_number.strip(), vintage=vintage, abv=abv, barcode=code,
        cost=cost if cost is not None else item.cost, state=BottleState.SEALED.value,
        remaining=Decimal(0), added_at=at or utcnow(),
    )  # fmt: skip
    session.add(bottle)
    session.flush()
    record_movement(
        session, item.id, item.size, Reason.RECEIVE, author=author, at=at,
        reference=bottle_reference(bottle.id), bottle_id=bottle.id,
        note=tr("bottle #{id} registered").format(id=bottle.id),
    )  # fmt: skip
    session.expire(bottle, ["remaining"])
    return bottle.id


def _check_label(
    label: str, abv: Decimal | None, vintage: int | None, cost: Decimal | None
) -> None:
    if not label.strip():
        raise InputError(tr("a bottle needs a label (what is written on it)"), column="label")
    if abv is not None and not 0 < abv <= 100:
        raise InputError(
            tr("ABV is a percentage above 0 up to 100, got {abv}").format(abv=_number(abv)),
            column="abv",
        )
    if vintage is not None and not 1800 <= vintage <= utcnow().year:
        raise InputError(
            tr("expected a vintage year such as 1998, got {year}").format(year=vintage),
            column="vintage",
        )
    if cost is not None and cost < 0:
        raise InputError(
            tr("expected a cost of zero or more, got {cost}").format(cost=_number(cost)),
            column="cost",
        )


def _number(value: Decimal) -> str:
    """A figure the person typed, echoed in their language's decimal mark."""
    return number_text(value, 6, grouped=False)


def _check_barcode_free(session: Session, code: str) -> None:
    taken = session.scalar(select(Bottle.id).where(Bottle.barcode == code))
    if taken is not None:
        raise InputError(
            tr("barcode {code} is already on bottle #{id}").format(code=repr(code), id=taken),
            column="barcode",
        )
    item = session.scalar(select(Item.sku).join(Barcode).where(Barcode.code == code))
    if item is not None:
        raise InputError(
            tr("barcode {code} is the barcode of item {sku}").format(code=repr(code), sku=item),
            column="barcode",
        )


def open_container(
    session: Session,
    code: str,
    *,
    author: str,
    bottle_id: int | None = None,
    at: datetime | None = None,
) -> OpeningResult:
    """Open a container: a bottle goes from sealed to open, a bulk item counts one more open.

    `at` backdates the opening (the demo bar's bottle open for months); default now.
    """
    require(session, author, Action.OPEN_BOTTLE)
    return _step(session, code, Opening.OPEN, author=author, bottle_id=bottle_id, at=at)


def empty_container(
    session: Session,
    code: str,
    *,
    author: str,
    bottle_id: int | None = None,
    at: datetime | None = None,
) -> OpeningResult:
    """Finish a container: the bottle is empty (its level settled), or one fewer is open."""
    require(session, author, Action.FINISH_BOTTLE)
    return _step(session, code, Opening.EMPTY, author=author, bottle_id=bottle_id, at=at)


def _step(
    session: Session,
    code: str,
    action: Opening,
    *,
    author: str,
    bottle_id: int | None,
    at: datetime | None,
) -> OpeningResult:
    target = find_target(session, code, bottle_id=bottle_id)
    if target.item.tracking == Tracking.SERIAL:
        return _step_bottle(session, target, action, author=author, at=at)
    if target.bottle is not None:
        raise InputError(
            tr("{sku} is tracked in bulk: it has no bottles to choose").format(sku=target.item.sku)
        )
    if action == Opening.EMPTY:
        check_bulk_finish(open_count(session, target.item.id), name=target.item.name)
    movement = record_movement(
        session, target.item.id, Decimal(0), Reason(action.value), author=author, at=at
    )
    return _result(session, movement, action, target.item, None, Decimal(0))


def _step_bottle(
    session: Session, target: Target, action: Opening, *, author: str, at: datetime | None
) -> OpeningResult:
    item = target.item
    bottle = target.bottle or _only_bottle(session, item, action)
    name = bottle_name(bottle)
    new_state = next_state(BottleState(bottle.state), action, name=name)
    moment = at or utcnow()
    movement = record_movement(
        session, item.id, Decimal(0), Reason(action.value), author=author, at=moment,
        reference=bottle_reference(bottle.id), bottle_id=bottle.id,
    )  # fmt: skip
    bottle.state = new_state.value
    if action == Opening.OPEN:
        bottle.opened_at = moment
        return _result(session, movement, action, item, bottle, Decimal(0))
    bottle.emptied_at = moment
    left = _settle(session, item, bottle, movement, author=author, at=moment)
    return _result(session, movement, action, item, bottle, left)


def _only_bottle(session: Session, item: Item, action: Opening) -> Bottle:
    """The one bottle the action can apply to; several means the person must choose."""
    wanted = BottleState.SEALED if action == Opening.OPEN else BottleState.OPEN
    candidates = list(
        session.scalars(
            select(Bottle)
            .where(Bottle.item_id == item.id, Bottle.state == wanted)
            .order_by(Bottle.opened_at, Bottle.id)
        )
    )
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise BottleChoiceError(item, action, candidates)
    if action == Opening.OPEN:
        raise InputError(
            tr("{sku} has no sealed bottle: register one with `bottle add`").format(sku=item.sku)
        )
    raise InputError(tr("{sku} has no open bottle to finish").format(sku=item.sku))


def _settle(
    session: Session, item: Item, bottle: Bottle, emptied: int, *, author: str, at: datetime
) -> Decimal:
    """Bring a finished bottle's level to zero; returns what was written off."""
    session.flush()
    session.refresh(bottle, ["remaining"])
    left = bottle.remaining
    if left == 0:
        return left
    shown = exact_quantity(abs(left), item.unit)  # a note, in the writer's language
    reason, note = (
        (Reason.WASTE, tr("finished with {quantity} left").format(quantity=shown))
        if left > 0
        else (
            Reason.CORRECTION,
            tr("finished {quantity} beyond its level: the pours ran short").format(quantity=shown),
        )
    )
    record_movement(
        session, item.id, -left, reason, author=author, at=at, note=note,
        reference=f"empty:{emptied}", bottle_id=bottle.id,
    )  # fmt: skip
    session.expire(bottle, ["remaining"])
    return left


def open_count(session: Session, item_id: int) -> int:
    count = session.scalar(select(StockLevel.open_containers).where(StockLevel.item_id == item_id))
    return count or 0


def _result(
    session: Session,
    movement_id: int,
    action: Opening,
    item: Item,
    bottle: Bottle | None,
    written_off: Decimal,
) -> OpeningResult:
    return OpeningResult(
        movement_id=movement_id, action=action, sku=item.sku, name=item.name,
        bottle_id=bottle.id if bottle else None, bottle=bottle_name(bottle) if bottle else "",
        open_containers=open_count(session, item.id), written_off=written_off, unit=item.unit,
    )  # fmt: skip
