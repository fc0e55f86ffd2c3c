"""`bottle add SKU --label TEXT`: register one physical bottle of a serial item."""

from __future__ import annotations

import argparse
from decimal import Decimal

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money, parse_money
from inventory_app.domain.numbers import is_whole_number
from inventory_app.domain.units import parse_decimal
from inventory_app.services.bottles.containers import add_bottle
from inventory_app.services.bottles.view import bottle_rows


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("bottle", help="register a bottle of a serial item")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="register one sealed bottle (its size is received into stock)",
        description="The item must have tracking=serial. The cost defaults to the item's.",
    )
    add.add_argument("sku", metavar="SKU", help="SKU or barcode of the item")
    add.add_argument("--label", required=True, metavar="TEXT", help="what the label says")
    add.add_argument("--cost", metavar="EUR", help="what this bottle cost")
    add.add_argument("--barcode", metavar="CODE", help="a barcode of this bottle only")
    add.add_argument("--abv", metavar="N", help="alcohol by volume, in percent")
    add.add_argument("--vintage", metavar="Y", help="year distilled or bottled")
    add.add_argument("--cask", default="", metavar="C")
    add.add_argument("--number", default="", metavar="N", help="bottle number, such as 56/300")
    add.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    cost = option_value("--cost", parse_money, args.cost) if args.cost else None
    abv = option_value("--abv", _percent, args.abv) if args.abv else None
    vintage = option_value("--vintage", _year, args.vintage) if args.vintage else None
    with ctx.database.transaction() as session:
        bottle_id = add_bottle(
            session, args.sku, label=args.label, author=ctx.user, cost=cost,
            barcode=args.barcode, abv=abv, vintage=vintage,
            cask=args.cask, bottle_number=args.number,
        )  # fmt: skip
        row = next(r for r in bottle_rows(session, sku=args.sku) if r.bottle_id == bottle_id)
    price = f", cost {format_money(row.cost)}" if row.cost is not None else ""
    print(f"bottle #{bottle_id}: {row.sku} ({row.name}), {row.label}, sealed{price}")
    return 0


def _year(text: str) -> int:
    if not is_whole_number(text.strip()):
        raise InputError(f"expected a year such as 1998, got {text!r}")
    return int(text)


def _percent(text: str) -> Decimal:
    return parse_decimal(text.strip().rstrip("%"), what="a percentage such as 46")
