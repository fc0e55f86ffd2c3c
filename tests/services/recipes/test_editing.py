"""Recipes: save, replace, rename, POS names and the rules a line must keep (costs: test_costs)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Movement, Sale
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.book import find_recipe, recipe_by_name
from inventory_app.services.recipes.editing import RecipeSpec
from inventory_app.services.selling import sales as selling
from tests.conftest import AUTHOR, make_item
from tests.services.recipes.recipe_fixtures import NEGRONI, SYRUP, D, L


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


@pytest.mark.parametrize(
    ("spec", "recipe_id", "column", "message"),
    [
        (replace(NEGRONI, name="Americano (to go)"), None, "recipe",
         "'Americano (to go)' is already a POS name of Americano"),
        (replace(NEGRONI, pos_names=("americano",)), None, "pos_name",
         "'americano' is already the recipe Americano"),
        (replace(NEGRONI, pos_names=("AMERICANO (to go)",)), None, "pos_name",
         "'AMERICANO (to go)' is already a POS name of Americano"),
        (replace(NEGRONI, name="Americano"), 1, "recipe",
         "'Americano' is already the recipe Americano"),
    ],
)  # fmt: skip
def test_names_match_one_recipe_only(
    bar: Session, spec: RecipeSpec, recipe_id: int | None, column: str, message: str
) -> None:
    negroni = recipes.save_recipe(bar, NEGRONI, author="owner")
    americano = RecipeSpec(
        name="Americano", pos_names=("Americano (to go)",), lines=(L("CAMP-1", D(40), Unit.ML),)
    )
    recipes.save_recipe(bar, americano, author="owner")
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, spec, author="owner", recipe_id=negroni.id if recipe_id else None)
    assert (caught.value.column, caught.value.row, caught.value.detail) == (column, None, message)


ONE = (L("GIN-1", D(1), Unit.ML),)


@pytest.mark.parametrize(
    ("spec", "row", "column", "message"),
    [
        (RecipeSpec(name=" ", lines=ONE), None, "recipe", "a recipe needs a name"),
        (RecipeSpec(name="X" * 121, lines=ONE), None, "recipe",
         "a name has at most 120 characters, got 121"),
        (RecipeSpec(name="Empty"), None, "ingredient", "a recipe needs at least one ingredient"),
        (RecipeSpec(name="X", lines=(*ONE, L("NOPE", D(1), Unit.ML))), 2, "ingredient",
         "no item with SKU 'NOPE'"),
        (RecipeSpec(name="X", lines=(L("GIN-1", D(0), Unit.ML),)), 1, "quantity",
         "expected a quantity above zero, got 0"),
        (RecipeSpec(name="X", lines=(L("CUP", D(1), Unit.OZ),)), 1, "unit",
         "CUP: cannot convert oz to pcs: the item is kept in pcs"),
        (RecipeSpec(name="X", lines=(L("SUGAR", D(1), Unit.DASH),)), 1, "unit",
         "SUGAR: cannot convert dash to g: the item is kept in g"),
        (RecipeSpec(name="X", price=D(-1), lines=ONE), None, "price",
         "expected a price of zero or more, got -1"),
        (RecipeSpec(name="X", lines=ONE, yield_sku="FLK-SYR"), None, "yield_sku",
         "a cocktail is sold and yields no stock; only a prep has a yield"),
        (replace(SYRUP, price=D(5)), None, "price",
         "a prep is made, not sold: leave its price blank"),
        (replace(SYRUP, pos_names=("Syrup",)), None, "pos_name",
         "a prep is made, not sold: it has no POS names"),
        (replace(SYRUP, yield_sku=None), None, "yield_sku",
         "a prep needs the SKU of the item it makes"),
        (replace(SYRUP, yield_sku="NOPE"), None, "yield_sku", "no item with SKU 'NOPE'"),
        (replace(SYRUP, yield_quantity=None), None, "yield_quantity",
         "a prep needs how much one batch makes, in the item's unit"),
        (replace(SYRUP, yield_quantity=D(0)), None, "yield_quantity",
         "expected a yield above zero, got 0"),
        (replace(SYRUP, lines=(L("SUGAR", D(5), Unit.G, Channel.TAKEAWAY),)), 1, "channel",
         "a prep is made once for every channel: leave the channel blank"),
        (replace(SYRUP, lines=(*SYRUP.lines, L("flk-syr", D(5), Unit.ML))), 2, "ingredient",
         "FLK-SYR is what this prep makes: it cannot be an ingredient"),
    ],
)  # fmt: skip
def test_bad_recipes_are_refused(
    bar: Session, spec: RecipeSpec, row: int | None, column: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, spec, author="owner")
    assert (caught.value.row, caught.value.column, caught.value.detail) == (row, column, message)
    assert recipes.recipe_rows(bar) == []


def test_a_prep_may_not_use_what_it_makes_through_another_prep(bar: Session) -> None:
    recipes.save_recipe(bar, SYRUP, author="owner")
    b = RecipeSpec(
        name="B", kind=RecipeKind.PREP, lines=(L("FLK-SYR", D(100), Unit.ML),),
        yield_sku="FLK-B", yield_quantity=D(100),
    )  # fmt: skip
    recipes.save_recipe(bar, b, author="owner")
    looped = replace(SYRUP, lines=(*SYRUP.lines, L("FLK-B", D(10), Unit.ML)))
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, looped, author="owner")
    assert (caught.value.row, caught.value.column, caught.value.detail) == (
        2, "ingredient", "FLK-B is made from what this prep makes (FLK-B <- FLK-SYR)",
    )  # fmt: skip


def test_problems_are_all_listed(bar: Session) -> None:
    spec = RecipeSpec(name="", lines=(L("NOPE", D(-1), Unit.ML), L("CUP", D(1), Unit.CL)))
    problems = recipes.recipe_problems(bar, spec)
    assert [(p.row, p.column) for p in problems] == [
        (None, "recipe"), (1, "ingredient"), (1, "quantity"), (2, "unit"),
    ]  # fmt: skip


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
