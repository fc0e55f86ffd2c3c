"""`recipes [--format table|json] [--sheet FILE.csv]`: every recipe with its cost, pour cost %
and margin; or the recipe sheet `import recipes` reads, written out to edit and import again."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.display import exact_quantity
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.recipes.editing import RecipeRow, recipe_rows
from inventory_app.services.recipes.export import export_recipes

TABLE_COLUMNS = (
    N_("Recipe"), N_("Kind"), N_("Price"), N_("POS names"), N_("Cost"), N_("Net price"),
    N_("Pour cost %"), N_("Margin"), N_("Yield"),
)  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("recipes", help=tr("recipes with cost, pour cost %% and margin"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--sheet", type=Path, metavar="FILE.csv",
        help=tr("write the recipe sheet (menu places included) to edit and import again"),
    )  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.sheet is not None:
        with ctx.database.reading() as session:
            written = export_recipes(session, args.sheet)
        text = ntr("wrote {count} recipe to {path}", "wrote {count} recipes to {path}", written)
        print(text.format(count=written, path=args.sheet))
        return 0
    with ctx.database.reading() as session:
        rows = recipe_rows(session)
    if args.format == "json":
        print(render_json([recipe_record(r) for r in rows]), end="")
    elif rows:
        columns = [tr(c) for c in TABLE_COLUMNS]
        print(render_table(columns, [_table_row(r) for r in rows]), end="")
    else:
        print(tr("no recipes yet: import some with `import recipes FILE`"))
    return 0


def recipe_record(row: RecipeRow) -> dict[str, object]:
    """One recipe with exact numbers: money to 0.0001, pour cost % to 0.01, yield in its unit."""
    return {
        "name": row.name,
        "kind": row.kind.value,
        "price": row.price,
        "pos_names": list(row.pos_names),
        "cost": row.cost,
        "cost_by_channel": {c.value: v for c, v in row.cost_by_channel.items()},
        "net_price": row.net_price,
        "pour_cost_pct": row.pour_cost_pct,
        "margin": row.margin,
        "yield_sku": row.yield_sku,
        "yield_quantity": row.yield_quantity,
        "yield_unit": row.yield_unit,
        "lines": row.lines,
        "active": row.active,
    }


def _table_row(row: RecipeRow) -> list[Cell]:
    kind = row.kind.label
    if not row.active:
        kind = tr("{kind} (off)").format(kind=kind)
    yielded = ""
    if row.yield_sku and row.yield_quantity is not None and row.yield_unit:
        yielded = f"{exact_quantity(row.yield_quantity, row.yield_unit)} {row.yield_sku}"
    return [
        row.name, kind, _euro(row.price), " | ".join(row.pos_names), _euro(row.cost),
        _euro(row.net_price), _one_decimal(row.pour_cost_pct), _euro(row.margin), yielded,
    ]  # fmt: skip


def _euro(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def _one_decimal(value: Decimal | None) -> str:
    """A tenth of a percent, as every pour cost is shown: '26.4', '26'."""
    return display.number_text(value, display.PERCENT_PLACES) if value is not None else ""
