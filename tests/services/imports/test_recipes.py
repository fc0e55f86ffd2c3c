"""Recipe import: recipes in the file are replaced, others stay; all or nothing; the demo bar."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import Base, ImportRecord
from inventory_app.domain.catalogue import ItemKind
from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.imports.recipes import RecipeImportSummary, import_recipes
from inventory_app.services.recipes.book import find_recipe
from inventory_app.services.recipes.editing import RecipeLineSpec, recipe_rows, recipe_spec
from tests.conftest import AUTHOR, make_item

D = Decimal
HEADER = "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity"
RECIPES = (
    f"{HEADER}\n"
    "Negroni,,10,Negroni (to go),gin-1,3,cl,,,\n"
    "Negroni,,,,CAMP-1,3,cl,,,\n"
    "Negroni,,,,CUP,1,pcs,takeaway,,\n"
    "Americano,cocktail,9,,CAMP-1,4,cl,,,\n"
    "Simple syrup,prep,,,SUGAR,500,g,,FLK-SYR,800\n"
    "Sour,,12,,GIN-1,50,ml,,,\n"
    "Sour,,,,FLK-SYR,15,ml,,,\n"
)


@pytest.fixture
def catalogue(db: Database) -> Database:
    with db.transaction() as s:
        make_item(s, "GIN-1", cost=D(14))
        make_item(s, "CAMP-1", size=D(1000), cost=D(16))
        make_item(s, "CUP", unit=BaseUnit.PCS, size=D(1), cost=D("0.2"))
        make_item(s, "SUGAR", unit=BaseUnit.G, size=D(1000), cost=D(2))
        make_item(s, "FLK-SYR", kind=ItemKind.FLASK, size=D(500))
    return db


def write(tmp_path: Path, text: str, name: str = "recipes.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(db: Database, path: Path) -> RecipeImportSummary:
    with db.transaction() as s:
        return import_recipes(s, path, author=AUTHOR)


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
            for t in Base.metadata.sorted_tables
        }


def test_import_adds_recipes(catalogue: Database, tmp_path: Path) -> None:
    summary = run_import(catalogue, write(tmp_path, RECIPES))
    assert summary == RecipeImportSummary("recipes.csv", 4, 0, 7, summary.import_id, 0)
    with catalogue.sessions() as s:
        negroni, version = recipe_spec(s, find_recipe(s, "negroni (TO GO)").id)
        assert (negroni.price, negroni.pos_names, version) == (D(10), ("Negroni (to go)",), 1)
        assert negroni.lines == (
            RecipeLineSpec("GIN-1", D(3), Unit.CL),
            RecipeLineSpec("CAMP-1", D(3), Unit.CL),
            RecipeLineSpec("CUP", D(1), Unit.PCS, Channel.TAKEAWAY),
        )
        rows = {r.name: r for r in recipe_rows(s)}
        assert (rows["Simple syrup"].kind, rows["Simple syrup"].yield_quantity) == (
            RecipeKind.PREP, D(800),
        )  # fmt: skip
        # the sour's syrup is costed from its prep: 15 ml x 1.00 / 800 ml
        assert rows["Sour"].cost == D("1.0188")  # 50 ml gin 1.00 + 0.01875, half up
        record = s.get_one(ImportRecord, summary.import_id)
        assert (record.kind, record.filename, record.rows, record.author) == (
            "recipes", "recipes.csv", 7, AUTHOR,
        )  # fmt: skip


def test_a_recipe_in_the_file_is_replaced_and_others_stay(
    catalogue: Database, tmp_path: Path
) -> None:
    run_import(catalogue, write(tmp_path, RECIPES))
    with catalogue.sessions() as s:
        americano_before = recipe_spec(s, find_recipe(s, "Americano").id)
    change = f"{HEADER}\nnegroni,,11,Negroni TA,GIN-1,45,ml,,,\nGin,,8,,GIN-1,4,cl,,,\n"
    summary = run_import(catalogue, write(tmp_path, change, "change.csv"))
    assert (summary.added, summary.replaced, summary.unchanged, summary.lines) == (1, 1, 0, 2)
    with catalogue.sessions() as s:
        negroni, version = recipe_spec(s, find_recipe(s, "Negroni TA").id)
        assert (negroni.name, negroni.price, version) == ("negroni", D(11), 2)
        assert negroni.lines == (RecipeLineSpec("GIN-1", D(45), Unit.ML),)
        assert recipe_spec(s, find_recipe(s, "Americano").id) == americano_before
        assert len(recipe_rows(s)) == 5


def test_the_same_file_again_changes_nothing(catalogue: Database, tmp_path: Path) -> None:
    path = write(tmp_path, RECIPES)
    run_import(catalogue, path)
    before = {k: v for k, v in dump(catalogue).items() if k != "imports"}
    again = run_import(catalogue, path)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4)
    assert {k: v for k, v in dump(catalogue).items() if k != "imports"} == before


EXISTING = f"{HEADER}\nAmericano,,9,Americano (to go),CAMP-1,4,cl,,,\n"


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (f"{HEADER}\nX,,10,,NOPE,3,cl,,,\n",
         ["row 2, column 'ingredient': X: no item with SKU 'NOPE'"]),
        (f"{HEADER}\nX,,10,,GIN-1,3,cl,,,\nX,,,,CUP,1,oz,takeaway,,\n",
         ["row 3, column 'unit': X: CUP: cannot convert oz to pcs: the item is kept in pcs"]),
        (f"{HEADER}\nX,,10,,GIN-1,0,ml,,,\n",
         ["row 2, column 'quantity': X: expected a quantity above zero, got 0"]),
        (f"{HEADER}\nX,,10,,GIN-1,1,ml,,,\nX,,,,,,,,FLK-SYR,\n",
         ["row 3, column 'yield_sku': X: a cocktail is sold and yields no stock; only a prep "
          "has a yield"]),
        (f"{HEADER}\nS,prep,,,SUGAR,500,g,,,800\n",
         ["row 2, column 'yield_sku': S: a prep needs the SKU of the item it makes"]),
        (f"{HEADER}\nS,prep,,,SUGAR,500,g,,FLK-SYR,\n",
         ["row 2, column 'yield_quantity': S: a prep needs how much one batch makes, in the "
          "item's unit"]),
        (f"{HEADER}\nS,prep,,,SUGAR,500,g,,FLK-SYR,800\nS,,,,FLK-SYR,10,ml,,,\n",
         ["row 3, column 'ingredient': S: FLK-SYR is what this prep makes: it cannot be an "
          "ingredient"]),
        (f"{HEADER}\nS,prep,4,,SUGAR,500,g,takeaway,FLK-SYR,800\n",
         ["row 2, column 'price': S: a prep is made, not sold: leave its price blank",
          "row 2, column 'channel': S: a prep is made once for every channel: leave the "
          "channel blank"]),
        (f"{HEADER}\nX,,10,Americano,GIN-1,1,ml,,,\n",
         ["row 2, column 'pos_name': X: 'Americano' is already the recipe Americano"]),
        (f"{HEADER}\nAmericano (to go),,10,,GIN-1,1,ml,,,\n",
         ["row 2, column 'recipe': Americano (to go): 'Americano (to go)' is already a POS name "
          "of Americano"]),
        (f"{HEADER}\nX,,10,Twin,GIN-1,1,ml,,,\nY,,10,twin,GIN-1,1,ml,,,\n",
         ["row 3, column 'pos_name': Y: 'twin' is already a POS name of X"]),
        (f"{HEADER}\nX,,10,,,,,,,\n",
         ["row 2, column 'ingredient': X: a recipe needs at least one ingredient"]),
        (f"{HEADER}\nX,,10,,NOPE,1,ml,,,\nGood,,9,,GIN-1,1,ml,,,\nY,,abc,,GIN-1,1,ml,,,\n",
         ["row 4, column 'price': expected a price such as 12.50, got 'abc'"]),
        (f"{HEADER}\nX,,10,,NOPE,1,ml,,,\nGood,,9,,GIN-1,1,ml,,,\nZ,,,,GIN-1,-1,ml,,,\n",
         ["row 2, column 'ingredient': X: no item with SKU 'NOPE'",
          "row 4, column 'quantity': Z: expected a quantity above zero, got -1"]),
    ],
)  # fmt: skip
def test_malformed_files_change_nothing(
    catalogue: Database, tmp_path: Path, text: str, errors: list[str]
) -> None:
    run_import(catalogue, write(tmp_path, EXISTING, "existing.csv"))
    before = dump(catalogue)
    with pytest.raises(ImportErrors) as caught, catalogue.transaction() as s:
        import_recipes(s, write(tmp_path, text), author=AUTHOR)
    assert [str(e) for e in caught.value.errors] == errors
    assert str(caught.value).startswith("recipes.csv: ")
    assert dump(catalogue) == before
