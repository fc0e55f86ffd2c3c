"""`import KIND FILE`: the parent of every import; each kind lives in its own module."""

from __future__ import annotations

import argparse

from inventory_app.commands import (
    import_catalogue,
    import_modifiers,
    import_recipes,
    import_sales,
)
from inventory_app.i18n.catalogue import tr

KINDS = (import_catalogue, import_recipes, import_modifiers, import_sales)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("import", help=tr("import a file (.csv or .xlsx)"))
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in KINDS:
        kind.register(kinds)
