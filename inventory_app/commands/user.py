"""`user add|set-pin|disable|enable|list`: the people of the bar and their PINs."""

from __future__ import annotations

import argparse
import os

from inventory_app.commands.context import Context
from inventory_app.commands.signing_in import NEW_PIN_ENV, read_secret
from inventory_app.domain.errors import InputError
from inventory_app.domain.permissions import Role
from inventory_app.i18n.catalogue import tr
from inventory_app.io.text_output import render_json, render_table
from inventory_app.services.people import roster as people


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("user", help=tr("people: add, set a PIN, disable, enable, list"))
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=tr("add a person (an owner must have a PIN first)"))
    _name(add)
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    pins = add.add_mutually_exclusive_group()
    pins.add_argument(
        "--pin", action="store_true",
        help=tr("give them a PIN (the default: ${variable} or asked)").format(variable=NEW_PIN_ENV),
    )  # fmt: skip
    pins.add_argument(
        "--no-pin", action="store_true", help=tr("no PIN yet: they cannot sign in until one is set")
    )
    add.set_defaults(handler=run_add)
    pin = actions.add_parser(
        "set-pin",
        help=tr("set a PIN or password (${variable} or asked)").format(variable=NEW_PIN_ENV),
    )
    _name(pin)
    pin.set_defaults(handler=run_set_pin)
    disable = actions.add_parser("disable", help=tr("switch someone off; their history stays"))
    _name(disable)
    disable.set_defaults(handler=run_disable)
    enable = actions.add_parser("enable", help=tr("switch someone back on"))
    _name(enable)
    enable.set_defaults(handler=run_enable)
    listing = actions.add_parser("list", help=tr("everyone, with role and whether active"))
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    """The PIN from $INVENTORY_APP_NEW_PIN or asked; a person without one only by --no-pin."""
    secret = None if args.no_pin else new_secret(args.name)
    with ctx.database.transaction() as session:
        row = people.add_user(session, args.name, args.role, author=ctx.user, secret=secret)
    role = row.role.label
    if row.has_secret:
        print(tr("added {name} ({role}) with a PIN").format(name=row.name, role=role))
    else:
        text = tr(
            "added {name} ({role}) without a PIN: they cannot sign in "
            "until an owner sets one (user set-pin {name})"
        )
        print(text.format(name=row.name, role=role))
    return 0


def run_set_pin(args: argparse.Namespace, ctx: Context) -> int:
    secret = new_secret(args.name)
    with ctx.database.transaction() as session:
        people.set_secret(session, args.name, secret, author=ctx.user)
    print(tr("the PIN of {name} is set").format(name=args.name))
    return 0


def run_disable(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        people.disable_user(session, args.name, author=ctx.user)
    print(tr("{name} is disabled").format(name=args.name))
    return 0


def run_enable(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        people.enable_user(session, args.name, author=ctx.user)
    print(tr("{name} is enabled").format(name=args.name))
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
        table = [[r.name, r.role.label, _yes(r.active), _yes(r.has_secret)] for r in rows]
        columns = (tr("Name"), tr("Role"), tr("Active"), tr("PIN"))
        print(render_table(columns, table), end="")
    return 0


def new_secret(name: str) -> str:
    """From $INVENTORY_APP_NEW_PIN, else typed twice (a typo must not lock anyone out)."""
    if os.environ.get(NEW_PIN_ENV):
        return os.environ[NEW_PIN_ENV]
    first = read_secret(os.environ, NEW_PIN_ENV, tr("new PIN for {name}: ").format(name=name))
    if read_secret(os.environ, NEW_PIN_ENV, tr("again: ")) != first:
        raise InputError(tr("the two PINs differ; nothing was changed"))
    return first


def _name(action: argparse.ArgumentParser) -> None:
    action.add_argument("name", metavar="NAME", help=tr("the person's name"))


def _yes(flag: bool) -> str:
    return tr("yes") if flag else tr("no")
