"""Run one import against a copy of a small bar and check it ended as the rules require.

Every import must end in a summary or an InputError that names the file (and, for a
bad cell, its row), and a failed import must leave every table exactly as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from inventory_app.db.migrate import open_database
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.services.imports.catalogue import import_catalogue
from inventory_app.services.imports.counts import import_count_sheet
from inventory_app.services.imports.recipes import import_recipes
from inventory_app.services.imports.sales import import_sales
from inventory_app.services.ledger.movements import record_movement
from tests.conftest import AUTHOR, assert_ledger_invariant
from tests.services.sales_fixtures import make_bar

Importer = Callable[[Session, Path], Any]
# A message longer than this is not one a person reads: a 1 MB cell must be cut short.
MAX_MESSAGE = 20_000

IMPORTERS: dict[str, Importer] = {
    "catalogue": lambda s, p: import_catalogue(s, p, author=AUTHOR),
    "recipes": lambda s, p: import_recipes(s, p, author=AUTHOR),
    "sales": lambda s, p: import_sales(s, p, author=AUTHOR),
    "sales-skip-unknown": lambda s, p: import_sales(s, p, author=AUTHOR, skip_unknown=True),
    "sales-sumup": lambda s, p: import_sales(s, p, author=AUTHOR, fmt="sumup"),
    "sales-loyverse": lambda s, p: import_sales(s, p, author=AUTHOR, fmt="loyverse"),
    "count": lambda s, p: import_count_sheet(s, p, author=AUTHOR, finalise=True),
}


def make_template(path: Path) -> Path:
    """The bar every attempt starts from: items, recipes, and stock to sell and count."""
    database = open_database(f"sqlite:///{path}")
    with database.transaction() as session:
        bar = make_bar(session)
        for item in (bar.gin, bar.campari, bar.cup):
            record_movement(session, item, Decimal(5000), Reason.RECEIVE, author=AUTHOR)
    database.dispose()
    return path


def fingerprint(path: Path) -> dict[str, str]:
    """Every table's rows, hashed: equal before and after means nothing was written."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        prints = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            prints[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return prints
    finally:
        connection.close()


def attempt(kind: str, source: Path, template: Path, work: Path) -> InputError | None:
    """Import `source` into a fresh copy of the template; the error it raised, if any."""
    copy = work / f"{source.stem}.sqlite3"
    shutil.copyfile(template, copy)
    before = fingerprint(copy)
    database = open_database(f"sqlite:///{copy}")
    try:
        with database.transaction() as session:
            IMPORTERS[kind](session, source)
    except InputError as exc:
        check_clear(exc, source.name)
        database.dispose()
        assert fingerprint(copy) == before, "a failed import changed the database"
        return exc
    finally:
        assert_ledger_invariant(database)
        database.dispose()
    return None


def check_clear(exc: InputError, file_name: str) -> None:
    """The error names the file; each bad cell of an ImportErrors names its row."""
    assert exc.file == file_name, f"no file named: {exc}"
    assert len(str(exc)) < MAX_MESSAGE, "the message quotes too much of the file"
    if isinstance(exc, ImportErrors):
        assert exc.errors, "an ImportErrors lists its problems"
        for problem in exc.errors:
            assert problem.row is not None, f"no row named: {problem}"
