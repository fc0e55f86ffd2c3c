"""A Square item sales export of any length, and the bare csv + sqlite3 import it is held to."""

from __future__ import annotations

import csv
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path

HEADER = (
    "Date", "Time", "Time Zone", "Category", "Item", "Qty", "Gross Sales", "Net Sales",
    "Transaction ID", "Event Type", "Dining Option",
)  # fmt: skip
DRINKS = ("Whisky Sour", "Negroni", "Shot", "Negroni TA")
CHUNK = 2_000


def square_file(path: Path, lines: int) -> Path:
    """Transactions of one to three drinks over two months of evenings, newest last."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(lines):
            day = date(2026, 1, 1) + timedelta(days=n * 59 // lines)
            clock = f"{18 + n % 6:02d}:{n % 60:02d}:{n * 7 % 60:02d}"
            dining = "For Here" if n % 5 == 0 else "To Go"
            writer.writerow(
                [
                    day.isoformat(), clock,
                    "Europe/Rome", "Cocktails", DRINKS[n % 4], f"{1 + n % 2}.0", "€12.00",
                    "€12.00", f"T{n // 2:07d}", "Payment", dining,
                ]
            )  # fmt: skip
    return path


def raw_import(conn: sqlite3.Connection, source: Path) -> None:
    """The same rows (sales, movements, on-hand updates) by csv.reader and executemany."""
    draws = _draws(conn)
    recipes = dict(conn.execute("SELECT name, id FROM recipes"))
    recipes["Negroni TA"] = recipes["Negroni"]
    positions: dict[str, int] = defaultdict(int)
    conn.execute("BEGIN IMMEDIATE")
    next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sales").fetchone()[0]
    now = f"{datetime.now():%Y-%m-%d %H:%M:%S.%f}"
    with source.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        while chunk := list(islice(rows, CHUNK)):
            sales, moves = [], []
            levels: defaultdict[int, int] = defaultdict(int)
            for day, clock, _, _, item, qty, gross, net, txn, _, dining in chunk:
                positions[txn] += 1
                recipe, drinks = recipes[item], int(Decimal(qty))
                at = f"{day} {clock}.000000"
                channel = "takeaway" if dining == "To Go" else "speakeasy"
                sales.append(
                    (next_id, at, recipe, item, drinks * 1_000_000, channel, _money(gross),
                     _money(net), f"square:{txn}#{positions[txn]}", now)
                )  # fmt: skip
                for item_id, amount in draws[(recipe, channel)]:
                    moves.append((at, item_id, -amount * drinks, f"sale:{next_id}"))
                    levels[item_id] -= amount * drinks
                next_id += 1
            conn.executemany(
                "INSERT INTO sales (id, at, recipe_id, recipe_name, quantity, channel, kind,"
                " gross_amount, net_amount, line_key, author, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'sale', ?, ?, ?, 'owner', ?)",
                sales,
            )
            conn.executemany(
                "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
                " VALUES (?, ?, ?, 'sale', ?, 'owner', '')",
                moves,
            )
            conn.executemany(
                "UPDATE stock_levels SET on_hand = on_hand + ? WHERE item_id = ?",
                [(delta, item) for item, delta in levels.items()],
            )
    conn.execute("COMMIT")


def _money(text: str) -> int:
    return int(Decimal(text.lstrip("€")) * 10_000)


def _draws(conn: sqlite3.Connection) -> dict[tuple[int, str], list[tuple[int, int]]]:
    """Scaled base-unit amounts per recipe and channel (the bench bar's units are ml, g, pcs)."""
    per_ml = {"ml": 1, "cl": 10, "oz": Decimal("29.5735"), "pcs": 1, "g": 1}
    out: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    rows = conn.execute("SELECT recipe_id, item_id, quantity, unit, channel FROM recipe_lines")
    for recipe, item, quantity, unit, line_channel in rows:
        for channel in ("takeaway", "speakeasy"):
            if line_channel in (None, channel):
                out[(recipe, channel)].append((item, int(quantity * per_ml[unit])))
    return out
