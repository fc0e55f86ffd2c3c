"""Which database a run opens: --db, else $INVENTORY_APP_DB, else the bar's own file."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from inventory_app.commands.context import Context
from inventory_app.db.engine import default_url, sqlite_path
from inventory_app.db.migrate import open_database
from inventory_app.domain.errors import InputError


def choose_database(option: str | None, env: str | None, *, user: str) -> Context:
    """Open (creating and migrating as needed) the chosen database."""
    url = option or env or default_url()
    try:
        make_url(url)
    except ArgumentError:
        raise InputError(
            f"--db: expected a database URL such as sqlite:///bar.sqlite3, got {url!r}"
        ) from None
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    return Context(
        database=open_database(url),
        user=user,
        created=created,
        default_db=not (option or env),
    )
