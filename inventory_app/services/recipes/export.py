"""The recipe sheet written back out: every recipe, one row per ingredient line.

It is the sheet `import recipes` reads, menu places included, so the owner can edit the
menu in a spreadsheet (prices, lines, the order of the Sell page's tiles) and import it
again: a sheet exported and imported unchanged changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Recipe
from inventory_app.domain.recipes import RecipeKind
from inventory_app.io.recipe_file import ALIAS_SEPARATOR, COLUMNS, write_recipe_sheet
from inventory_app.io.text_output import Cell
from inventory_app.services.recipes.editing import RecipeSpec, recipe_spec


def export_recipes(session: Session, path: Path) -> int:
    """Write every recipe (preps first, then cocktails in menu order); returns how many."""
    prep_first = case((Recipe.kind == RecipeKind.PREP.value, 0), else_=1)
    ids = session.scalars(
        select(Recipe.id).order_by(prep_first, Recipe.menu_position, Recipe.key, Recipe.id)
    ).all()
    rows: list[list[Cell]] = []
    for recipe_id in ids:
        rows += sheet_rows(recipe_spec(session, recipe_id)[0])
    write_recipe_sheet(path, rows)
    return len(ids)


def sheet_rows(spec: RecipeSpec) -> list[list[Cell]]:
    """The recipe's fields on its first row, then one row per ingredient line."""
    fields: dict[str, Cell] = {
        "kind": spec.kind.value,
        "price": spec.price,
        "pos_name": ALIAS_SEPARATOR.join(spec.pos_names) or None,
        "yield_sku": spec.yield_sku,
        "yield_quantity": spec.yield_quantity,
        "notes": spec.notes or None,
        "menu_position": spec.menu_position,
    }
    lines: list[dict[str, Cell]] = [
        {"ingredient": line.sku, "quantity": line.quantity, "unit": line.unit.value,
         "channel": line.channel.value if line.channel else None}
        for line in spec.lines
    ] or [{}]  # fmt: skip
    rows = []
    for number, line in enumerate(lines):
        cells = {"recipe": spec.name, **line, **(fields if number == 0 else {})}
        rows.append([cells.get(column) for column in COLUMNS])
    return rows
