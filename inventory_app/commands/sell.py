"""`sell RECIPE [--qty N] [--channel takeaway|speakeasy]`: drinks sold at the window;
`sell --bespoke --pour SKU=QTY ... --price P [--note TEXT]`: one drink made to taste."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value, pour_options
from inventory_app.commands.shortages import warn_shortages
from inventory_app.domain.display import exact_number, exact_quantity
from inventory_app.domain.errors import InputError
from inventory_app.domain.money import parse_money
from inventory_app.domain.recipes import Channel
from inventory_app.domain.units import parse_decimal
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.services.selling.bespoke import sell_bespoke
from inventory_app.services.selling.details import StockChange, sale_deductions
from inventory_app.services.selling.sales import SaleResult, sell

_DRINKS = N_("a whole number of drinks such as 2")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "sell", help=tr("record drinks sold; their ingredients leave stock")
    )
    parser.add_argument(
        "recipe", metavar="RECIPE", nargs="?", help=tr("the cocktail's name or a POS name")
    )
    parser.add_argument("--qty", default="1", metavar="N", help=tr("how many drinks (default 1)"))
    parser.add_argument(
        "--channel",
        choices=[c.value for c in Channel],
        help=tr("where the drinks went (default: the bar's setting, takeaway)"),
    )
    bespoke = parser.add_argument_group(tr("a bespoke drink (no recipe, a price typed in)"))
    bespoke.add_argument(
        "--bespoke", action="store_true", help=tr("one drink made to the guest's taste")
    )
    bespoke.add_argument(
        "--pour", nargs="+", metavar="SKU=QTY", help=tr("what was poured, such as GIN-1=50ml")
    )
    bespoke.add_argument("--price", metavar="PRICE", help=tr("what the guest paid, such as 14"))
    bespoke.add_argument("--note", default="", help=tr("whose or what it was"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.bespoke:
        return run_bespoke(args, ctx)
    if args.recipe is None:
        raise InputError(tr("name the recipe sold, or sell --bespoke with --pour and --price"))
    if args.pour or args.price is not None or args.note:
        raise InputError(tr("--pour, --price and --note go with --bespoke"))
    quantity = option_value("--qty", lambda t: parse_decimal(t, what=_DRINKS), args.qty)
    channel = Channel(args.channel) if args.channel else None
    with ctx.database.transaction() as session:
        result = sell(session, args.recipe, author=ctx.user, quantity=quantity, channel=channel)
        changes = sale_deductions(session, result.sale_id)
    print(describe(result, changes), end="")
    warn_shortages(result.shortages)
    return 0


def run_bespoke(args: argparse.Namespace, ctx: Context) -> int:
    """One drink of the pours named, at the price typed in."""
    if args.recipe is not None:
        raise InputError(
            tr("a bespoke drink has no recipe: name what was poured with --pour, not {name}")
            .format(name=repr(args.recipe))
        )  # fmt: skip
    if not args.pour or args.price is None:
        raise InputError(tr("sell --bespoke needs --pour SKU=QTY ... and --price"))
    if args.qty != "1":
        raise InputError(tr("a bespoke drink is one drink: sell each on its own"), column="--qty")
    pours = pour_options(args.pour)
    price = option_value("--price", parse_money, args.price)
    channel = Channel(args.channel) if args.channel else None
    with ctx.database.transaction() as session:
        result = sell_bespoke(
            session, pours, price=price, author=ctx.user, channel=channel, note=args.note
        )
        changes = sale_deductions(session, result.sale_id)
    print(describe(result, changes), end="")
    warn_shortages(result.shortages)
    return 0


def describe(result: SaleResult, changes: list[StockChange]) -> str:
    """The sale, then each ingredient taken and what is left of it."""
    head = tr("sale {id}: {drinks} x {recipe} ({channel})").format(
        id=result.sale_id,
        drinks=exact_number(result.quantity),
        recipe=result.recipe,
        channel=result.channel.label,
    )
    return "\n".join([head, *(change_line(c) for c in changes)]) + "\n"


def change_line(change: StockChange) -> str:
    """'  -30 ml GIN-TANQ (Tanqueray London Dry), on hand 2770 ml'."""
    sign = "+" if change.delta > 0 else ""
    text = tr("{change} {sku} ({name}), on hand {quantity}").format(
        change=sign + exact_quantity(change.delta, change.unit),
        sku=change.sku,
        name=change.name,
        quantity=exact_quantity(change.on_hand, change.unit),
    )
    return "  " + text
