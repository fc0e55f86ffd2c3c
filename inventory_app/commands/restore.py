"""`restore FILE`: put a backup back in place of the database (what was there is kept first)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from inventory_app.commands.signing_in import acting_user
from inventory_app.db.file_checks import file_problems
from inventory_app.db.migrate import open_database
from inventory_app.db.restore import restore_backup
from inventory_app.domain.permissions import Action
from inventory_app.services.backups import sqlite_file
from inventory_app.services.permissions import require


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup of this database")
    parser.set_defaults(file_handler=run)


def run(args: argparse.Namespace, url: str) -> int:
    path = sqlite_file(url)
    _require_owner(args, url, path)
    restored = restore_backup(path, args.file)
    if restored.kept_as is not None:
        print(f"the database as it was is kept in {restored.kept_as}")
    open_database(url).dispose()  # an older backup is migrated now, not at the next start
    print(f"restored {path} from {restored.source}")
    return 0


def _require_owner(args: argparse.Namespace, url: str, path: Path) -> None:
    """Only an owner restores a sound database.

    A missing or damaged file cannot say who its owners are, so there the restore goes
    ahead for whoever may write the file: that is the way out the start-up check offers.
    """
    if not path.exists() or file_problems(path):
        return
    database = open_database(url)
    try:
        named = args.user.strip() if args.user else None
        name = acting_user(database, named, env=os.environ)
        with database.transaction() as session:
            require(session, name, Action.RESTORE_BACKUP)
    finally:
        database.dispose()
