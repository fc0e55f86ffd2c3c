"""What the recipe editor reads: a saved spec, and the check of an unsaved one (its pour cost)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel, RecipeLineSpec, RecipeSpec
from inventory_app.domain.rounding import half_up
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.book import recipe_by_name
from inventory_app.services.recipes.costs import PCT_PLACES
from inventory_app.services.recipes.editor_reads import (
    LoadedRecipe,
    check_draft,
    loaded_recipe,
)
from inventory_app.services.settings import set_setting
from tests.conftest import AUTHOR, make_item

D = Decimal
L = RecipeLineSpec
NEGRONI = RecipeSpec(
    name="Negroni",
    price=D(10),
    lines=(
        L("GIN-1", D(3), Unit.CL),  # 0.60
        L("CAMP-1", D(30), Unit.ML),  # 0.48
        L("ORANGE", D("0.1"), Unit.PCS, Channel.SPEAKEASY),  # 0.03
        L("CUP", D(1), Unit.PCS, Channel.TAKEAWAY),  # 0.20
    ),
)


@pytest.fixture
def bar(session: Session) -> Session:
    """Items whose costs per base unit are round: gin 0.02/ml, Campari 0.016/ml, ..."""
    for sku, unit, size, cost in [
        ("GIN-1", BaseUnit.ML, 700, "14.00"),
        ("CAMP-1", BaseUnit.ML, 1000, "16.00"),
        ("ORANGE", BaseUnit.PCS, 1, "0.30"),
        ("CUP", BaseUnit.PCS, 1, "0.20"),
    ]:
        make_item(session, sku, unit=unit, size=D(size), cost=D(cost))
    return session


def test_check_costs_every_channel_and_the_pour_cost_on_the_default_one(bar: Session) -> None:
    set_setting(bar, "vat_rate_pct", "25", author="owner")
    set_setting(bar, "default_channel", "speakeasy", author="owner")
    checked = check_draft(bar, NEGRONI, recipe_id=None)
    assert checked.problems == []
    assert checked.cost_by_channel == {Channel.TAKEAWAY: D("1.28"), Channel.SPEAKEASY: D("1.11")}
    assert checked.pour_cost_pct == D("13.875")  # 1.11 of the 8.00 net of 25 % VAT
    assert recipe_by_name(bar, "Negroni") is None  # nothing of the draft was kept


def test_the_check_shows_what_the_recipe_list_shows_once_saved(bar: Session) -> None:
    checked = check_draft(bar, NEGRONI, recipe_id=None)
    recipes.save_recipe(bar, NEGRONI, author=AUTHOR)
    (row,) = recipes.recipe_rows(bar)
    assert checked.pour_cost_pct is not None
    assert half_up(checked.pour_cost_pct, PCT_PLACES) == row.pour_cost_pct
    assert checked.cost_by_channel[Channel.TAKEAWAY].quantize(D("0.01")) == row.cost


@pytest.mark.parametrize("price", [None, D(0)])
def test_no_price_no_pour_cost(bar: Session, price: Decimal | None) -> None:
    checked = check_draft(
        bar, RecipeSpec(name="Tasting", price=price, lines=NEGRONI.lines), recipe_id=None
    )
    assert checked.cost_by_channel[Channel.TAKEAWAY] == D("1.28")
    assert checked.pour_cost_pct is None


def test_a_spec_with_problems_has_no_cost(bar: Session) -> None:
    spec = RecipeSpec(name=" ", price=D(10), lines=(L("NOPE", D(1), Unit.ML),))
    checked = check_draft(bar, spec, recipe_id=None)
    assert [p.column for p in checked.problems] == ["recipe", "ingredient"]
    assert (checked.cost_by_channel, checked.pour_cost_pct) == ({}, None)


def test_loaded_recipe_is_the_spec_and_version_to_save_against(bar: Session) -> None:
    saved = recipes.save_recipe(bar, NEGRONI, author=AUTHOR)
    loaded = loaded_recipe(bar, saved.id)
    assert loaded == LoadedRecipe(saved.id, recipes.recipe_spec(bar, saved.id)[0], saved.version)
    assert (loaded.spec.name, loaded.spec.price, len(loaded.spec.lines)) == ("Negroni", D(10), 4)
