"""Scenario 3: the stock page and the dashboard on 1,000,000 movements, against a ledger sum.

On hand is read from stock_levels, never summed from the ledger; days of cover read
only the last weeks of usage. The baseline is what they would cost otherwise: SUM
over the whole ledger with a covering index on (item_id, delta).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inventory_app.db.migrate import open_database
from inventory_app.services.dashboard import dashboard
from inventory_app.services.stock_view import stock_rows
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result, compare

LEDGER_SUM = "SELECT item_id, SUM(delta) FROM movements GROUP BY item_id"


def run(folder: Path) -> list[Result]:
    path = bar_file()
    raw = sqlite3.connect(path)
    db = open_database(f"sqlite:///{path}")

    def baseline() -> None:
        raw.execute(LEDGER_SUM).fetchall()

    def stock() -> None:
        with db.reading() as session:
            stock_rows(session)

    def board() -> None:
        with db.reading() as session:
            dashboard(session)

    try:
        return [
            compare("stock levels (500 items, 1M movements)", baseline, stock, target=0.05),
            compare("dashboard (500 items, 1M movements)", baseline, board, target=0.05),
        ]
    finally:
        raw.close()
        db.dispose()
