"""The audit log: each kind of change is recorded and can be undone once, if still current."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Item, Location, Recipe, Supplier, User
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services import settings
from inventory_app.services.audit_log import entries as audit
from inventory_app.services.audit_log import values as audit_values
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.people import roster as people
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from inventory_app.services.undo import changes as undo_changes
from tests.conftest import make_item

D = Decimal
OWNER = "owner"


def last_change(s: Session) -> int:
    return s.scalars(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first() or 0


def changed(db: Database, change: Callable[[Session], object]) -> int:
    with db.transaction() as s:
        change(s)
        return last_change(s)


def undo(db: Database, entry_id: int, author: str = OWNER) -> int:
    with db.transaction() as s:
        return undo_changes.undo_change(s, entry_id, author=author)


@pytest.fixture
def bar(db: Database) -> Database:
    with db.transaction() as s:
        make_item(s, "GIN", name="Gin", cost=D("17.90"), barcodes=("800",), supplier="Laguna")
        make_item(s, "TONIC", name="Tonic", unit="pcs", size=D(1))
        recipes.save_recipe(s, RecipeSpec("Gin tonic", price=D(8), lines=(
            RecipeLineSpec("GIN", D(5), Unit.CL), RecipeLineSpec("TONIC", D(1), Unit.PCS),
        )), author=OWNER)  # fmt: skip
    return db


def item(db: Database, sku: str) -> ItemSpec:
    with db.reading() as s:
        found = catalogue.item_by_sku(s, sku)
        assert found is not None
        return catalogue.item_spec(found)


def test_an_item_edit_is_recorded_and_undone(bar: Database) -> None:
    spec = ItemSpec(sku="GIN", name="Tanqueray", cost=D("19.5"), barcodes=("801",), supplier="")
    entry = changed(bar, lambda s: catalogue.save_item(s, spec, author=OWNER))
    with bar.reading() as s:
        change = audit.get_change(s, entry)
    assert (change.entity, change.label, change.action) == ("item", "GIN Tanqueray", "update")
    assert change.before == {"barcodes": ["800"], "cost": "17.9", "name": "Gin",
                             "supplier": "Laguna"}  # fmt: skip
    assert change.after == {"barcodes": ["801"], "cost": "19.5", "name": "Tanqueray",
                            "supplier": ""}  # fmt: skip
    undone = undo(bar, entry)
    restored = item(bar, "GIN")
    assert (restored.name, restored.cost, restored.barcodes, restored.supplier) == (
        "Gin", D("17.9"), ("800",), "Laguna",
    )  # fmt: skip
    with bar.reading() as s:
        back = audit.get_change(s, undone)
    assert (back.action, back.undoes_id, back.before, back.after) == (
        "undo", entry, change.after, change.before,
    )  # fmt: skip
    with pytest.raises(InputError, match=f"change {entry} was already undone"):
        undo(bar, entry)
    with pytest.raises(InputError, match="is a undo; it cannot be undone"):
        undo(bar, undone)


def test_a_later_change_blocks_the_undo(bar: Database) -> None:
    first = changed(
        bar, lambda s: catalogue.save_item(s, ItemSpec("GIN", cost=D(20)), author=OWNER)
    )
    changed(bar, lambda s: catalogue.save_item(s, ItemSpec("GIN", cost=D(21)), author=OWNER))
    with pytest.raises(ConflictError, match="GIN Gin has been changed again since change"):
        undo(bar, first)
    assert item(bar, "GIN").cost == D(21)


def test_undo_a_new_item_retires_it(bar: Database) -> None:
    entry = changed(
        bar, lambda s: catalogue.save_item(s, ItemSpec("LIME", name="Lime"), author=OWNER)
    )
    undo(bar, entry)
    with bar.reading() as s:
        assert s.scalars(select(Item.active).where(Item.sku == "LIME")).one() is False


def test_undo_a_rename(bar: Database) -> None:
    def rename(s: Session) -> None:
        gin = catalogue.find_item(s, "GIN")
        catalogue.rename_sku(s, gin.id, "GIN-LDN", author=OWNER, expected_version=gin.version)

    undo(bar, changed(bar, rename))
    assert item(bar, "GIN").name == "Gin"


def test_undo_supplier_and_location(bar: Database) -> None:
    laguna = catalogue.SupplierSpec("Laguna", contact="Marco", lead_time_days=5)
    supplier = changed(bar, lambda s: catalogue.save_supplier(s, laguna, author=OWNER))
    location = changed(bar, lambda s: catalogue.save_location(s, "Fridge", 40, author=OWNER))
    walk = changed(bar, lambda s: catalogue.save_location(s, "Fridge", 10, author=OWNER))
    undo(bar, walk)
    undo(bar, supplier)
    with bar.reading() as s:
        row = s.scalars(select(Supplier).where(Supplier.name == "Laguna")).one()
        assert (row.contact, row.lead_time_days) == ("", 2)
        assert s.scalars(select(Location.walk_order).where(Location.name == "Fridge")).one() == 40
    assert location < walk


def test_undo_a_recipe_edit(bar: Database) -> None:
    def edit(s: Session) -> None:
        version = recipes.recipe_spec(s, 1)[1]
        lines = (RecipeLineSpec("GIN", D(6), Unit.CL),)
        recipes.save_recipe(s, RecipeSpec("Gin tonic", price=D(9), lines=lines), author=OWNER,
                            recipe_id=1, expected_version=version)  # fmt: skip

    entry = changed(bar, edit)
    with bar.reading() as s:
        assert set(audit.get_change(s, entry).after or {}) == {"lines", "price"}
    undo(bar, entry)
    with bar.reading() as s:
        spec, _version = recipes.recipe_spec(s, 1)
    assert spec.price == D(8)
    assert [(line.sku, line.quantity, line.unit) for line in spec.lines] == [
        ("GIN", D(5), Unit.CL), ("TONIC", D(1), Unit.PCS),
    ]  # fmt: skip


def test_undo_switching_a_recipe_off(bar: Database) -> None:
    undo(bar, changed(bar, lambda s: recipes.set_recipe_active(s, 1, False, author=OWNER)))
    with bar.reading() as s:
        assert s.get_one(Recipe, 1).active is True


def test_undo_a_setting(bar: Database) -> None:
    entry = changed(bar, lambda s: settings.set_setting(s, "vat_rate_pct", "10", author=OWNER))
    undo(bar, entry)
    with bar.reading() as s:
        assert settings.vat_rate_pct(s) == D(22)


def test_undo_disabling_and_adding_people(bar: Database) -> None:
    pin = changed(bar, lambda s: people.set_secret(s, OWNER, "1234", author=OWNER))
    disabled = changed(bar, lambda s: people.disable_user(s, "giulia", author=OWNER))
    added = changed(bar, lambda s: people.add_user(s, "Marco", "bartender", author=OWNER))
    undo(bar, disabled)
    undo(bar, added)
    with bar.reading() as s:
        active = {key: on for key, on in s.execute(select(User.key, User.active))}
    assert (active["giulia"], active["marco"]) == (True, False)
    with pytest.raises(InputError, match="is a set_secret; it cannot be undone"):
        undo(bar, pin)


def test_twice_is_refused_by_the_database_too(bar: Database) -> None:
    entry = changed(bar, lambda s: settings.set_setting(s, "vat_rate_pct", "10", author=OWNER))
    undo(bar, entry)
    row = {"at": None, "author": OWNER, "entity": "setting", "entity_id": "vat_rate_pct",
           "label": "", "action": "undo", "note": "", "undoes_id": entry}  # fmt: skip
    with pytest.raises(IntegrityError), bar.transaction() as s:
        s.execute(insert(AuditEntry), [{k: v for k, v in row.items() if v is not None}])


def test_an_entry_is_written_as_sorted_json_of_plain_values() -> None:
    """The text an audit line keeps, field by field: numbers without trailing zeros,
    enums by value, barcodes as a list, plain values as they are."""
    spec = ItemSpec(
        sku="GIN-1", name="Gin", unit=BaseUnit.ML, size=Decimal("700.000000"),
        cost=Decimal("12.50"), par=Decimal("0"), barcodes=("1", "2"), pack_size=6,
    )  # fmt: skip
    text = audit.encode(audit_values.spec_fields(spec))
    assert text == (
        '{"barcodes": ["1", "2"], "category": null, "cost": "12.5", "density": null, '
        '"full_g": null, "kind": null, "location": null, "name": "Gin", "notes": null, '
        '"pack_size": 6, "par": "0", "reorder_at": null, "shelf_life_days": null, '
        '"size": "700", "sku": "GIN-1", "supplier": null, "supplier_code": null, '
        '"tare_g": null, "tracking": null, "unit": "ml"}'
    )
    assert audit.encode({"at": ("x", 1), "nested": {"n": Decimal("1.10")}}) == (
        '{"at": ["x", 1], "nested": {"n": "1.1"}}'
    )
