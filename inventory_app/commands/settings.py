"""`settings`, `settings set KEY VALUE` and `settings bar`: the bar's settings, as File >
Settings shows them."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.text_output import render_json, render_table
from inventory_app.services.bar_logo import bar_logo, clear_bar_logo, describe_logo, set_bar_logo
from inventory_app.services.settings import BAR_DETAILS, DEFAULTS, all_settings, set_setting

# `settings bar` options: the bar's details as its orders name them (bar_<field> settings).
BAR_OPTIONS = {
    "bar_name": ("--name", N_("the bar's name, heading its orders")),
    "bar_legal_name": ("--legal-name", N_("the company's name, as on invoices")),
    "bar_vat_number": ("--vat", N_("VAT number (an Italian P.IVA is checked)")),
    "bar_address": ("--address", N_("the bar's address")),
    "bar_delivery_address": ("--delivery-address", N_("where suppliers deliver")),
    "bar_receiving_hours": ("--receiving-hours", N_("when deliveries are received")),
    "bar_contact": ("--contact", N_("who receives deliveries")),
    "bar_phone": ("--phone", N_("the bar's phone")),
    "bar_email": ("--email", N_("the bar's email for orders")),
}


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
    bar = actions.add_parser(
        "bar", help=tr("the bar's details on its orders: show them, or change some (owner)")
    )
    for key in BAR_DETAILS:
        flag, words = BAR_OPTIONS[key]
        bar.add_argument(flag, dest=key, metavar="TEXT", help=tr(words))
    logo = bar.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE",
                      help=tr("a PNG, JPEG or SVG logo, kept in the database"))  # fmt: skip
    logo.add_argument("--no-logo", action="store_true", help=tr("print without a logo"))
    bar.set_defaults(handler=run_bar)


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


def run_bar(args: argparse.Namespace, ctx: Context) -> int:
    """Those given are checked and saved together (one transaction); then all are shown."""
    given = {key: getattr(args, key) for key in BAR_DETAILS if getattr(args, key) is not None}
    logo = read_file(args.logo) if args.logo is not None else None
    if given or logo is not None or args.no_logo:
        with ctx.database.transaction() as session:
            for key, value in given.items():
                set_setting(session, key, value, author=ctx.user)
            if logo is not None:
                set_bar_logo(session, logo, author=ctx.user)
            elif args.no_logo:
                clear_bar_logo(session, author=ctx.user)
    with ctx.database.reading() as session:
        values = all_settings(session)
        kept = describe_logo(bar_logo(session))
    rows = [[BAR_OPTIONS[key][0].removeprefix("--"), values[key]] for key in BAR_DETAILS]
    rows.append(["logo", kept])
    print(render_table((tr("Detail"), tr("Value")), rows), end="")
    return 0


def read_file(path: Path) -> bytes:
    """The logo's bytes; a file that cannot be read is named in the error."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            tr("cannot read {path}: {error}").format(path=path, error=error.strerror)
        ) from None
