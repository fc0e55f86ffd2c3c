"""The catalogue import's bulk path writes what `save_item` would, row for row.

New SKUs are checked row by row and written with one executemany per table
(services/catalogue/bulk.py); these hold that the result is the one the dialog's path
gives: the same stored item, the same `create` audit entry, the same refusals.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Location, Supplier
from inventory_app.domain.errors import ImportErrors
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.io.catalogue_file import parse_catalogue
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.imports.catalogue import import_catalogue
from tests.conftest import AUTHOR, make_item
from tests.services.imports.test_catalogue import dump, run_import, write

ROW = "GIN-2, Tanqueray Ten ,Gin,700,31.50,4,2,5000281000237|5000281000244,laguna,Back wall,2\n"
HEADER = "sku,name,category,size,cost,par,reorder_at,barcode,supplier,location,on_hand\n"


def _after(db: Database, sku: str) -> dict[str, object]:
    with db.reading() as s:
        item = catalogue.find_item(s, sku)
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "item", AuditEntry.entity_id == str(item.id)
            )
        ).one()
        assert (entry.action, entry.author, entry.label) == ("create", AUTHOR, f"{sku} {item.name}")
        return json.loads(entry.after or "")


def test_a_new_row_is_stored_and_audited_as_save_item_stores_it(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        make_item(s, "VER-1", name="Vermouth", supplier="Laguna")
    path = write(tmp_path, HEADER + ROW)
    run_import(db, path)
    [line] = parse_catalogue(path)
    other = {"sku": "GIN-3", "barcodes": ("1", "2")}  # the dialog's path, the same row
    with db.transaction() as s:
        catalogue.save_item(s, ItemSpec(**{**line.spec.given(), **other}), author=AUTHOR)
    bulk, single = _after(db, "GIN-2"), _after(db, "GIN-3")
    assert {**bulk, "sku": "GIN-3", "barcodes": ["1", "2"]} == single
    assert bulk["name"] == "Tanqueray Ten" and bulk["supplier"] == "Laguna"  # stripped, reused
    assert bulk["barcodes"] == ["5000281000237", "5000281000244"]
    with db.reading() as s:
        assert s.scalars(select(Supplier.name)).all() == ["Laguna"]
        assert s.scalars(select(Location.name)).all() == ["Back wall"]


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        (
            "GIN-2,A,Gin,700,,,,111,,,\nRUM-2,B,Rum,700,,,,111,,,\n",
            "row 3, column 'barcode': barcode 111 already belongs to GIN-2",
        ),
        (
            "GIN-2,A,Gin,700,,,,222,,,\n",
            "row 2, column 'barcode': barcode 222 already belongs to OLD-1",
        ),
        ("NEW-1,,Gin,700,,,,,,,\n", "row 2, column 'name': expected a name"),
    ],
)
def test_a_refused_new_row_is_named_and_nothing_is_written(
    db: Database, tmp_path: Path, rows: str, problem: str
) -> None:
    with db.transaction() as s:
        make_item(s, "OLD-1", name="Old", barcodes=("222",))
    before = dump(db)
    with pytest.raises(ImportErrors) as refused, db.transaction() as s:
        import_catalogue(s, write(tmp_path, HEADER + rows), author=AUTHOR)
    assert problem in str(refused.value)
    assert dump(db) == before


def test_known_skus_are_found_without_case_and_new_ones_added_beside_them(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        make_item(s, "GIN-1", name="Gin")
    summary = run_import(db, write(tmp_path, HEADER + "gin-1,Gin old tom,,,,,,,,,\n" + ROW))
    assert (summary.added, summary.updated, summary.level_changes) == (1, 1, 1)
    with db.reading() as s:
        assert catalogue.find_item(s, "GIN-1").name == "Gin old tom"
        assert catalogue.find_item(s, "5000281000244").sku == "GIN-2"


def test_the_cycle_collector_is_back_on_after_an_import_done_or_refused(
    db: Database, tmp_path: Path
) -> None:
    """The import holds the collector back while it keeps its rows (support/collector.py)."""
    assert gc.isenabled()
    run_import(db, write(tmp_path, HEADER + ROW))
    assert gc.isenabled()
    with pytest.raises(ImportErrors), db.transaction() as s:
        import_catalogue(s, write(tmp_path, HEADER + "NEW-1,,Gin,700,,,,,,,\n"), author=AUTHOR)
    assert gc.isenabled()
