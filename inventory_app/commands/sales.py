"""`sales unmatched` and `sales resolve ID --recipe NAME | --pour SKU=QTY …`: till lines of
no recipe, parked by `import sales --park-unknown`, resolved so they deduct once."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from inventory_app.commands.context import Context
from inventory_app.commands.options import pour_options
from inventory_app.domain.money import format_money
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.i18n.formats import date_time_text
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.selling.unmatched import (
    Unmatched,
    resolve_to_pours,
    resolve_to_recipe,
    unmatched_sales,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sales", help=tr("unmatched sales: till lines of no recipe, waiting to be resolved")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "unmatched", help=tr("the parked lines not yet resolved, oldest first")
    )
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_unmatched)
    resolve = actions.add_parser(
        "resolve",
        help=tr("resolve a parked line: it deducts once, dated when it was sold"),
        description=tr(
            "Either the recipe it was, or what was poured into each drink (SKU=QTY with a "
            "unit, such as GIN-1=50ml; the line's quantity multiplies it)."
        ),
    )
    resolve.add_argument("unmatched_id", metavar="ID", type=int)
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--recipe", metavar="NAME", help=tr("the recipe (or POS name) it was"))
    how.add_argument(
        "--pour", nargs="+", metavar="SKU=QTY", help=tr("the ingredients poured into one drink")
    )
    resolve.set_defaults(handler=run_resolve)


def run_unmatched(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        lines = unmatched_sales(session)
    if args.format == "json":
        print(render_json([record(line) for line in lines]), end="")
    elif not lines:
        print(tr("no unmatched sales: every till line is resolved"))
    else:
        headings = [tr("Id"), tr("Item"), tr("Qty"), tr("Note"), tr("Date"), tr("Amount")]
        rows: list[list[Cell]] = [
            [
                line.id, line.item, line.quantity, line.note, date_time_text(_local(line.at)),
                format_money(line.amount) if line.amount is not None else "",
            ]
            for line in lines
        ]  # fmt: skip
        print(render_table(headings, rows), end="")
    return 0


def record(line: Unmatched) -> dict[str, object]:
    """One parked line for scripts: the sale's moment in UTC, amounts exact."""
    return {
        "id": line.id, "item": line.item, "qty": line.quantity, "note": line.note,
        "date": line.at.replace(tzinfo=UTC), "amount": line.amount, "kind": line.kind,
        "import_id": line.import_id,
    }  # fmt: skip


def run_resolve(args: argparse.Namespace, ctx: Context) -> int:
    pours = pour_options(args.pour) if args.pour else None
    with ctx.database.transaction() as session:
        if pours is None:
            done = resolve_to_recipe(session, args.unmatched_id, args.recipe, author=ctx.user)
        else:
            done = resolve_to_pours(session, args.unmatched_id, pours, author=ctx.user)
    moved = ntr("{count} movement", "{count} movements", done.movements).format(
        count=done.movements
    )
    if done.sale_id is not None:
        print(
            tr("resolved unmatched sale {id} as sale {sale} ({movements})").format(
                id=done.unmatched_id, sale=done.sale_id, movements=moved
            )
        )
    else:
        print(
            tr("resolved unmatched sale {id} by what was poured ({movements})").format(
                id=done.unmatched_id, movements=moved
            )
        )
    return 0


def _local(stored: datetime) -> datetime:
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
