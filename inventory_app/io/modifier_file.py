"""The modifier sheet: one row per rule, read by `import modifiers` and written by its export.

Columns: modifier, recipe (blank: every recipe), action (add, replace, scale, ignore),
ingredient (the SKU added or replaced), with (the replacing SKU), quantity, unit, factor.
What each action needs is domain/modifiers.py's rule; whether the recipe and SKUs exist
is the service's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.modifiers import (
    ModifierAction,
    ModifierSpec,
    modifier_key,
    parse_factor,
    spec_problems,
)
from inventory_app.domain.recipes import name_key, parse_line_quantity
from inventory_app.domain.units import parse_unit
from inventory_app.i18n.catalogue import tr
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.columns import checked_columns, choice, read_given_cells, text
from inventory_app.io.tabular import read_sheet
from inventory_app.io.text_output import Cell, render_csv

REQUIRED = ("modifier", "action")
# Column name -> how a non-blank cell is read. Order is the order shown in messages.
PARSERS: dict[str, Callable[[str], Any]] = {
    "modifier": text,
    "recipe": text,
    "action": choice(ModifierAction),
    "ingredient": text,
    "with": text,
    "quantity": parse_line_quantity,
    "unit": parse_unit,
    "factor": parse_factor,
}
COLUMNS = tuple(PARSERS)


@dataclass(frozen=True)
class RuleRow:
    """One rule as its row gives it."""

    row: int
    spec: ModifierSpec


def parse_modifiers(path: Path) -> list[RuleRow]:
    """Every rule of the file in order, or ImportErrors naming each bad row and column."""
    sheet = read_sheet(path)
    columns = checked_columns(sheet.file_name, sheet.header, COLUMNS, REQUIRED)
    rules: list[RuleRow] = []
    errors: list[InputError] = []
    first: dict[tuple[str, str], int] = {}
    for row in sheet.rows:
        values, problems = read_given_cells(row, columns, PARSERS)
        errors += problems
        if problems:
            continue
        spec = _spec(values)
        found = [_at(p, row.number) for p in spec_problems(spec)] if spec else []
        if spec is None:
            found = [_missing(values, row.number)]
        elif (scope := (modifier_key(spec.modifier), name_key(spec.recipe or ""))) in first:
            found.append(_twice(spec, first[scope], row.number))
        else:
            first[scope] = row.number
        errors += found
        if spec is not None and not found:
            rules.append(RuleRow(row.number, spec))
    if errors:
        raise ImportErrors(sheet.file_name, errors)
    return rules


def _spec(values: dict[str, Any]) -> ModifierSpec | None:
    if "modifier" not in values or "action" not in values:
        return None
    return ModifierSpec(
        modifier=values["modifier"], action=values["action"], recipe=values.get("recipe"),
        ingredient=values.get("ingredient"), with_sku=values.get("with"),
        quantity=values.get("quantity"), unit=values.get("unit"), factor=values.get("factor"),
    )  # fmt: skip


def _missing(values: dict[str, Any], row: int) -> InputError:
    if "modifier" not in values:
        return InputError(tr("expected the modifier's name"), row=row, column="modifier")
    return InputError(
        tr("expected an action: add, replace, scale or ignore"), row=row, column="action"
    )


def _at(problem: InputError, row: int) -> InputError:
    return InputError(problem.detail, row=row, column=problem.column)


def _twice(spec: ModifierSpec, first: int, row: int) -> InputError:
    where = spec.recipe or tr("every recipe")
    return InputError(
        tr("{modifier} for {recipe} is already on row {row}; one rule each").format(
            modifier=repr(spec.modifier), recipe=where, row=first
        ),
        row=row,
        column="modifier",
    )


def sheet_row(spec: ModifierSpec) -> list[Cell]:
    """A rule as its row in the sheet, in COLUMNS order."""
    return [
        spec.modifier, spec.recipe, spec.action.value, spec.ingredient, spec.with_sku,
        spec.quantity, spec.unit.value if spec.unit is not None else None, spec.factor,
    ]  # fmt: skip


def write_modifier_sheet(path: Path, rows: list[list[Cell]]) -> None:
    """The sheet `import modifiers` reads, written whole or not at all; text a spreadsheet
    would run as a formula is made inert."""
    text = render_csv(COLUMNS, rows)
    write_atomically(path, lambda target: target.write_text(text, encoding="utf-8", newline=""))
