"""ui/supplier_operations.py: the suppliers read, a save heard by the Orders page."""

from __future__ import annotations

from dataclasses import replace

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.ui.context import AppContext, Change, Changes
from inventory_app.ui.supplier_operations import load_suppliers, save_supplier_details
from tests.ui.conftest import DEMO_OWNER


def test_a_save_is_one_change_of_the_catalogue_and_the_orders(demo_db: Database) -> None:
    owner = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes())
    heard: list[Change] = []
    owner.changes.changed.connect(heard.append)
    laguna = next(r for r in load_suppliers(demo_db) if r.spec.name == "Laguna Spirits Srl")
    assert laguna.spec.vat_number == "IT05550142029"  # the demo's, with its check digit
    moved = replace(laguna.spec, address="Calle Larga 8\n30121 Venezia VE")
    assert save_supplier_details(owner, spec=moved) is None
    wrong = save_supplier_details(owner, spec=replace(moved, vat_number="IT05550142028"))
    assert isinstance(wrong, InputError) and wrong.column == "vat_number"
    bartender = AppContext(database=demo_db, user="giulia", changes=Changes())
    assert isinstance(save_supplier_details(bartender, spec=laguna.spec), PermissionDenied)
    again = next(r for r in load_suppliers(demo_db) if r.spec.name == "Laguna Spirits Srl")
    assert again.spec == moved
    assert heard == [Change.ITEMS | Change.ORDERS]
