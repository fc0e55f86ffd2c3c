"""The rules a recipe keeps: one name per recipe, lines that convert, preps that yield, no loops."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.errors import InputError
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeSpec
from tests.services.recipes.recipe_fixtures import NEGRONI, ONE, SYRUP, D, L


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


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("spec", "row", "column", "message"),
    [
        (RecipeSpec(name="X", lines=(L("GIN-1", D("-0.5"), Unit.ML),)), 1, "quantity",
         "serve una quantità sopra zero, trovato -0,5"),
        (RecipeSpec(name="X", price=D("-1.25"), lines=ONE), None, "price",
         "serve un prezzo di zero o più, trovato -1,25"),
        (replace(SYRUP, price=D(5)), None, "price",
         "una preparazione si prepara, non si vende: lascia vuoto il prezzo"),
        (replace(SYRUP, lines=(*SYRUP.lines, L("flk-syr", D(5), Unit.ML))), 2, "ingredient",
         "FLK-SYR è ciò che produce questa preparazione: non può essere un ingrediente"),
    ],
)  # fmt: skip
def test_bad_recipes_are_refused_in_italian(
    bar: Session, spec: RecipeSpec, row: int | None, column: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        recipes.save_recipe(bar, spec, author="owner")
    assert (caught.value.row, caught.value.column, caught.value.detail) == (row, column, message)
