"""What a manual adjustment did, as plain values: `adjust` prints it (never the ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Movement
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.levels import containers
from inventory_app.domain.units import BaseUnit
from inventory_app.i18n.catalogue import tr
from inventory_app.services.ledger.movements import on_hand


@dataclass(frozen=True)
class Adjusted:
    """A movement and where it left its item: '+40 ml waste; on hand now 660 ml'."""

    sku: str
    name: str
    unit: BaseUnit
    size: Decimal
    delta: Decimal
    on_hand: Decimal

    @property
    def containers(self) -> Decimal:
        """On hand now in containers (bottles, flasks, pieces)."""
        return containers(self.on_hand, self.size)


def adjusted(session: Session, movement_id: int) -> Adjusted:
    """The movement's item and delta, and the item's level as it stands now.

    A draw on a flask split across two batches is two movements of one moment
    (services/ledger/batch_draws.py): the delta is theirs together."""
    query = (
        select(Item.id, Item.sku, Item.name, Item.unit, Item.size, Movement)
        .join(Movement, Movement.item_id == Item.id)
        .where(Movement.id == movement_id)
    )
    found = session.execute(query).one_or_none()
    if found is None:
        raise NotFoundError(tr("no movement with id {id}").format(id=movement_id))

    item_id, sku, name, unit, size, movement = found
    together = select(func.sum(Movement.delta)).where(
        Movement.item_id == item_id, Movement.at == movement.at,
        Movement.reason == movement.reason, Movement.author == movement.author,
        Movement.reference == movement.reference, Movement.id <= movement_id,
    )  # fmt: skip
    delta = session.scalar(together) or movement.delta
    return Adjusted(sku, name, BaseUnit(unit), size, delta, on_hand(session, item_id))
