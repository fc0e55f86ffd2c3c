"""`undo-sale [SALE_ID]`: void a sale (the last one by default) and return its ingredients."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from inventory_app.commands.context import Context
from inventory_app.commands.sell import change_line
from inventory_app.db.models import Sale
from inventory_app.domain.errors import InputError, NotFoundError
from inventory_app.domain.units import format_decimal
from inventory_app.services.selling.details import undo_returns
from inventory_app.services.selling.sales import last_sale, undo_sale


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("undo-sale", help="undo a sale: its ingredients go back")
    parser.add_argument(
        "sale_id", metavar="SALE_ID", type=int, nargs="?", help="default: the last sale standing"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        sale = _chosen(session, args.sale_id)
        drinks = format_decimal(sale.quantity)
        head = f"sale {sale.id} ({drinks} x {sale.recipe_name}, {sale.channel})"
        void_id = undo_sale(session, sale.id, author=ctx.user)
        returned = undo_returns(session, sale.id)
    lines = [f"undid {head} with void {void_id}"]
    if returned:
        lines += ["returned to stock:", *(change_line(c) for c in returned)]
    else:
        lines.append("nothing to return to stock (the recipe had no ingredients)")
    print("\n".join(lines))
    return 0


def _chosen(session: Session, sale_id: int | None) -> Sale:
    """The sale named, else the last one standing."""
    if sale_id is None:
        sale = last_sale(session)
        if sale is None:
            raise InputError("no sale to undo")
        return sale
    named = session.get(Sale, sale_id)
    if named is None:
        raise NotFoundError(f"no sale with id {sale_id}")
    return named
