"""Which database a run opens: --db, else $INVENTORY_APP_DB, else the bar's own file."""

from __future__ import annotations

import shlex
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from inventory_app.commands.context import Context
from inventory_app.db.backups import BackupFile
from inventory_app.db.engine import default_url, is_database_url, sqlite_path
from inventory_app.db.file_checks import (
    DamagedDatabase,
    FileCheck,
    file_problems,
    newest_good_backup,
)
from inventory_app.db.migrate import open_database
from inventory_app.db.restore_leftovers import remove_restore_leftovers
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.i18n.formats import date_time_text
from inventory_app.services.backups.files import daily_backup_of
from inventory_app.services.ledger.guard import LedgerGuard

PROG = "inventory-app"


def chosen_url(option: str | None, env: str | None) -> str:
    """The URL a run works on, checked to be one."""
    url = option or env or default_url()
    if not is_database_url(url):
        raise InputError(
            tr("--db: expected a database URL such as sqlite:///bar.sqlite3, got {url}").format(
                url=repr(url)
            )
        )
    return url


def choose_database(
    option: str | None,
    env: str | None,
    *,
    user: str,
    problems: Callable[[Path], list[str]] = file_problems,
    check_ledger: bool = True,
) -> Context:
    """Check, open (creating and migrating as needed) and back up the chosen database.

    A damaged SQLite file is refused before anything writes to it, naming the backup to
    restore; a busy, read-only or failing one raises its own fault (db/faults.py). A
    write that waits for another terminal says so on stderr. The first open of a day
    backs the file up. Kept totals that disagree with the ledger refuse every write
    (`check_ledger`; the `check` command looks itself).
    """
    url = chosen_url(option, env)
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    if path is not None and not created:
        tidy_after_killed_restores(path)
        refuse_damaged(path, option, problems)
    database = open_database(url, while_waiting=say_waiting)
    ledger = LedgerGuard(database, background=False) if check_ledger else None
    if not created:
        _daily_backup(url)
    return Context(
        database=database, user=user, created=created, default_db=not (option or env),
        ledger=ledger,
    )  # fmt: skip


def open_while_checking(
    option: str | None, env: str | None, *, user: str, meanwhile: Callable[[], None]
) -> tuple[Context, FileCheck | None]:
    """The window's way to open: the file's check runs on a thread while the bar opens.

    quick_check reads the whole file (0.5-1 s on a big bar), so reads do not wait for it:
    writes do (the database's before_write, a migration too), and a damaged file is
    refused them. The day's first backup is taken on the check's thread once the file
    has passed, so a damaged file never pushes a good backup out of the rotation. A file
    too damaged even to open raises DamagedDatabase, as choose_database does.
    `meanwhile` runs while SQLite reads (the window loads its first page's code).
    """
    url = chosen_url(option, env)
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    check = None
    if path is not None and not created:
        tidy_after_killed_restores(path)
        check = FileCheck(
            path, advice=lambda good: restore_advice(good, option), then=lambda: _daily_backup(url)
        )
    meanwhile()
    try:
        database = open_database(url, before_write=check.require_sound if check else None)
    except Exception:
        if check is not None:
            check.require_sound()  # the damage, if that is why it would not open
        raise
    # Kept totals against the ledger, on a thread of its own once the file has passed.
    ledger = LedgerGuard(database, background=True, first=check.damage if check else lambda: None)
    context = Context(
        database=database, user=user, created=created, default_db=not (option or env),
        ledger=ledger,
    )  # fmt: skip
    return context, check


def refuse_damaged(
    path: Path, option: str | None, check: Callable[[Path], list[str]] = file_problems
) -> None:
    """PRAGMA quick_check at start; damage raises DamagedDatabase with the way out."""
    problems = check(path)
    if not problems:
        return
    good = newest_good_backup(path)
    raise DamagedDatabase(path, problems, good, restore_advice(good, option))


def restore_advice(good: BackupFile | None, option: str | None) -> str:
    """The command to type, with --db when the run was given one."""
    if good is None:
        return tr(
            "No backup of it passes the integrity check. Keep the file as it is (copy it "
            "somewhere safe) and ask for help: sqlite3's .recover can often save most of it."
        )
    db = f"--db {shlex.quote(option)} " if option else ""
    command = f"{PROG} {db}restore {shlex.quote(str(good.path))}"
    return tr(
        "The newest good backup is {backup} ({taken}, {reason}). Restore it with:\n  {command}"
    ).format(
        backup=good.path,
        taken=date_time_text(good.taken),
        reason=good.reason.label,
        command=command,
    )


def _daily_backup(url: str) -> None:
    """A failed daily backup is said, but it never stops the bar from working."""
    try:
        daily_backup_of(url)
    except (OSError, sqlite3.Error) as error:
        said = tr("warning: today's backup was not written: {error}").format(error=error)
        print(f"{PROG}: {said}", file=sys.stderr)


def say_waiting(message: str) -> None:
    """A write waiting for another terminal's lock: said on stderr, so nobody thinks it hung."""
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)


def tidy_after_killed_restores(path: Path) -> None:
    """A killed restore's staging folder (as big as the bar) goes at the next start."""
    for folder in remove_restore_leftovers(path):
        said = tr("removed {folder}, left by a restore that was stopped").format(folder=folder)
        print(f"{PROG}: {said}", file=sys.stderr)
