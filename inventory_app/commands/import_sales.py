"""`import sales FILE`: drinks sold from a POS export (Square item sales or the generic sheet)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.units import format_decimal
from inventory_app.services.imports.sales import SalesFormat, SalesImportSummary, import_sales


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "sales",
        help="sales from a POS export: each new line deducts its recipe",
        description="Lines already imported (the same or an overlapping export) are skipped.",
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument(
        "--format", choices=[f.value for f in SalesFormat], default=SalesFormat.AUTO.value
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would happen; write nothing"
    )
    parser.add_argument(
        "--skip-unknown", action="store_true", help="import the lines whose item is known"
    )
    parser.set_defaults(handler=run_sales)


def run_sales(args: argparse.Namespace, ctx: Context) -> int:
    progress = _progress_line(args.file.name) if sys.stderr.isatty() else None
    try:
        with ctx.database.transaction() as session:
            summary = import_sales(
                session, args.file, author=ctx.user, fmt=SalesFormat(args.format),
                dry_run=args.dry_run, skip_unknown=args.skip_unknown, progress=progress,
            )  # fmt: skip
    finally:
        if progress is not None:
            print(file=sys.stderr)
    print(describe(summary), end="")
    return 0


def describe(summary: SalesImportSummary) -> str:
    """The counts a bar owner checks against the POS, one per line."""
    verb = "checked" if summary.dry_run else "imported"
    where = f", import {summary.import_id}" if summary.import_id is not None else ""
    skipped = str(summary.skipped_unknown)
    if summary.skipped_unknown:
        names = sorted(summary.unknown.items(), key=lambda pair: (-pair[1], pair[0]))
        skipped += " (" + ", ".join(f'"{name}" {count}' for name, count in names) + ")"
    lines = [
        f"{verb} {summary.file_name} ({summary.format.value}{where})",
        f"  lines read:          {summary.lines}",
        f"  new sales imported:  {summary.imported}",
        f"  already known:       {summary.already_known}",
        f"  refunds:             {summary.refunds}",
        f"  skipped unknown:     {skipped}",
        f"  drinks:              {format_decimal(summary.drinks)}",
        f"  movements:           {summary.movements}",
    ]
    if summary.dry_run:
        lines.append("(dry run: nothing was written)")
    return "\n".join(lines) + "\n"


def _progress_line(name: str) -> Callable[[int, int], bool]:
    """A progress line on the terminal, redrawn in place."""

    def show(done: int, total: int) -> bool:
        percent = done * 100 // total if total else 0
        print(f"\rimporting {name}: {percent}%", end="", file=sys.stderr, flush=True)
        return True

    return show
