"""Catalogue import: adds and updates, levels through the ledger, all or nothing, idempotent."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Base, ImportRecord, Movement
from inventory_app.domain.allergens import Allergen
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.imports.catalogue import ImportSummary, import_catalogue
from inventory_app.services.ledger import movements as stock
from tests.conftest import AUTHOR, make_item

D = Decimal
CATALOGUE = (
    "sku,name,category,size,cost,par,reorder_at,barcode,supplier,location,on_hand\n"
    "GIN-1,Tanqueray,Gin,700,17.90,6,2,5000281000220,Laguna,Back wall shelf 1,3.5\n"
    "VER-1,Carpano Antica,Vermouth,1000,24.00,3,1,,Rialto,Fridge,\n"
    "CUP-12,Cup 12 oz,Take-away,1,0.18,1500,600,,,Storeroom,1850\n"
)


def write(tmp_path: Path, text: str, name: str = "catalogue.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(db: Database, path: Path) -> ImportSummary:
    with db.transaction() as s:
        return import_catalogue(s, path, author=AUTHOR)


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove a failed import changed nothing."""
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
            for t in Base.metadata.sorted_tables
        }


def movements(s: Session) -> list[tuple[str, Decimal, str, str, str]]:
    rows = s.scalars(select(Movement).order_by(Movement.id))
    return [(m.item.sku, m.delta, m.reason, m.reference, m.author) for m in rows]


def test_import_adds_items_and_counts_levels(db: Database, tmp_path: Path) -> None:
    summary = run_import(db, write(tmp_path, CATALOGUE))
    assert (summary.added, summary.updated, summary.unchanged, summary.level_changes) == (
        3,
        0,
        0,
        2,
    )
    with db.sessions() as s:
        gin = catalogue.find_item(s, "5000281000220")
        assert (gin.sku, gin.cost, gin.par, gin.supplier.name, gin.location.name) == (  # type: ignore[union-attr]
            "GIN-1",
            D("17.90"),
            D(6),
            "Laguna",
            "Back wall shelf 1",
        )
        ref = f"import:{summary.import_id}"
        assert movements(s) == [
            ("GIN-1", D(2450), "count", ref, AUTHOR),
            ("CUP-12", D(1850), "count", ref, AUTHOR),
        ]
        record = s.get_one(ImportRecord, summary.import_id)
        assert (record.kind, record.filename, record.rows, record.author) == (
            "catalogue",
            "catalogue.csv",
            3,
            AUTHOR,
        )


def test_partial_file_updates_only_its_columns(db: Database, tmp_path: Path) -> None:
    run_import(db, write(tmp_path, CATALOGUE))
    with db.sessions() as s:
        before = catalogue.item_spec(catalogue.find_item(s, "GIN-1"))
    summary = run_import(db, write(tmp_path, "sku,cost\nGIN-1,€19.50\nVER-1,24\n", "prices.csv"))
    assert (summary.added, summary.updated, summary.unchanged, summary.level_changes) == (
        0,
        1,
        1,
        0,
    )
    with db.sessions() as s:
        after = catalogue.item_spec(catalogue.find_item(s, "GIN-1"))
        assert stock.on_hand(s, catalogue.find_item(s, "GIN-1").id) == D(2450)
    assert after == replace(before, cost=D("19.50"))


def test_on_hand_sets_the_level_by_a_count(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        item = make_item(s, "GIN-1", name="Gin")
        stock.record_movement(s, item, D(1400), Reason.RECEIVE, author=AUTHOR)
    summary = run_import(db, write(tmp_path, "sku,on_hand\nGIN-1,0.25\n"))
    with db.sessions() as s:
        assert stock.on_hand(s, item) == D(175)
        assert movements(s)[-1] == (
            "GIN-1",
            D(-1225),
            "count",
            f"import:{summary.import_id}",
            AUTHOR,
        )


def test_the_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, CATALOGUE)
    first = run_import(db, path)
    before = dump(db)
    again = run_import(db, path)
    assert (again.added, again.updated, again.unchanged, again.level_changes) == (0, 0, 3, 0)
    assert again.repeat_of == first.import_id
    after = dump(db)
    # Decision: every import is logged (who imported what, when); nothing else moves.
    assert len(after.pop("imports")) == len(before.pop("imports")) + 1
    assert after == before


def test_a_repeated_file_does_not_undo_sales_since(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, CATALOGUE)
    run_import(db, path)
    with db.transaction() as s:
        stock.adjust(s, "GIN-1", D(-40), Unit.ML, Reason.WASTE, author=AUTHOR)
    assert run_import(db, path).level_changes == 0
    with db.sessions() as s:
        assert stock.on_hand(s, catalogue.find_item(s, "GIN-1").id) == D(2410)


