"""What allergens a recipe carries: the one place they are inherited (EU Reg. 1169/2011).

An item carries the allergens set on it. A house flask that an active prep makes
carries its own and those of every line of that prep, through preps of preps; a
cocktail served on a channel carries those of its lines for every channel and of that
channel's own lines (an egg white added in the speakeasy only). Every recipe is read
once, as costing reads them (services/recipes/costs.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inventory_app.db.models import Item, Recipe, RecipeLine
from inventory_app.domain.allergens import Allergen, labelled, ordered, stored_allergens
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.i18n.catalogue import tr


@dataclass(frozen=True)
class RecipeAllergens:
    """One recipe's allergens on each channel, each in the regulation's order."""

    recipe_id: int
    name: str
    kind: RecipeKind
    active: bool
    by_channel: dict[Channel, tuple[Allergen, ...]]

    @property
    def every_channel(self) -> tuple[Allergen, ...]:
        """Those it carries on any channel."""
        return ordered(a for found in self.by_channel.values() for a in found)

    @property
    def differs_by_channel(self) -> bool:
        return len(set(self.by_channel.values())) > 1


def allergens_sentence(found: RecipeAllergens) -> str:
    """What the Recipes page says under the list: 'Allergens: 3 Eggs', per channel if they
    differ ('take-away: none · speakeasy: 3 Eggs'), in the language shown now."""
    if not found.differs_by_channel:
        return tr("Allergens: {allergens}").format(allergens=_listed(found.every_channel))
    return tr("Allergens: {allergens}").format(
        allergens=" · ".join(
            tr("{channel}: {allergens}").format(
                channel=c.label, allergens=_listed(found.by_channel[c])
            )
            for c in Channel
        )
    )


def _listed(allergens: tuple[Allergen, ...]) -> str:
    return labelled(allergens) if allergens else tr("none of the 14")


class AllergenBook:
    """Every recipe and the items they use, loaded once; an item's allergens remembered."""

    def __init__(self, session: Session) -> None:
        query = select(Recipe).options(
            selectinload(Recipe.lines).selectinload(RecipeLine.item),
            selectinload(Recipe.yield_item),
        )
        self.recipes = list(session.scalars(query.order_by(Recipe.id)))
        self.prep_of: dict[int, Recipe] = {}
        for recipe in self.recipes:
            if recipe.kind == RecipeKind.PREP and recipe.active and recipe.yield_item_id:
                self.prep_of.setdefault(recipe.yield_item_id, recipe)
        self._of_item: dict[int, frozenset[Allergen]] = {}
        self._reading: set[int] = set()

    def of_item(self, item: Item) -> frozenset[Allergen]:
        """The item's own allergens and, for a house flask, its prep's ingredients'."""
        found = self._of_item.get(item.id)
        if found is not None:
            return found
        own = frozenset(stored_allergens(item.allergens))
        prep = self.prep_of.get(item.id)
        if prep is None or item.id in self._reading:  # a cycle (refused on save) stops here
            return own
        self._reading.add(item.id)
        try:
            found = own | self._of_lines(prep.lines, channel=None)
        finally:
            self._reading.discard(item.id)
        self._of_item[item.id] = found
        return found

    def of_recipe(self, recipe: Recipe) -> RecipeAllergens:
        """A prep has no channel of its own: every line counts on each, and so do the
        allergens set on the flask it makes."""
        kind = RecipeKind(recipe.kind)
        if kind is RecipeKind.PREP:
            own = stored_allergens(recipe.yield_item.allergens if recipe.yield_item else "")
            found = ordered({*own, *self._of_lines(recipe.lines, channel=None)})
            by_channel = dict.fromkeys(Channel, found)
        else:
            by_channel = {c: ordered(self._of_lines(recipe.lines, channel=c)) for c in Channel}
        return RecipeAllergens(recipe.id, recipe.name, kind, recipe.active, by_channel)

    def _of_lines(self, lines: list[RecipeLine], *, channel: Channel | None) -> frozenset[Allergen]:
        """The union over the lines served on `channel` (None: every line)."""
        found: set[Allergen] = set()
        for line in lines:
            if channel is None or line.channel is None or line.channel == channel:
                found |= self.of_item(line.item)
        return frozenset(found)


def recipe_allergens(session: Session) -> dict[int, RecipeAllergens]:
    """Every recipe's allergens by its id (the Recipes page shows the selected one's)."""
    book = AllergenBook(session)
    return {recipe.id: book.of_recipe(recipe) for recipe in book.recipes}


def menu_allergens(session: Session) -> list[RecipeAllergens]:
    """Every active cocktail with its allergens, by name: what the register lists."""
    book = AllergenBook(session)
    found = [
        book.of_recipe(recipe)
        for recipe in book.recipes
        if recipe.kind == RecipeKind.COCKTAIL and recipe.active
    ]
    return sorted(found, key=lambda r: r.name.casefold())
