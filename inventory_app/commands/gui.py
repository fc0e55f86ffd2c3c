"""No command: open the window. Qt is imported here only, so commands never load it.

The window's frame is painted before the database is even checked: everything below
runs once it is on screen (ui/app.py run_gui).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inventory_app.commands.context import Context
    from inventory_app.db.engine import Database
    from inventory_app.db.file_checks import DamagedDatabase


def start_window(option: str | None, env: str | None, *, user: str) -> int:
    """The window, then its database; a damaged file gets a dialog instead of a crash."""
    from inventory_app.ui.app import run_gui

    opened: list[Context] = []

    def open_bar(meanwhile: Callable[[], None] = lambda: None) -> tuple[Database, str] | None:
        ctx = open_database(option, env, user=user, meanwhile=meanwhile)
        if ctx is None:
            return None
        opened.append(ctx)
        return ctx.database, ctx.user

    try:
        return run_gui(open_bar)
    finally:
        for ctx in opened:
            ctx.database.dispose()


def open_database(
    option: str | None,
    env: str | None,
    *,
    user: str,
    meanwhile: Callable[[], None] = lambda: None,
) -> Context | None:
    """Check, open and back up the database (None: the user quit at the damage dialog).

    SQLite's check reads the whole file without holding the GIL: it runs in a thread
    while this one loads code (`meanwhile`, the window's first page).
    """
    from inventory_app.db.file_checks import DamagedDatabase

    with ThreadPoolExecutor(1) as pool:
        checking = pool.submit(_file_problems, option, env)
        meanwhile()
        from inventory_app.commands.database_choice import choose_database

        try:
            ctx = choose_database(option, env, user=user, problems=lambda _p: checking.result())
        except DamagedDatabase as damage:
            return _offer_restore(damage, option, env, user=user)
    _demo_on_first_start(ctx)
    return ctx


def _file_problems(option: str | None, env: str | None) -> list[str]:
    """What the start-up check finds in the chosen file (nothing for other databases)."""
    from inventory_app.commands.database_choice import chosen_url
    from inventory_app.db.engine import sqlite_path
    from inventory_app.db.file_checks import file_problems

    path = sqlite_path(chosen_url(option, env))
    return file_problems(path) if path is not None and path.exists() else []


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
    from inventory_app.commands.init_db import demo_if_empty
    from inventory_app.commands.signing_in import first_owner

    with ctx.database.transaction() as session:
        demo_if_empty(session, author=first_owner(session), with_sales=True)
