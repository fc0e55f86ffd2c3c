"""`transfer --from URL --to URL`: move a whole bar to another database, verified."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from inventory_app.commands.signing_in import acting_user
from inventory_app.db.engine import is_database_url
from inventory_app.domain.display import exact_number
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import N_, tr
from inventory_app.io.text_output import Cell, render_table
from inventory_app.services.backups.transfer import TransferReport, transfer

COLUMNS = (N_("Table"), N_("Rows here"), N_("Rows there"), N_("Sums checked"), N_("Same"))


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "transfer",
        help=tr("copy the whole bar into a new, empty database (e.g. SQLite to PostgreSQL)"),
        description=tr(
            "Copy every table into an empty database, check counts and sums on both"
            " sides, and commit only if they agree. The source is left as it was. Only an owner"
            " of the source bar may (--user and the PIN once the bar has PINs)."
        ),
    )
    parser.add_argument(
        "--from", dest="source", required=True, metavar="URL", help=tr("the bar's database now")
    )
    parser.add_argument(
        "--to", dest="target", required=True, metavar="URL", help=tr("a new, empty database")
    )
    parser.set_defaults(standalone=run)


def run(args: argparse.Namespace) -> int:
    """Only an owner of the source bar transfers it: `--user` and the PIN, as any command."""
    source, target = _url("--from", args.source), _url("--to", args.target)
    named = args.user.strip() if args.user else None
    progress = TableProgress(sys.stderr)
    report = transfer(
        source,
        target,
        acting=lambda database: acting_user(database, named, env=os.environ),
        progress=progress,
    )
    progress.done()
    print(render_table([tr(c) for c in COLUMNS], report_cells(report)), end="")
    print(tr("copied {rows} rows; every count and sum agrees").format(rows=report.rows))
    return 0


def report_cells(report: TransferReport) -> list[list[Cell]]:
    """One line per table: the counts on both sides and the sums that were compared."""
    return [
        [
            check.table,
            check.source_rows,
            check.target_rows,
            ", ".join(f"{name} {exact_number(pair[1])}" for name, pair in check.sums.items()),
            tr("yes") if check.agrees else tr("NO"),
        ]
        for check in report.checks
    ]


class TableProgress:
    """Rows copied so far, one line per table (rewritten in place on a terminal)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.table: str | None = None
        self.live = stream.isatty()
        self.last = ""

    def __call__(self, table: str, rows: int) -> None:
        if table != self.table:
            self.done()
            self.table = table
        if self.live:
            now = tr("copying {table}: {rows} rows").format(table=table, rows=rows)
            print("\r" + now, end="", file=self.stream, flush=True)
        self.last = tr("copied {table}: {rows} rows").format(table=table, rows=rows)

    def done(self) -> None:
        if self.table is not None:
            print(("\r" if self.live else "") + self.last, file=self.stream, flush=True)
            self.table = None


def _url(option: str, url: str) -> str:
    if not is_database_url(url):
        raise InputError(
            tr(
                "{option}: expected a database URL such as sqlite:///bar.sqlite3 or"
                " postgresql+psycopg://user:password@host/bar, got {url}"
            ).format(option=option, url=repr(url))
        )
    return url
