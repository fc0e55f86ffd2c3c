"""Sales import speed against baselines measured in the same run, and its memory (`make bench`)."""

from __future__ import annotations

import csv
import itertools
import sqlite3
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.services.sales_import import import_sales
from tests.services.sales_fixtures import make_bar

N = 100_000
ITEMS = ("Negroni", "Shot", "Negroni TA")
DRAWS = {"Negroni": 4, "Shot": 1, "Negroni TA": 4}  # movements per drink in make_bar


def _sales_file(path: Path, lines: int) -> Path:
    """A generic export: transactions of one to three lines over a month of evenings."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "time", "item", "qty", "channel", "transaction_id", "net_sales"])
        for n in range(lines):
            day = 1 + n * 28 // lines
            clock = f"{18 + n % 6:02d}:{n % 60:02d}:{n * 7 % 60:02d}"
            channel = "speakeasy" if n % 5 == 0 else "takeaway"
            writer.writerow(
                [
                    f"2026-02-{day:02d}",
                    clock,
                    ITEMS[n % 3],
                    1 + n % 2,
                    channel,
                    f"T{n // 2}",
                    "8.20",
                ]
            )
    return path


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _csv_parse(path: Path) -> None:
    """Baseline 1: the file read by csv.reader and nothing else."""
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in csv.reader(handle):
            pass


def _raw_sqlite(path: Path, source: Path) -> None:
    """Baseline 2: the same writes (sale rows, their movements, on-hand updates) in bare sqlite3."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE sales (id INTEGER PRIMARY KEY, day TEXT, clock TEXT, item TEXT, qty INT,"
        " channel TEXT, line_key TEXT UNIQUE, net INT)"
    )
    conn.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, item INT, delta INT, reference TEXT)")
    conn.execute("CREATE TABLE s (item INTEGER PRIMARY KEY, on_hand INT)")
    conn.executemany("INSERT INTO s VALUES (?, 0)", [(n,) for n in range(5)])
    with source.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        conn.execute("BEGIN IMMEDIATE")
        for chunk in iter(lambda: list(itertools.islice(rows, 2_000)), []):
            sales = [
                (d, c, i, int(q), ch, f"{t}#{n}", 820)
                for n, (d, c, i, q, ch, t, _) in enumerate(chunk)
            ]
            conn.executemany(
                "INSERT INTO sales (day, clock, item, qty, channel, line_key, net)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                sales,
            )
            moves = [
                (item, -30_000_000, f"sale:{n}")
                for n, sale in enumerate(sales)
                for item in range(DRAWS[sale[2]])
            ]
            conn.executemany("INSERT INTO m (item, delta, reference) VALUES (?, ?, ?)", moves)
            conn.executemany(
                "UPDATE s SET on_hand = on_hand + ? WHERE item = ?", [(-1, n) for n in range(5)]
            )
        conn.execute("COMMIT")
    conn.close()


def _import(folder: Path, source: Path) -> None:
    db = open_database(f"sqlite:///{folder / 'bar.sqlite3'}")
    with db.transaction() as s:
        make_bar(s)
    with db.transaction() as s:
        import_sales(s, source, author="owner")
    db.dispose()


def _peak_mib(folder: Path, source: Path) -> float:
    folder.mkdir()
    tracemalloc.start()
    try:
        _import(folder, source)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_import_100k_lines(tmp_path: Path) -> None:
    source = _sales_file(tmp_path / "sales.csv", N)
    parse = _timed(lambda: _csv_parse(source))
    raw = _timed(lambda: _raw_sqlite(tmp_path / "raw.sqlite3", source))
    (tmp_path / "ours").mkdir()
    ours = _timed(lambda: _import(tmp_path / "ours", source))
    half = _sales_file(tmp_path / "half.csv", N // 2)
    peak_half = _peak_mib(tmp_path / "mem50", half)
    peak_full = _peak_mib(tmp_path / "mem100", source)
    print(
        f"\nsales import: {N:,} generic lines in {ours:.2f} s = {N / ours:,.0f} lines/s"
        f"\n  baseline csv parse only {parse:.2f} s: ratio {ours / parse:.1f}x"
        f"\n  baseline raw sqlite3 executemany of the same sales, movements and levels {raw:.2f} s:"
        f" ratio {ours / raw:.1f}x"
        f"\n  peak traced memory: {N // 2:,} lines {peak_half:.1f} MiB,"
        f" {N:,} lines {peak_full:.1f} MiB"
    )
    # Bounded: doubling the file must not double the memory.
    assert peak_full < peak_half * 1.5
