"""What the pour editor reads: the items with their usual pour, and a recipe's lines.

The usual pour of an item is what the bar's own cocktail recipes pour of it most often,
in the unit they write it in (3 cl of Campari, 2 dashes of Angostura): the recipes are
what the app knows of the bar's pours. An item no cocktail uses gets the Italian custom
for spirits, 4 cl, if it is a liquid, and one piece if it is counted; a weighed one has
no usual amount and is typed (DOMAIN.md, "Sizes and measures").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, Recipe, RecipeLine
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, MeasureSizes, Unit, to_base
from inventory_app.services.selling.bespoke import bespoke_channel
from inventory_app.services.selling.pours import PourSpec
from inventory_app.services.selling.sales import MenuEntry, menu
from inventory_app.services.settings import default_channel

CUSTOM_POUR: dict[str, tuple[Decimal, Unit] | None] = {
    BaseUnit.ML.value: (Decimal(4), Unit.CL),
    BaseUnit.PCS.value: (Decimal(1), Unit.PCS),
    BaseUnit.G.value: None,
}


@dataclass(frozen=True)
class PourChoice:
    """An item the editor offers: 'SKU — name', its base unit, and its usual pour if known."""

    sku: str
    name: str
    unit: str
    usual: Decimal | None
    usual_unit: str

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}"


@dataclass(frozen=True)
class PourSheet:
    """Everything the editor needs, read in one session: items and the recipes to start from."""

    choices: list[PourChoice]
    recipes: list[MenuEntry]
    default_channel: Channel
    bespoke_channel: Channel


def pour_sheet(session: Session) -> PourSheet:
    return PourSheet(
        pour_choices(session), menu(session), default_channel(session), bespoke_channel(session)
    )


def pour_choices(session: Session) -> list[PourChoice]:
    """Every active item by SKU, with the pour the bar's cocktails make of it most often."""
    usual = usual_pours(session)
    items = session.execute(
        select(Item.sku, Item.name, Item.unit).where(Item.active.is_(True)).order_by(Item.sku)
    )
    choices = []
    for sku, name, unit in items:
        amount, pour_unit = usual.get(sku) or CUSTOM_POUR.get(unit) or (None, Unit(unit))
        choices.append(PourChoice(sku, name, unit, amount, pour_unit.value))
    return choices


def usual_pours(session: Session) -> dict[str, tuple[Decimal, Unit]]:
    """Per SKU, the (amount, unit) its cocktail lines use most; a tie goes to the larger pour."""
    rows = session.execute(
        select(Item.sku, RecipeLine.quantity, RecipeLine.unit, func.count())
        .join(RecipeLine, RecipeLine.item_id == Item.id)
        .join(Recipe, Recipe.id == RecipeLine.recipe_id)
        .where(Recipe.kind == RecipeKind.COCKTAIL.value, Recipe.active.is_(True))
        .group_by(Item.sku, RecipeLine.quantity, RecipeLine.unit)
    )
    seen: dict[str, Counter[tuple[Decimal, str]]] = {}
    for sku, quantity, unit, count in rows:
        seen.setdefault(sku, Counter())[(quantity, unit)] += count
    return {sku: _most_used(counter) for sku, counter in seen.items()}


def _most_used(counter: Counter[tuple[Decimal, str]]) -> tuple[Decimal, Unit]:
    (quantity, unit), _count = max(counter.items(), key=lambda seen: (seen[1], _poured(*seen[0])))
    return quantity, Unit(unit)


def _poured(quantity: Decimal, unit: str) -> Decimal:
    """How much a pour is, to break a tie: 1 oz is more than 20 ml (default measures)."""
    counted = {Unit.G.value: BaseUnit.G, Unit.PCS.value: BaseUnit.PCS}
    return to_base(quantity, Unit(unit), counted.get(unit, BaseUnit.ML), MeasureSizes())


def recipe_pours(session: Session, recipe_id: int, channel: Channel) -> list[PourSpec]:
    """A recipe's lines for one channel, as written (unit and all): a start to change."""
    rows = session.execute(
        select(Item.sku, RecipeLine.quantity, RecipeLine.unit)
        .join(Item, Item.id == RecipeLine.item_id)
        .where(
            RecipeLine.recipe_id == recipe_id,
            (RecipeLine.channel.is_(None)) | (RecipeLine.channel == channel.value),
        )
        .order_by(RecipeLine.position, RecipeLine.id)
    )
    return [(sku, quantity, unit) for sku, quantity, unit in rows]
