"""A catalogue file of any length, and the bare csv + sqlite3 import it is held to."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path

HEADER = (
    "sku", "name", "category", "kind", "unit", "size", "supplier", "supplier_code",
    "pack_size", "cost", "par", "reorder_at", "barcode", "location", "on_hand",
)  # fmt: skip
CHUNK = 500
QTY = Decimal(10) ** 6  # db/types.py: quantities in millionths, money in ten-thousandths
MONEY = Decimal(10) ** 4


def catalogue_file(path: Path, rows: int) -> Path:
    """New SKUs, each with a barcode and a level: every table the import writes is written."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            writer.writerow(
                [
                    f"BENCH-{n:06d}", f"Bench bottle {n}", "Spirits", "bottle", "ml", "700",
                    f"Supplier {n % 20}", f"C{n}", "6", "12.50", "4", "2", f"80{n:010d}",
                    f"Shelf {n % 10}", f"{n % 7}.5",
                ]
            )  # fmt: skip
    return path


def raw_import(conn: sqlite3.Connection, source: Path) -> None:
    """The same rows by csv.reader and executemany: suppliers, locations, items, their
    levels, barcodes and `create` audit entries (the fields as JSON), the import record
    and one `count` movement per level with its on-hand update."""
    conn.execute("BEGIN IMMEDIATE")
    now = f"{datetime.now():%Y-%m-%d %H:%M:%S.%f}"
    suppliers = _names(conn, "suppliers")
    locations = _names(conn, "locations")
    with source.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        while chunk := list(islice(rows, CHUNK)):
            for row in chunk:
                _ensure(conn, suppliers, "suppliers", row[6])
                _ensure(conn, locations, "locations", row[13])
            conn.executemany(
                "INSERT INTO items (sku, name, category, kind, unit, size, supplier_id,"
                " supplier_code, pack_size, cost, par, reorder_at, location_id, tracking,"
                " notes, active, version) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bulk', '', 1, 1)",
                [_item(r, suppliers, locations) for r in chunk],
            )
            ids = dict(
                conn.execute(
                    f"SELECT sku, id FROM items WHERE sku IN ({','.join('?' * len(chunk))})",
                    [r[0] for r in chunk],
                )
            )
            conn.executemany(
                "INSERT INTO stock_levels (item_id, on_hand, open_containers) VALUES (?, ?, 0)",
                [(ids[r[0]], int(Decimal(r[14]) * Decimal(r[5]) * QTY)) for r in chunk],
            )
            conn.executemany(
                "INSERT INTO barcodes (item_id, code) VALUES (?, ?)",
                [(ids[r[0]], r[12]) for r in chunk],
            )
            conn.executemany(
                "INSERT INTO audit_log (at, author, entity, entity_id, label, action, after, note)"
                " VALUES (?, 'owner', 'item', ?, ?, 'create', ?, '')",
                [(now, str(ids[r[0]]), f"{r[0]} {r[1]}", _fields(r)) for r in chunk],
            )
            conn.executemany(
                "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
                " VALUES (?, ?, ?, 'count', 'import:1', 'owner', 'catalogue import')",
                [(now, ids[r[0]], int(Decimal(r[14]) * Decimal(r[5]) * QTY)) for r in chunk],
            )
    conn.execute(
        "INSERT INTO imports (kind, filename, sha256, rows, author, at)"
        " VALUES ('catalogue', ?, '', 0, 'owner', ?)",
        (source.name, now),
    )
    conn.execute("COMMIT")


def _names(conn: sqlite3.Connection, table: str) -> dict[str, int]:
    return {name: key for key, name in conn.execute(f"SELECT id, name FROM {table}")}


_NEW_NAME = {
    "suppliers": "INSERT INTO suppliers (name, contact, email, phone, lead_time_days, order_days)"
    " VALUES (?, '', '', '', 2, '') RETURNING id",
    "locations": "INSERT INTO locations (name, walk_order) VALUES (?, 0) RETURNING id",
}


def _ensure(conn: sqlite3.Connection, known: dict[str, int], table: str, name: str) -> None:
    if name not in known:
        known[name] = conn.execute(_NEW_NAME[table], (name,)).fetchone()[0]


def _item(r: list[str], suppliers: dict[str, int], locations: dict[str, int]) -> tuple:
    return (
        r[0], r[1], r[2], r[3], r[4], int(Decimal(r[5]) * QTY), suppliers[r[6]], r[7],
        int(r[8]), int(Decimal(r[9]) * MONEY), int(Decimal(r[10]) * QTY),
        int(Decimal(r[11]) * QTY), locations[r[13]],
    )  # fmt: skip


def _fields(r: list[str]) -> str:
    return json.dumps(dict(zip(HEADER, r, strict=True)), sort_keys=True)
