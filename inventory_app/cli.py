"""The command line: parse, open the database, run one command in one transaction, print."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from inventory_app import __version__
from inventory_app.commands.environment import PIN_ENV, USER_ENV
from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.i18n.argparse_words import translate_argparse
from inventory_app.i18n.catalogue import LANGUAGES, set_language, tr
from inventory_app.i18n.language import LANG_ENV, start_language

PROG = "inventory-app"
DB_ENV = "INVENTORY_APP_DB"
DEBUG_ENV = "INVENTORY_APP_DEBUG"
COMMANDS = (  # modules of inventory_app.commands, imported only to parse a command
    "init_db",
    "import_file",
    "stock",
    "adjust",
    "history",
    "recipes",
    "modifiers",
    "make",
    "batches",
    "label",
    "sell",
    "undo_sale",
    "sales",
    "count",
    "bottle_add",
    "bottles",
    "open_bottle",
    "empty_bottle",
    "openings",
    "levels",
    "allergens",
    "reorder",
    "order",
    "supplier",
    "backup",
    "restore",
    "transfer",
    "user",
    "undo",
    "settings",
    "check",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=tr(
            "Stock manager for very small cocktail bars. Without a command: the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=tr("show program's version number and exit"),  # argparse 3.11 does not translate it
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=tr(
            "language of messages and documents (default: ${env}, else Settings, else the system's)"
        ).format(env=LANG_ENV),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr("SQLAlchemy database URL (default: ${env}, else your own)").format(env=DB_ENV),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=tr(
            "who is acting; asks for the PIN unless ${pin} holds it "
            "(default: ${user}, else the owner while nobody has a PIN)"
        ).format(pin=PIN_ENV, user=USER_ENV),
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"inventory_app.commands.{name}").register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status: 0 done, 2 bad input, 3 refused (role or PIN), 4 busy, 5 read-only,
    6 disk full, 7 disk I/O error, 8 damaged (db/faults.py), 1 anything else.

    Never a traceback for a user error. Without a command the window opens without the
    command modules ever being imported (they bring SQLAlchemy before the window shows).
    """
    set_language(start_language(_asked_language(sys.argv[1:] if argv is None else argv)))
    translate_argparse()
    args = _window_options(argv) or build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except InventoryError as exc:
        return _fail(exc, exc.exit_code)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        fault = _named_fault(exc, args)
        if fault is not None:
            return _fail(fault, fault.exit_code)
        from inventory_app.services.support.error_log import record_error

        log = record_error(exc, during=f"{PROG} {args.command or '(window)'}")
        details = tr("{error} (details in {log})").format(
            error=f"{type(exc).__name__}: {exc}", log=log
        )
        return _fail(exc, 1, details)


def _asked_language(argv: Sequence[str]) -> str | None:
    """--lang, read before the parser exists: its help and errors are already in that language.

    A value the app does not speak is left for the parser to refuse with its usage.
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    return None


def _dispatch(args: argparse.Namespace) -> int:
    if args.user is not None and not args.user.strip():
        raise InputError(tr("--user: expected a name, got an empty one"))
    named = args.user.strip() if args.user else None
    fallback = named or os.environ.get(USER_ENV) or "owner"
    if args.command is None:  # the window signs people in itself
        from inventory_app.commands.gui import start_window

        return start_window(args.db, os.environ.get(DB_ENV), user=fallback)
    from dataclasses import replace  # not before the window's frame: it loads inspect

    from inventory_app.commands.database_choice import choose_database, chosen_url
    from inventory_app.commands.signing_in import acting_user

    if hasattr(args, "file_handler"):  # backup and restore work on the file, even a damaged one
        return int(args.file_handler(args, chosen_url(args.db, os.environ.get(DB_ENV))))
    if getattr(args, "standalone", None):  # opens its own databases (transfer)
        return int(args.standalone(args))
    own_check = getattr(args, "checks_ledger", False)  # `check` compares and repairs itself
    ctx = choose_database(
        args.db, os.environ.get(DB_ENV), user=fallback, check_ledger=not own_check
    )
    try:
        ctx = replace(ctx, user=acting_user(ctx.database, named, env=os.environ))
        return int(args.handler(args, ctx))
    finally:
        ctx.database.dispose()


def _named_fault(exc: Exception, args: argparse.Namespace) -> InventoryError | None:
    """A driver error no session named (a file copied by a command): named here the same way."""
    from inventory_app.commands.database_choice import chosen_url
    from inventory_app.db.engine import label_of
    from inventory_app.db.fault_naming import named_fault

    try:
        where = label_of(chosen_url(args.db, os.environ.get(DB_ENV)))
    except InventoryError:
        return None
    return named_fault(exc, where)


class _NotTheWindow(Exception):
    """The arguments name a command, ask for help or are wrong: the full parser answers."""


class _OptionsOnly(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheWindow(message)


def _window_options(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """--db and --user alone (the window), parsed without loading any command; else None."""
    parser = _OptionsOnly(prog=PROG, add_help=False, allow_abbrev=False)
    parser.add_argument("--db")
    parser.add_argument("--user")
    parser.add_argument("--lang", choices=LANGUAGES)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


def _fail(exc: BaseException, status: int, message: str | None = None) -> int:
    if os.environ.get(DEBUG_ENV) == "1":
        import traceback

        traceback.print_exception(exc)
    # argparse's own wording, so a refused command and a mistyped one read alike
    text = tr("%(prog)s: error: %(message)s\n") % {"prog": PROG, "message": message or exc}
    print(text, end="", file=sys.stderr)
    return status
