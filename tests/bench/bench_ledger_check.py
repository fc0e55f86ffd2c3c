"""Scenario: the start-up comparison of kept totals with the ledger, on 1,000,000 movements.

Every command runs it before its work (the window on a thread of its own, so its first
page does not wait: `start-up: stock shown` measures that). It is held to the file check
every start already pays, PRAGMA quick_check on the same file: the comparison must cost
under half of it.
"""

from __future__ import annotations

from pathlib import Path

from inventory_app.db.file_checks import file_problems
from inventory_app.db.migrate import open_database
from inventory_app.services.ledger.check import find_mismatches
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result, compare


def run(_folder: Path) -> list[Result]:
    path = bar_file()
    db = open_database(f"sqlite:///{path}")

    def quick_check() -> None:
        assert file_problems(path) == []

    def compare_ledger() -> None:
        with db.reading() as session:
            assert find_mismatches(session) == []

    try:
        return [
            compare(
                "ledger check / quick_check (1M movements)",
                quick_check, compare_ledger, target=0.5, runs=5,
            )
        ]  # fmt: skip
    finally:
        db.dispose()
