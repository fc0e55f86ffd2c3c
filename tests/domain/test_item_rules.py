"""Item validation, shared by the dialog and the import."""

from __future__ import annotations

from decimal import Decimal

import pytest

from inventory_app.domain.item_rules import (
    ItemSpec,
    check_item,
    item_problems,
    new_item_of,
    with_defaults,
)
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


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85"])
def test_any_whitespace_in_a_sku_or_barcode_is_refused(space: str) -> None:
    """Every character str.isspace() names, at either end or inside."""
    for sku in (f"GIN{space}1", f"{space}GIN", f"GIN{space}"):
        [problem] = item_problems(ItemSpec(sku=sku, name="Gin", size=D(700)))
        assert problem.column == "sku"
    [problem] = item_problems(ItemSpec(sku="GIN-1", name="Gin", barcodes=(f"12{space}3",)))
    assert problem.column == "barcode"


def test_a_new_item_of_given_fields_is_the_spec_with_defaults() -> None:
    spec = ItemSpec(sku="GIN-1", name="Gin", unit=BaseUnit.G, cost=D("3.5"))
    assert new_item_of(spec.given()) == with_defaults(spec)
    assert with_defaults(spec).size == D(1000) and with_defaults(spec).pack_size == 1
