"""The Recipes page's modifier actions: one function each, an Op saying what it changes.

Beside ui/operations.py (which holds the other actions) so neither grows past a page.
A rule changes what later imports deduct, as a recipe edit does: Change.RECIPES.
"""

from __future__ import annotations

from collections.abc import Callable

from inventory_app.db.engine import Session
from inventory_app.domain.errors import InventoryError
from inventory_app.domain.modifiers import ModifierSpec
from inventory_app.services.recipes import modifiers
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.ops import Op


def add_modifier_rule(context: AppContext, *, spec: ModifierSpec) -> InventoryError | None:
    """A new rule: later imports follow it for that modifier (owner only, audited)."""
    return _run(context, lambda s: modifiers.add_rule(s, spec, author=context.user))


def edit_modifier_rule(
    context: AppContext, *, rule_id: int, spec: ModifierSpec
) -> InventoryError | None:
    return _run(context, lambda s: modifiers.edit_rule(s, rule_id, spec, author=context.user))


def delete_modifier_rule(context: AppContext, *, rule_id: int) -> InventoryError | None:
    """The modifier is unknown again to later imports; past sales keep what they deducted."""
    return _run(context, lambda s: modifiers.delete_rule(s, rule_id, author=context.user))


def _run(context: AppContext, work: Callable[[Session], object]) -> InventoryError | None:
    result = Op(context, Change.RECIPES, work).run()
    return result if isinstance(result, InventoryError) else None
