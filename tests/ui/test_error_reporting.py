"""An exception in a slot: a plain message for the person, the traceback in the log file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMessageBox, QPushButton

from inventory_app.db.faults import DatabaseBusy
from inventory_app.domain.errors import ConflictError
from inventory_app.ui.error_reporting import install_error_reporting

TRACEBACK = "Traceback (most recent call last)"


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user data folder in tmp_path; the hooks put back as they were afterwards."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_reporting()
    yield tmp_path / "inventory-app" / "logs" / "inventory-app.log"
    qInstallMessageHandler(None)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    boxes: list[tuple[str, str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, title, text, kind=kind: boxes.append((kind, title, text))
        )
    return boxes


def _button_raising(qtbot: Any, error: Exception) -> QPushButton:
    def slot() -> None:
        raise error

    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    return button


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_a_message_and_a_log_entry(
    qtbot: Any, log: Path, shown: list[tuple[str, str, str]]
) -> None:
    _button_raising(qtbot, RuntimeError("the printer caught fire")).click()
    [(kind, title, text)] = shown
    assert (kind, title) == ("critical", "Something went wrong")
    assert "RuntimeError: the printer caught fire" in text
    assert "Try again" in text and text.endswith(str(log))
    assert TRACEBACK not in text
    logged = log.read_text(encoding="utf-8")
    assert "unexpected error during the window" in logged
    assert TRACEBACK in logged and "RuntimeError: the printer caught fire" in logged


@pytest.mark.qt_no_exception_capture
def test_an_expected_error_is_said_plainly_and_not_logged(
    qtbot: Any, log: Path, shown: list[tuple[str, str, str]]
) -> None:
    _button_raising(qtbot, ConflictError("someone else saved this item first")).click()
    assert shown == [("warning", "Not done", "someone else saved this item first")]
    assert not log.exists()


def test_qt_warnings_go_to_the_log(log: Path) -> None:
    qWarning("a pixmap could not be loaded")
    assert "Qt: a pixmap could not be loaded" in log.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_database_fault_is_said_under_its_own_heading(
    qtbot: Any, log: Path, shown: list[tuple[str, str, str]]
) -> None:
    """A page reading a file another program has locked: busy, as on the command line."""
    busy = DatabaseBusy("/bar/bar.sqlite3", ["process 42 (python import.py)"])
    _button_raising(qtbot, busy).click()
    assert shown == [("warning", "The database is busy", str(busy))]
    assert "process 42 (python import.py) is using it" in str(busy)
    assert not log.exists()
