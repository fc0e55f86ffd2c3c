"""The catalogue file: one item per row, every bad cell reported with its row and column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from inventory_app.domain.catalogue import ItemKind, Tracking
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.item_rules import ItemSpec, item_problems, with_defaults
from inventory_app.domain.money import parse_money
from inventory_app.domain.units import BaseUnit, parse_decimal
from inventory_app.io.tabular import Sheet, SheetRow, read_sheet

REQUIRED = ("sku",)
BARCODE_SEPARATOR = "|"


@dataclass(frozen=True)
class CatalogueLine:
    """One row of the file: what to save, and the level to count it to (if given)."""

    row: int
    spec: ItemSpec
    on_hand_containers: Decimal | None


def _choice(enum: type[StrEnum]) -> Callable[[str], Any]:
    names = [m.value for m in enum]
    expected = f"{', '.join(names[:-1])} or {names[-1]}"

    def parse(text: str) -> StrEnum:
        try:
            return enum(text.lower())
        except ValueError:
            raise InputError(f"expected {expected}, got {text!r}") from None

    return parse


def _number(what: str) -> Callable[[str], Decimal]:
    return lambda text: parse_decimal(text, what=what)


def _whole(text: str) -> int:
    value = parse_decimal(text, what="a whole number such as 6")
    if value != value.to_integral_value():
        raise InputError(f"expected a whole number such as 6, got {text!r}")
    return int(value)


def _on_hand(text: str) -> Decimal:
    value = parse_decimal(text, what="a number of containers such as 3 or 0.4")
    if value < 0:
        raise InputError(f"expected zero or more containers, got {text!r}")
    return value


def _barcodes(text: str) -> tuple[str, ...]:
    return tuple(code.strip() for code in text.split(BARCODE_SEPARATOR) if code.strip())


def _text(text: str) -> str:
    return text


_CONTAINERS = "a number of containers such as 2 or 1.5"
_GRAMS = "a weight in grams such as 520"

# Column name -> how a non-blank cell is read. Order is the order shown in messages.
PARSERS: dict[str, Callable[[str], Any]] = {
    "sku": _text,
    "name": _text,
    "category": _text,
    "kind": _choice(ItemKind),
    "unit": _choice(BaseUnit),
    "size": _number("a container size such as 700"),
    "supplier": _text,
    "supplier_code": _text,
    "pack_size": _whole,
    "cost": parse_money,
    "par": _number(_CONTAINERS),
    "reorder_at": _number(_CONTAINERS),
    "barcode": _barcodes,
    "location": _text,
    "tare_g": _number(_GRAMS),
    "full_g": _number(_GRAMS),
    "tracking": _choice(Tracking),
    "on_hand": _on_hand,
    "notes": _text,
}
COLUMNS = tuple(PARSERS)
# File column -> ItemSpec field, where the names differ.
_FIELD = {"barcode": "barcodes"}


def parse_catalogue(path: Path) -> list[CatalogueLine]:
    """Every row of the file, or ImportErrors listing every bad cell."""
    sheet = read_sheet(path)
    columns = _columns(sheet)
    lines: list[CatalogueLine] = []
    errors: list[InputError] = []
    first_row: dict[str, int] = {}
    for row in sheet.rows:
        line, problems = _parse_row(row, columns)
        sku = line.spec.sku
        key = sku.lower()  # SKUs are compared without case
        if sku and key in first_row:
            problems.append(
                InputError(
                    f"SKU {sku!r} already appears on row {first_row[key]}",
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


def _columns(sheet: Sheet) -> dict[str, int]:
    """Known column -> index; unknown, repeated or missing required columns are errors."""
    columns: dict[str, int] = {}
    errors: list[InputError] = []
    for index, name in enumerate(sheet.header):
        if not name:
            continue
        if name not in PARSERS:
            known = ", ".join(COLUMNS)
            errors.append(
                InputError(f"unknown column; the columns are {known}", row=1, column=name)
            )
        elif name in columns:
            errors.append(InputError("the column appears twice", row=1, column=name))
        else:
            columns[name] = index
    for name in REQUIRED:
        if name not in columns:
            errors.append(InputError(f"the required column {name!r} is missing", row=1))
    if errors:
        raise ImportErrors(sheet.file_name, errors)
    return columns


def _parse_row(row: SheetRow, columns: dict[str, int]) -> tuple[CatalogueLine, list[InputError]]:
    values: dict[str, Any] = {}
    errors: list[InputError] = []
    for name, index in columns.items():
        text = row.get(index)
        if not text:
            continue  # blank: not given, the item keeps its value (or gets the default)
        try:
            values[name] = PARSERS[name](text)
        except InputError as exc:
            errors.append(InputError(exc.detail, row=row.number, column=name))
    on_hand = values.pop("on_hand", None)
    spec = ItemSpec(sku=values.pop("sku", ""), **{_FIELD.get(k, k): v for k, v in values.items()})
    errors.extend(_rule_problems(spec, row.number))
    return CatalogueLine(row.number, spec, on_hand), errors


def _rule_problems(spec: ItemSpec, row: int) -> list[InputError]:
    """The item rules, checked as if the row created the item."""
    probe = with_defaults(spec)
    if spec.name is None:
        # A row without a name may update an existing item; the import checks new ones.
        probe = replace(probe, name="-")
    return [InputError(p.detail, row=row, column=p.column) for p in item_problems(probe)]
