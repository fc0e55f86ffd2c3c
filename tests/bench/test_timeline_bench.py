"""The History page's reads on a million movements (`make bench`): a page is an index walk."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import AuditEntry, Movement
from inventory_app.services.timeline import Kind, Sort, TimelineFilter, count, people, timeline
from tests.conftest import make_item

MOVEMENTS = 1_000_000
CHANGES = 10_000
ITEMS = 60
START = datetime(2025, 11, 1)
PEOPLE = ("owner", "Ann", "Bob", "Cleo")
REASONS = ("sale",) * 8 + ("open", "receive", "waste")


def _fill(db: Database) -> list[int]:
    with db.transaction() as s:
        items = [make_item(s, f"SKU-{n:03}", name=f"Item {n}") for n in range(ITEMS)]
    rng = random.Random(7)
    step = timedelta(days=365) / MOVEMENTS
    chunk = 50_000
    with db.transaction() as s:
        for first in range(0, MOVEMENTS, chunk):
            rows = [
                {
                    "at": START + step * n,
                    "item_id": rng.choice(items),
                    "delta": Decimal(-30),
                    "reason": rng.choice(REASONS),
                    "reference": f"sale:{n}",
                    "author": rng.choice(PEOPLE),
                    "note": "",
                }
                for n in range(first, first + chunk)
            ]
            s.execute(insert(Movement), rows)
        s.execute(
            insert(AuditEntry),
            [
                {
                    "at": START + step * 100 * n,
                    "author": "owner",
                    "entity": "item",
                    "entity_id": str(rng.choice(items)),
                    "label": "cost",
                    "action": "update",
                    "note": "",
                }
                for n in range(CHANGES)
            ],
        )
    return items


def _timed(label: str, work: Callable[[], object]) -> None:
    start = time.perf_counter()
    result = work()
    size = result if isinstance(result, int) else len(result)  # type: ignore[arg-type]
    print(f"  {label}: {(time.perf_counter() - start) * 1e3:.1f} ms ({size:,})")


def _plan(session: Session, where: TimelineFilter) -> None:
    """SQLite's plan for the first page: SCAN without an index would read every movement."""
    from inventory_app.services.timeline import _merged

    query = _merged(where, Sort.AT, True, reach=200).limit(200)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    for line in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")):
        print("    ", line[-1])


def test_timeline_pages_on_a_million_movements(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'bar.sqlite3'}")
    items = _fill(db)
    saturday = START + timedelta(days=200)
    cases = {
        "first page": TimelineFilter(),
        "one item": TimelineFilter(item_id=items[3]),
        "one item, one day": TimelineFilter(
            item_id=items[3], since=saturday, until=saturday + timedelta(days=1)
        ),
        "one person, sales": TimelineFilter(person="Ann", reason="sale", kind=Kind.MOVEMENT),
        "search": TimelineFilter(search="sale:99999"),
    }
    print(f"\ntimeline on {MOVEMENTS:,} movements and {CHANGES:,} changes:")
    with db.reading() as s:
        for label, where in cases.items():
            _timed(f"{label}, page 1", lambda w=where: timeline(s, w))  # type: ignore[misc]
            _timed(f"{label}, count", lambda w=where: count(s, w))  # type: ignore[misc]
            _plan(s, where)
        _timed("page at 10,000", lambda: timeline(s, TimelineFilter(), offset=10_000))
        _timed("oldest first", lambda: timeline(s, TimelineFilter(), descending=False))
        _timed("by person", lambda: timeline(s, TimelineFilter(), sort=Sort.AUTHOR))
        _timed("the person filter's choices", lambda: people(s))
    db.dispose()
