"""Reading recipes: find one by any name the bar or its POS uses, and what it consumes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inventory_app.db.models import Item, Recipe, RecipeAlias, RecipeLine
from inventory_app.domain.errors import NotFoundError
from inventory_app.domain.recipes import Channel, name_key
from inventory_app.domain.units import BaseUnit, MeasureSizes, Unit, to_base
from inventory_app.services.settings import measure_sizes


@dataclass(frozen=True)
class Draw:
    """One ingredient a recipe takes from stock, in the item's base unit, per drink."""

    item_id: int
    sku: str
    quantity: Decimal


def find_recipe(session: Session, name: str) -> Recipe:
    """A recipe by its name or any of its POS names, ignoring case and spacing."""
    recipe = recipe_by_name(session, name)
    if recipe is None:
        raise NotFoundError(f"no recipe or POS name {name.strip()!r}")
    return recipe


def recipe_by_name(session: Session, name: str) -> Recipe | None:
    key = name_key(name)
    recipe = session.scalar(select(Recipe).where(Recipe.key == key))
    if recipe is None:
        recipe = session.scalar(select(Recipe).join(RecipeAlias).where(RecipeAlias.key == key))
    return recipe


def names_index(session: Session) -> dict[str, int]:
    """Every matching key (names and POS names) to its recipe id, for bulk imports."""
    index = {key: recipe_id for key, recipe_id in session.execute(select(Recipe.key, Recipe.id))}
    aliases = select(RecipeAlias.key, RecipeAlias.recipe_id)
    index.update({key: recipe_id for key, recipe_id in session.execute(aliases)})
    return index


def draws(session: Session, recipe_id: int, channel: Channel) -> list[Draw]:
    """What one drink of this recipe takes from stock when served on that channel."""
    lines = session.scalars(
        select(RecipeLine)
        .where(RecipeLine.recipe_id == recipe_id)
        .options(selectinload(RecipeLine.item))
        .order_by(RecipeLine.position, RecipeLine.id)
    )
    return line_draws(lines, channel, measure_sizes(session))


def line_draws(lines: Iterable[RecipeLine], channel: Channel, sizes: MeasureSizes) -> list[Draw]:
    """Lines for every channel plus the channel's own, merged per item, in base units."""
    merged: dict[int, Draw] = {}
    for line in lines:
        if line.channel is not None and line.channel != channel:
            continue
        item: Item = line.item
        amount = to_base(line.quantity, Unit(line.unit), BaseUnit(item.unit), sizes)
        before = merged.get(item.id)
        total = amount + (before.quantity if before else Decimal(0))
        merged[item.id] = Draw(item_id=item.id, sku=item.sku, quantity=total)
    return list(merged.values())
