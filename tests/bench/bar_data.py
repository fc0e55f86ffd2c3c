"""The big bar the benchmarks read: 500 items, 10 suppliers, 1,000,000 movements.

Items go through the catalogue service; the ledger is written with bare sqlite3
(seconds instead of minutes) and on hand is set to each item's ledger sum, so the
invariant holds. The file is built once per schema and reused from the temp folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from inventory_app.db import migrations
from inventory_app.db.migrate import head_revision, open_database
from inventory_app.domain.item_rules import ItemSpec
from inventory_app.services.catalogue.items import save_item

ITEMS = 500
SUPPLIERS = 10
MOVEMENTS = 1_000_000
DAYS = 800  # about 1,250 movements an evening: a busy take-away window, two years long
CACHE = Path(tempfile.gettempdir()) / "inventory-app-bench"


def bar_file(movements: int = MOVEMENTS) -> Path:
    """The cached big bar for this schema; built (about a minute) when missing."""
    path = CACHE / f"bar-{head_revision()}-{_schema_key()}-{ITEMS}-{movements}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        part = path.with_suffix(f".{os.getpid()}.part")  # two benches may build at once
        try:
            _build(part, movements)
            shutil.move(part, path)
        finally:
            part.unlink(missing_ok=True)
    return path


def _schema_key() -> str:
    """The migrations' own text: a branch whose 0009 differs never reuses another's bar."""
    versions = Path(migrations.__file__).parent / "versions"
    digest = hashlib.sha256()
    for script in sorted(versions.glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:10]


def _build(path: Path, movements: int) -> None:
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as session:
        for n in range(ITEMS):
            save_item(
                session,
                ItemSpec(
                    sku=f"SKU{n:04d}", name=f"Item {n:04d}", category=f"Category {n % 12}",
                    size=Decimal(700), supplier=f"Supplier {n % SUPPLIERS}",
                    supplier_code=f"S-{n:05d}", pack_size=6, cost=Decimal("18.40"),
                    par=Decimal(40), reorder_at=Decimal(2 + n % 38), location=f"Shelf {n % 8}",
                ),
                author="owner",
            )  # fmt: skip
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO movements (at, item_id, delta, reason, reference, author, note)"
        " VALUES (?, ?, ?, ?, ?, 'owner', '')",
        _ledger(conn, movements),
    )
    conn.execute(
        "UPDATE stock_levels SET on_hand = (SELECT COALESCE(SUM(delta), 0) FROM movements"
        " WHERE movements.item_id = stock_levels.item_id)"
    )
    conn.execute(  # daily usage in step too, as the services keep it (services/ledger/usage.py)
        "INSERT INTO daily_usage (item_id, day, weekday, used) SELECT item_id, substr(at, 1, 10),"
        " (CAST(strftime('%w', substr(at, 1, 10)) AS INTEGER) + 6) % 7, -SUM(delta)"
        " FROM movements WHERE reason = 'sale' GROUP BY item_id, substr(at, 1, 10)"
    )
    conn.execute("COMMIT")
    conn.close()


def _ledger(conn: sqlite3.Connection, count: int) -> Iterator[tuple[str, int, int, str, str]]:
    """Evenings of 22.5 ml pours and a delivery now and then; oldest first.

    Deliveries only just cover the pours, so every item ends below its reorder point:
    the reorder workbook lists all 500.
    """
    ids = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY id")]
    start = datetime.combine(datetime.now().date(), datetime.min.time()) - timedelta(days=DAYS)
    for n in range(count):
        at = start + timedelta(days=n * DAYS // count, hours=18, seconds=n % 20_000)
        item = ids[(n * 7919) % len(ids)]
        if n % 41 == 0:  # 41 is prime to the stride: every item gets its deliveries
            yield (f"{at:%Y-%m-%d %H:%M:%S.000000}", item, 920_000_000, "receive", "")
        else:
            yield (f"{at:%Y-%m-%d %H:%M:%S.000000}", item, -22_500_000, "sale", f"sale:{n}")
