"""`bottle add SKU --label TEXT`: register one physical bottle of a serial item."""

from __future__ import annotations

import argparse
from decimal import Decimal

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import format_money, parse_money
from inventory_app.domain.numbers import is_whole_number, shown
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.containers import add_bottle
from inventory_app.services.bottles.view import bottle_rows


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("bottle", help=tr("register a bottle of a serial item"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help=tr("register one sealed bottle (its size is received into stock)"),
        description=tr("The item must have tracking=serial. The cost defaults to the item's."),
    )
    add.add_argument("sku", metavar="SKU", help=tr("SKU or barcode of the item"))
    add.add_argument("--label", required=True, metavar="TEXT", help=tr("what the label says"))
    add.add_argument("--cost", metavar="EUR", help=tr("what this bottle cost"))
    add.add_argument("--barcode", metavar="CODE", help=tr("a barcode of this bottle only"))
    add.add_argument("--abv", metavar="N", help=tr("alcohol by volume, in percent"))
    add.add_argument("--vintage", metavar="Y", help=tr("year distilled or bottled"))
    add.add_argument("--cask", default="", metavar="C", help=tr("the cask it came from"))
    add.add_argument("--number", default="", metavar="N", help=tr("bottle number, such as 56/300"))
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
    if row.cost is None:
        said = tr("bottle #{id}: {sku} ({name}), {label}, sealed")
    else:
        said = tr("bottle #{id}: {sku} ({name}), {label}, sealed, cost {cost}")
    cost_text = format_money(row.cost) if row.cost is not None else ""
    print(said.format(id=bottle_id, sku=row.sku, name=row.name, label=row.label, cost=cost_text))
    return 0


def _year(text: str) -> int:
    if not is_whole_number(text.strip()):
        raise InputError(tr("expected a year such as 1998, got {text}").format(text=shown(text)))
    return int(text)


def _percent(text: str) -> Decimal:
    try:
        return parse_decimal(text.strip().rstrip("%"))
    except InputError:
        raise InputError(
            tr("expected a percentage such as 46, got {text}").format(text=shown(text))
        ) from None
