"""Scenario 1: one cocktail sold in its own durable transaction, against bare sqlite3.

Beside it, the cost of the bar's durability setting: the same sale with
`synchronous=full` against the default `normal` (README: Reliability). FULL syncs the
WAL to the disk at every commit, so its cost is the disk's, not ours: the target is a
ceiling for a local SSD or tmpfs, and a slow disk may pass it (the figure is reported).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.services.selling.sales import sell
from inventory_app.services.settings import set_setting
from tests.bench.harness import Result, compare
from tests.bench.small_bar import SOUR, copy_of, raw_connection, small_bar, sour_draws

SALES = 200  # per timed run
FULL_TARGET = 10  # FULL / NORMAL: about 3x measured here (DESIGN.md), more on real disks


def run(folder: Path) -> list[Result]:
    template = small_bar(folder / "sell-template.sqlite3")
    raw = raw_connection(copy_of(template, folder / "sell-raw.sqlite3"))
    draws = sour_draws(raw)
    db = open_database(f"sqlite:///{copy_of(template, folder / 'sell-ours.sqlite3')}")

    def baseline() -> None:
        for _ in range(SALES):
            _raw_sale(raw, draws)

    def subject() -> None:
        for _ in range(SALES):
            with db.transaction() as session:
                sell(session, SOUR, author="owner")

    try:
        selling = compare("sell one cocktail", baseline, subject, target=3, runs=7, per=SALES)
    finally:
        raw.close()
        db.dispose()
    return [selling, durability(template, folder)]


def durability(template: Path, folder: Path) -> Result:
    """The same sale on two copies of the bar: synchronous=full against normal."""
    normal = open_database(f"sqlite:///{copy_of(template, folder / 'sell-normal.sqlite3')}")
    full_path = copy_of(template, folder / "sell-full.sqlite3")
    setting = open_database(f"sqlite:///{full_path}")
    with setting.transaction() as session:
        set_setting(session, "synchronous", "full", author="owner")
    setting.dispose()
    full = open_database(f"sqlite:///{full_path}")  # its connections read the setting

    def sales(db: Database) -> None:
        for _ in range(SALES):
            with db.transaction() as session:
                sell(session, SOUR, author="owner")

    try:
        return compare(
            "sell one cocktail, synchronous full / normal",
            lambda: sales(normal), lambda: sales(full),
            target=FULL_TARGET, runs=5, per=SALES,
        )  # fmt: skip
    finally:
        normal.dispose()
        full.dispose()


def _raw_sale(conn: sqlite3.Connection, draws: list[tuple[int, int]]) -> None:
    """The sale row; per ingredient a movement, its level and its day's usage; one commit.

    The same inserts and updates a sale makes: the day's usage per item is kept in step
    with the ledger (services/ledger/usage.py) by the sale's own statements.
    """
    moment = datetime.now(UTC).replace(tzinfo=None)
    now, day = f"{moment:%Y-%m-%d %H:%M:%S.%f}", f"{moment:%Y-%m-%d}"
    conn.execute("BEGIN IMMEDIATE")
    sale = conn.execute(
        "INSERT INTO sales (at, recipe_id, recipe_name, quantity, channel, kind, gross_amount,"
        " author, recorded_at) VALUES (?, 4, ?, 1000000, 'takeaway', 'sale', 120000, 'owner', ?)",
        (now, SOUR, now),
    ).lastrowid
    for item, quantity in draws:
        conn.execute(
            "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
            " VALUES (?, ?, ?, 'sale', ?, 'owner', '')",
            (now, item, -quantity, f"sale:{sale}"),
        )
        conn.execute(
            "UPDATE stock_levels SET on_hand = on_hand - ? WHERE item_id = ?", (quantity, item)
        )
        conn.execute(
            "INSERT INTO daily_usage (item_id, day, weekday, used) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (item_id, day) DO UPDATE SET used = used + excluded.used",
            (item, day, moment.weekday(), quantity),
        )
    conn.execute("COMMIT")
