"""`levels [--format table|json]` and `levels suggest [--accept SKU ...|--accept-all]`."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.domain import display
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, ntr, tr
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.ordering.levels import (
    LevelRow,
    LevelSuggestion,
    accept_suggestions,
    level_rows,
    suggest_levels,
)

COLUMNS = (N_("SKU"), N_("Name"), N_("Supplier"), N_("Containers"), N_("Par"),
           N_("Reorder at"), N_("On order"), N_("Cover d"), N_("Lead d"), N_("Status"))  # fmt: skip
SUGGEST_COLUMNS = (N_("SKU"), N_("Name"), N_("Per day"), N_("Reorder at"), N_("Par"),
                   N_("Now reorder at"), N_("Now par"))  # fmt: skip
DEFAULT_WEEKS = 6
JSON_PLACES = 3  # containers and days of cover in JSON: past what a person reads, short of noise


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("levels", help=tr("levels, days of cover and what runs out"))
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print the list")
    )
    parser.add_argument(
        "--weeks", type=int, default=DEFAULT_WEEKS,
        help=tr("usage weeks to read (default {weeks})").format(weeks=DEFAULT_WEEKS),
    )  # fmt: skip
    parser.set_defaults(handler=run)
    steps = parser.add_subparsers(dest="step", metavar="STEP")
    suggest = steps.add_parser("suggest", help=tr("par and reorder points from usage"))
    chosen = suggest.add_mutually_exclusive_group()
    chosen.add_argument(
        "--accept", nargs="+", default=[], metavar="SKU", help=tr("take these items' suggestions")
    )
    chosen.add_argument("--accept-all", action="store_true", help=tr("take every suggestion"))
    suggest.set_defaults(handler=run_suggest)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        rows = level_rows(session, weeks=args.weeks)
    if args.format == "json":
        print(render_json([level_record(r) for r in rows]), end="")
    else:
        print(render_table([tr(c) for c in COLUMNS], [_cells(r) for r in rows]), end="")
        late = [r.sku for r in rows if r.runs_out_before_delivery]
        if late:
            print(tr("runs out before delivery: {items}").format(items=", ".join(late)))
        else:
            print(tr("runs out before delivery: nothing"))
    return 0


def level_record(row: LevelRow) -> dict[str, Cell | bool]:
    return {
        "sku": row.sku, "name": row.name, "supplier": row.supplier, "unit": row.unit,
        "on_hand": row.on_hand, "containers": display.rounded(row.containers, JSON_PLACES),
        "par": row.par, "reorder_at": row.reorder_at, "on_order": row.on_order,
        "status": row.status.value,
        "days_of_cover": (
            None if row.days_of_cover is None else display.rounded(row.days_of_cover, JSON_PLACES)
        ),
        "lead_time_days": row.lead_time_days,
        "runs_out_before_delivery": row.runs_out_before_delivery,
    }  # fmt: skip


def _cells(row: LevelRow) -> list[Cell]:
    cover = None if row.days_of_cover is None else display.rounded(row.days_of_cover, 1)
    flag = row.status.label
    if row.runs_out_before_delivery:
        flag += " !"
    containers = display.rounded(row.containers, display.CONTAINER_PLACES)
    return [row.sku, row.name, row.supplier, containers, row.par,
            row.reorder_at, row.on_order, cover, row.lead_time_days, flag]  # fmt: skip


def run_suggest(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        suggestions = suggest_levels(session, weeks=args.weeks)
        skus = [s.sku for s in suggestions] if args.accept_all else list(args.accept)
        if args.accept_all and not skus:
            raise InputError(tr("no item has usage to suggest levels from"))
        changed = (
            accept_suggestions(session, skus, author=ctx.user, weeks=args.weeks) if skus else 0
        )
    if not suggestions:
        print(
            ntr(
                "no usage in the last {weeks} week to suggest levels from",
                "no usage in the last {weeks} weeks to suggest levels from",
                args.weeks,
            ).format(weeks=args.weeks)
        )
    else:
        columns = [tr(c) for c in SUGGEST_COLUMNS]
        print(render_table(columns, [_suggestion(s) for s in suggestions]), end="")
    if skus:
        accepted = ntr(
            "accepted {accepted} suggestion", "accepted {accepted} suggestions", len(skus)
        ).format(accepted=len(skus))
        items = ntr("{changed} item changed", "{changed} items changed", changed).format(
            changed=changed
        )
        print(f"{accepted}, {items}")
    return 0


def _suggestion(s: LevelSuggestion) -> list[Cell]:
    return [s.sku, s.name, display.rounded(s.daily_usage, 2), s.reorder_at, s.par,
            s.current_reorder_at, s.current_par]  # fmt: skip
