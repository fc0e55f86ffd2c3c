"""`open CODE [--bottle ID]`: the bartender opens a bottle (a ledger event, no quantity)."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.commands.opening_choice import add_arguments, run_step
from inventory_app.i18n.catalogue import tr
from inventory_app.services.bottles.containers import open_container


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "open",
        help=tr("open a bottle or container"),
        description=tr("A serial item with several sealed bottles asks which (or give --bottle)."),
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return run_step(args, ctx, open_container)
