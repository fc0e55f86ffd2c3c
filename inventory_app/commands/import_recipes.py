"""`import recipes FILE`: add or replace recipes from a .csv or .xlsx sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import tr
from inventory_app.services.imports.recipes import RecipeImportSummary, import_recipes


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    recipes = kinds.add_parser(
        "recipes",
        help=tr("recipes, one row per ingredient line: each recipe in the file is replaced"),
    )
    recipes.add_argument("file", metavar="FILE", type=Path, help=tr("a .csv or .xlsx sheet"))
    recipes.set_defaults(handler=run_recipes)


def run_recipes(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        summary = import_recipes(session, args.file, author=ctx.user)
    print(describe(summary))
    return 0


def describe(summary: RecipeImportSummary) -> str:
    return tr(
        "imported {file} (import {import_id}): {added} added, {replaced} replaced, "
        "{unchanged} unchanged, {lines} lines"
    ).format(
        file=summary.file_name, import_id=summary.import_id, added=summary.added,
        replaced=summary.replaced, unchanged=summary.unchanged, lines=summary.lines,
    )  # fmt: skip
