"""`import recipes FILE`: add or replace recipes from a .csv or .xlsx sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.services.imports.recipes import RecipeImportSummary, import_recipes


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    recipes = kinds.add_parser(
        "recipes", help="recipes, one row per ingredient line: each recipe in the file is replaced"
    )
    recipes.add_argument("file", metavar="FILE", type=Path)
    recipes.set_defaults(handler=run_recipes)


def run_recipes(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        summary = import_recipes(session, args.file, author=ctx.user)
    print(describe(summary))
    return 0


def describe(summary: RecipeImportSummary) -> str:
    return (
        f"imported {summary.file_name} (import {summary.import_id}): "
        f"{summary.added} added, {summary.replaced} replaced, {summary.unchanged} unchanged, "
        f"{summary.lines} lines"
    )
