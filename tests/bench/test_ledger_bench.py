"""Ledger write speed as a ratio to raw sqlite3 measured in the same run (`make bench`)."""

from __future__ import annotations

import sqlite3
import time
from decimal import Decimal
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.domain.catalogue import Reason
from inventory_app.services.stock import record_movement
from tests.conftest import make_item

N = 2_000


def _raw_baseline(path: Path) -> float:
    """The same work (one movement, one on-hand update, one commit) in bare sqlite3."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, item INT, delta INT, reason TEXT)")
    conn.execute("CREATE TABLE s (item INTEGER PRIMARY KEY, on_hand INT)")
    conn.execute("INSERT INTO s VALUES (1, 0)")
    start = time.perf_counter()
    for _ in range(N):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO m (item, delta, reason) VALUES (1, -22500000, 'sale')")
        conn.execute("UPDATE s SET on_hand = on_hand - 22500000 WHERE item = 1")
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def test_one_movement_per_transaction(tmp_path: Path) -> None:
    baseline = _raw_baseline(tmp_path / "raw.sqlite3")
    db = open_database(f"sqlite:///{tmp_path / 'bar.sqlite3'}")
    with db.transaction() as s:
        item = make_item(s)
    start = time.perf_counter()
    for _ in range(N):
        with db.transaction() as s:
            record_movement(s, item, Decimal("-22.5"), Reason.SALE, author="owner")
    ours = time.perf_counter() - start
    db.dispose()
    print(
        f"\nledger: {N} single-movement transactions: raw sqlite3 {baseline * 1e3 / N:.3f} ms each,"
        f" inventory_app {ours * 1e3 / N:.3f} ms each, ratio {ours / baseline:.1f}x"
    )
    assert ours > 0
