"""The recipe file: rows grouped into recipes, recipe fields on any row, every bad cell named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.recipes import Channel, RecipeKind
from inventory_app.domain.units import Unit
from inventory_app.io.recipe_file import FileLine, parse_recipes

D = Decimal
HEADER = "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity"
GOOD = (
    f"{HEADER}\n"
    "Negroni,,€10.00,Negroni (to go)| Negroni TA ,GIN-1,3,cl,,,\n"
    "Negroni,cocktail,,,CAMP-1,30,ml,,,\n"
    "negroni,,,,CUP,1,pcs,Takeaway,,\n"
    "Simple syrup,prep,,,SUGAR,500,g,,FLK-SYR,800\n"
    'Negroni,,10,,ORANGE,"0,1",pcs,speakeasy,,\n'
)


def csv_file(tmp_path: Path, text: str, name: str = "recipes.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_gather_into_recipes(tmp_path: Path) -> None:
    negroni, syrup = parse_recipes(csv_file(tmp_path, GOOD))
    assert (negroni.name, negroni.first_row, negroni.rows) == ("Negroni", 2, 4)
    assert {k: v for k, v in negroni.fields.items()} == {
        "price": (D("10.00"), 2),
        "pos_name": (("Negroni (to go)", "Negroni TA"), 2),
        "kind": (RecipeKind.COCKTAIL, 3),
    }
    assert negroni.lines == [
        FileLine(2, "GIN-1", D(3), Unit.CL, None),
        FileLine(3, "CAMP-1", D(30), Unit.ML, None),
        FileLine(4, "CUP", D(1), Unit.PCS, Channel.TAKEAWAY),
        FileLine(6, "ORANGE", D("0.1"), Unit.PCS, Channel.SPEAKEASY),
    ]
    assert (syrup.value("kind"), syrup.value("yield_sku"), syrup.value("yield_quantity")) == (
        RecipeKind.PREP, "FLK-SYR", D(800),
    )  # fmt: skip
    assert (syrup.value("price"), syrup.row_of("yield_sku"), syrup.row_of("price")) == (None, 5, 5)


def test_xlsx_reads_like_csv(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Recipe", "Price", "Ingredient", "Quantity", "Unit", "Channel"])
    sheet.append(["Daiquiri", 10.5, "RUM-1", 50, "ml", None])
    sheet.append(["Daiquiri", None, "LIME", 22.5, "ML", None])
    sheet.append(["Daiquiri", None, "CUP", 1, "pcs", "takeaway"])
    path = tmp_path / "recipes.xlsx"
    book.save(path)
    [daiquiri] = parse_recipes(path)
    assert daiquiri.value("price") == D("10.5")
    assert [(li.sku, li.quantity, li.unit, li.channel) for li in daiquiri.lines] == [
        ("RUM-1", D(50), Unit.ML, None),
        ("LIME", D("22.5"), Unit.ML, None),
        ("CUP", D(1), Unit.PCS, Channel.TAKEAWAY),
    ]


def test_a_row_may_carry_recipe_fields_only(tmp_path: Path) -> None:
    text = "recipe,price,ingredient,quantity,unit\nSour,12,,,\nSour,,GIN-1,50,ml\n"
    [sour] = parse_recipes(csv_file(tmp_path, text))
    assert (sour.value("price"), len(sour.lines), sour.rows) == (D(12), 1, 2)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("recipe,ingredient,quantity\nX,GIN-1,1",
         ["row 1: the required column 'unit' is missing"]),
        ("recipe,ingredient,quantity,unit,glass\nX,GIN-1,1,ml,coupe",
         ["row 1, column 'glass': unknown column; the columns are recipe, kind, price, pos_name, "
          "ingredient, quantity, unit, channel, yield_sku, yield_quantity, notes, "
          "menu_position"]),
        ("recipe,ingredient,quantity,unit,unit\nX,GIN-1,1,ml,ml",
         ["row 1, column 'unit': the column appears twice"]),
        ("recipe,ingredient,quantity,unit\n,GIN-1,1,ml",
         ["row 2, column 'recipe': expected the recipe's name"]),
        ("recipe,kind,ingredient,quantity,unit\nX,batch,GIN-1,1,ml",
         ["row 2, column 'kind': expected cocktail or prep, got 'batch'"]),
        ("recipe,price,ingredient,quantity,unit\nX,ten,GIN-1,1,ml",
         ["row 2, column 'price': expected a price such as 12.50, got 'ten'"]),
        ("recipe,ingredient,quantity,unit\nX,GIN-1,a lot,ml",
         ["row 2, column 'quantity': expected a quantity such as 22.5, got 'a lot'"]),
        ("recipe,ingredient,quantity,unit\nX,GIN-1,1,shot",
         ["row 2, column 'unit': unknown unit 'shot'; expected one of ml, cl, oz, dash, "
          "barspoon, drop, g, pcs"]),
        ("recipe,ingredient,quantity,unit,channel\nX,GIN-1,1,ml,window",
         ["row 2, column 'channel': expected takeaway or speakeasy, got 'window'"]),
        ("recipe,ingredient,quantity,unit,yield_quantity\nX,GIN-1,1,ml,lots",
         ["row 2, column 'yield_quantity': expected a yield such as 1000, in the item's unit, "
          "got 'lots'"]),
        ("recipe,ingredient,quantity,unit\nX,GIN-1,,ml\nX,,2,",
         ["row 2, column 'quantity': an ingredient line needs a quantity such as 22.5",
          "row 3, column 'ingredient': an ingredient line needs the SKU of its ingredient",
          "row 3, column 'unit': an ingredient line needs a unit (ml, cl, oz, dash, barspoon, "
          "drop, g, pcs)"]),
        ("recipe,price,ingredient,quantity,unit\nX,10,GIN-1,1,ml\nx,11,CUP,1,pcs\nX,10,LID,1,pcs",
         ["row 3, column 'price': X has price 10 on row 2; a recipe's fields must agree on "
          "every row, got 11"]),
        ("recipe,pos_name,ingredient,quantity,unit\nX,A|B,GIN-1,1,ml\nX,B|A,CUP,1,pcs",
         ["row 3, column 'pos_name': X has pos_name 'A|B' on row 2; a recipe's fields must "
          "agree on every row, got 'B|A'"]),
        ("recipe,ingredient,quantity,unit\n\n\nX,GIN-1,1,oz\nY,GIN-1,abc,ml",
         ["row 5, column 'quantity': expected a quantity such as 22.5, got 'abc'"]),
    ],
)  # fmt: skip
def test_malformed_files(tmp_path: Path, text: str, errors: list[str]) -> None:
    with pytest.raises(ImportErrors) as caught:
        parse_recipes(csv_file(tmp_path, text))
    assert [str(e) for e in caught.value.errors] == errors
    assert str(caught.value).startswith("recipes.csv: ")
