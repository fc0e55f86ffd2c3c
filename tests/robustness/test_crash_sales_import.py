"""A sales import killed at random moments: wholly there or wholly absent, and resumable."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import ImportRecord, Movement, Sale
from inventory_app.services.sales_import import import_sales
from tests.conftest import assert_ledger_invariant
from tests.robustness.bar import AUTHOR, RECIPES, START, build_bar, levels, write_sales
from tests.robustness.crash_kit import (
    crash_seed,
    fresh_copy,
    integrity,
    run_and_kill,
    seed_on_failure,
)

KILLS = 20
LINES = 6_000  # three chunks of the import; 20,000 took 3x as long to kill 20 times
MENU = sorted(RECIPES)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Decimal]]:
    """The bar before the import (a closed SQLite file), the export and what it takes."""
    folder = tmp_path_factory.mktemp("import-crash")
    template = folder / "template.sqlite3"
    database = open_database(_url(template))
    build_bar(database)
    database.dispose()
    lines = [(MENU[n % len(MENU)], 1 + n % 3, f"T{n // 2}") for n in range(LINES)]
    export = folder / "pos.csv"
    return template, export, write_sales(export, lines)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _import(path: Path, export: Path) -> None:
    database = open_database(_url(path))
    with database.transaction() as session:
        import_sales(session, export, author=AUTHOR)
    database.dispose()


def _rows(database: Database) -> tuple[int, int, int]:
    """Imports, sales and movements in the database."""
    with database.reading() as s:
        counted = (
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (ImportRecord, Sale, Movement)
        )
        return tuple(counted)  # type: ignore[return-value]


def test_a_killed_import_is_all_or_nothing_and_finishes_when_run_again(
    prepared: tuple[Path, Path, dict[str, Decimal]], tmp_path: Path
) -> None:
    """Each child after a kill is the bartender running the import again on the same file."""
    template, export, takes = prepared
    work = tmp_path / "bar.sqlite3"
    clean = run_and_kill(lambda: _import(fresh_copy(template, work), export), None)
    database = open_database(_url(work))
    done_rows = _rows(database)
    database.dispose()
    before = {sku: (START, START) for sku in takes}
    after = {sku: (START + d, START + d) for sku, d in takes.items()}
    seed = crash_seed()
    rng = random.Random(seed)
    fresh_copy(template, work)
    completed = 0
    for kill in range(KILLS):
        delay = rng.uniform(0, clean.seconds * 1.1)
        with seed_on_failure(seed, kill, delay):
            outcome = run_and_kill(lambda: _import(work, export), delay)
            assert integrity(work) == "ok"
            database = open_database(_url(work))
            assert_ledger_invariant(database)
            rows, found = _rows(database), levels(database)
            whole = rows == done_rows and found == after
            assert whole or (rows == (0, 0, len(takes)) and found == before), (
                f"half an import: {rows} rows (whole is {done_rows})"
            )
            assert whole or not outcome.finished, "the child returned but its import is gone"
            if whole:  # run again, it deducts nothing; then start over from the template
                _run_again(database, export, imported=0)  # (a second, empty import record)
                assert levels(database) == after and _rows(database)[1:] == done_rows[1:]
                fresh_copy(template, work)
                completed += 1
            database.dispose()
    database = open_database(_url(work))
    _run_again(database, export, imported=LINES)
    assert levels(database) == after and _rows(database) == done_rows
    database.dispose()
    print(
        f"\nimport of {LINES} lines ({clean.seconds:.2f} s): {KILLS} kills, "
        f"{completed} after the commit; seed {seed}"
    )


def _run_again(database: Database, export: Path, *, imported: int) -> None:
    with database.transaction() as session:
        again = import_sales(session, export, author=AUTHOR)
    assert again.imported == imported
