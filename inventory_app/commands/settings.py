"""`settings` and `settings set KEY VALUE`: the bar's settings, as File > Settings shows them."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import tr
from inventory_app.io.text_output import render_json, render_table
from inventory_app.services.settings import DEFAULTS, all_settings, set_setting


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "settings",
        help=tr("list the settings, or set one (owner)"),
        description=tr("Settings live in the database: every terminal of the bar shares them."),
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION")
    change = actions.add_parser("set", help=tr("change one setting (checked, audited)"))
    change.add_argument("key", metavar="KEY", choices=sorted(DEFAULTS), help=tr("the setting"))
    change.add_argument("value", metavar="VALUE", help=tr("its new value"))
    change.set_defaults(handler=run_set)


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.reading() as session:
        values = all_settings(session)
    records = [
        {"key": key, "value": value, "default": DEFAULTS[key]} for key, value in values.items()
    ]
    if args.format == "json":
        print(render_json(records), end="")
    else:
        rows = [[r["key"], r["value"], r["default"]] for r in records]
        columns = (tr("Setting"), tr("Value"), tr("Default"))
        print(render_table(columns, rows), end="")
    return 0


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        set_setting(session, args.key, args.value, author=ctx.user)
        value = all_settings(session)[args.key]
    print(f"{args.key} = {value}")
    return 0
