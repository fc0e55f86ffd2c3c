"""`sell RECIPE [--qty N] [--channel takeaway|speakeasy]`: drinks sold at the window."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.commands.shortages import warn_shortages
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import BaseUnit, format_decimal, format_quantity, parse_decimal
from inventory_app.services.selling.details import StockChange, sale_deductions
from inventory_app.services.selling.sales import SaleResult, sell


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("sell", help="record drinks sold; their ingredients leave stock")
    parser.add_argument("recipe", metavar="RECIPE", help="the cocktail's name or a POS name")
    parser.add_argument("--qty", default="1", metavar="N", help="how many drinks (default 1)")
    parser.add_argument(
        "--channel",
        choices=[c.value for c in Channel],
        help="where the drinks went (default: the bar's setting, takeaway)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    what = "a whole number of drinks such as 2"
    quantity = option_value("--qty", lambda t: parse_decimal(t, what=what), args.qty)
    channel = Channel(args.channel) if args.channel else None
    with ctx.database.transaction() as session:
        result = sell(session, args.recipe, author=ctx.user, quantity=quantity, channel=channel)
        changes = sale_deductions(session, result.sale_id)
    print(describe(result, changes), end="")
    warn_shortages(result.shortages)
    return 0


def describe(result: SaleResult, changes: list[StockChange]) -> str:
    """The sale, then each ingredient taken and what is left of it."""
    head = (
        f"sale {result.sale_id}: {format_decimal(result.quantity)} x {result.recipe} "
        f"({result.channel.value})"
    )
    return "\n".join([head, *(change_line(c) for c in changes)]) + "\n"


def change_line(change: StockChange) -> str:
    """'  -30 ml GIN-TANQ (Tanqueray London Dry), on hand 2770 ml'."""
    unit = BaseUnit(change.unit)
    sign = "+" if change.delta > 0 else ""
    return (
        f"  {sign}{format_quantity(change.delta, unit)} {change.sku} ({change.name}), "
        f"on hand {format_quantity(change.on_hand, unit)}"
    )
