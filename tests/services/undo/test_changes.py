"""Undoing a change of the audit log: once, by a new entry, and only while still current."""

from __future__ import annotations

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry
from inventory_app.domain.allergens import Allergen
from inventory_app.domain.errors import ConflictError, InputError
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services import settings
from inventory_app.services.audit_log import entries as audit
from inventory_app.services.catalogue import items as catalogue
from tests.services.undo.change_fixtures import OWNER, D, changed, item, undo


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


def test_an_allergen_ticked_is_recorded_and_undone(bar: Database) -> None:
    spec = ItemSpec(sku="GIN", allergens=(Allergen.SULPHITES, Allergen.EGGS))
    entry = changed(bar, lambda s: catalogue.save_item(s, spec, author=OWNER))
    with bar.reading() as s:
        change = audit.get_change(s, entry)
    assert (change.before, change.after) == (
        {"allergens": []}, {"allergens": ["eggs", "sulphites"]},
    )  # fmt: skip
    assert item(bar, "GIN").allergens == (Allergen.EGGS, Allergen.SULPHITES)
    undo(bar, entry)
    assert item(bar, "GIN").allergens == ()


def test_a_later_change_blocks_the_undo(bar: Database) -> None:
    first = changed(
        bar, lambda s: catalogue.save_item(s, ItemSpec("GIN", cost=D(20)), author=OWNER)
    )
    changed(bar, lambda s: catalogue.save_item(s, ItemSpec("GIN", cost=D(21)), author=OWNER))
    with pytest.raises(ConflictError, match="GIN Gin has been changed again since change"):
        undo(bar, first)
    assert item(bar, "GIN").cost == D(21)


def test_twice_is_refused_by_the_database_too(bar: Database) -> None:
    entry = changed(bar, lambda s: settings.set_setting(s, "vat_rate_pct", "10", author=OWNER))
    undo(bar, entry)
    row = {"at": None, "author": OWNER, "entity": "setting", "entity_id": "vat_rate_pct",
           "label": "", "action": "undo", "note": "", "undoes_id": entry}  # fmt: skip
    with pytest.raises(IntegrityError), bar.transaction() as s:
        s.execute(insert(AuditEntry), [{k: v for k, v in row.items() if v is not None}])
