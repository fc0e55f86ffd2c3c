"""A small bar for the tests of undoing changes: a gin, a tonic and a gin tonic."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import Unit
from inventory_app.services.catalogue import items as catalogue
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


def make_bar(db: Database) -> Database:
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
