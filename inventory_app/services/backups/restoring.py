"""Restoring a backup: who may, and the one exception to it, stated once (issues 11 and 14).

Only an owner restores: a restore replaces every sale since the backup. The command line,
the Settings dialog and the start-up dialog over a damaged file all come here, and none
of them checks on its own. Nothing that fails opens the door: a busy, read-only, full or
failing file raises its fault before anyone is asked, and a wrong PIN is a refusal.

The one exception: a file that SQLite's check proves damaged *and* whose people cannot be
read can no longer say who its owners are, so restoring it is open to whoever may write
the file (it is kept aside first, byte for byte with its -wal and -shm). Everywhere else
(a missing file, a bar not created yet, aside) the owner check is made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from inventory_app.db.engine import Database, make_engine
from inventory_app.db.fault_naming import named_faults
from inventory_app.db.file_checks import DamagedDatabase, file_problems
from inventory_app.db.migrate import open_database, upgrade
from inventory_app.db.restore import Restored, restore_backup
from inventory_app.domain.permissions import Action
from inventory_app.services.backups.files import sqlite_file
from inventory_app.services.people.permissions import require

# Who is restoring, signed in on the database to be replaced (a PIN checked, or the
# person already signed in at the window); raises SignInError when they are not.
SignIn = Callable[[Database], str]


def restore(url: str, source: Path, *, sign_in: SignIn) -> Restored:
    """Check who may, keep the current file, copy the backup in, bring it to today's schema."""
    path = sqlite_file(url)
    with named_faults(str(path)):
        require_restorer(url, path, sign_in)
        restored = restore_backup(path, source)
    open_database(url).dispose()  # an older backup is migrated now, not at the next start
    return restored


def restore_open(database: Database, source: Path, *, sign_in: SignIn) -> Restored:
    """The same under an open window, whose own engine then migrates an older backup."""
    path = sqlite_file(database.url)
    with named_faults(str(path)):
        require_restorer(database.url, path, sign_in)
        restored = restore_backup(path, source)
    with named_faults(str(path)), database.engine.begin() as connection:
        upgrade(connection)
    return restored


def require_restorer(url: str, path: Path, sign_in: SignIn) -> None:
    """An owner, signed in on this file; refused (PermissionDenied, SignInError) otherwise.

    file_problems raises the fault of a file that is busy, read-only or failing: the
    restore stops there, whoever asks. Its findings prove damage, which alone allows the
    exception below.
    """
    if not path.exists():
        return  # no bar here yet: nobody's sales to lose, nobody to ask
    proven = file_problems(path)
    checker = _unmigrated(url)  # a damaged file is read as it is, never migrated
    try:
        name = sign_in(checker)
        with checker.transaction() as session:
            require(session, name, Action.RESTORE_BACKUP)
    except DamagedDatabase:
        if not proven:
            raise
        # THE one exception: proven damage has made the people unreadable.
    finally:
        checker.dispose()


def _unmigrated(url: str) -> Database:
    engine = make_engine(url)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
