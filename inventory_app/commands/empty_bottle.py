"""`empty CODE [--bottle ID]`: a bottle is finished; what the ledger still had is written off."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.opening_choice import add_arguments, run_step
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.containers import empty_container


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "empty",
        help=tr("finish an open bottle or container"),
        description=tr("A bottle finished with some left in the ledger writes it off as waste."),
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_step(args, ctx, empty_container)
