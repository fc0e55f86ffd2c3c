"""The audit log's text: each change is kept as sorted JSON of plain values.

Recording and undoing each kind of change is tested with the undo, in
tests/services/undo/test_changes.py and tests/services/undo/test_restorers.py.
"""

from __future__ import annotations

from decimal import Decimal

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.units import BaseUnit
from inventory_app.services.audit_log import entries as audit
from inventory_app.services.audit_log import values as audit_values


def test_an_entry_is_written_as_sorted_json_of_plain_values() -> None:
    """The text an audit line keeps, field by field: numbers without trailing zeros,
    enums by value, barcodes as a list, plain values as they are."""
    spec = ItemSpec(
        sku="GIN-1", name="Gin", unit=BaseUnit.ML, size=Decimal("700.000000"),
        cost=Decimal("12.50"), par=Decimal("0"), barcodes=("1", "2"), pack_size=6,
        allergens=(Allergen.EGGS, Allergen.SULPHITES),
    )  # fmt: skip
    text = audit.encode(audit_values.spec_fields(spec))
    assert text == (
        '{"allergens": ["eggs", "sulphites"], "barcodes": ["1", "2"], "category": null, '
        '"cost": "12.5", "density": null, '
        '"full_g": null, "kind": null, "location": null, "name": "Gin", "notes": null, '
        '"pack_size": 6, "par": "0", "reorder_at": null, "shelf_life_days": null, '
        '"size": "700", "sku": "GIN-1", "supplier": null, "supplier_code": null, '
        '"tare_g": null, "tracking": null, "unit": "ml"}'
    )
    assert audit.encode({"at": ("x", 1), "nested": {"n": Decimal("1.10")}}) == (
        '{"at": ["x", 1], "nested": {"n": "1.1"}}'
    )
