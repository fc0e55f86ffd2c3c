"""`count start|set|clear|finalise|sheet|import|report`: the weekly stock count."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands import count_report
from inventory_app.commands.context import Context
from inventory_app.domain.display import exact_quantity
from inventory_app.domain.errors import InputError
from inventory_app.domain.levels import containers
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.catalogue.item_refs import item_ref
from inventory_app.services.counts import sessions as counts
from inventory_app.services.counts.view import count_row, count_state
from inventory_app.services.imports import counts as count_import

# The option a counting rule's message is about, by the entry field it names.
OPTION = {"full": "--full", "tenths": "--tenths", "weight_g": "--weight", "quantity": "--quantity"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "count", help=tr("the stock count: start, enter, finalise, report")
    )
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    start = steps.add_parser("start", help=tr("open a count of the whole bar or some locations"))
    _location_option(start)
    start.set_defaults(handler=run_start)
    line = steps.add_parser("set", help=tr("enter one item: full containers and the open part"))
    line.add_argument("sku", metavar="SKU", help=tr("SKU or barcode"))
    line.add_argument("--full", metavar="N", help=tr("full (sealed) containers"))
    line.add_argument("--tenths", metavar="N", help=tr("tenths left in the open container"))
    line.add_argument("--weight", metavar="G", help=tr("the open container weighed, in grams"))
    line.add_argument("--quantity", metavar="Q", help=tr("in base units; overrides the rest"))
    line.set_defaults(handler=run_set)
    clear = steps.add_parser("clear", help=tr("forget an item's entry: it is not counted"))
    clear.add_argument("sku", metavar="SKU", help=tr("SKU or barcode"))
    clear.set_defaults(handler=run_clear)
    final = steps.add_parser("finalise", help=tr("write the differences as `count` movements"))
    final.set_defaults(handler=run_finalise)
    sheet = steps.add_parser("sheet", help=tr("a printable blind count sheet (.xlsx)"))
    sheet.add_argument(
        "--out", required=True, type=Path, metavar="FILE.xlsx", help=tr("the workbook to write")
    )
    _location_option(sheet)
    sheet.set_defaults(handler=run_sheet)
    read = steps.add_parser("import", help=tr("read a filled count sheet into the open count"))
    read.add_argument("file", type=Path, metavar="FILE.xlsx", help=tr("the filled count sheet"))
    read.add_argument("--finalise", action="store_true", help=tr("and finalise the count"))
    read.set_defaults(handler=run_import)
    count_report.register(steps)


def _location_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--location", action="append", default=[], metavar="L",
        help=tr("only this location (again for more; default: the whole bar)"),
    )  # fmt: skip


def run_start(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        counts.start_count(session, author=ctx.user, locations=tuple(args.location))
        state = count_state(session)  # the count just started: one is open at a time
    where = ", ".join(state.locations) or tr("the whole bar")
    print(
        ntr(  # English always said "items"; Italian tells one from several
            "count {count_id} started: {where}, {items} items to count",
            "count {count_id} started: {where}, {items} items to count",
            len(state.rows),
        ).format(count_id=state.count_id, where=where, items=len(state.rows))
    )
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    """A refused entry is kept on its line (which then counts nothing) and the command fails."""
    texts = {field: getattr(args, name) or "" for field, name in
             (("full", "full"), ("tenths", "tenths"), ("weight_g", "weight"),
              ("quantity", "quantity"))}  # fmt: skip
    if not any(text.strip() for text in texts.values()):
        raise InputError(tr("enter at least one of --full, --tenths, --weight or --quantity"))
    with ctx.database.transaction() as session:
        refused = counts.set_line_text(session, args.sku, author=ctx.user, texts=texts).problem
        item = item_ref(session, args.sku)
        row = count_row(session, item.item_id)
        state = count_state(session)
    if refused is not None:
        print(
            tr("{sku} ({name}): not counted until this entry is fixed or cleared").format(
                sku=item.sku, name=item.name
            )
        )
        option = OPTION.get(refused.column or "")
        raise InputError(f"{option}: {refused.detail}" if option else refused.detail)
    assert row.counted is not None, "an entry not refused is counted"
    print(
        tr(
            "{sku} ({name}): counted {quantity} ({containers} containers); "
            "{counted} of {items} counted"
        ).format(
            sku=item.sku,
            name=item.name,
            quantity=exact_quantity(row.counted, item.unit),
            containers=localized_number(f"{containers(row.counted, item.size):.2f}"),
            counted=state.counted,
            items=len(state.rows),
        )
    )
    return 0


def run_clear(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        cleared = counts.clear_line(session, args.sku, author=ctx.user)
    said = tr("{sku}: entry cleared") if cleared else tr("{sku} was not counted yet")
    print(said.format(sku=args.sku))
    return 0


def run_finalise(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        done = counts.finalise_count(session, author=ctx.user)
        report = count_report.load(session, done.count_id)
    print(
        tr("count {count_id} finalised: {counted} items counted, {movements} count movements "
           "written").format(
            count_id=done.count_id, counted=done.counted, movements=done.movements
        )
    )  # fmt: skip
    print(count_report.summary(report), end="")
    return 0


def run_sheet(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        rows = count_import.export_count_sheet(session, args.out, locations=tuple(args.location))
    said = ntr(
        "wrote the count sheet of {items} items to {file}",
        "wrote the count sheet of {items} items to {file}",
        rows,
    )  # English always said "items"; Italian tells one from several
    print(said.format(items=rows, file=args.out))
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        done = count_import.import_count_sheet(
            session, args.file, author=ctx.user, finalise=args.finalise
        )
        report = count_report.load(session, done.count_id) if done.finalised else None
    said = (
        tr("count {count_id} (started by this import): {counted} items entered from {file}")
        if done.started
        else tr("count {count_id} (open): {counted} items entered from {file}")
    )
    print(said.format(count_id=done.count_id, counted=done.counted, file=done.file_name))
    if done.finalised is not None and report is not None:
        print(
            tr("finalised: {movements} count movements written").format(
                movements=done.finalised.movements
            )
        )
        print(count_report.summary(report), end="")
    return 0
