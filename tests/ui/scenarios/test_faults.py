"""The window names a fault for what it is (issue 14): a busy or read-only file at the start-up
check gets its own message, never "The database is damaged" with a restore offered; a
write that waits for another terminal says so in the status bar.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from inventory_app.db.engine import Database, sqlite_path
from inventory_app.db.file_checks import FileCheck
from inventory_app.domain.catalogue import Reason
from inventory_app.domain.units import Unit
from inventory_app.ui import operations
from inventory_app.ui.error_reporting import install_error_reporting
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.recovery import watch_check
from tests.db.fault_kit import lock_held_by_another_process, read_only_folder


def _path(database: Database) -> Path:
    path = sqlite_path(database.url)
    assert path is not None
    return path


def _answer_message_boxes(seen: list[tuple[str, str, list[str]]]) -> QTimer:
    """A person reading each message box that comes up, then closing it."""

    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                buttons = [b.text() for b in box.buttons()]
                seen.append((box.windowTitle(), box.text(), buttons))
                quit_button = next((b for b in box.buttons() if b.text() == "Quit"), None)
                (quit_button or box.buttons()[0]).click()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def _a_box_is_up() -> bool:
    return any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def _check_as_the_start_does(
    qtbot: Any, window: MainWindow, database: Database
) -> tuple[list[tuple[str, str, list[str]]], list[str]]:
    """The start-up check on its thread and its watch over the window, as ui/app.py runs it.

    A page that reads meanwhile (a table fetching more rows) meets the same fault, and the
    window's error reporting says it in a box of its own: every box is read.
    """
    seen: list[tuple[str, str, list[str]]] = []
    ended: list[str] = []
    timer = _answer_message_boxes(seen)
    check = FileCheck(_path(database), advice=lambda _good: "restore it")
    watch = watch_check(
        window, database, check, restored=lambda: ended.append("restored"),
        quit_=lambda: ended.append("quit"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: check.finished and len(seen) > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not watch._timer.isActive() and not _a_box_is_up(), timeout=5_000)
    timer.stop()
    watch.deleteLater()
    return seen, ended


@pytest.fixture
def error_reporting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As the real start installs it: a fault raised in a slot comes up as a message."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_reporting()
    yield
    qInstallMessageHandler(None)


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("fault", ["busy", "read-only folder"])
@pytest.mark.usefixtures("error_reporting")
def test_the_start_up_check_names_a_busy_or_read_only_file_and_offers_no_restore(
    qtbot: Any, open_main_window: Callable[..., MainWindow], demo_db: Database, fault: str
) -> None:
    window = open_main_window()
    window.build_all_pages()  # every page has read what it shows before the file is locked
    qtbot.wait(50)
    path = _path(demo_db)
    demo_db.dispose()  # the window's connections close: SQLite removes the -wal and -shm
    if fault == "busy":
        with lock_held_by_another_process(path, exclusive=True) as holder:
            seen, ended = _check_as_the_start_does(qtbot, window, demo_db)
        title, text = "The database is busy", f"is busy: process {holder.pid} (python"
    else:
        with read_only_folder(path.parent):
            seen, ended = _check_as_the_start_does(qtbot, window, demo_db)
        title, text = "The database is read-only", f"its folder {path.parent} is read-only"
    assert {shown_title for shown_title, _, _ in seen} == {title}
    assert all(text in shown_text for _, shown_text, _ in seen)
    assert not any("damaged" in t.replace("not damaged", "") for _, t, _ in seen)
    assert not any("Restore" in b for _, _, buttons in seen for b in buttons)
    assert ended == [] and text in window.statusBar().currentMessage()
    assert window.isVisible()


def test_a_write_waiting_for_another_terminal_says_so_in_the_status_bar(
    open_main_window: Callable[..., MainWindow], demo_db: Database
) -> None:
    window = open_main_window()
    adjustment = operations.Adjustment("GIN-TANQ", Decimal(-40), Unit.ML, Reason.WASTE)
    with lock_held_by_another_process(_path(demo_db), exclusive=False) as holder:
        threading.Timer(1.5, holder.release).start()
        assert operations.adjust_stock(window.context, adjustment=adjustment) is None
    message = window.statusBar().currentMessage()
    assert message.startswith(f"process {holder.pid} (python")
    assert message.endswith("is writing to the database; waiting up to 10 s…")
