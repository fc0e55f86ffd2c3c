"""A batch made, found by its code, discarded: the writes of house-prep batches.

A batch is born with its `make` (services/recipes/production.py): the `prep_make`
movement names it, so its `remaining` starts at the quantity made. Discarding one is a
`waste` movement of what it still holds, naming it; undoing that is the ledger's
compensating movement, which names the same batch.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, PrepBatch
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.batch_codes import next_code
from inventory_app.services.ledger.movements import record_movement
from inventory_app.services.people.permissions import require


def new_batch(
    session: Session, item: Item, *, production_id: int, made_at: datetime, made_by: str,
    quantity: Decimal,
) -> PrepBatch:  # fmt: skip
    """The batch a `make` fills, empty until its `prep_make` movement names it."""
    made_on = local_date(made_at)
    batch = PrepBatch(
        code=next_code(session, item.sku, made_on), item_id=item.id,
        production_id=production_id, made_at=made_at, made_by=made_by,
        use_by=use_by(made_on, item.shelf_life_days), quantity=quantity,
        remaining=Decimal(0), created_at=made_at,
    )  # fmt: skip
    session.add(batch)
    session.flush()
    return batch


def local_date(moment: datetime) -> date:
    """A stored naive UTC moment as the day on the bar's clock."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def use_by(made_on: date, shelf_life_days: int | None) -> date | None:
    """The last day it may be used: made on plus the item's shelf life (none: no date)."""
    return None if shelf_life_days is None else made_on + timedelta(days=shelf_life_days)


def find_batch(session: Session, code: str) -> PrepBatch:
    """A batch by its code, as printed or scanned (any case, spaces around ignored)."""
    wanted = code.strip().upper()
    batch = session.scalar(select(PrepBatch).where(PrepBatch.code == wanted))
    if batch is None:
        raise NotFoundError(tr("no batch with code {code}").format(code=repr(code)))
    return batch


def discard_batch(session: Session, code: str, *, author: str, note: str = "") -> int:
    """Write off what a batch still holds as `waste` naming it; the movement's id."""
    require(session, author, Action.WASTE)
    batch = find_batch(session, code)
    session.refresh(batch, with_for_update=True)
    if batch.remaining <= 0:
        raise InputError(
            tr("batch {code} holds nothing to discard").format(code=batch.code), column="batch"
        )
    text = note or tr("batch {code} discarded").format(code=batch.code)
    return record_movement(
        session, batch.item_id, -batch.remaining, Reason.WASTE, author=author,
        reference=f"batch:{batch.code}", note=text, batch_id=batch.id,
    )  # fmt: skip
