"""What the recipe editor reads: a saved recipe's spec, and the check of an unsaved one.

The check gives every problem, else the spec's cost and pour cost.
The cost comes from the one costing function (services/recipes/costs.py, through
`draft_costs`), the pour cost from the one formula (domain/recipes.py), on the bar's
default channel and VAT: the editor shows what the recipe list will show once saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, RecipeSpec, pour_cost_pct
from inventory_app.services.recipes.editing import draft_costs, recipe_spec
from inventory_app.services.recipes.rules import recipe_problems
from inventory_app.services.settings import default_channel, vat_rate_pct


@dataclass(frozen=True)
class LoadedRecipe:
    """A recipe as the editor opened it: its spec and the version to save against."""

    recipe_id: int
    spec: RecipeSpec
    version: int


def loaded_recipe(session: Session, recipe_id: int) -> LoadedRecipe:
    spec, version = recipe_spec(session, recipe_id)
    return LoadedRecipe(recipe_id, spec, version)


@dataclass(frozen=True)
class RecipeCheck:
    """What the editor shows while typing: every problem, and the cost if the spec is valid."""

    problems: list[InputError]
    cost_by_channel: dict[Channel, Decimal]
    pour_cost_pct: Decimal | None


def check_draft(session: Session, spec: RecipeSpec, *, recipe_id: int | None) -> RecipeCheck:
    """The service's own rules and costs for a spec not saved yet (`recipe_id` when editing).

    Nothing is kept: the costing runs in a savepoint that is rolled back, and the caller's
    session is never committed (ui/queries.py rolls it back too).
    """
    problems = recipe_problems(session, spec, recipe_id=recipe_id)
    if problems:
        return RecipeCheck(problems, {}, None)
    costs = draft_costs(session, spec, recipe_id=recipe_id)
    channel = default_channel(session)
    vat = vat_rate_pct(session)
    pct = pour_cost_pct(costs[channel], spec.price, vat) if spec.price else None
    return RecipeCheck([], costs, pct)
