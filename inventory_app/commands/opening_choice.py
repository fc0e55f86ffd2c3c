"""`open` and `empty` share this: run the step, and ask which bottle when several fit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from inventory_app.commands.context import Context
from inventory_app.domain.units import BaseUnit, format_quantity
from inventory_app.services.bottles.containers import BottleChoiceError, OpeningResult

Step = Callable[..., OpeningResult]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help="barcode, SKU, or bottle id (#12)")
    parser.add_argument("--bottle", type=int, metavar="ID", help="which bottle of the item")


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
    print("Which bottle?", file=sys.stderr)
    for _, name in choice.choices:
        print(f"  {name}", file=sys.stderr)
    ids = {bottle_id for bottle_id, _ in choice.choices}
    while True:
        answer = input("bottle id: ").strip().lstrip("#")
        if answer.isdigit() and int(answer) in ids:
            return int(answer)
        print(f"  one of {', '.join(f'#{i}' for i in sorted(ids))}", file=sys.stderr)


def describe(result: OpeningResult) -> str:
    """'opened #12 Cask 1 (WHI-MAC18 Macallan 18)' or 'finished AMA-CAMP ...; 1 open'."""
    verb = "opened" if result.action == "open" else "finished"
    what = (
        f"{result.bottle} ({result.sku} {result.name})"
        if result.bottle
        else (f"{result.sku} ({result.name}); {result.open_containers} open now")
    )
    line = f"{verb} {what}"
    if result.written_off > 0:
        left = format_quantity(result.written_off, BaseUnit(result.unit))
        line += f"; {left} left written off as waste"
    elif result.written_off < 0:
        over = format_quantity(-result.written_off, BaseUnit(result.unit))
        line += f"; {over} poured beyond its level, corrected"
    return line
