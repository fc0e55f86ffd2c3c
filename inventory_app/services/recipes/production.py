"""Making a house prep: its ingredients leave stock, the flask item it yields comes in."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Production, utcnow
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Action
from inventory_app.domain.recipes import RecipeKind, check_batches
from inventory_app.i18n.catalogue import tr
from inventory_app.services.batches.batches import new_batch
from inventory_app.services.bottles.draws import BottlePicker
from inventory_app.services.ledger.movements import (
    NewMovement,
    Shortage,
    below_zero,
    record_movements,
)
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.book import draws, find_recipe
from inventory_app.services.settings import default_channel


@dataclass(frozen=True)
class Used:
    """One ingredient a production took, in the item's base unit (positive)."""

    sku: str
    name: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class ProductionResult:
    production_id: int
    recipe: str
    batches: Decimal
    item_sku: str
    made: Decimal
    unit: str
    shortages: tuple[Shortage, ...]
    used: tuple[Used, ...] = ()
    batch_code: str = ""  # the batch it filled (services/batches), printed on its label


def production_reference(production_id: int) -> str:
    """How a production's movements point back at it."""
    return f"make:{production_id}"


def make_prep(
    session: Session, name: str, *, author: str, batches: Decimal = Decimal(1)
) -> ProductionResult:
    """Record batches of a prep made: a `prep_use` per ingredient and one `prep_make`.

    Half batches are fine (a half-litre of syrup). Ingredients may go below zero (the
    syrup is in the flask whatever the stock says): they come back as shortages.
    """
    require(session, author, Action.MAKE_PREP)
    recipe = find_recipe(session, name)
    if recipe.kind != RecipeKind.PREP:
        raise InputError(
            tr("{name} is a cocktail: sell it, don't make it").format(name=recipe.name)
        )
    check_batches(batches)
    made_item = recipe.yield_item
    assert made_item is not None and recipe.yield_quantity is not None, "a prep has a yield"
    made = recipe.yield_quantity * batches
    production = Production(
        at=utcnow(), recipe_id=recipe.id, batches=batches, item_id=made_item.id,
        quantity=made, author=author,
    )  # fmt: skip
    session.add(production)
    session.flush()
    reference = production_reference(production.id)
    taken = draws(session, recipe.id, default_channel(session))
    picker = BottlePicker(session)
    movements = [
        NewMovement(
            d.item_id, -d.quantity * batches, Reason.PREP_USE, reference,
            bottle_id=picker.bottle_for(d.item_id),
        )
        for d in taken
    ]  # fmt: skip
    batch = new_batch(
        session, made_item, production_id=production.id, made_at=production.at,
        made_by=author, quantity=made,
    )  # fmt: skip
    movements.append(
        NewMovement(made_item.id, made, Reason.PREP_MAKE, reference, batch_id=batch.id)
    )
    record_movements(session, movements, author=author)
    return ProductionResult(
        production_id=production.id,
        recipe=recipe.name,
        batches=batches,
        item_sku=made_item.sku,
        made=made,
        unit=made_item.unit,
        shortages=below_zero(session, [d.item_id for d in taken]),
        used=_used(session, {d.item_id: d.quantity * batches for d in taken}),
        batch_code=batch.code,
    )


def _used(session: Session, amounts: dict[int, Decimal]) -> tuple[Used, ...]:
    items = session.scalars(select(Item).where(Item.id.in_(amounts)))
    by_id = {item.id: item for item in items}
    return tuple(
        Used(by_id[i].sku, by_id[i].name, amount, by_id[i].unit) for i, amount in amounts.items()
    )
