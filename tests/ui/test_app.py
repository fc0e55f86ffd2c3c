"""The start: the window's frame paints before the database is opened, then the pages come."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from inventory_app.db.engine import Database
from inventory_app.db.faults import ReadOnlyDatabase
from inventory_app.ui.app import after_first_paint, run_gui
from inventory_app.ui.main_window import MainWindow
from tests.conftest import AUTHOR


@pytest.fixture(autouse=True)
def _loops_work_afterwards(loops_work_after_run_gui: None) -> None:
    """Every test here runs the app (see tests/ui/conftest.py)."""


@pytest.fixture(autouse=True)
def _earlier_windows() -> None:
    """Windows earlier tests left alive (not yet deleted) are not the one run_gui makes."""
    global _EARLIER
    _EARLIER = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}


_EARLIER: set[int] = set()


def _the_window() -> MainWindow:
    """The window run_gui made: a test run after others may still have theirs around."""
    made = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and id(w) not in _EARLIER
    ]
    assert len(made) == 1, f"{len(made)} new main windows"
    return made[0]


def test_the_frame_is_on_screen_before_the_database_opens(qapp: Any, db: Database) -> None:
    seen: list[tuple[bool, bool, str]] = []

    def open_bar(meanwhile: Callable[[], None]) -> tuple[Database, str]:
        window = _the_window()
        placeholder = window.stack.currentWidget()
        text = placeholder.text() if isinstance(placeholder, QLabel) else ""
        seen.append((window.isVisible(), window.is_open, text))
        meanwhile()
        QTimer.singleShot(0, QApplication.quit)
        return db, AUTHOR

    assert run_gui(open_bar) == 0
    assert seen == [(True, False, "Opening the bar…")]


def test_the_window_opens_on_the_database_with_its_first_page(qapp: Any, db: Database) -> None:
    shown: list[QWidget | None] = []

    def look() -> None:
        window = _the_window()
        shown.append(window.page_shown())
        assert window.built("dashboard_page") is window.page_shown()
        assert window.built("history_page") is None  # built when first shown
        QApplication.quit()

    def open_bar(_meanwhile: Callable[[], None]) -> tuple[Database, str]:
        QTimer.singleShot(0, look)
        return db, AUTHOR

    assert run_gui(open_bar) == 0
    assert shown and shown[0] is not None


def test_choosing_to_quit_while_opening_exits_1(qapp: Any) -> None:
    assert run_gui(lambda _meanwhile: None) == 1


def test_an_error_while_opening_reaches_the_command_line(qapp: Any) -> None:
    def open_bar(_meanwhile: Callable[[], None]) -> None:
        raise LookupError("no such bar")

    try:
        run_gui(open_bar)
    except LookupError as error:
        assert str(error) == "no such bar"
    else:
        raise AssertionError("the error was swallowed")


def test_after_first_paint_waits_for_the_paint(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    called: list[bool] = []
    after_first_paint(widget, lambda: called.append(True))
    qtbot.wait(10)
    assert called == []  # not shown: never painted
    widget.show()
    qtbot.waitUntil(lambda: called == [True], timeout=2000)
    widget.repaint()
    qtbot.wait(10)
    assert called == [True]  # once


def test_a_fault_while_opening_is_said_in_the_window_and_reaches_the_command_line(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only = ReadOnlyDatabase("/bar/bar.sqlite3", "its folder /bar is read-only")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))

    def open_bar(_meanwhile: Callable[[], None]) -> None:
        raise read_only

    with pytest.raises(ReadOnlyDatabase):
        run_gui(open_bar)
    assert shown == [("The database is read-only", str(read_only))]
