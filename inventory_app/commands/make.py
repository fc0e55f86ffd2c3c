"""`make RECIPE [--batches N]`: a house prep made; ingredients out, the flask item in."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.options import option_value
from inventory_app.commands.shortages import warn_shortages
from inventory_app.domain.recipes import parse_batches
from inventory_app.domain.units import BaseUnit, format_decimal, format_quantity
from inventory_app.services.recipes.production import ProductionResult, make_prep


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("make", help="record a house prep made (syrup, infusion, batch)")
    parser.add_argument("recipe", metavar="RECIPE", help="the prep recipe's name")
    parser.add_argument(
        "--batches", default="1", metavar="N", help="how many batches (default 1; 0.5 is half)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    batches = option_value("--batches", parse_batches, args.batches)
    with ctx.database.transaction() as session:
        result = make_prep(session, args.recipe, author=ctx.user, batches=batches)
    print(describe(result), end="")
    warn_shortages(result.shortages)
    return 0


def describe(result: ProductionResult) -> str:
    """What was made, then each ingredient used, one per line."""
    batches = format_decimal(result.batches)
    made = format_quantity(result.made, BaseUnit(result.unit))
    lines = [
        f"made {batches} batch{'' if result.batches == 1 else 'es'} of {result.recipe} "
        f"(production {result.production_id}): +{made} {result.item_sku}"
    ]
    lines += [
        f"  used {format_quantity(u.quantity, BaseUnit(u.unit))} {u.sku} ({u.name})"
        for u in result.used
    ]
    return "\n".join(lines) + "\n"
