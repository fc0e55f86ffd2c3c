"""The modifier rules as an import applies them: loaded once, resolved to items and base units.

A sales import asks, line after line, what a variant and a few modifiers do to a recipe;
reading each rule from the database every time would cost a query per line. The rules do
not change during an import, so they are read once here (services/selling/menu.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import Item, ModifierRule
from inventory_app.domain.catalogue import Tracking
from inventory_app.domain.modifiers import (
    Effect,
    ModifierAction,
    chosen_rule,
    counted,
    is_plain_variant,
    modifier_key,
)
from inventory_app.domain.units import BaseUnit, MeasureSizes, Unit, to_base
from inventory_app.services.settings import measure_sizes


class ModifierBook:
    """Every rule by (name key, recipe id or None), and the items they may draw."""

    def __init__(self, session: Session) -> None:
        self._rules: dict[tuple[str, int | None], Effect] = {}
        rows = list(session.scalars(select(ModifierRule)))
        ids = {i for rule in rows for i in (rule.item_id, rule.with_item_id) if i is not None}
        items = {item.id: item for item in session.scalars(select(Item).where(Item.id.in_(ids)))}
        sizes = measure_sizes(session) if rows else MeasureSizes()
        for rule in rows:
            self._rules[(rule.key, rule.recipe_id)] = _effect(rule, items, sizes)
        # item id -> (SKU, poured from a bottle of its own), for the draws a rule adds
        self.items = {i: (item.sku, item.tracking == Tracking.SERIAL) for i, item in items.items()}
        # What a scale leaves alone: cups, lids, napkins, garnish, counted per drink.
        pieces = select(Item.id).where(Item.unit == BaseUnit.PCS.value)
        self.pieces = frozenset(session.scalars(pieces)) if rows else frozenset()

    def __bool__(self) -> bool:
        return bool(self._rules)

    def effects(
        self, recipe_id: int, variant: str, modifiers: Iterable[str]
    ) -> tuple[list[tuple[Effect, int]], list[str]]:
        """The rules of a line's variant and modifiers, with each one's count, and the names
        no rule describes (as the till wrote them, counts removed)."""
        found: list[tuple[Effect, int]] = []
        unknown: list[str] = []
        names = list(modifiers)
        if not is_plain_variant(variant) or self._has(variant, recipe_id):
            names.insert(0, variant)
        for text in names:
            count, name = counted(text)
            effect = chosen_rule(self._rules, modifier_key(name), recipe_id)
            if effect is None:
                unknown.append(name)
            else:
                found.append((effect, count))
        return found, unknown

    def _has(self, variant: str, recipe_id: int) -> bool:
        """A plain variant ('Regular') with a rule of its own follows that rule."""
        return bool(variant.strip()) and (
            chosen_rule(self._rules, modifier_key(variant), recipe_id) is not None
        )


def _effect(rule: ModifierRule, items: dict[int, Item], sizes: MeasureSizes) -> Effect:
    action = ModifierAction(rule.action)
    amount = None
    target = rule.with_item_id if action is ModifierAction.REPLACE else rule.item_id
    if rule.quantity is not None and rule.unit and target is not None:
        base = BaseUnit(items[target].unit)
        amount = to_base(rule.quantity, Unit(rule.unit), base, sizes)
    return Effect(action, rule.item_id, rule.with_item_id, amount, rule.factor)
