"""`import sales FILE [--profile auto|NAME|PATH]`: drinks sold from a till's export."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.domain.display import exact_number
from inventory_app.i18n.catalogue import tr
from inventory_app.services.imports.sales import (
    BUILT_IN_PROFILES,
    SalesFormat,
    SalesImportSummary,
    import_sales,
)


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = kinds.add_parser(
        "sales",
        help=tr("sales from a POS export: each new line deducts its recipe"),
        description=tr("Lines already imported (the same or an overlapping export) are skipped."),
    )
    parser.add_argument("file", metavar="FILE", type=Path, help=tr("a .csv or .xlsx export"))
    parser.add_argument(
        "--profile", metavar="auto|NAME|PATH", default=None,
        help=tr(
            "the till's import profile: auto (recognised from the file's columns, the "
            "default), a profile's name ({names}, or one in the bar's sales-profiles "
            "folder), or a .toml profile file"
        ).format(names=", ".join(p.name for p in BUILT_IN_PROFILES)),
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=[f.value for f in SalesFormat], default=None,
        help=tr("the same as --profile, kept for older scripts"),
    )  # fmt: skip
    parser.add_argument(
        "--dry-run", action="store_true", help=tr("report what would happen; write nothing")
    )
    parser.add_argument(
        "--park-unknown",
        "--skip-unknown",
        dest="park_unknown",
        action="store_true",
        help=tr(
            "import the lines whose item is known; keep the others as unmatched sales, "
            "resolved later with `sales resolve` (--skip-unknown is its older name)"
        ),
    )
    parser.set_defaults(handler=run_sales)


def run_sales(args: argparse.Namespace, ctx: Context) -> int:
    progress = _progress_line(args.file.name) if sys.stderr.isatty() else None
    try:
        with ctx.database.transaction() as session:
            summary = import_sales(
                session, args.file, author=ctx.user,
                fmt=args.profile or args.format or SalesFormat.AUTO.value,
                dry_run=args.dry_run, park_unknown=args.park_unknown, progress=progress,
            )  # fmt: skip
    finally:
        if progress is not None:
            print(file=sys.stderr)
    print(describe(summary), end="")
    return 0


def describe(summary: SalesImportSummary) -> str:
    """The counts a bar owner checks against the POS, one per line."""
    if summary.dry_run:
        head = tr("checked {file} ({format})")
    elif summary.import_id is not None:
        head = tr("imported {file} ({format}, import {import_id})")
    else:
        head = tr("imported {file} ({format})")
    skipped = str(summary.skipped_unknown)
    unknown = {**summary.unknown, **summary.unknown_modifiers}
    if summary.skipped_unknown and unknown:
        names = sorted(unknown.items(), key=lambda pair: (-pair[1], pair[0]))
        skipped += " (" + ", ".join(f'"{name}" {count}' for name, count in names) + ")"
    # A file that was not UTF-8 says how it was read: "(sumup, Windows-1252)".
    shown = ", ".join(filter(None, (str(summary.format), summary.unusual_encoding)))
    # Each line whole, so a translation pads its labels to line up as the English do.
    lines = [
        head.format(file=summary.file_name, format=shown, import_id=summary.import_id),
        tr("  lines read:          {count}").format(count=summary.lines),
        tr("  new sales imported:  {count}").format(count=summary.imported),
        tr("  already known:       {count}").format(count=summary.already_known),
        tr("  refunds:             {count}").format(count=summary.refunds),
        tr("  parked unknown:      {count}").format(count=skipped),
        tr("  drinks:              {count}").format(count=exact_number(summary.drinks)),
        tr("  movements:           {count}").format(count=summary.movements),
    ]
    if summary.dry_run:
        lines.append(tr("(dry run: nothing was written)"))
    return "\n".join(lines) + "\n"


def _progress_line(name: str) -> Callable[[int, int], bool]:
    """A progress line on the terminal, redrawn in place."""

    def show(done: int, total: int) -> bool:
        percent = done * 100 // total if total else 0
        said = tr("importing {file}: {percent}%").format(file=name, percent=percent)
        print("\r" + said, end="", file=sys.stderr, flush=True)
        return True

    return show
