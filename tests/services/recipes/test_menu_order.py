"""The menu's order: places set by the owner, kept through sales, edits and imports."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry, Recipe
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.domain.recipes import RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.services.imports.recipes import import_recipes
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.recipes.menu_order import move_on_menu
from inventory_app.services.selling.sales import menu, sell
from tests.conftest import make_item

D = Decimal
OWNER = "owner"


def cocktail(name: str, **fields: object) -> RecipeSpec:
    return RecipeSpec(name=name, price=D(9), lines=(RecipeLineSpec("GIN-1", D(30), Unit.ML),),
                      **fields)  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def bar(session: Session) -> dict[str, int]:
    make_item(session, "GIN-1", size=D(700), cost=D(14))
    make_item(session, "FLK-SYR", size=D(500))
    ids = {}
    for name in ("Negroni", "Americano", "Boulevardier", "Spritz"):
        ids[name] = recipes.save_recipe(session, cocktail(name), author=OWNER).id
    syrup = RecipeSpec(
        name="Syrup", kind=RecipeKind.PREP, lines=(RecipeLineSpec("GIN-1", D(1), Unit.ML),),
        yield_sku="FLK-SYR", yield_quantity=D(1),
    )  # fmt: skip
    recipes.save_recipe(session, syrup, author=OWNER)
    return ids


def names(session: Session) -> list[str]:
    return [entry.name for entry in menu(session)]


def test_a_new_cocktail_goes_last_and_sales_never_move_one(
    session: Session, bar: dict[str, int]
) -> None:
    assert names(session) == ["Negroni", "Americano", "Boulevardier", "Spritz"]
    for _ in range(5):
        sell(session, "Spritz", author=OWNER)
    assert names(session) == ["Negroni", "Americano", "Boulevardier", "Spritz"]


def test_a_place_set_in_the_recipe_moves_it_and_the_rest_close_up(
    session: Session, bar: dict[str, int]
) -> None:
    spec, version = recipes.recipe_spec(session, bar["Spritz"])
    assert spec.menu_position == 4
    recipes.save_recipe(session, replace(spec, menu_position=1), author=OWNER,
                        recipe_id=bar["Spritz"], expected_version=version)  # fmt: skip
    assert names(session) == ["Spritz", "Negroni", "Americano", "Boulevardier"]
    places = session.execute(select(Recipe.name, Recipe.menu_position).order_by(Recipe.name))
    assert dict(places.all()) == {
        "Americano": 3, "Boulevardier": 4, "Negroni": 2, "Spritz": 1, "Syrup": 0,
    }  # fmt: skip
    assert recipes.recipe_spec(session, bar["Negroni"])[1] == 1  # neighbours keep their version
    with pytest.raises(InputError, match="expected a place on the menu of 1 or more, got 0"):
        recipes.save_recipe(session, replace(spec, menu_position=0), author=OWNER)


def test_dropping_a_tile_on_another_takes_its_place_and_is_recorded(
    session: Session, bar: dict[str, int]
) -> None:
    move_on_menu(session, bar["Negroni"], bar["Boulevardier"], author=OWNER)
    assert names(session) == ["Americano", "Boulevardier", "Negroni", "Spritz"]
    move_on_menu(session, bar["Spritz"], bar["Americano"], author=OWNER)
    assert names(session) == ["Spritz", "Americano", "Boulevardier", "Negroni"]
    changes = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "recipe", AuditEntry.action == "update")
    ).all()
    assert [(c.label, c.before, c.after) for c in changes] == [
        ("Negroni", '{"menu_position": 1}', '{"menu_position": 3}'),
        ("Spritz", '{"menu_position": 4}', '{"menu_position": 1}'),
    ]


def test_only_the_owner_orders_the_menu(session: Session, bar: dict[str, int]) -> None:
    with pytest.raises(PermissionDenied):
        move_on_menu(session, bar["Spritz"], bar["Negroni"], author="giulia")
    assert names(session) == ["Negroni", "Americano", "Boulevardier", "Spritz"]


def test_a_recipe_sheet_sets_places_and_a_sheet_without_them_keeps_them(
    session: Session, bar: dict[str, int], tmp_path: Path
) -> None:
    sheet = tmp_path / "recipes.csv"
    sheet.write_text(
        "recipe,ingredient,quantity,unit,price,menu_position\n"
        "Boulevardier,GIN-1,30,ml,9,1\nAmericano,GIN-1,30,ml,9,99\n",
        encoding="utf-8",
    )
    import_recipes(session, sheet, author=OWNER)
    assert names(session) == ["Boulevardier", "Negroni", "Spritz", "Americano"]
    sheet.write_text(
        "recipe,ingredient,quantity,unit,price\nBoulevardier,GIN-1,30,ml,9\n", encoding="utf-8"
    )
    assert import_recipes(session, sheet, author=OWNER).unchanged == 1
    assert names(session) == ["Boulevardier", "Negroni", "Spritz", "Americano"]
