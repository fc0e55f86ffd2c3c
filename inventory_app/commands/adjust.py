"""`adjust SKU --by=-40ml --reason waste`: a manual correction, one movement."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.catalogue import ADJUST_REASONS, Reason
from inventory_app.domain.display import exact_quantity
from inventory_app.domain.errors import InputError
from inventory_app.domain.units import parse_quantity
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import localized_number
from inventory_app.services.ledger import movements as stock
from inventory_app.services.ledger.adjusted import adjusted


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "adjust",
        help=tr("record waste, breakage, a comp or a correction"),
        description=tr("Write a negative quantity as --by=-40ml (with '=')."),
    )
    parser.add_argument("sku", metavar="SKU", help=tr("SKU or barcode"))
    parser.add_argument(
        "--by", required=True, metavar="QUANTITY", help=tr("signed, with its unit: -40ml, +2pcs")
    )
    parser.add_argument(
        "--reason",
        required=True,
        choices=[r.value for r in ADJUST_REASONS],
        help=tr("why the stock changed"),
    )
    parser.add_argument("--note", default="", metavar="TEXT", help=tr("a note kept with it"))
    parser.add_argument(
        "--batch", metavar="CODE",
        help=tr("a house prep's batch to take it from (default: the oldest first)"),
    )  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # Read first, so unreadable text gets the message the Adjust dialog shows.
    amount, unit = option_value("--by", parse_quantity, args.by)
    if not args.by.strip().startswith(("+", "-")):
        # Unsigned, "--by 40ml" for a waste would add stock: make the direction explicit.
        raise InputError(
            tr("--by: expected a signed quantity such as -40ml or +2pcs, got {text}").format(
                text=repr(args.by)
            )
        )
    with ctx.database.transaction() as session:
        movement_id = stock.adjust(
            session,
            args.sku,
            amount,
            unit,
            Reason(args.reason),
            author=ctx.user,
            note=args.note,
            batch=args.batch,
        )
        done = adjusted(session, movement_id)
    print(
        tr(
            "{sku} ({name}): {delta} {reason}; on hand now {on_hand} ({containers} containers)"
        ).format(
            sku=done.sku,
            name=done.name,
            delta=exact_quantity(done.delta, done.unit, signed=True),
            reason=Reason(args.reason).label,
            on_hand=exact_quantity(done.on_hand, done.unit),
            containers=localized_number(f"{done.containers:.2f}"),
        )
    )
    return 0
