"""The catalogue file: one item per row, every bad cell reported with its row and column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from inventory_app.domain.allergens import parse_allergens
from inventory_app.domain.catalogue import ItemKind, Tracking
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.item_rules import (
    ItemSpec,
    item_problems,
    new_item_of,
    parse_item_number,
    parse_whole,
)
from inventory_app.domain.money import parse_money
from inventory_app.domain.numbers import shown
from inventory_app.domain.units import BaseUnit, parse_decimal
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.columns import (
    GivenCells,
    checked_columns,
    choice,
    remembered,
    text,
)
from inventory_app.io.sheet_stream import SheetRow
from inventory_app.io.tabular import read_sheet

REQUIRED = ("sku",)
BARCODE_SEPARATOR = "|"
_CONTAINERS = N_("a number of containers such as 3 or 0.4")


@dataclass(frozen=True)
class CatalogueLine:
    """One row of the file: what to save, and the level to count it to (if given)."""

    row: int
    spec: ItemSpec
    on_hand_containers: Decimal | None
    # The row as a new item (defaults filled), already held to every item rule here, so
    # the import does not run the rules twice; None when the row has no name (it can
    # only update an item the catalogue knows). Derived from `spec`: not compared.
    new_item: ItemSpec | None = field(default=None, compare=False, repr=False)


def _on_hand(text: str) -> Decimal:
    value = parse_decimal(text, what=_CONTAINERS)
    if value < 0:
        raise InputError(
            tr("expected zero or more containers, got {text}").format(text=shown(text))
        )
    return value


def _barcodes(text: str) -> tuple[str, ...]:
    return tuple(code.strip() for code in text.split(BARCODE_SEPARATOR) if code.strip())


# Column name -> how a non-blank cell is read. Order is the order shown in messages.
# Columns that repeat a few values (units, sizes, prices) keep their readings (remembered).
PARSERS: dict[str, Callable[[str], Any]] = {
    "sku": text,
    "name": text,
    "category": text,
    "kind": remembered(choice(ItemKind)),
    "unit": remembered(choice(BaseUnit)),
    "size": remembered(partial(parse_item_number, "size")),
    "supplier": text,
    "supplier_code": text,
    "pack_size": remembered(parse_whole),
    "cost": remembered(parse_money),
    "par": remembered(partial(parse_item_number, "par")),
    "reorder_at": remembered(partial(parse_item_number, "reorder_at")),
    "barcode": _barcodes,
    "location": text,
    "tare_g": remembered(partial(parse_item_number, "tare_g")),
    "full_g": remembered(partial(parse_item_number, "full_g")),
    "density": remembered(partial(parse_item_number, "density")),
    "shelf_life_days": remembered(parse_whole),
    "tracking": remembered(choice(Tracking)),
    "on_hand": remembered(_on_hand),
    "notes": text,
    "allergens": remembered(parse_allergens),
}
COLUMNS = tuple(PARSERS)


def parse_catalogue(path: Path) -> list[CatalogueLine]:
    """Every row of the file, or ImportErrors listing every bad cell."""
    sheet = read_sheet(path)
    columns = checked_columns(sheet.file_name, sheet.header, COLUMNS, REQUIRED)
    lines: list[CatalogueLine] = []
    errors: list[InputError] = []
    first_row: dict[str, int] = {}
    cells = GivenCells(columns, PARSERS)
    for row in sheet.rows:
        line, problems = _parse_row(row, cells)
        sku = line.spec.sku
        key = sku.lower()  # SKUs are compared without case
        if sku and key in first_row:
            problems.append(
                InputError(
                    tr("SKU {sku} already appears on row {row}").format(
                        sku=repr(sku), row=first_row[key]
                    ),
                    row=row.number,
                    column="sku",
                )
            )
        first_row.setdefault(key, row.number)
        errors.extend(problems)
        lines.append(line)
    if errors:
        raise ImportErrors(sheet.file_name, errors)
    return lines


def _parse_row(row: SheetRow, cells: GivenCells) -> tuple[CatalogueLine, list[InputError]]:
    values, errors = cells.read(row)
    on_hand = values.pop("on_hand", None)
    if "barcode" in values:
        values["barcodes"] = values.pop("barcode")
    given = {"sku": values.pop("sku", ""), **values}  # spec.given(): no parser gives None
    spec = ItemSpec(**given)
    new_item, problems = _as_new_item(spec, given, row.number)
    errors.extend(problems)
    return CatalogueLine(row.number, spec, on_hand, new_item), errors


def _as_new_item(
    spec: ItemSpec, given: dict[str, Any], row: int
) -> tuple[ItemSpec | None, list[InputError]]:
    """The row as a new item and the item rules it breaks, checked as if it created one."""
    probe = new_item_of(given)
    new_item: ItemSpec | None = probe
    if spec.name is None:
        # A row without a name may update an existing item; the import checks new ones.
        probe, new_item = replace(probe, name="-"), None
    problems = [InputError(p.detail, row=row, column=p.column) for p in item_problems(probe)]
    return new_item, problems
