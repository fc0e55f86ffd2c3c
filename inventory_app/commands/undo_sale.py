"""`undo-sale [SALE_ID]`: void a sale (the last one by default) and return its ingredients."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.sell import change_line
from inventory_app.domain.display import exact_number
from inventory_app.i18n.catalogue import tr
from inventory_app.services.selling.details import undo_returns
from inventory_app.services.selling.sales import undo_sale
from inventory_app.services.selling.standing import sale_to_undo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("undo-sale", help=tr("undo a sale: its ingredients go back"))
    parser.add_argument(
        "sale_id", metavar="SALE_ID", type=int, nargs="?",
        help=tr("default: the last sale standing"),
    )  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        sale = sale_to_undo(session, args.sale_id)
        void_id = undo_sale(session, sale.sale_id, author=ctx.user)
        returned = undo_returns(session, sale.sale_id)
    head = tr("undid sale {id} ({drinks} x {recipe}, {channel}) with void {void}").format(
        id=sale.sale_id,
        drinks=exact_number(sale.quantity),
        recipe=sale.recipe,
        channel=sale.channel.label,
        void=void_id,
    )
    lines = [head]
    if returned:
        lines += [tr("returned to stock:"), *(change_line(c) for c in returned)]
    else:
        lines.append(tr("nothing to return to stock (the recipe had no ingredients)"))
    print("\n".join(lines))
    return 0
