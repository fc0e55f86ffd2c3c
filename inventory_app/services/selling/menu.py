"""What a sales import needs to know about the recipes: names, kinds and per-drink draws,
with the modifier rules a till's variant and modifiers follow."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Recipe, RecipeLine
from inventory_app.domain.modifiers import modified
from inventory_app.domain.recipes import Channel, RecipeKind, name_key
from inventory_app.services.bottles.draws import BottlePicker
from inventory_app.services.recipes.book import Draw, draws, names_index
from inventory_app.services.recipes.modifier_book import ModifierBook
from inventory_app.services.settings import default_channel

SPELLINGS_KEPT = 10_000
Pours = list[tuple[Draw, int | None]]


class Undescribed(NamedTuple):
    """A line's variant and modifiers that no rule describes: it deducts nothing."""

    names: tuple[str, ...]


class SalesMenu:
    """Recipes by every name the POS may use, loaded once per import; draws cached per channel."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._index = names_index(session)
        rows = session.execute(select(Recipe.id, Recipe.name, Recipe.kind))
        self.names: dict[int, str] = {}
        self.preps: set[int] = set()
        for recipe_id, name, kind in rows:
            self.names[recipe_id] = name
            if kind == RecipeKind.PREP:
                self.preps.add(recipe_id)
        self.default_channel = default_channel(session)
        self._draws: dict[tuple[int, Channel], list[Draw]] = {}
        self._pours: dict[tuple[int, Channel], list[tuple[Draw, int | None]]] = {}
        self._keys: dict[str, int | None] = {}
        self.bottles = BottlePicker(session)  # bottles do not change state mid-import
        self.modifiers = ModifierBook(session)
        # (recipe, channel, variant, modifiers) -> the drink's pours, or the names no rule
        # describes: a file repeats few combinations, each worked out once.
        self._modified: dict[tuple[int, Channel, str, tuple[str, ...]], Pours | Undescribed] = {}

    def recipe_id(self, item: str) -> int | None:
        """The recipe a POS item name means, or None for a name the bar does not know."""
        if item in self._keys:
            return self._keys[item]
        found = self._index.get(name_key(item))
        if len(self._keys) < SPELLINGS_KEPT:  # a file has few spellings; bounded all the same
            self._keys[item] = found
        return found

    def draws(self, recipe_id: int, channel: Channel) -> list[Draw]:
        """What one drink takes from stock on a channel (recipes do not change mid-import)."""
        key = (recipe_id, channel)
        if key not in self._draws:
            self._draws[key] = draws(self._session, recipe_id, channel)
        return self._draws[key]

    def pours(self, recipe_id: int, channel: Channel) -> list[tuple[Draw, int | None]]:
        """Each draw of one drink with the bottle it pours from, asked once per recipe and
        channel (the picker's answer holds for the whole import, see above)."""
        key = (recipe_id, channel)
        found = self._pours.get(key)
        if found is None:
            taken = self.draws(recipe_id, channel)
            found = self._pours[key] = [(d, self.bottles.bottle_for(d.item_id)) for d in taken]
        return found

    def modified_pours(
        self, recipe_id: int, channel: Channel, variant: str, modifiers: tuple[str, ...]
    ) -> Pours | Undescribed:
        """One drink's pours with its variant and modifiers applied (domain/modifiers.py),
        or the names of those no rule describes: such a line deducts nothing."""
        if not modifiers and not variant:  # most lines: the recipe as written
            return self.pours(recipe_id, channel)
        key = (recipe_id, channel, variant, modifiers)
        found = self._modified.get(key)
        if found is None:
            found = self._modify(recipe_id, channel, variant, modifiers)
            if len(self._modified) < SPELLINGS_KEPT:
                self._modified[key] = found
        return found

    def _modify(
        self, recipe_id: int, channel: Channel, variant: str, modifiers: tuple[str, ...]
    ) -> Pours | Undescribed:
        effects, unknown = self.modifiers.effects(recipe_id, variant, modifiers)
        if unknown:
            return Undescribed(tuple(unknown))
        plain = self.pours(recipe_id, channel)
        if not effects:
            return plain
        known = {d.item_id: (d.sku, d.serial) for d, _ in plain} | self.modifiers.items
        portions = [(d.item_id, d.quantity) for d, _ in plain]
        drink = modified(portions, effects, unscaled=self.modifiers.pieces)
        return [
            (Draw(item, known[item][0], amount, known[item][1]), self.bottles.bottle_for(item))
            for item, amount in drink
        ]

    def channel(self, channel: Channel | None) -> Channel:
        return channel or self.default_channel

    def ingredient_ids(self) -> set[int]:
        """Every item a cocktail on the menu may draw, whatever the channel."""
        query = select(RecipeLine.item_id).where(RecipeLine.recipe_id.not_in(self.preps))
        return set(self._session.scalars(query.distinct())) | set(self.modifiers.items)


def deduction(draw: Draw, quantity: Decimal) -> Decimal:
    """A sale's movement for one ingredient: the recipe's amount times the drinks, taken away."""
    return -draw.quantity * quantity
