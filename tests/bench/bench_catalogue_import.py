"""Scenario: a 20,000-row catalogue import against csv + executemany; its peak memory.

Before issue 14 each row was saved through the ORM and looked its SKU up without case
(a scan of the items table per row): 2,000 rows took 6.8 s, 16,000 took 82.6 s and
194,000 never finished. The memory check runs an import in a process of its own and
compares its peak with the same process importing an empty catalogue. The rows are held
in memory (the whole file is checked before anything is written), so the peak grows with
the rows: the target bounds how much each row costs.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.services.imports.catalogue import import_catalogue
from tests.bench.catalogue_file import catalogue_file, raw_import
from tests.bench.harness import Result, compare
from tests.bench.small_bar import copy_of, raw_connection, small_bar

ROWS = 20_000
# The program's own footprint (about 50 MiB) plus the rows: about 3 KiB a row is held
# (each row's parsed cells and the item it becomes), so 20,000 rows stay under 2.5x.
MEMORY = 2.5


def run(folder: Path) -> list[Result]:
    template = small_bar(folder / "catalogue-template.sqlite3")
    source = catalogue_file(folder / "catalogue-20k.csv", ROWS)

    def baseline() -> float:
        conn = raw_connection(copy_of(template, folder / "catalogue-raw.sqlite3"))
        start = time.perf_counter()
        raw_import(conn, source)
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    def subject() -> float:
        return import_once(template, source, folder / "catalogue-ours.sqlite3")

    timed = compare(
        f"import {ROWS:,} catalogue rows", baseline, subject, target=3, runs=3, warm=False
    )
    empty = _peak_mib(template, catalogue_file(folder / "catalogue-empty.csv", 0))
    full = _peak_mib(template, source)
    memory = Result(
        f"catalogue import peak memory {ROWS:,} / 0 rows", full, empty, MEMORY, 1, "MiB"
    )
    return [timed, memory]


def import_once(template: Path, source: Path, path: Path) -> float:
    """Seconds of one import into a fresh copy of the bar (the copy is not timed)."""
    db = open_database(f"sqlite:///{copy_of(template, path)}")
    start = time.perf_counter()
    with db.transaction() as session:
        import_catalogue(session, source, author="owner")
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed


def _peak_mib(template: Path, source: Path) -> float:
    """Peak resident memory of a process that does one catalogue import and nothing else."""
    probe = [
        sys.executable, "-m", "tests.bench.import_probe", str(template), str(source), "catalogue",
    ]  # fmt: skip
    out = subprocess.run(probe, check=True, capture_output=True, text=True, cwd=Path.cwd())
    return float(out.stdout.split()[-1])
