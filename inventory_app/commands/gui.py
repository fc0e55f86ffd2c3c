"""No command: open the window. Qt is imported here only, so commands never load it."""

from __future__ import annotations

from inventory_app.commands.context import Context
from inventory_app.commands.database_choice import choose_database
from inventory_app.commands.init_db import demo_if_empty
from inventory_app.commands.signing_in import first_owner
from inventory_app.db.file_checks import DamagedDatabase


def start_window(option: str | None, env: str | None, *, user: str) -> int:
    """Open the database and the window; a damaged file gets a dialog instead of a crash."""
    try:
        ctx = choose_database(option, env, user=user)
    except DamagedDatabase as damage:
        from inventory_app.ui.recovery import offer_restore

        if not offer_restore(damage):
            return 1
        ctx = choose_database(option, env, user=user)
    try:
        return run_window(ctx)
    finally:
        ctx.database.dispose()


def run_window(ctx: Context) -> int:
    """First start on the bar's own database shows the demo bar, not an empty table.

    The demo is loaded by the bar's first owner (who then has the demo PIN, README).
    """
    if ctx.default_db and ctx.created:
        with ctx.database.transaction() as session:
            demo_if_empty(session, author=first_owner(session), with_sales=True)
    from inventory_app.ui.app import run_gui

    return run_gui(ctx.database, user=ctx.user)
