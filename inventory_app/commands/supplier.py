"""`supplier language NAME [it|en|bar]`: the language of a supplier's order sheets."""

from __future__ import annotations

import argparse

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import LANGUAGES, N_, tr
from inventory_app.services.catalogue.supplier_language import (
    set_supplier_language,
    supplier_language,
)
from inventory_app.services.settings import bar_language

BAR = "bar"  # typed for "the bar's language"
LANGUAGE_WORDS = {"it": N_("Italian"), "en": N_("English")}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("supplier", help=tr("a supplier's language for order sheets"))
    actions = parser.add_subparsers(dest="supplier_action", metavar="ACTION", required=True)
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
