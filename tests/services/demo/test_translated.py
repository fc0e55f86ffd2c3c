"""The demo bar in Italian: its words from one table, its figures from the English files."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Movement, Recipe, Supplier
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import ITALIAN, set_language
from inventory_app.resources import resource_path
from inventory_app.services.catalogue.items import location_names
from inventory_app.services.demo.bar import load_demo, load_demo_suppliers
from inventory_app.services.demo.empty_bar import demo_if_empty
from inventory_app.services.demo.translated import COLUMNS, words
from inventory_app.services.settings import bar_language
from inventory_app.services.views.stock import stock_rows
from tests.conftest import AUTHOR, add_people

# Words the demo files hold that must have their Italian (item names are brands, but not
# a house prep's flask): (file, column, the rows it counts in).
MUST = (
    ("locations.csv", "name", "place", lambda row: True),
    ("catalogue.csv", "category", "category", lambda row: True),
    ("catalogue.csv", "location", "place", lambda row: True),
    ("catalogue.csv", "notes", "note", lambda row: True),
    ("catalogue.csv", "name", "item", lambda row: row["kind"] == "flask"),
    ("recipes.csv", "recipe", "prep", lambda row: row["kind"] == "prep"),
    ("recipes.csv", "notes", "note", lambda row: True),
)


def demo_rows(name: str) -> list[dict[str, str]]:
    with resource_path("demo", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_category_place_prep_and_note_of_the_demo_has_its_italian() -> None:
    """A demo that grows a shelf, a category, a prep or a note without its Italian fails here."""
    table = words(ITALIAN)
    lacking = [
        f"{file} {column}: {row[column]!r}"
        for file, column, kind, counts in MUST
        for row in demo_rows(file)
        if row[column] and counts(row) and (kind, row[column]) not in table
    ]
    assert not lacking, "\n".join(lacking)
    assert all(text.strip() for text in table.values())


def test_the_table_holds_no_word_the_demo_no_longer_has() -> None:
    used = {
        (kind, row[column])
        for file, columns in COLUMNS.items()
        for column, kind in columns.items()
        for row in demo_rows(file)
    }
    assert sorted(set(words(ITALIAN)) - used) == []


@pytest.fixture
def english_bar(db: Database) -> Database:
    with db.transaction() as s:
        load_demo(s, author=AUTHOR)
    return db


@pytest.fixture
def italian_bar(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'bar-it.sqlite3'}")
    add_people(database)
    with database.transaction() as s:
        load_demo(s, author=AUTHOR, language=ITALIAN)
    yield database
    database.dispose()


def test_the_italian_demo_has_italian_shelves_categories_and_preps(italian_bar: Database) -> None:
    with italian_bar.sessions() as s:
        rows = {row.sku: row for row in stock_rows(s)}
        assert location_names(s)[:3] == ["Rastrelliera flaconi", "Sotto il banco", "Frigo"]
        assert "Bottigliera, ripiano 1" in location_names(s)
        preps = set(s.scalars(select(Recipe.name).where(Recipe.kind == "prep")))
        notes = {r.name: r.notes for r in s.scalars(select(Recipe))}
        levels = s.scalars(select(Movement.note).where(Movement.bottle_id.is_not(None))).all()
    assert rows["FLK-SIMPLE"].name == "Sciroppo semplice 1:1"
    assert (rows["FLK-SIMPLE"].category, rows["FLK-SIMPLE"].location) == (
        "Preparazioni della casa", "Rastrelliera flaconi"
    )  # fmt: skip
    assert (rows["DRY-SUGAR"].category, rows["DRY-SUGAR"].location) == ("Dispensa", "Magazzino")
    assert rows["TA-CUP12"].category == "Asporto"
    assert "Sciroppo semplice" in preps and "Simple syrup" not in preps
    assert notes["Negroni"] == "la versione della casa; scorza d'arancia"  # brands stay
    assert rows["WHI-LAG16"].name == "Lagavulin 16 Year Old"
    assert "livello della bottiglia aperta" in " ".join(note or "" for note in levels)


def test_the_italian_demo_has_the_same_figures_as_the_english_one(
    english_bar: Database, italian_bar: Database
) -> None:
    def figures(database: Database) -> dict[str, tuple[object, ...]]:
        with database.sessions() as s:
            return {
                r.sku: (r.kind, r.unit, r.size, r.on_hand, r.par, r.reorder_at, r.status,
                        r.supplier, r.cost, r.barcodes, r.walk_order)
                for r in stock_rows(s)
            }  # fmt: skip

    english, italian = figures(english_bar), figures(italian_bar)
    assert english == italian
    assert len(english) == 69


def test_a_supplier_reading_english_is_one_in_every_demo(italian_bar: Database) -> None:
    with italian_bar.sessions() as s:
        languages = {
            name: language for name, language in s.execute(select(Supplier.name, Supplier.language))
        }
    assert languages == {
        "Laguna Spirits Srl": None, "Bevande Rialto Distribuzione": None,
        "Packaging Nord Est": "en",
    }  # fmt: skip


@pytest.mark.usefixtures("italian")
def test_a_new_bar_in_italian_gets_the_italian_demo_and_keeps_italian(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'nuovo.sqlite3'}")
    add_people(database)
    with database.transaction() as s:
        said = demo_if_empty(s, author=AUTHOR)
    assert said.startswith("bar demo caricato: 69 articoli")
    set_language("en")  # this computer speaks English later: the bar's documents stay Italian
    with database.sessions() as s:
        assert "Frigo" in location_names(s)
        assert bar_language(s) == ITALIAN
    database.dispose()


@pytest.mark.parametrize(
    ("cell", "accepted"), [("it", "it"), ("EN", "en"), ("", None), ("de", None), ("english", None)]
)
def test_the_suppliers_file_takes_it_en_or_nothing(
    db: Database, tmp_path: Path, cell: str, accepted: str | None
) -> None:
    path = tmp_path / "suppliers.csv"
    path.write_text(f"name,lead_time_days,language\nLaguna,2,\nRialto,1,{cell}\n", encoding="utf-8")
    if cell in ("de", "english"):
        with pytest.raises(InputError) as refused, db.transaction() as s:
            load_demo_suppliers(s, path, author=AUTHOR)
        (wrong,) = refused.value.errors  # type: ignore[attr-defined]
        assert (wrong.file, wrong.row, wrong.column) == ("suppliers.csv", 3, "language")
        with db.sessions() as s:
            assert s.scalars(select(Supplier)).all() == []  # nothing of the file was kept
        return
    with db.transaction() as s:
        load_demo_suppliers(s, path, author=AUTHOR)
    with db.sessions() as s:
        assert s.scalar(select(Supplier.language).where(Supplier.name == "Rialto")) == accepted
