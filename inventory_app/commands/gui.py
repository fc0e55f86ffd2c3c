"""No command: open the window. Qt is imported here only, so commands never load it.

The window's frame is painted before the database is even checked: everything below
runs once it is on screen (ui/app.py run_gui).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inventory_app.commands.context import Context
    from inventory_app.db.engine import Database
    from inventory_app.db.file_checks import DamagedDatabase, FileCheck
    from inventory_app.services.ledger.guard import LedgerGuard

# The open database, who starts at the window, the file's check still running (if any),
# and the comparison of kept totals with the ledger.
Opened = tuple["Database", str, "FileCheck | None", "LedgerGuard | None"]


def start_window(option: str | None, env: str | None, *, user: str) -> int:
    """The window, then its database; a damaged file gets a dialog instead of a crash."""
    from inventory_app.ui.app import run_gui

    opened: list[tuple[Context, FileCheck | None]] = []

    def open_bar(meanwhile: Callable[[], None] = lambda: None) -> Opened | None:
        found = open_database(option, env, user=user, meanwhile=meanwhile)
        if found is None:
            return None
        opened.append(found)
        ctx, check = found
        return ctx.database, ctx.user, check, ctx.ledger

    try:
        return run_gui(open_bar)
    finally:
        for ctx, check in opened:
            if check is not None:
                check.join()  # the day's backup, if it is being written, is finished
            ctx.database.dispose()


def open_database(
    option: str | None,
    env: str | None,
    *,
    user: str,
    meanwhile: Callable[[], None] = lambda: None,
) -> tuple[Context, FileCheck | None] | None:
    """Open the database while its file is checked (None: the user quit at the damage dialog).

    The check goes on after this returns (commands/database_choice.py open_while_checking);
    only a file too damaged to open is answered here, before the window uses it.
    """
    from inventory_app.commands.database_choice import open_while_checking
    from inventory_app.db.file_checks import DamagedDatabase

    try:
        ctx, check = open_while_checking(option, env, user=user, meanwhile=meanwhile)
    except DamagedDatabase as damage:
        restored = _offer_restore(damage, option, env, user=user)
        return None if restored is None else (restored, None)
    _demo_on_first_start(ctx)
    return ctx, check


def _offer_restore(
    damage: DamagedDatabase, option: str | None, env: str | None, *, user: str
) -> Context | None:
    from inventory_app.commands.database_choice import choose_database
    from inventory_app.ui.recovery import offer_restore

    if not offer_restore(damage):
        return None
    ctx = choose_database(option, env, user=user)
    _demo_on_first_start(ctx)
    return ctx


def _demo_on_first_start(ctx: Context) -> None:
    """The bar's own database on its first start shows the demo bar, not an empty table.

    The demo is loaded by the bar's first owner (who then has the demo PIN, README).
    """
    if not (ctx.default_db and ctx.created):
        return
    from inventory_app.commands.signing_in import first_owner
    from inventory_app.services.demo.empty_bar import demo_if_empty

    with ctx.database.transaction() as session:
        demo_if_empty(session, author=first_owner(session), with_sales=True)
