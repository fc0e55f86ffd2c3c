"""The command line: parse, open the database, run one command in one transaction, print."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from inventory_app import __version__
from inventory_app.commands import (
    adjust,
    backup,
    bottle_add,
    bottles,
    count,
    empty_bottle,
    history,
    import_file,
    init_db,
    levels,
    make,
    open_bottle,
    openings,
    order,
    recipes,
    reorder,
    restore,
    sell,
    stock,
    transfer,
    undo_sale,
)
from inventory_app.commands.database_choice import choose_database, chosen_url
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.services.error_log import record_error

PROG = "inventory-app"
DB_ENV = "INVENTORY_APP_DB"
DEBUG_ENV = "INVENTORY_APP_DEBUG"
COMMANDS = (
    init_db,
    import_file,
    stock,
    adjust,
    history,
    recipes,
    make,
    sell,
    undo_sale,
    count,
    bottle_add,
    bottles,
    open_bottle,
    empty_bottle,
    openings,
    levels,
    reorder,
    order,
    backup,
    restore,
    transfer,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Stock manager for very small cocktail bars. Without a command: the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", metavar="URL", help=f"SQLAlchemy database URL (default: ${DB_ENV}, else your own)"
    )
    parser.add_argument(
        "--user", default="owner", metavar="NAME", help="who is acting (default: owner)"
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status: 0 done, 2 bad input, 1 anything else; never a traceback for a user error."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except InputError as exc:
        return _fail(exc, 2)
    except InventoryError as exc:
        return _fail(exc, 1)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log = record_error(exc, during=f"{PROG} {args.command or '(window)'}")
        return _fail(exc, 1, f"{type(exc).__name__}: {exc} (details in {log})")


def _dispatch(args: argparse.Namespace) -> int:
    if not args.user.strip():
        raise InputError("--user: expected a name, got an empty one")
    if args.command is None:
        from inventory_app.commands.gui import start_window

        return start_window(args.db, os.environ.get(DB_ENV), user=args.user.strip())
    if hasattr(args, "file_handler"):  # backup and restore work on the file, even a damaged one
        return int(args.file_handler(args, chosen_url(args.db, os.environ.get(DB_ENV))))
    if getattr(args, "standalone", None):  # opens its own databases (transfer)
        return int(args.standalone(args))
    ctx = choose_database(args.db, os.environ.get(DB_ENV), user=args.user.strip())
    try:
        return int(args.handler(args, ctx))
    finally:
        ctx.database.dispose()


def _fail(exc: BaseException, status: int, message: str | None = None) -> int:
    if os.environ.get(DEBUG_ENV) == "1":
        traceback.print_exception(exc)
    print(f"{PROG}: error: {message or exc}", file=sys.stderr)
    return status
