"""`restore FILE`: put a backup back in place of the database (what was there is kept first)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.db.restore import restore_backup
from inventory_app.services.backups import sqlite_file


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup of this database")
    parser.set_defaults(file_handler=run)


def run(args: argparse.Namespace, url: str) -> int:
    path = sqlite_file(url)
    restored = restore_backup(path, args.file)
    if restored.kept_as is not None:
        print(f"the database as it was is kept in {restored.kept_as}")
    open_database(url).dispose()  # an older backup is migrated now, not at the next start
    print(f"restored {path} from {restored.source}")
    return 0
