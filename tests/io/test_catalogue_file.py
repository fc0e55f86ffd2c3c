"""The catalogue file: every column read exactly, every bad cell named by row and column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.catalogue import ItemKind, Tracking
from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import BaseUnit
from inventory_app.io.catalogue_file import COLUMNS, CatalogueLine, parse_catalogue

D = Decimal
FULL_HEADER = ",".join(COLUMNS)


def csv_file(tmp_path: Path, text: str, name: str = "catalogue.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_column(tmp_path: Path) -> None:
    text = (
        f"{FULL_HEADER}\n"
        "WHI-1,Lagavulin 16,Whisky,Bottle,ML,700,Laguna,LS-1,6,€62.00,2,1,5000299050132|500,"
        "Back wall shelf 2,575,1240,0.95,30,serial,0.6,sipped,Solfiti|uova|3\n"
    )
    [line] = parse_catalogue(csv_file(tmp_path, text))
    assert line == CatalogueLine(
        row=2,
        spec=ItemSpec(
            sku="WHI-1",
            name="Lagavulin 16",
            category="Whisky",
            kind=ItemKind.BOTTLE,
            unit=BaseUnit.ML,
            size=D(700),
            supplier="Laguna",
            supplier_code="LS-1",
            pack_size=6,
            cost=D("62.00"),
            par=D(2),
            reorder_at=D(1),
            barcodes=("5000299050132", "500"),
            location="Back wall shelf 2",
            tare_g=D(575),
            full_g=D(1240),
            density=D("0.95"),
            shelf_life_days=30,
            tracking=Tracking.SERIAL,
            notes="sipped",
            allergens=(Allergen.EGGS, Allergen.SULPHITES),
        ),
        on_hand_containers=D("0.6"),
    )


def test_blank_cells_and_missing_columns_are_not_given(tmp_path: Path) -> None:
    lines = parse_catalogue(csv_file(tmp_path, "sku,name,cost,par\nGIN-1,,,\nGIN-2,Gin,12.5,\n"))
    assert [(ln.spec, ln.on_hand_containers) for ln in lines] == [
        (ItemSpec(sku="GIN-1"), None),
        (ItemSpec(sku="GIN-2", name="Gin", cost=D("12.5")), None),
    ]


@pytest.mark.parametrize("cost", ["12.50", "12,50", "€12.50", "12,50 €", "EUR 12.50"])
def test_prices_as_bars_write_them(tmp_path: Path, cost: str) -> None:
    [line] = parse_catalogue(csv_file(tmp_path, f'sku;cost\nGIN-1;"{cost}"\n'))
    assert line.spec.cost == D("12.50")


@pytest.mark.parametrize(
    ("cell", "allergens"),
    [
        ("uova|latte", (Allergen.EGGS, Allergen.MILK)),
        ("3|7", (Allergen.EGGS, Allergen.MILK)),
        (" MILK | Eggs ", (Allergen.EGGS, Allergen.MILK)),
        ("frutta a guscio|FRUTTA-A-GUSCIO|8", (Allergen.NUTS,)),
        ("Sédano|anidride  solforosa e solfiti", (Allergen.CELERY, Allergen.SULPHITES)),
        ("14|1|Semi di sesamo", (Allergen.GLUTEN, Allergen.SESAME, Allergen.MOLLUSCS)),
        ("|", ()),
    ],
)
def test_allergens_by_name_or_number(tmp_path: Path, cell: str, allergens: tuple[Allergen]) -> None:
    [line] = parse_catalogue(csv_file(tmp_path, f'sku,allergens\nORGEAT,"{cell}"\n'))
    assert line.spec.allergens == allergens


def test_xlsx_catalogue(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "Name", "Cost", "Size", "Pack_size", "On_hand", "Barcode"])
    sheet.append(["GIN-1", "Tanqueray", 17.9, 700, 6.0, 0.3, 5000281000220])
    book.save(tmp_path / "catalogue.xlsx")
    [line] = parse_catalogue(tmp_path / "catalogue.xlsx")
    assert (line.spec.cost, line.spec.size, line.spec.pack_size) == (D("17.9"), D(700), 6)
    assert (line.on_hand_containers, line.spec.barcodes) == (D("0.3"), ("5000281000220",))


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        ("cost", "abc", "expected a price such as 12.50, got 'abc'"),
        ("cost", "-3", "expected a price of zero or more, got '-3'"),
        ("kind", "bottel", "expected bottle, flask or consumable, got 'bottel'"),
        ("unit", "cl", "expected ml, g or pcs, got 'cl'"),
        ("size", "-700", "expected a container size above zero, got -700"),
        ("size", "0", "expected a container size above zero, got 0"),
        ("size", "big", "expected a container size such as 700, got 'big'"),
        ("pack_size", "2.5", "expected a whole number such as 6, got '2.5'"),
        ("pack_size", "0", "expected a pack size of 1 or more, got 0"),
        ("par", "x", "expected a number of containers such as 2 or 1.5, got 'x'"),
        ("par", "-1", "expected zero or more, got -1"),
        ("tare_g", "heavy", "expected a weight in grams such as 520, got 'heavy'"),
        ("tracking", "lot", "expected bulk or serial, got 'lot'"),
        ("density", "heavy", "expected a density in g/ml such as 0.94, got 'heavy'"),
        ("density", "0", "expected a density above zero in g/ml such as 0.94, got 0"),
        ("shelf_life_days", "1.5", "expected a whole number such as 6, got '1.5'"),
        ("shelf_life_days", "0", "expected a shelf life of 1 day or more, got 0"),
        ("on_hand", "-1", "expected zero or more containers, got '-1'"),
        ("on_hand", "lots", "expected a number of containers such as 3 or 0.4, got 'lots'"),
        ("barcode", "800 123", "a barcode is one word without spaces, got '800 123'"),
        (
            "allergens",
            "uova|noodles",
            "'noodles' is none of the 14 allergens: give their names or numbers 1-14 "
            "separated by |, such as uova|latte or 3|7",
        ),
        (
            "allergens",
            "15",
            "'15' is none of the 14 allergens: give their names or numbers 1-14 "
            "separated by |, such as uova|latte or 3|7",
        ),
    ],
)
def test_bad_cell(tmp_path: Path, column: str, cell: str, message: str) -> None:
    path = csv_file(tmp_path, f"sku,name,{column}\nGIN-1,Gin,{cell}\n")
    with pytest.raises(ImportErrors) as caught:
        parse_catalogue(path)
    assert caught.value.file == "catalogue.csv"
    assert [str(e) for e in caught.value.errors] == [f"row 2, column '{column}': {message}"]


KNOWN = ", ".join(COLUMNS)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (
            "sku,name,par,reorder_at\nGIN-1,Gin,2,3",
            ["row 2, column 'reorder_at': the reorder point (3) is above the par (2)"],
        ),
        (
            "sku,name,tare_g,full_g\nGIN-1,Gin,600,500",
            ["row 2, column 'full_g': the full weight (500 g) must be above the empty one (600 g)"],
        ),
        (
            "sku,name\nGIN-1,Gin\nGIN-1,Gin",
            ["row 3, column 'sku': SKU 'GIN-1' already appears on row 2"],
        ),
        ("sku,name\n,Gin", ["row 2, column 'sku': a SKU is required"]),
        (
            "sku,name\nGIN 1,Gin",
            ["row 2, column 'sku': a SKU is one word of at most 64 characters, without spaces"],
        ),
        ("name,cost\nGin,1", ["row 1: the required column 'sku' is missing"]),
        ("sku,name,sku\nGIN-1,Gin,X", ["row 1, column 'sku': the column appears twice"]),
        (
            "sku,name,colour\nGIN-1,Gin,red",
            [f"row 1, column 'colour': unknown column; the columns are {KNOWN}"],
        ),
        (
            "sku,name,cost\n\n\nGIN-1,Gin,abc",
            ["row 4, column 'cost': expected a price such as 12.50, got 'abc'"],
        ),
        (
            "sku,name,kind,cost\nGIN-1,Gin,bottel,abc\nGIN-2,Gin,flask,1\nGIN-3,Gin,,-2",
            [
                "row 2, column 'kind': expected bottle, flask or consumable, got 'bottel'",
                "row 2, column 'cost': expected a price such as 12.50, got 'abc'",
                "row 4, column 'cost': expected a price of zero or more, got '-2'",
            ],
        ),
    ],
)
def test_bad_rows_and_headers(tmp_path: Path, text: str, errors: list[str]) -> None:
    with pytest.raises(ImportErrors) as caught:
        parse_catalogue(csv_file(tmp_path, text + "\n"))
    assert [str(e) for e in caught.value.errors] == errors


def test_the_whole_message_names_the_file(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "sku,cost\nGIN-1,abc\n", name="my bar.csv")
    with pytest.raises(ImportErrors) as caught:
        parse_catalogue(path)
    assert str(caught.value) == (
        "my bar.csv: 1 problem; nothing was imported:\n"
        "  row 2, column 'cost': expected a price such as 12.50, got 'abc'"
    )


def test_in_italian_every_bad_cell_is_explained_in_italian(italian: None, tmp_path: Path) -> None:
    """The owner's file keeps its English column names; what is wrong with it reads Italian."""
    text = "sku,name,kind,on_hand,notes\nGIN-1,Gin,bottiglia,-2,\nGIN-1,Gin,bottle,1,\n"
    with pytest.raises(ImportErrors) as caught:
        parse_catalogue(csv_file(tmp_path, text))
    assert [(e.row, e.column, e.detail) for e in caught.value.errors] == [
        (2, "kind", "atteso bottle, flask o consumable, trovato 'bottiglia'"),
        (2, "on_hand", "servono zero o più contenitori, non '-2'"),
        (3, "sku", "lo SKU 'GIN-1' c'è già alla riga 2"),
    ]
    with pytest.raises(ImportErrors) as caught:
        parse_catalogue(csv_file(tmp_path, "name,colore\nGin,blu\n"))
    assert [(e.column, e.detail) for e in caught.value.errors] == [
        ("colore", "colonna sconosciuta; le colonne sono " + ", ".join(COLUMNS)),
        (None, "manca la colonna obbligatoria 'sku'"),
    ]


@pytest.mark.usefixtures("italian")
@pytest.mark.parametrize(
    ("on_hand", "message"),
    [
        ("-1", "servono zero o più contenitori, non '-1'"),
        ("abc", "serve un numero di confezioni come 3 o 0,4, non 'abc'"),
    ],
)
def test_a_refused_on_hand_reads_in_italian(tmp_path: Path, on_hand: str, message: str) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_text(f"sku,name,on_hand\nGIN-X,Gin X,{on_hand}\n", encoding="utf-8")
    with pytest.raises(ImportErrors) as refused:
        parse_catalogue(path)
    assert message in str(refused.value)
