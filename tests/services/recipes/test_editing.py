"""Recipes: save, replace, rename, POS names and the rules a line must keep (costs: test_costs)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Sale
from inventory_app.domain.errors import ConflictError
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.book import find_recipe, recipe_by_name
from inventory_app.services.recipes.editing import RecipeSpec
from inventory_app.services.selling import sales as selling
from tests.conftest import AUTHOR, make_item
from tests.services.recipes.recipe_fixtures import NEGRONI, ONE, D, L


def test_save_and_read_back(bar: Session) -> None:
    recipe = recipes.save_recipe(
        bar, replace(NEGRONI, name="  Negroni ", notes=" stirred "), author="owner"
    )
    spec, version = recipes.recipe_spec(bar, recipe.id)
    assert spec == replace(NEGRONI, notes="stirred", menu_position=1)  # the first cocktail
    assert (version, recipe.key, recipe.active) == (1, "negroni", True)
    assert find_recipe(bar, "NEGRONI (TO GO)").id == recipe.id


def test_saving_by_name_replaces_lines_and_aliases(bar: Session) -> None:
    first = recipes.save_recipe(bar, NEGRONI, author="owner")
    new = replace(NEGRONI, pos_names=("Negroni TA",), lines=(L("GIN-1", D(45), Unit.ML),))
    again = recipes.save_recipe(bar, replace(new, name="negroni"), author="owner")
    assert again.id == first.id
    spec, version = recipes.recipe_spec(bar, first.id)
    assert (spec, version) == (replace(new, name="negroni", menu_position=1), 2)
    assert recipe_by_name(bar, "Negroni (to go)") is None
    assert find_recipe(bar, "negroni ta").id == first.id


def test_saving_the_same_spec_changes_nothing(bar: Session) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    line_ids = [line.id for line in recipe.lines]
    recipes.save_recipe(
        bar,
        replace(NEGRONI, lines=tuple(replace(li, sku=li.sku.lower()) for li in NEGRONI.lines)),
        author="owner",
    )
    assert (recipe.version, [line.id for line in recipe.lines]) == (1, line_ids)


def test_rename_by_id_and_stale_version(bar: Session) -> None:
    recipe = recipes.save_recipe(bar, NEGRONI, author="owner")
    renamed = recipes.save_recipe(
        bar,
        replace(NEGRONI, name="Negroni classico"),
        author="owner",
        recipe_id=recipe.id,
        expected_version=1,
    )
    assert (renamed.id, renamed.name, renamed.version) == (recipe.id, "Negroni classico", 2)
    assert recipe_by_name(bar, "Negroni") is None
    with pytest.raises(ConflictError, match="Someone else changed"):
        recipes.save_recipe(bar, NEGRONI, author="owner", recipe_id=recipe.id, expected_version=1)


def test_an_alias_equal_to_its_own_name_is_dropped(bar: Session) -> None:
    recipe = recipes.save_recipe(
        bar,
        replace(NEGRONI, pos_names=("negroni", "Negroni  (to go)", "NEGRONI (TO GO)", " ")),
        author="owner",
    )
    assert [a.name for a in recipe.aliases] == ["Negroni (to go)"]


def test_editing_a_recipe_never_rewrites_past_sales(db: Database) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1", cost=D(14))
        recipes.save_recipe(s, RecipeSpec(name="Gin", price=D(8), lines=ONE), author="owner")
        sale = selling.sell(s, "Gin", author=AUTHOR, channel=Channel.SPEAKEASY)
    with db.transaction() as s:
        recipes.save_recipe(
            s, RecipeSpec(name="Gin neat", price=D(9), lines=(L("GIN-1", D(50), Unit.ML),)),
            author="owner",
            recipe_id=s.get_one(Sale, sale.sale_id).recipe_id,
        )  # fmt: skip
    with db.sessions() as s:
        assert s.get_one(Sale, sale.sale_id).recipe_name == "Gin"
        moved = s.scalars(
            select(Movement.delta).where(Movement.reference == f"sale:{sale.sale_id}")
        )
        assert list(moved) == [D(-1)]
