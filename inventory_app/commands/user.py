"""`user add|set-pin|disable|enable|list`: the people of the bar and their PINs."""

from __future__ import annotations

import argparse
import os

from inventory_app.commands.context import Context
from inventory_app.commands.signing_in import NEW_PIN_ENV, read_secret
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Role
from inventory_app.io.text_output import render_json, render_table
from inventory_app.services.people import roster as people


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("user", help="people: add, set a PIN, disable, enable, list")
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a person (an owner must have a PIN first)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    pins = add.add_mutually_exclusive_group()
    pins.add_argument(
        "--pin", action="store_true", help=f"give them a PIN (the default: ${NEW_PIN_ENV} or asked)"
    )
    pins.add_argument(
        "--no-pin", action="store_true", help="no PIN yet: they cannot sign in until one is set"
    )
    add.set_defaults(handler=run_add)
    pin = actions.add_parser("set-pin", help=f"set a PIN or password (${NEW_PIN_ENV} or asked)")
    pin.add_argument("name", metavar="NAME")
    pin.set_defaults(handler=run_set_pin)
    disable = actions.add_parser("disable", help="switch someone off; their history stays")
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(handler=run_disable)
    enable = actions.add_parser("enable", help="switch someone back on")
    enable.add_argument("name", metavar="NAME")
    enable.set_defaults(handler=run_enable)
    listing = actions.add_parser("list", help="everyone, with role and whether active")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    """The PIN from $INVENTORY_APP_NEW_PIN or asked; a person without one only by --no-pin."""
    secret = None if args.no_pin else new_secret(args.name)
    with ctx.database.transaction() as session:
        row = people.add_user(session, args.name, args.role, author=ctx.user, secret=secret)
    if row.has_secret:
        print(f"added {row.name} ({row.role.value}) with a PIN")
    else:
        print(
            f"added {row.name} ({row.role.value}) without a PIN: they cannot sign in "
            f"until an owner sets one (user set-pin {row.name})"
        )
    return 0


def run_set_pin(args: argparse.Namespace, ctx: Context) -> int:
    secret = new_secret(args.name)
    with ctx.database.transaction() as session:
        people.set_secret(session, args.name, secret, author=ctx.user)
    print(f"the PIN of {args.name} is set")
    return 0


def run_disable(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        people.disable_user(session, args.name, author=ctx.user)
    print(f"{args.name} is disabled")
    return 0


def run_enable(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        people.enable_user(session, args.name, author=ctx.user)
    print(f"{args.name} is enabled")
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        rows = people.list_users(session)
    records = [
        {"name": r.name, "role": r.role.value, "active": r.active, "pin": r.has_secret}
        for r in rows
    ]
    if args.format == "json":
        print(render_json(records), end="")
    else:
        table = [[r.name, r.role.value, _yes(r.active), _yes(r.has_secret)] for r in rows]
        print(render_table(("Name", "Role", "Active", "PIN"), table), end="")
    return 0


def new_secret(name: str) -> str:
    """From $INVENTORY_APP_NEW_PIN, else typed twice (a typo must not lock anyone out)."""
    if os.environ.get(NEW_PIN_ENV):
        return os.environ[NEW_PIN_ENV]
    first = read_secret(os.environ, NEW_PIN_ENV, f"new PIN for {name}: ")
    if read_secret(os.environ, NEW_PIN_ENV, "again: ") != first:
        raise InputError("the two PINs differ; nothing was changed")
    return first


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
