"""`import modifiers`: every rule of the sheet or none, and the same sheet twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, ImportRecord, ModifierRule
from inventory_app.domain.errors import ImportErrors, PermissionDenied
from inventory_app.services.imports.modifiers import export_modifiers, import_modifiers
from inventory_app.services.recipes.modifiers import modifier_rules
from tests.conftest import make_item
from tests.services.sales_fixtures import make_bar, write

HEADER = "modifier,recipe,action,ingredient,with,quantity,unit,factor\n"
SHEET = HEADER + (
    "Double,,scale,,,,,2\n"
    "Sipsmith,negroni,replace,gin,SIPS,,,\n"
    "Extra Campari,,add,CAMPARI,,1,cl,\n"
    "Senza ghiaccio,,ignore,,,,,\n"
)


@pytest.fixture
def bar(db: Database) -> None:
    with db.transaction() as s:
        make_bar(s)
        make_item(s, "SIPS")


def changed(db: Database) -> tuple[int, int, int]:
    """Rules, their audit entries and import records."""
    with db.sessions() as s:
        return (
            s.scalar(select(func.count()).select_from(ModifierRule)) or 0,
            s.scalar(select(func.count()).where(AuditEntry.entity == "modifier_rule")) or 0,
            s.scalar(select(func.count()).where(ImportRecord.kind == "modifiers")) or 0,
        )


def test_a_sheet_imported_twice_changes_nothing_the_second_time(
    db: Database, bar: None, tmp_path: Path
) -> None:
    path = write(tmp_path / "modifiers.csv", SHEET)
    with db.transaction() as s:
        done = import_modifiers(s, path, author="owner")
    assert (done.added, done.replaced, done.unchanged) == (4, 0, 0)
    assert changed(db) == (4, 4, 1)
    with db.transaction() as s:
        again = import_modifiers(s, path, author="owner")
    assert (again.added, again.replaced, again.unchanged, again.import_id) == (0, 0, 4, None)
    assert changed(db) == (4, 4, 1)
    out = tmp_path / "out.csv"
    with db.transaction() as s:
        assert export_modifiers(s, out) == 4
        assert import_modifiers(s, out, author="owner").unchanged == 4
        assert [r.spec.recipe for r in modifier_rules(s)] == [None, None, None, "Negroni"]
    assert changed(db) == (4, 4, 1)
    edited = write(tmp_path / "edited.csv", HEADER + "Double,,scale,,,,,3\nLarge,,scale,,,,,1.5\n")
    with db.transaction() as s:
        done = import_modifiers(s, edited, author="owner")
    assert (done.added, done.replaced, done.unchanged) == (1, 1, 0)
    assert changed(db) == (5, 6, 2)


def test_a_bad_row_changes_nothing(db: Database, bar: None, tmp_path: Path) -> None:
    path = write(tmp_path / "modifiers.csv", SHEET + "Oat milk,Latte,replace,MILK,OAT,,,\n")
    with pytest.raises(ImportErrors) as caught, db.transaction() as s:
        import_modifiers(s, path, author="owner")
    assert [str(p) for p in caught.value.errors] == [
        "row 6, column 'recipe': no recipe 'Latte'",
        "row 6, column 'ingredient': no item with SKU 'MILK'",
        "row 6, column 'with': no item with SKU 'OAT'",
    ]
    assert changed(db) == (0, 0, 0)


def test_only_the_owner_imports_rules(db: Database, bar: None, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        import_modifiers(s, write(tmp_path / "m.csv", SHEET), author="giulia")
    assert changed(db) == (0, 0, 0)
