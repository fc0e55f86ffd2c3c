"""`adjust SKU --by=-40ml --reason waste`: a manual correction, one movement."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.catalogue import ADJUST_REASONS, Reason
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import format_quantity, parse_quantity
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.adjusted import adjusted


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "adjust",
        help="record waste, breakage, a comp or a correction",
        description="Write a negative quantity as --by=-40ml (with '=').",
    )
    parser.add_argument("sku", metavar="SKU", help="SKU or barcode")
    parser.add_argument(
        "--by", required=True, metavar="QUANTITY", help="signed, with its unit: -40ml, +2pcs"
    )
    parser.add_argument("--reason", required=True, choices=[r.value for r in ADJUST_REASONS])
    parser.add_argument("--note", default="", metavar="TEXT")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # Read first, so unreadable text gets the message the Adjust dialog shows.
    amount, unit = option_value("--by", parse_quantity, args.by)
    if not args.by.strip().startswith(("+", "-")):
        # Unsigned, "--by 40ml" for a waste would add stock: make the direction explicit.
        raise InputError(
            f"--by: expected a signed quantity such as -40ml or +2pcs, got {args.by!r}"
        )
    with ctx.database.transaction() as session:
        movement_id = stock.adjust(
            session, args.sku, amount, unit, Reason(args.reason), author=ctx.user, note=args.note
        )
        done = adjusted(session, movement_id)
    sign = "+" if done.delta > 0 else ""
    print(
        f"{done.sku} ({done.name}): {sign}{format_quantity(done.delta, done.unit)} {args.reason}; "
        f"on hand now {format_quantity(done.on_hand, done.unit)} "
        f"({done.containers:.2f} containers)"
    )
    return 0
