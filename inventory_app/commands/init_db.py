"""`init [--demo]`: create or migrate the database; optionally load the demo bar."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.services.demo.empty_bar import demo_if_empty

# demo_if_empty lives in services/demo/empty_bar.py; still importable from here (ui tests)
__all__ = ["demo_if_empty", "register", "run"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("init", help="create or update the database")
    parser.add_argument(
        "--demo", action="store_true", help="load the demo bar if the catalogue is empty"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    state = "created" if ctx.created else "up to date"
    print(f"database {state}: {ctx.database.label}")
    if args.demo:
        with ctx.database.transaction() as session:
            print(demo_if_empty(session, author=ctx.user))
    return 0
