"""`import catalogue FILE`: add and update items from a .csv or .xlsx sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.services.imports.catalogue import ImportSummary, import_catalogue


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = kinds.add_parser("catalogue", help="items: new SKUs are added, known ones updated")
    catalogue.add_argument("file", metavar="FILE", type=Path)
    catalogue.set_defaults(handler=run_catalogue)


def run_catalogue(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        summary = import_catalogue(session, args.file, author=ctx.user)
    print(describe(summary))
    return 0


def describe(summary: ImportSummary) -> str:
    """One line a person can read, plus why levels were left alone on a repeat."""
    text = (
        f"imported {summary.file_name} (import {summary.import_id}): "
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.level_changes} levels set"
    )
    if summary.repeat_of is not None:
        text += (
            f"\nthe same file was imported before (import {summary.repeat_of}): "
            "its on_hand levels were not set again"
        )
    return text
