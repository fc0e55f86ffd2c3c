"""Scenario 7: typing a count entry and moving on, on a 500-item count, within one frame."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inventory_app.db.migrate import open_database
from inventory_app.ui import operations
from inventory_app.ui.application import create_application
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.pages.count_page import CountPage
from tests.bench.bar_data import bar_file
from tests.bench.harness import Result

FRAME = 0.016  # one frame at 60 Hz
ENTRIES = 40


def run(folder: Path) -> list[Result]:
    path = folder / "count.sqlite3"
    shutil.copyfile(bar_file(), path)
    db = open_database(f"sqlite:///{path}")
    app = create_application([])
    context = AppContext(database=db, user="owner", changes=Changes())
    assert operations.start_count(context, locations=()) is None
    page = CountPage(context)
    page.resize(1200, 700)
    page.show()
    QTest.qWaitForWindowExposed(page)
    times = [_enter_one(app, page) for _ in range(ENTRIES)]
    page.close()
    db.dispose()
    median = statistics.median(times[2:])  # the first entries warm the caches
    return [Result("count: enter a line, move on (500 items)", median, FRAME, 1, ENTRIES - 2)]


def _enter_one(app: QApplication, page: CountPage) -> float:
    """Type 2 and Enter in the Full column; done when the cursor is on the next row."""
    table = page.table
    row = table.currentIndex().row()
    table.setFocus()
    start = time.perf_counter()
    QTest.keyClicks(table, "2")
    editor = QApplication.focusWidget()
    assert editor is not None
    QTest.keyClick(editor, Qt.Key.Key_Return)
    while table.currentIndex().row() == row:
        app.processEvents()
    app.processEvents()  # the repaint of the row that changed
    return time.perf_counter() - start
