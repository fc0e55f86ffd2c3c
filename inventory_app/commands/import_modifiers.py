"""`import modifiers FILE`: what each till variant or modifier does, from a .csv or .xlsx sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import tr
from inventory_app.services.imports.modifiers import ModifierImportSummary, import_modifiers


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "modifiers",
        help=tr(
            "modifier rules, one row each (modifier, recipe, action, ingredient, with, "
            "quantity, unit, factor): each rule in the file is added or replaced"
        ),
    )
    parser.add_argument("file", metavar="FILE", type=Path, help=tr("a .csv or .xlsx sheet"))
    parser.set_defaults(handler=run_modifiers)


def run_modifiers(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        summary = import_modifiers(session, args.file, author=ctx.user)
    print(describe(summary))
    return 0


def describe(summary: ModifierImportSummary) -> str:
    if summary.import_id is None:
        said = tr("imported {file}: nothing changed ({unchanged} rules unchanged)")
    else:
        said = tr(
            "imported {file} (import {import_id}): {added} added, {replaced} replaced, "
            "{unchanged} unchanged"
        )
    return said.format(
        file=summary.file_name, import_id=summary.import_id, added=summary.added,
        replaced=summary.replaced, unchanged=summary.unchanged,
    )  # fmt: skip
