"""`import catalogue FILE`: add and update items from a .csv or .xlsx sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.i18n.catalogue import tr
from inventory_app.services.imports.catalogue import ImportSummary, import_catalogue


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = kinds.add_parser(
        "catalogue", help=tr("items: new SKUs are added, known ones updated")
    )
    catalogue.add_argument("file", metavar="FILE", type=Path, help=tr("a .csv or .xlsx sheet"))
    catalogue.set_defaults(handler=run_catalogue)


def run_catalogue(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database.transaction() as session:
        summary = import_catalogue(session, args.file, author=ctx.user)
    print(describe(summary))
    return 0


def describe(summary: ImportSummary) -> str:
    """One line a person can read, plus why levels were left alone on a repeat."""
    text = tr(
        "imported {file} (import {import_id}): {added} added, {updated} updated, "
        "{unchanged} unchanged, {levels} levels set"
    ).format(
        file=summary.file_name, import_id=summary.import_id, added=summary.added,
        updated=summary.updated, unchanged=summary.unchanged, levels=summary.level_changes,
    )  # fmt: skip
    if summary.repeat_of is not None:
        text += "\n" + tr(
            "the same file was imported before (import {import_id}): "
            "its on_hand levels were not set again"
        ).format(import_id=summary.repeat_of)
    return text
