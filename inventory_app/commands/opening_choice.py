"""`open` and `empty` share this: run the step, and ask which bottle when several fit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from inventory_app.commands.context import Context
from inventory_app.domain.display import exact_quantity
from inventory_app.i18n.catalogue import ntr, tr
from inventory_app.services.bottles.containers import BottleChoiceError, OpeningResult

Step = Callable[..., OpeningResult]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=tr("barcode, SKU, or bottle id (#12)"))
    parser.add_argument("--bottle", type=int, metavar="ID", help=tr("which bottle of the item"))


def run_step(args: argparse.Namespace, ctx: Context, step: Step) -> int:
    """One transaction; on a terminal, a choice between bottles is asked, then retried."""
    try:
        result = _once(ctx, step, args.code, args.bottle)
    except BottleChoiceError as choice:
        if not sys.stdin.isatty():
            raise
        result = _once(ctx, step, args.code, _ask(choice))
    print(describe(result))
    return 0


def _once(ctx: Context, step: Step, code: str, bottle_id: int | None) -> OpeningResult:
    with ctx.database.transaction() as session:
        return step(session, code, author=ctx.user, bottle_id=bottle_id)


def _ask(choice: BottleChoiceError) -> int:
    print(tr("Which bottle?"), file=sys.stderr)
    for _, name in choice.choices:
        print(f"  {name}", file=sys.stderr)
    ids = {bottle_id for bottle_id, _ in choice.choices}
    while True:
        answer = input(tr("bottle id: ")).strip().lstrip("#")
        if answer.isdigit() and int(answer) in ids:
            return int(answer)
        listed = ", ".join(f"#{i}" for i in sorted(ids))
        print("  " + tr("one of {ids}").format(ids=listed), file=sys.stderr)


def describe(result: OpeningResult) -> str:
    """'opened #12 Cask 1 (WHI-MAC18 Macallan 18)' or 'finished AMA-CAMP ...; 1 open now'."""
    line = _what_happened(result)
    if result.written_off > 0:
        left = exact_quantity(result.written_off, result.unit)
        line += "; " + tr("{quantity} left written off as waste").format(quantity=left)
    elif result.written_off < 0:
        over = exact_quantity(-result.written_off, result.unit)
        line += "; " + tr("{quantity} poured beyond its level, corrected").format(quantity=over)
    return line


def _what_happened(result: OpeningResult) -> str:
    opened = result.action == "open"
    if result.bottle:
        text = (
            tr("opened {bottle} ({sku} {name})")
            if opened
            else tr("finished {bottle} ({sku} {name})")
        )
        return text.format(bottle=result.bottle, sku=result.sku, name=result.name)
    count = result.open_containers
    if opened:
        text = ntr("opened {sku} ({name}); {count} open now",
                   "opened {sku} ({name}); {count} open now", count)  # fmt: skip
    else:
        text = ntr("finished {sku} ({name}); {count} open now",
                   "finished {sku} ({name}); {count} open now", count)  # fmt: skip
    return text.format(sku=result.sku, name=result.name, count=count)
