"""`supplier list`: each supplier's lead time, as given and as observed on their deliveries;
`supplier language NAME [it|en|bar]`: the language of a supplier's order sheets."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import LANGUAGES, N_, tr
from inventory_app.io.text_output import Cell, render_table
from inventory_app.services.catalogue.supplier_language import (
    set_supplier_language,
    supplier_language,
)
from inventory_app.services.ordering.lead_times import lead_times
from inventory_app.services.settings import bar_language

BAR = "bar"  # typed for "the bar's language"
LANGUAGE_WORDS = {"it": N_("Italian"), "en": N_("English")}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "supplier", help=tr("suppliers: lead times observed, the language of order sheets")
    )
    actions = parser.add_subparsers(dest="supplier_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=tr("each supplier's lead time, as given and as observed (sent → received)"),
    )
    listing.set_defaults(handler=run_list)
    language = actions.add_parser(
        "language",
        help=tr("show or set (owner) the language of a supplier's order sheets"),
        description=tr(
            "it or en; bar: the bar's language for documents (the setting bar_language)."
        ),
    )
    language.add_argument("name", metavar="NAME")
    language.add_argument("language", nargs="?", choices=(*LANGUAGES, BAR), metavar="it|en|bar")
    language.set_defaults(handler=run_language)


def run_language(args: argparse.Namespace, ctx: Context) -> int:
    if args.language is None:
        with ctx.database.reading() as session:
            own, bar = supplier_language(session, args.name), bar_language(session)
    else:
        chosen = None if args.language == BAR else args.language
        with ctx.database.transaction() as session:
            set_supplier_language(session, args.name, chosen, author=ctx.user)
            own, bar = chosen, bar_language(session)
    if own is None:
        said = tr("{supplier}: order sheets in the bar's language ({language})")
    else:
        said = tr("{supplier}: order sheets in {language}")
    print(said.format(supplier=args.name.strip(), language=tr(LANGUAGE_WORDS[own or bar])))
    return 0


LIST_COLUMNS = (N_("Supplier"), N_("Lead time (days)"), N_("Observed (days)"), N_("Received"))


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    """The configured lead time beside the median of the received orders, and how many."""
    with ctx.database.reading() as session:
        rows = lead_times(session)
    cells: list[list[Cell]] = [
        [x.supplier, x.configured_days, x.observed_days, x.orders] for x in rows
    ]
    header = [tr(c) for c in LIST_COLUMNS]
    print(render_table(header, cells) if rows else tr("no suppliers") + "\n", end="")
    for x in rows:
        print(f"{x.supplier}: {x.observed_text()}")
    return 0
