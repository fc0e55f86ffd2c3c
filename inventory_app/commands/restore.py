"""`restore FILE`: put a backup back in place of the database (what was there is kept first).

Who may is the service's rule (services/backups/restoring.py): here only how a person signs in.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from inventory_app.commands.signing_in import acting_user
from inventory_app.db.engine import Database
from inventory_app.i18n.catalogue import tr
from inventory_app.services.backups.files import sqlite_file
from inventory_app.services.backups.restoring import restore


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "restore",
        help=tr("replace the database with a backup (owner only; the current one is kept)"),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=tr("a backup of this database"))
    parser.set_defaults(file_handler=run)


def run(args: argparse.Namespace, url: str) -> int:
    named = args.user.strip() if args.user else None

    def sign_in(database: Database) -> str:
        return acting_user(database, named, env=os.environ)

    restored = restore(url, args.file, sign_in=sign_in)
    if restored.kept_as is not None:
        print(tr("the database as it was is kept in {path}").format(path=restored.kept_as))
    print(
        tr("restored {database} from {backup}").format(
            database=sqlite_file(url), backup=restored.source
        )
    )
    return 0
