"""`backup [--out FILE]`, `backup list [--format table|json]`: copies of the SQLite file.

Backup and restore work on the file itself, not through a session: a damaged database
can still be listed, copied and restored, and nothing is migrated before it is copied.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.db.backups import BackupFile, list_backups
from inventory_app.i18n.catalogue import tr, trc
from inventory_app.i18n.formats import date_text, localized_number
from inventory_app.io.text_output import Cell, render_json, render_table
from inventory_app.services.backups.files import back_up_now, sqlite_file


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("backup", help=tr("back up the SQLite file now, or list backups"))
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help=tr("write the backup here instead")
    )
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION")
    listing = actions.add_parser(
        "list", help=tr("the backups kept beside the database, newest first")
    )
    listing.add_argument(
        "--format", choices=("table", "json"), default="table", help=tr("how to print the list")
    )
    parser.set_defaults(file_handler=run)


def run(args: argparse.Namespace, url: str) -> int:
    path = sqlite_file(url)
    if args.backup_action == "list":
        print(render_backups(list_backups(path), args.format), end="")
        return 0
    written = back_up_now(url, out=args.out)
    print(tr("backed up {database} to {backup}").format(database=path, backup=written))
    return 0


def render_backups(backups: list[BackupFile], fmt: str) -> str:
    if fmt == "json":
        return render_json([backup_record(b) for b in backups])
    if not backups:
        return tr("no backups yet") + "\n"
    cells = [[f"{date_text(b.taken.date())} {b.taken:%H:%M:%S}", b.reason.label,
              _size(b.size), str(b.path)] for b in backups]  # fmt: skip
    headings = [
        tr("Taken"),
        trc("why a backup was taken", "Reason"),
        trc("file size", "Size"),
        tr("File"),
    ]
    return render_table(headings, cells)


def backup_record(backup: BackupFile) -> dict[str, Cell]:
    return {
        "file": str(backup.path),
        "taken": backup.taken.isoformat(),
        "reason": backup.reason.value,
        "size": backup.size,
    }


def _size(size: int) -> str:
    if size >= 1_000_000:
        return localized_number(f"{size / 1_000_000:.1f}") + " MB"
    return localized_number(f"{size / 1000:.0f}") + " kB"
