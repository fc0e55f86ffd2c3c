"""No command: open the window. Qt is imported here only, so commands never load it.

The window's frame is painted before the database is even checked: everything below
runs once it is on screen (ui/app.py run_gui).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inventory_app.commands.context import Context
    from inventory_app.db.engine import Database


def start_window(option: str | None, env: str | None, *, user: str) -> int:
    """The window, then its database; a damaged file gets a dialog instead of a crash."""
    from inventory_app.ui.app import run_gui

    opened: list[Context] = []

    def open_bar() -> tuple[Database, str] | None:
        ctx = open_database(option, env, user=user)
        if ctx is None:
            return None
        opened.append(ctx)
        return ctx.database, ctx.user

    try:
        return run_gui(open_bar)
    finally:
        for ctx in opened:
            ctx.database.dispose()


def open_database(option: str | None, env: str | None, *, user: str) -> Context | None:
    """Check, open and back up the database (None: the user quit at the damage dialog).

    First start on the bar's own database loads the demo bar, not an empty table; its
    first owner then has the demo PIN (README).
    """
    from inventory_app.commands.database_choice import choose_database
    from inventory_app.commands.init_db import demo_if_empty
    from inventory_app.commands.signing_in import first_owner
    from inventory_app.db.file_checks import DamagedDatabase

    try:
        ctx = choose_database(option, env, user=user)
    except DamagedDatabase as damage:
        from inventory_app.ui.recovery import offer_restore

        if not offer_restore(damage):
            return None
        ctx = choose_database(option, env, user=user)
    if ctx.default_db and ctx.created:
        with ctx.database.transaction() as session:
            demo_if_empty(session, author=first_owner(session), with_sales=True)
    return ctx
