"""The recipe file: one row per ingredient line, recipe fields on any of the recipe's rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.recipes import (
    Channel,
    RecipeKind,
    name_key,
    parse_line_quantity,
    parse_yield,
)
from inventory_app.domain.units import Unit, format_decimal, parse_unit
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import localized_number
from inventory_app.io.atomic_file import write_atomically
from inventory_app.io.columns import checked_columns, choice, read_given_cells, text
from inventory_app.io.tabular import read_sheet
from inventory_app.io.text_output import Cell, render_csv

REQUIRED = ("recipe", "ingredient", "quantity", "unit")
ALIAS_SEPARATOR = "|"
LINE_COLUMNS = ("ingredient", "quantity", "unit", "channel")
RECIPE_COLUMNS = (
    "kind", "price", "pos_name", "yield_sku", "yield_quantity", "notes", "menu_position",
)  # fmt: skip


@dataclass(frozen=True)
class FileLine:
    """One ingredient line as written on its row."""

    row: int
    sku: str
    quantity: Decimal
    unit: Unit
    channel: Channel | None


@dataclass
class RecipeRows:
    """One recipe gathered from its rows, and where each part came from (for messages).

    `fields` maps a recipe column (kind, price, pos_name, yield_sku, yield_quantity,
    notes) to its parsed value and the row that gave it.
    """

    name: str
    first_row: int
    fields: dict[str, tuple[Any, int]] = field(default_factory=dict)
    lines: list[FileLine] = field(default_factory=list)
    rows: int = 0

    def value(self, column: str, default: Any = None) -> Any:
        given = self.fields.get(column)
        return given[0] if given else default

    def row_of(self, column: str | None) -> int:
        """The row that gave a recipe field, else the recipe's first row."""
        given = self.fields.get(column or "")
        return given[1] if given else self.first_row


def menu_place(text: str) -> int:
    """A cocktail's place on the Sell page: a whole number, 1 first."""
    try:
        value = Decimal(text.strip())
    except ArithmeticError:
        value = Decimal(0)
    if not value.is_finite() or value < 1 or value != value.to_integral_value():
        raise InputError(
            tr("expected a place on the menu such as 1 or 12, got {text}").format(text=repr(text))
        )
    return int(value)


def _aliases(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(ALIAS_SEPARATOR) if name.strip())


# Column name -> how a non-blank cell is read. Order is the order shown in messages.
PARSERS: dict[str, Callable[[str], Any]] = {
    "recipe": text,
    "kind": choice(RecipeKind),
    "price": parse_money,
    "pos_name": _aliases,
    "ingredient": text,
    "quantity": parse_line_quantity,
    "unit": parse_unit,
    "channel": choice(Channel),
    "yield_sku": text,
    "yield_quantity": parse_yield,
    "notes": text,
    "menu_position": menu_place,
}
COLUMNS = tuple(PARSERS)


def parse_recipes(path: Path) -> list[RecipeRows]:
    """Every recipe of the file in order of first appearance, or ImportErrors for every bad cell."""
    sheet = read_sheet(path)
    columns = checked_columns(sheet.file_name, sheet.header, COLUMNS, REQUIRED)
    recipes: dict[str, RecipeRows] = {}
    errors: list[InputError] = []
    for row in sheet.rows:
        values, problems = read_given_cells(row, columns, PARSERS)
        errors += problems
        name = values.pop("recipe", "")
        if not name:
            if not any(p.column == "recipe" for p in problems):
                errors.append(
                    InputError(tr("expected the recipe's name"), row=row.number, column="recipe")
                )
            continue
        recipe = recipes.setdefault(name_key(name), RecipeRows(name=name, first_row=row.number))
        recipe.rows += 1
        errors += _merge_fields(recipe, values, row.number)
        errors += _add_line(recipe, values, row.number, {p.column for p in problems})
    if errors:
        raise ImportErrors(sheet.file_name, errors)
    return list(recipes.values())


def _merge_fields(recipe: RecipeRows, values: dict[str, Any], row: int) -> list[InputError]:
    """A recipe field may be given on any of its rows, but always with the same value."""
    errors: list[InputError] = []
    for column in RECIPE_COLUMNS:
        if column not in values:
            continue
        value = values[column]
        if column not in recipe.fields:
            recipe.fields[column] = (value, row)
        elif recipe.fields[column][0] != value:
            earlier, first = recipe.fields[column]
            errors.append(
                InputError(
                    tr(
                        "{recipe} has {column} {earlier} on row {row}; "
                        "a recipe's fields must agree on every row, got {value}"
                    ).format(
                        recipe=recipe.name,
                        column=column,
                        earlier=_shown(earlier),
                        row=first,
                        value=_shown(value),
                    ),
                    row=row,
                    column=column,
                )
            )
    return errors


def _add_line(
    recipe: RecipeRows, values: dict[str, Any], row: int, unreadable: set[str | None]
) -> list[InputError]:
    """The row's ingredient line, if it has one: ingredient, quantity and unit together."""
    if not any(c in values or c in unreadable for c in LINE_COLUMNS):
        return []  # a row with recipe fields only
    needed = ("ingredient", "quantity", "unit")
    missing = [c for c in needed if c not in values and c not in unreadable]
    if missing or unreadable.intersection(LINE_COLUMNS):
        return [InputError(tr(_NEEDS[c]), row=row, column=c) for c in missing]
    recipe.lines.append(
        FileLine(
            row, values["ingredient"], values["quantity"], values["unit"], values.get("channel")
        )
    )
    return []


_NEEDS = {
    "ingredient": N_("an ingredient line needs the SKU of its ingredient"),
    "quantity": N_("an ingredient line needs a quantity such as 22.5"),
    "unit": N_("an ingredient line needs a unit (ml, cl, oz, dash, barspoon, drop, g, pcs)"),
}


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return localized_number(format_decimal(value))
    if isinstance(value, tuple):
        return repr(ALIAS_SEPARATOR.join(value))
    return repr(str(value))


def write_recipe_sheet(path: Path, rows: list[list[Cell]]) -> None:
    """The recipe sheet as `import recipes` reads it (COLUMNS, in order), written whole or not
    at all; text that a spreadsheet would run as a formula is made inert."""
    text = render_csv(COLUMNS, rows)
    write_atomically(path, lambda target: target.write_text(text, encoding="utf-8", newline=""))
