"""Scenario 8: the History page on 1,000,000 movements, each step within 3x of its bare SQL.

Every step is timed as the user sees it: from the action until the event loop has run the
page's own work and painted the first page. Its baseline is a hand-written sqlite3 query
returning the same 200 movements with their items (the SQL the page cannot do without).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inventory_app.db.migrate import open_database
from inventory_app.ui.app import create_application
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.models.timeline_model import TimelineColumn
from inventory_app.ui.pages.history_page import HistoryPage
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result, compare

CHANGES = 10_000  # audit log entries: catalogue edits spread over the ledger's two years
PAGE_SQL = (
    "SELECT m.id, m.at, m.author, m.item_id, i.sku, i.name, m.reason, m.delta, i.unit,"
    " m.reference, m.note FROM movements m JOIN items i ON i.id = m.item_id"
    " {where} ORDER BY m.at {order}, m.id {order} LIMIT 200"
)
TARGET = 3


def run(folder: Path) -> list[Result]:
    path = folder / "history.sqlite3"
    shutil.copyfile(bar_file(), path)
    item = _add_changes(path)
    raw = sqlite3.connect(path)
    db = open_database(f"sqlite:///{path}")
    app = create_application([])
    page = HistoryPage(AppContext(database=db, user="owner", changes=Changes()))
    page.resize(1200, 700)
    page.show()
    QTest.qWaitForWindowExposed(page)
    header = page.table.horizontalHeader()

    def bare(where: str = "", order: str = "DESC") -> Callable[[], None]:
        sql = PAGE_SQL.format(where=where, order=order)
        return lambda: raw.execute(sql).fetchall()

    def shown(prepare: Callable[[], None], act: Callable[[], None]) -> Callable[[], float]:
        """Seconds from `act` until its page is painted; `prepare` (untimed) undoes the last."""

        def timed() -> float:
            prepare()
            _settle(app)
            start = time.perf_counter()
            act()
            _settle(app)
            return time.perf_counter() - start

        return timed

    def newest_first() -> None:
        page.filters.choose(page.filters.item, None)
        header.setSortIndicator(TimelineColumn.WHEN, Qt.SortOrder.DescendingOrder)

    def reopen() -> None:
        newest_first()
        page.hide()
        page._stale = True  # a change made elsewhere while the page was hidden

    try:
        return [
            compare(
                "history: open (1M movements)", bare(),
                shown(reopen, page.show), target=TARGET,
            ),
            compare(
                "history: jump to the end", bare(order="ASC"),
                shown(newest_first, page.jump_to_end), target=TARGET,
            ),
            compare(
                "history: filter by item", bare(where=f"WHERE m.item_id = {item}"),
                shown(newest_first, lambda: page.filters.choose(page.filters.item, item)),
                target=TARGET,
            ),
            compare(
                "history: sort by date", bare(order="ASC"),
                shown(newest_first, lambda: header.setSortIndicator(
                    TimelineColumn.WHEN, Qt.SortOrder.AscendingOrder
                )),
                target=TARGET,
            ),
        ]  # fmt: skip
    finally:
        QThreadPool.globalInstance().waitForDone()  # the person filter's readings
        page.close()
        raw.close()
        db.dispose()


def _settle(app: QApplication) -> None:
    """Run everything queued, paints included (twice: a paint may queue a layout pass)."""
    app.processEvents()
    app.processEvents()


def _add_changes(path: Path) -> int:
    """Catalogue changes in the audit log, interleaved with the ledger; the item they touch."""
    conn = sqlite3.connect(path, isolation_level=None)
    first, last = conn.execute("SELECT MIN(at), MAX(at) FROM movements").fetchone()
    start, end = (datetime.fromisoformat(t) for t in (first, last))
    step = (end - start) / CHANGES
    item = conn.execute("SELECT id FROM items ORDER BY id LIMIT 1 OFFSET 7").fetchone()[0]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO audit_log (at, author, entity, entity_id, label, action, note)"
        " VALUES (?, 'owner', 'item', ?, 'cost', 'update', '')",
        (
            (f"{start + step * n + timedelta(seconds=1):%Y-%m-%d %H:%M:%S.%f}", str(item + n % 5))
            for n in range(CHANGES)
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    return item