def test_a_new_count_in_a_changed_file_is_applied(db: Database, tmp_path: Path) -> None:
    run_import(db, write(tmp_path, CATALOGUE))
    summary = run_import(db, write(tmp_path, "sku,on_hand\nGIN-1,3.5\nCUP-12,1000\n", "count.csv"))
    assert (summary.unchanged, summary.level_changes, summary.repeat_of) == (2, 1, None)


NEW_NEEDS_NAME = "expected a name: SKU 'NEW-1' is new to the catalogue"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("sku,cost\nNEW-1,12\n", f"row 2, column 'name': {NEW_NEEDS_NAME}"),
        ("sku,name\nNEW-1,\n", f"row 2, column 'name': {NEW_NEEDS_NAME}"),
        (
            "sku,name,barcode\nNEW-1,New,111\n",
            "row 2, column 'barcode': barcode 111 already belongs to OLD-1",
        ),
        (
            "sku,name,barcode\nNEW-1,New,222\nNEW-2,Other,222\n",
            "row 3, column 'barcode': barcode 222 already belongs to NEW-1",
        ),
        (
            "sku,unit\nOLD-1,g\n",
            "row 2, column 'unit': OLD-1 already has stock in ml; its unit cannot change",
        ),
        (
            "sku,reorder_at\nOLD-1,5\n",
            "row 2, column 'reorder_at': the reorder point (5) is above the par (4)",
        ),
        (
            "sku,full_g\nOLD-1,400\n",
            "row 2, column 'full_g': the full weight (400 g) must be above the empty one (550 g)",
        ),
        (
            "sku,name,on_hand\nNEW-1,New,2\nOLD-1,,x\n",
            "row 3, column 'on_hand': expected a number of containers such as 3 or 0.4, got 'x'",
        ),
        (
            "sku,name,cost,on_hand\nNEW-2,New,1,2\nNEW-1,,1,1\nOLD-1,,2,9\n",
            f"row 3, column 'name': {NEW_NEEDS_NAME}",
        ),
        (
            "sku,name,allergens\nNEW-1,Orgeat,frutta a guscio\nOLD-1,,uova|glutten\n",
            "row 3, column 'allergens': 'glutten' is none of the 14 allergens: give their "
            "names or numbers 1-14 separated by |, such as uova|latte or 3|7",
        ),
    ],
)
def test_a_bad_file_changes_nothing(db: Database, tmp_path: Path, text: str, error: str) -> None:
    with db.transaction() as s:
        old = make_item(s, "OLD-1", barcodes=("111",), par=D(4), tare_g=D(550), full_g=D(1215))
        stock.record_movement(s, old, D(700), Reason.RECEIVE, author=AUTHOR)
    before = dump(db)
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_catalogue(s, write(tmp_path, text), author=AUTHOR)
    assert [str(e) for e in caught.value.errors] == [error]
    assert str(caught.value).startswith("catalogue.csv: ")
    assert dump(db) == before


def test_allergens_set_kept_and_changed_by_the_file(db: Database, tmp_path: Path) -> None:
    """New and known items alike; a file without the column leaves them as they are."""
    with db.transaction() as s:
        make_item(s, "VER-1", name="Vermouth")
    run_import(db, write(tmp_path, "sku,name,allergens\nVER-1,,solfiti\nEGG,Eggs,3\n"))
    run_import(db, write(tmp_path, "sku,name,cost\nVER-1,,12\nEGG,,0.3\n", "prices.csv"))
    with db.reading() as s:
        found = {sku: catalogue.item_spec(catalogue.find_item(s, sku)).allergens
                 for sku in ("VER-1", "EGG")}  # fmt: skip
        stored = catalogue.find_item(s, "EGG").allergens
    assert found == {"VER-1": (Allergen.SULPHITES,), "EGG": (Allergen.EGGS,)}
    assert stored == "eggs"
    run_import(db, write(tmp_path, "sku,allergens\nVER-1,\nEGG,uova|latte\n", "third.csv"))
    with db.reading() as s:
        assert catalogue.item_spec(catalogue.find_item(s, "EGG")).allergens == (
            Allergen.EGGS, Allergen.MILK,
        )  # fmt: skip
        # A blank cell gives nothing: the vermouth keeps its sulphites.
        assert catalogue.item_spec(catalogue.find_item(s, "VER-1")).allergens == (
            Allergen.SULPHITES,
        )
