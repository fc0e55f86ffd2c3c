"""`batches [--item SKU] [--expired] [--bottle ID] [--format table|json]`: house-prep
batches, newest first; with --bottle, those a serial bottle went into.

Also `batch show CODE` (what went into it, what drew from it) and `batch discard CODE`
(its remaining written off as waste naming it).
"""

from __future__ import annotations

import argparse
from datetime import date

from inventory_app.commands.context import Context
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.display import exact_quantity
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.i18n.formats import date_text
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.batches.batches import discard_batch, local_date
from inventory_app.services.batches.reads import BatchRow, batch_rows, batch_trace, bottle_batches

COLUMNS = (
    N_("Batch"), N_("SKU"), N_("Name"), N_("Made on"), N_("Made by"), N_("Use by"),
    N_("Made"), N_("Remaining"), N_("State"),
)  # fmt: skip


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("batches", help=tr("house-prep batches, newest first"))
    listing.add_argument("--item", metavar="SKU", help=tr("only this flask's batches"))
    listing.add_argument(
        "--expired", action="store_true", help=tr("only batches past their use-by with stock left")
    )
    listing.add_argument(
        "--bottle", type=int, metavar="ID",
        help=tr("only the batches this serial bottle went into (its id in `bottles`)"),
    )  # fmt: skip
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)
    parser = commands.add_parser("batch", help=tr("one house-prep batch: show or discard it"))
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    show = steps.add_parser("show", help=tr("what went into a batch and what drew from it"))
    show.add_argument("code", metavar="CODE", help=tr("the batch code on its label"))
    show.set_defaults(handler=run_show)
    discard = steps.add_parser("discard", help=tr("write off what a batch still holds as waste"))
    discard.add_argument("code", metavar="CODE", help=tr("the batch code on its label"))
    discard.add_argument("--note", default="", metavar="TEXT", help=tr("a note kept with it"))
    discard.set_defaults(handler=run_discard)


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        rows = batch_rows(session, sku=args.item, expired=args.expired)
        if args.bottle is not None:  # traceability from a bottle
            went_into = set(bottle_batches(session, args.bottle))
            rows = [r for r in rows if r.code in went_into]
    if args.format == "json":
        print(render_json([batch_record(r) for r in rows]), end="")
    elif not rows:
        print(tr("nothing to show"))
    else:
        print(render_table([tr(c) for c in COLUMNS], [_cells(r) for r in rows]), end="")
    return 0


def batch_record(row: BatchRow) -> dict[str, Cell]:
    """One batch for JSON: dates ISO, quantities exact in the base unit."""
    return {
        "code": row.code, "sku": row.sku, "name": row.name, "unit": row.unit,
        "made_on": row.made_on.isoformat() if row.made_on else None, "made_by": row.made_by,
        "use_by": row.use_by.isoformat() if row.use_by else None, "made": row.quantity,
        "remaining": row.remaining, "state": row.state.value,
    }  # fmt: skip


def _day(day: date | None) -> str:
    return date_text(day) if day else "—"


def _cells(row: BatchRow) -> list[Cell]:
    return [
        row.code, row.sku, row.name, _day(row.made_on), row.made_by, _day(row.use_by),
        exact_quantity(row.quantity, row.unit), exact_quantity(row.remaining, row.unit),
        row.state.label,
    ]  # fmt: skip


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        trace = batch_trace(session, args.code)
    row = trace.batch
    print(tr("batch {code}: {name} ({sku})").format(code=row.code, name=row.name, sku=row.sku))
    print(tr("  made on {made} by {who}; use by {use_by}").format(
        made=_day(row.made_on), who=row.made_by or "—", use_by=_day(row.use_by)
    ))  # fmt: skip
    print(tr("  made {made}; remaining {remaining} ({state})").format(
        made=exact_quantity(row.quantity, row.unit),
        remaining=exact_quantity(row.remaining, row.unit), state=row.state.label,
    ))  # fmt: skip
    print(tr("went into it:") if trace.ingredients else tr("went into it: not known"))
    for i in trace.ingredients:
        source = i.bottle or i.batch
        print(f"  {exact_quantity(i.quantity, i.unit)} {i.sku} ({i.name})"
              + (f" [{source}]" if source else ""))  # fmt: skip
    print(tr("drawn from it:") if trace.draws else tr("drawn from it: nothing yet"))
    for d in trace.draws:
        moved = exact_quantity(d.delta, row.unit, signed=True)
        print(f"  {date_text(local_date(d.at))} {Reason(d.reason).label} {moved} "
              f"{d.reference} ({d.author})")  # fmt: skip
    return 0


def run_discard(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        discard_batch(session, args.code, author=ctx.user, note=args.note)
    print(tr("batch {code} discarded: written off as waste").format(code=args.code.upper()))
    return 0
