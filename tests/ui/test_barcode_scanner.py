"""ui/barcode_scanner.py: fast keys ended by Return are a scan; typing is not.

A plain window with a button, a line edit and a table; the scanner is installed on the
application as the main window installs it, with a clock the test moves, and `known`
asks the demo bar's file whether a code is one of its barcodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.engine import Database
from inventory_app.services.views.stock import Order
from inventory_app.ui import queries
from inventory_app.ui.barcode_scanner import MAX_GAP_S, BarcodeScanner, takes_keys


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Press")
        self.field = QLineEdit()
        self.table = QTableWidget(2, 2)
        column = QVBoxLayout(self)
        for widget in (self.button, self.field, self.table):
            column.addWidget(widget)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: Any) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def heard(window: Window, clock: Clock, demo_db: Database) -> Iterator[list[str]]:
    scanner = BarcodeScanner(
        window, clock=clock, known=lambda code: queries.is_known_barcode(demo_db, code)
    )
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(scanner)
    yield codes
    app.removeEventFilter(scanner)


def known_barcode(demo_db: Database) -> str:
    for row in queries.load_stock(demo_db, order=Order.NAME):
        loaded = queries.load_item(demo_db, row.item_id)
        if loaded.spec.barcodes:
            return loaded.spec.barcodes[0]
    raise AssertionError("the demo bar has no barcode")


def test_fast_keys_and_return_are_a_scan(qtbot: Any, window: Window, heard: list[str]) -> None:
    window.button.setFocus()
    qtbot.keyClicks(window.button, "8001234567890")
    qtbot.keyClick(window.button, Qt.Key.Key_Return)
    assert heard == ["8001234567890"]


def test_slow_or_short_keys_are_typing(
    qtbot: Any, window: Window, heard: list[str], clock: Clock
) -> None:
    for char in "80012345":
        clock.now += MAX_GAP_S * 5
        qtbot.keyClick(window.button, char)
    qtbot.keyClick(window.button, Qt.Key.Key_Return)
    qtbot.keyClicks(window.button, "80")
    qtbot.keyClick(window.button, Qt.Key.Key_Return)
    assert heard == []


def test_into_a_text_field_only_a_known_barcode_is_a_scan(
    qtbot: Any, window: Window, heard: list[str], demo_db: Database
) -> None:
    qtbot.keyClicks(window.field, "1200")
    qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert heard == [] and window.field.text() == "1200"  # the field keeps what was typed
    window.field.clear()
    code = known_barcode(demo_db)
    qtbot.keyClicks(window.field, code)
    qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert heard == [code]


def test_keys_to_another_window_are_not_watched(
    qtbot: Any, window: Window, heard: list[str]
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClicks(other, "8001234567890")  # another window: not ours
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert heard == []


def test_which_widgets_take_keys(qtbot: Any, window: Window) -> None:
    assert takes_keys(window.field) and not takes_keys(window.button) and not takes_keys(None)
    window.field.setReadOnly(True)
    assert not takes_keys(window.field)
    combo = QComboBox()
    qtbot.addWidget(combo)
    assert not takes_keys(combo)
    combo.setEditable(True)
    assert takes_keys(combo)
    window.table.setCurrentCell(0, 0)
    assert takes_keys(window.table)  # a QTableWidget's cells are editable by any key
    window.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    assert not takes_keys(window.table)
