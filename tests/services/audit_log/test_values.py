"""Specs to audit fields and back: JSON values read back as the spec's own types declare."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from inventory_app.domain.item_rules import ItemSpec
from inventory_app.domain.recipes import Channel, RecipeLineSpec, RecipeSpec
from inventory_app.domain.units import BaseUnit, Unit
from inventory_app.services.audit_log.entries import plain
from inventory_app.services.audit_log.values import read_fields, read_value, spec_fields


@dataclass(frozen=True)
class Edit:
    """A spec with a `clear` list, as the item editor's is: never an audited field."""

    name: str
    cost: Decimal | None = None
    clear: frozenset[str] = frozenset()


def test_spec_fields_are_all_fields_or_the_named_ones_never_clear() -> None:
    edit = Edit("Gin", Decimal("17.90"), frozenset({"cost"}))
    assert spec_fields(edit) == {"name": "Gin", "cost": Decimal("17.90")}
    assert spec_fields(edit, ["cost", "clear"]) == {"cost": Decimal("17.90")}


def test_an_item_spec_comes_back_exact_through_json() -> None:
    spec = ItemSpec(
        sku="GIN-1", name="Gin", unit=BaseUnit.ML, size=Decimal("700"), cost=Decimal("12.5"),
        barcodes=("1", "2"), pack_size=6, par=None,
    )  # fmt: skip
    stored = json.loads(json.dumps(plain(spec_fields(spec))))
    back = read_fields(ItemSpec, stored)
    assert back == spec_fields(spec)
    assert type(back["cost"]) is Decimal and back["unit"] is BaseUnit.ML
    assert back["barcodes"] == ("1", "2") and back["par"] is None


def test_nested_specs_come_back_as_their_dataclasses() -> None:
    lines = (
        RecipeLineSpec("GIN", Decimal("4.5"), Unit.CL, Channel.SPEAKEASY),
        RecipeLineSpec("TONIC", Decimal(1), Unit.PCS),
    )
    stored = json.loads(json.dumps(plain({"lines": lines, "price": Decimal("8.50")})))
    back = read_fields(RecipeSpec, stored)
    assert back == {"lines": lines, "price": Decimal("8.5")}
    assert back["lines"][0].channel is Channel.SPEAKEASY


def test_read_value_by_hint() -> None:
    assert read_value(Decimal | None, "1.10") == Decimal("1.10")
    assert read_value(Decimal | None, None) is None
    assert read_value(frozenset[str], ["a", "b"]) == frozenset({"a", "b"})
    assert read_value(tuple[Unit, ...], ["cl", "ml"]) == (Unit.CL, Unit.ML)
    assert read_value(str, "plain") == "plain"
