"""What an undo puts back, per kind of record: items, places, recipes, settings, people."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import Item, Location, Recipe, Supplier, User
from inventory_app.domain.errors import InputError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import Unit
from inventory_app.services import settings
from inventory_app.services.audit_log import entries as audit
from inventory_app.services.catalogue import items as catalogue
from inventory_app.services.people import roster as people
from inventory_app.services.recipes import editing as recipes
from inventory_app.services.recipes.editing import RecipeLineSpec, RecipeSpec
from tests.services.undo.change_fixtures import OWNER, D, changed, item, undo


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
