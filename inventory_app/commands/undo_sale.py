"""`undo-sale [SALE_ID]`: void a sale (the last one by default) and return its ingredients."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.sell import change_line
from inventory_app.domain.units import format_decimal
from inventory_app.services.selling.details import undo_returns
from inventory_app.services.selling.sales import undo_sale
from inventory_app.services.selling.standing import sale_to_undo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("undo-sale", help="undo a sale: its ingredients go back")
    parser.add_argument(
        "sale_id", metavar="SALE_ID", type=int, nargs="?", help="default: the last sale standing"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        sale = sale_to_undo(session, args.sale_id)
        drinks = format_decimal(sale.quantity)
        head = f"sale {sale.sale_id} ({drinks} x {sale.recipe}, {sale.channel})"
        void_id = undo_sale(session, sale.sale_id, author=ctx.user)
        returned = undo_returns(session, sale.sale_id)
    lines = [f"undid {head} with void {void_id}"]
    if returned:
        lines += ["returned to stock:", *(change_line(c) for c in returned)]
    else:
        lines.append("nothing to return to stock (the recipe had no ingredients)")
    print("\n".join(lines))
    return 0
