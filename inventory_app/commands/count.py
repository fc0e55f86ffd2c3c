"""`count start|set|clear|finalise|sheet|import|report`: the weekly stock count."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands import count_report
from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.domain.levels import containers
from inventory_app.domain.units import format_quantity
from inventory_app.services.catalogue.item_refs import item_ref
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.view import count_row, count_state
from inventory_app.services.imports import counts as count_import

# The option a counting rule's message is about, by the entry field it names.
OPTION = {"full": "--full", "tenths": "--tenths", "weight_g": "--weight", "quantity": "--quantity"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("count", help="the stock count: start, enter, finalise, report")
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    start = steps.add_parser("start", help="open a count of the whole bar or some locations")
    start.add_argument("--location", action="append", default=[], metavar="L")
    start.set_defaults(handler=run_start)
    line = steps.add_parser("set", help="enter one item: full containers and the open part")
    line.add_argument("sku", metavar="SKU", help="SKU or barcode")
    for option, metavar in (("--full", "N"), ("--tenths", "N"), ("--weight", "G")):
        line.add_argument(option, metavar=metavar)
    line.add_argument("--quantity", metavar="Q", help="in base units; overrides the rest")
    line.set_defaults(handler=run_set)
    clear = steps.add_parser("clear", help="forget an item's entry: it is not counted")
    clear.add_argument("sku", metavar="SKU")
    clear.set_defaults(handler=run_clear)
    final = steps.add_parser("finalise", help="write the differences as `count` movements")
    final.set_defaults(handler=run_finalise)
    sheet = steps.add_parser("sheet", help="a printable blind count sheet (.xlsx)")
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    sheet.add_argument("--location", action="append", default=[], metavar="L")
    sheet.set_defaults(handler=run_sheet)
    read = steps.add_parser("import", help="read a filled count sheet into the open count")
    read.add_argument("file", type=Path, metavar="FILE.xlsx")
    read.add_argument("--finalise", action="store_true", help="and finalise the count")
    read.set_defaults(handler=run_import)
    count_report.register(steps)


def run_start(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        counts.start_count(session, author=ctx.user, locations=tuple(args.location))
        state = count_state(session)  # the count just started: one is open at a time
    where = ", ".join(state.locations) or "the whole bar"
    print(f"count {state.count_id} started: {where}, {len(state.rows)} items to count")
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    """A refused entry is kept on its line (which then counts nothing) and the command fails."""
    texts = {field: getattr(args, name) or "" for field, name in
             (("full", "full"), ("tenths", "tenths"), ("weight_g", "weight"),
              ("quantity", "quantity"))}  # fmt: skip
    if not any(text.strip() for text in texts.values()):
        raise InputError("enter at least one of --full, --tenths, --weight or --quantity")
    with ctx.database.transaction() as session:
        refused = counts.set_line_text(session, args.sku, author=ctx.user, texts=texts).problem
        item = item_ref(session, args.sku)
        row = count_row(session, item.item_id)
        state = count_state(session)
    if refused is not None:
        print(f"{item.sku} ({item.name}): not counted until this entry is fixed or cleared")
        option = OPTION.get(refused.column or "")
        raise InputError(f"{option}: {refused.detail}" if option else refused.detail)
    assert row.counted is not None, "an entry not refused is counted"
    print(
        f"{item.sku} ({item.name}): counted {format_quantity(row.counted, item.unit)} "
        f"({containers(row.counted, item.size):.2f} containers); "
        f"{state.counted} of {len(state.rows)} counted"
    )
    return 0


def run_clear(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        cleared = counts.clear_line(session, args.sku, author=ctx.user)
    print(f"{args.sku}: entry cleared" if cleared else f"{args.sku} was not counted yet")
    return 0


def run_finalise(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        done = counts.finalise_count(session, author=ctx.user)
        report = count_report.load(session, done.count_id)
    print(
        f"count {done.count_id} finalised: {done.counted} items counted, "
        f"{done.movements} count movements written"
    )
    print(count_report.summary(report), end="")
    return 0


def run_sheet(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        rows = count_import.export_count_sheet(session, args.out, locations=tuple(args.location))
    print(f"wrote the count sheet of {rows} items to {args.out}")
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        done = count_import.import_count_sheet(
            session, args.file, author=ctx.user, finalise=args.finalise
        )
        report = count_report.load(session, done.count_id) if done.finalised else None
    how = "started by this import" if done.started else "open"
    print(f"count {done.count_id} ({how}): {done.counted} items entered from {done.file_name}")
    if done.finalised is not None and report is not None:
        print(f"finalised: {done.finalised.movements} count movements written")
        print(count_report.summary(report), end="")
    return 0
