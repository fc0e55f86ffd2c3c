"""`modifiers [--format table|json]` lists the modifier rules; `modifiers export --out FILE`
writes them as the sheet `import modifiers` reads, to edit and import again."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.display import exact_number
from inventory_app.domain.modifiers import ModifierSpec
from inventory_app.domain.units import unit_label
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.imports.modifiers import export_modifiers
from inventory_app.services.recipes.modifiers import RuleRow, modifier_rules

TABLE_COLUMNS = (
    N_("Modifier"), N_("Recipe"), N_("Action"), N_("Ingredient"), N_("With"), N_("Quantity"),
    N_("Factor"),
)  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "modifiers", help=tr("what each till variant or modifier does to a recipe")
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--recipe", metavar="NAME", help=tr("only the rules that apply to it"))
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    export = actions.add_parser(
        "export", help=tr("write the rules as the sheet `import modifiers` reads")
    )
    export.add_argument("--out", type=Path, metavar="FILE.csv", required=True)
    export.set_defaults(handler=run_export)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        rows = modifier_rules(session, recipe=args.recipe)
    if args.format == "json":
        print(render_json([rule_record(r) for r in rows]), end="")
    elif rows:
        columns = [tr(c) for c in TABLE_COLUMNS]
        print(render_table(columns, [_table_row(r.spec) for r in rows]), end="")
    else:
        print(tr("no modifier rules yet: add them with `import modifiers FILE`"))
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        written = export_modifiers(session, args.out)
    text = ntr("wrote {count} rule to {path}", "wrote {count} rules to {path}", written)
    print(text.format(count=written, path=args.out))
    return 0


def rule_record(row: RuleRow) -> dict[str, object]:
    """One rule with exact numbers, by the sheet's column names."""
    spec = row.spec
    return {
        "id": row.id, "modifier": spec.modifier, "recipe": spec.recipe,
        "action": spec.action.value, "ingredient": spec.ingredient, "with": spec.with_sku,
        "quantity": spec.quantity, "unit": spec.unit.value if spec.unit else None,
        "factor": spec.factor,
    }  # fmt: skip


def _table_row(spec: ModifierSpec) -> list[Cell]:
    quantity = ""
    if spec.quantity is not None and spec.unit is not None:
        quantity = f"{exact_number(spec.quantity)} {unit_label(spec.unit)}"
    return [
        spec.modifier, spec.recipe or tr("every recipe"), spec.action.label,
        spec.ingredient or "", spec.with_sku or "", quantity,
        exact_number(spec.factor) if spec.factor is not None else "",
    ]  # fmt: skip
