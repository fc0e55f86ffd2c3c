"""A suppliers file: every supplier with their address and P.IVA, all of them or none, each
bad cell named by file, row and column; the same file twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Supplier
from inventory_app.domain.errors import ImportErrors, PermissionDenied
from inventory_app.services.catalogue.places import SupplierSpec, save_supplier
from inventory_app.services.imports.suppliers import import_suppliers
from tests.conftest import AUTHOR

HEADER = "name,contact,email,phone,lead_time_days,order_days,language,address,vat_number,notes\n"
GOOD = HEADER + (
    'Laguna Spirits,Marco,ordini@laguna.example,+39 041 555 0200,2,Mon;Thu,,"Via della Pila 40\n'
    '30175 Marghera VE",IT05550200025,cut-off 11:30\n'
    "Rialto,Giulia,orders@rialto.example,,1,Wed,en,Ruga dei Spezieri 3,05550100019,\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "suppliers.csv"
    path.write_text(text, encoding="utf-8")
    return path


def suppliers(db: Database) -> list[tuple[str, str, str, str, int]]:
    with db.sessions() as s:
        rows = s.execute(
            select(Supplier.name, Supplier.address, Supplier.vat_number, Supplier.notes,
                   Supplier.lead_time_days).order_by(Supplier.name)
        )  # fmt: skip
        return [tuple(r) for r in rows]  # type: ignore[misc]


def audited(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).where(AuditEntry.entity == "supplier")) or 0


def test_every_supplier_comes_in_with_address_and_p_iva(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    with db.transaction() as s:
        assert import_suppliers(s, path, author=AUTHOR) == 2
    assert suppliers(db) == [
        ("Laguna Spirits", "Via della Pila 40\n30175 Marghera VE", "IT05550200025",
         "cut-off 11:30", 2),
        ("Rialto", "Ruga dei Spezieri 3", "05550100019", "", 1),
    ]  # fmt: skip
    entries = audited(db)
    with db.transaction() as s:  # the same file again: nothing to record
        import_suppliers(s, path, author=AUTHOR)
    assert audited(db) == entries == 2


def test_bad_cells_are_named_and_nothing_is_saved(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Laguna,,,,2,,,Via della Pila 40,IT05550200026,\n"
        + "Rialto,,orders at rialto,,soon,,de,,,\n",
    )
    with pytest.raises(ImportErrors) as refused, db.transaction() as s:
        import_suppliers(s, path, author=AUTHOR)
    found = [(e.file, e.row, e.column) for e in refused.value.errors]
    assert found == [("suppliers.csv", 2, "vat_number"), ("suppliers.csv", 3, "lead_time_days")]
    assert "check digit" in str(refused.value)
    assert suppliers(db) == [] and audited(db) == 0


def test_a_column_the_file_lacks_is_left_as_it_is(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        spec = SupplierSpec("Rialto", address="Ruga dei Spezieri 3", vat_number="05550100019")
        save_supplier(s, spec, author=AUTHOR)
    path = write(tmp_path, "name,lead_time_days\nrialto,4\n")
    with db.transaction() as s:
        import_suppliers(s, path, author=AUTHOR)
    assert suppliers(db) == [("Rialto", "Ruga dei Spezieri 3", "05550100019", "", 4)]


def test_only_the_owner_imports_suppliers(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        import_suppliers(s, write(tmp_path, GOOD), author="giulia")
    assert suppliers(db) == []
