"""Scenario 2: a 100,000-line Square import against csv + executemany; memory at 1,000,000 lines."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.services.imports.sales import import_sales
from tests.bench.harness import Result, compare
from tests.bench.small_bar import copy_of, raw_connection, small_bar
from tests.bench.square_file import raw_import, square_file

LINES = 100_000
BIG = 1_000_000


def run(folder: Path) -> list[Result]:
    template = small_bar(folder / "import-template.sqlite3")
    source = square_file(folder / "square-100k.csv", LINES)

    def baseline() -> float:
        conn = raw_connection(copy_of(template, folder / "import-raw.sqlite3"))
        start = time.perf_counter()
        raw_import(conn, source)
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    def subject() -> float:
        return import_once(template, source, folder / "import-ours.sqlite3")

    timed = compare(
        f"import {LINES:,} Square lines", baseline, subject, target=2, runs=3, warm=False
    )
    small = _peak_mib(template, source, folder)
    big = _peak_mib(template, square_file(folder / "square-big.csv", BIG), folder)
    memory = Result(f"import peak memory {BIG:,} / {LINES:,}", big, small, 1.5, 1, "MiB")
    return [timed, memory]


def import_once(template: Path, source: Path, path: Path) -> float:
    """Seconds of one import into a fresh copy of the bar (the copy is not timed)."""
    db = open_database(f"sqlite:///{copy_of(template, path)}")
    start = time.perf_counter()
    with db.transaction() as session:
        import_sales(session, source, author="owner")
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed


def _peak_mib(template: Path, source: Path, folder: Path) -> float:
    """Peak resident memory of a process that does one import and nothing else."""
    probe = [sys.executable, "-m", "tests.bench.import_probe", str(template), str(source)]
    out = subprocess.run(probe, check=True, capture_output=True, text=True, cwd=Path.cwd())
    return float(out.stdout.split()[-1])
