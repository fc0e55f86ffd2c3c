"""The recipe sheet written out is the sheet `import recipes` reads, menu places included."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.imports.recipes import import_recipes
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.recipes.export import export_recipes
from inventory_app.services.recipes.menu_order import move_on_menu
from inventory_app.services.selling.sales import menu
from tests.conftest import make_item

D = Decimal
OWNER = "owner"


@pytest.fixture
def bar(session: Session) -> dict[str, int]:
    make_item(session, "GIN-1", size=D(700), cost=D(14))
    make_item(session, "CUP", unit=BaseUnit.PCS, size=D(1))
    make_item(session, "SUGAR", unit=BaseUnit.G, size=D(1000))
    make_item(session, "FLK-SYR", size=D(500))
    syrup = RecipeSpec(
        name="Simple syrup", kind=RecipeKind.PREP, lines=(RecipeLineSpec("SUGAR", D(500), Unit.G),),
        yield_sku="FLK-SYR", yield_quantity=D(800), notes="1:1, by weight",
    )  # fmt: skip
    recipes.save_recipe(session, syrup, author=OWNER)
    negroni = RecipeSpec(
        name="Negroni", price=D("10.50"), pos_names=("Negroni TA", "NEG"),
        lines=(RecipeLineSpec("GIN-1", D(3), Unit.CL),
               RecipeLineSpec("CUP", D(1), Unit.PCS, Channel.TAKEAWAY)),
    )  # fmt: skip
    ids = {"Negroni": recipes.save_recipe(session, negroni, author=OWNER).id}
    gimlet = RecipeSpec(
        name="Gimlet", price=D(9), lines=(RecipeLineSpec("FLK-SYR", D("22.5"), Unit.ML),)
    )
    ids["Gimlet"] = recipes.save_recipe(session, gimlet, author=OWNER).id
    return ids


def test_the_sheet_reads_back_unchanged_with_the_menu_order(
    session: Session, bar: dict[str, int], tmp_path: Path
) -> None:
    move_on_menu(session, bar["Gimlet"], bar["Negroni"], author=OWNER)
    sheet = tmp_path / "recipes.csv"
    assert export_recipes(session, sheet) == 3
    lines = sheet.read_text(encoding="utf-8").splitlines()
    assert lines[0] == (
        "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity,"
        "notes,menu_position"
    )
    assert lines[1] == 'Simple syrup,prep,,,SUGAR,500,g,,FLK-SYR,800,"1:1, by weight",'
    assert lines[2] == "Gimlet,cocktail,9,,FLK-SYR,22.5,ml,,,,,1"
    assert lines[3:] == [
        "Negroni,cocktail,10.5,Negroni TA|NEG,GIN-1,3,cl,,,,,2",
        "Negroni,,,,CUP,1,pcs,takeaway,,,,",
    ]
    done = import_recipes(session, sheet, author=OWNER)
    assert (done.unchanged, done.replaced, done.added) == (3, 0, 0)
    assert [entry.name for entry in menu(session)] == ["Gimlet", "Negroni"]
