"""No command: open the window. Qt is imported here only, so commands never load it."""

from __future__ import annotations

from inventory_app.commands.context import Context
from inventory_app.commands.init_db import demo_if_empty


def run_window(ctx: Context) -> int:
    """First start on the bar's own database shows the demo bar, not an empty table."""
    if ctx.default_db and ctx.created:
        with ctx.database.transaction() as session:
            demo_if_empty(session, author=ctx.user, with_sales=True)
    from inventory_app.ui.app import run_gui

    return run_gui(ctx.database, user=ctx.user)
