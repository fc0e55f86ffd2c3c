"""Item validation, shared by the dialog and the import."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.item_rules import ItemSpec, check_item, item_problems, with_defaults
from inventory_app.domain.units import BaseUnit

D = Decimal
GOOD = ItemSpec(sku="GIN-1", name="Gin", size=D(700))


def test_good_item_has_no_problems() -> None:
    assert item_problems(GOOD) == []
    check_item(GOOD)


@pytest.mark.parametrize(
    ("changes", "column", "message"),
    [
        ({"sku": ""}, "sku", "a SKU is required"),
        ({"sku": "GIN 1"}, "sku", "without spaces"),
        ({"name": " "}, "name", "a name is required"),
        ({"size": D(0)}, "size", "above zero"),
        ({"pack_size": 0}, "pack_size", "1 or more"),
        ({"cost": D(-1)}, "cost", "zero or more"),
        ({"par": D(2), "reorder_at": D(3)}, "reorder_at", "above the par"),
        ({"tare_g": D(500), "full_g": D(400)}, "full_g", "above the empty"),
        ({"density": D(0)}, "density", "above zero in g/ml"),
        ({"density": D("-0.9")}, "density", "above zero in g/ml"),
        ({"shelf_life_days": 0}, "shelf_life_days", "1 day or more"),
        ({"barcodes": ("12 34",)}, "barcode", "without spaces"),
    ],
)
def test_problems_name_their_field(changes: dict[str, object], column: str, message: str) -> None:
    spec = ItemSpec(**{**GOOD.__dict__, **changes})
    problems = item_problems(spec)
    assert [p.column for p in problems] == [column]
    assert message in problems[0].detail


@pytest.mark.parametrize(
    ("unit", "size"), [(BaseUnit.ML, D(700)), (BaseUnit.G, D(1000)), (BaseUnit.PCS, D(1))]
)
def test_defaults_fill_size_by_unit(unit: BaseUnit, size: Decimal) -> None:
    spec = with_defaults(ItemSpec(sku="X", name="X", unit=unit))
    assert spec.size == size
    assert spec.pack_size == 1


def test_given_keeps_only_given_fields() -> None:
    assert ItemSpec(sku="X", cost=D(3)).given() == {"sku": "X", "cost": D(3)}
