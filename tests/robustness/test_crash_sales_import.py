"""A sales import killed at random moments: wholly there or wholly absent, and resumable."""

from __future__ import annotations

import random
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import ImportRecord, Movement, Sale
from inventory_app.services.imports.sales import import_sales
from tests.conftest import assert_ledger_invariant, backend_url
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
    _import_at(_url(path), export)


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


PG_KILLS = 5  # each kill's child is the re-run of the one before: no copy to start over


def test_on_postgresql_a_killed_import_is_all_or_nothing(
    prepared: tuple[Path, Path, dict[str, Decimal]], tmp_path: Path
) -> None:
    """The server rolls back what a killed client left open; the next run finishes it."""
    _, export, takes = prepared
    with ExitStack() as stack:
        urls = [stack.enter_context(contextmanager(backend_url)("postgresql", tmp_path))]
        urls.append(stack.enter_context(contextmanager(backend_url)("postgresql", tmp_path)))
        for url in urls:
            database = open_database(url)
            build_bar(database)
            database.dispose()
        clean = run_and_kill(lambda: _import_at(urls[0], export), None)
        after = {sku: (START + d, START + d) for sku, d in takes.items()}
        seed = crash_seed()
        rng = random.Random(seed)
        for kill in range(PG_KILLS):
            delay = rng.uniform(0, clean.seconds * 1.1)
            with seed_on_failure(seed, kill, delay):
                outcome = run_and_kill(lambda: _import_at(urls[1], export), delay)
                database = open_database(urls[1])
                assert_ledger_invariant(database)
                rows, found = _rows(database), levels(database)
                whole = rows[1:] == (LINES, len(takes) + _movements()) and found == after
                assert whole or (
                    rows == (0, 0, len(takes))
                    and all(pair == (START, START) for pair in found.values())
                ), f"half an import: {rows} rows"
                assert whole or not outcome.finished
                database.dispose()
        database = open_database(urls[1])
        _run_again(database, export, imported=0 if whole else LINES)
        assert levels(database) == after
        database.dispose()
    print(f"\nPostgreSQL import ({clean.seconds:.2f} s): {PG_KILLS} kills; seed {seed}")


def _import_at(url: str, export: Path) -> None:
    database = open_database(url)
    with database.transaction() as session:
        import_sales(session, export, author=AUTHOR)
    database.dispose()


def _movements() -> int:
    """Movements the export writes: one per ingredient of each line's recipe."""
    return sum(len(RECIPES[MENU[n % len(MENU)]]) for n in range(LINES))
