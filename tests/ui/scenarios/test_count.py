"""The weekly count in the real window: what is typed is what is saved, and only that."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QToolButton

from inventory_app.db.engine import Database
from inventory_app.services.catalogue.items import find_item
from inventory_app.services.ledger.movements import on_hand
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.models.count_model import CountColumn
from inventory_app.ui.opening_reads import load_role
from inventory_app.ui.pages.count_page import CountPage
from tests.ui.scenarios.conftest import DEMO_OWNER

KEY_GAP_S = 0.012  # a numeric keypad macro, or a fast typist


class KeyClock:
    """Time that moves 12 ms each time the window asks: every key comes 12 ms after the last."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += KEY_GAP_S
        return self.now


@pytest.fixture
def window(qtbot: Any, demo_db: Database) -> Iterator[MainWindow]:
    """The real main window on the demo bar, its keys timed by a clock the test controls."""
    context = AppContext(
        database=demo_db, user=DEMO_OWNER, changes=Changes(), role=load_role(demo_db, DEMO_OWNER)
    )
    window = MainWindow(context, clock=KeyClock())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def count_page_with_a_count_open(window: MainWindow) -> CountPage:
    assert operations.start_count(window.context, locations=()) is None
    window.show_page(window.count_page)
    page: CountPage = window.count_page
    return page


def cell(page: CountPage, sku: str, column: CountColumn) -> QModelIndex:
    row = next(n for n, r in enumerate(page.model.rows) if r.sku == sku)
    return page.model.index(row, column)


def type_into(qtbot: Any, page: CountPage, index: QModelIndex, text: str) -> None:
    """Click the cell, type the text key by key (each to whatever has focus), press Enter."""
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: page.table.state() != editing, timeout=2000)


def test_digits_typed_fast_into_a_count_cell_stay_what_was_typed(
    window: MainWindow, qtbot: Any
) -> None:
    page = count_page_with_a_count_open(window)
    weight = cell(page, "WHI-SPR21", CountColumn.WEIGHT)
    type_into(qtbot, page, weight, "1200")
    row = page.model.row_at(weight.row())
    assert row.weight_g == Decimal(1200)
    assert row.counted is not None
    assert page.model.data(weight) == "1,200"
    assert "Scanned" not in window.statusBar().currentMessage()


def test_a_real_scan_on_the_stock_page_still_selects_its_item(
    window: MainWindow, qtbot: Any
) -> None:
    window.show_page(window.stock_page)
    window.stock_page.table.setFocus()
    for char in "5010233010184":  # Springbank 21's barcode, sent by the scanner
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    selected = window.stock_page.current_row()
    assert selected is not None and selected.sku == "WHI-SPR21"
    assert window.statusBar().currentMessage() == "Scanned 5010233010184: Springbank 21 Year Old"


@pytest.fixture
def message_boxes() -> Iterator[list[str]]:
    """Each message box the window shows, read and answered with its default (Yes if asked)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            yes = box.button(QMessageBox.StandardButton.Yes)
            (yes or box.defaultButton() or box.buttons()[0]).click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    yield seen
    timer.stop()


def test_a_refused_tenths_is_never_booked(
    window: MainWindow, qtbot: Any, message_boxes: list[str]
) -> None:
    """Full 1, then tenths 15 for House orgeat: the row counts nothing and Finalise stops."""
    page = count_page_with_a_count_open(window)
    type_into(qtbot, page, cell(page, "FLK-ORGEAT", CountColumn.FULL), "1")
    tenths = cell(page, "FLK-ORGEAT", CountColumn.TENTHS)
    type_into(qtbot, page, tenths, "15")
    row = page.model.row_at(tenths.row())
    assert page.model.data(tenths) == "15"
    assert page.model.error_at(tenths.row()) == "expected tenths from 0 to 10, got 15"
    assert row.counted is None and not row.done
    assert page.model.data(cell(page, "FLK-ORGEAT", CountColumn.COUNTED)) == "not counted"
    type_into(qtbot, page, cell(page, "WHI-SPR21", CountColumn.FULL), "1")
    on_hand_before = stock_of(window, "FLK-ORGEAT")

    qtbot.mouseClick(finalise_button(page), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=3000)

    assert "cannot be finalised" in message_boxes[0]
    assert "FLK-ORGEAT (House orgeat): expected tenths from 0 to 10, got 15" in message_boxes[0]
    assert stock_of(window, "FLK-ORGEAT") == on_hand_before
    assert page.state is not None and page.state.count_id is not None  # still open
    window.activateWindow()  # back from the message box
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    type_into(qtbot, page, tenths, "5")
    assert page.model.row_at(tenths.row()).counted == Decimal(375)
    assert page.model.error_at(tenths.row()) == ""


def stock_of(window: MainWindow, sku: str) -> Decimal:
    with window.context.database.reading() as session:
        return on_hand(session, find_item(session, sku).id)


def finalise_button(page: CountPage) -> QToolButton:
    action = page.actions_by_name["finalise"]
    return next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)


def test_an_open_count_fits_a_1280_pixel_window(window: MainWindow) -> None:
    """The count's title once widened the window to 1296 px, past a 1280 px screen."""
    count_page_with_a_count_open(window)
    QApplication.processEvents()
    assert window.width() == 1280


def test_a_scan_into_a_count_cell_goes_to_its_bottle_and_types_nothing(
    window: MainWindow, qtbot: Any
) -> None:
    """The cursor on Tanqueray's full bottles, the scanner reads Springbank 21: the count
    goes to Springbank's row, and Tanqueray's cell keeps nothing of the digits (the table
    handed the first key on to the cell's editor, and the scanner read it twice)."""
    page = count_page_with_a_count_open(window)
    tanqueray = cell(page, "GIN-TANQ", CountColumn.FULL)
    page.table.setCurrentIndex(tanqueray)
    page.table.setFocus()
    for char in "5010233010184":  # Springbank 21's barcode, sent by the scanner
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Scanned 5010233010184: Springbank 21 Year Old"
    current = page.table.currentIndex()
    assert page.model.row_at(current.row()).sku == "WHI-SPR21"
    assert current.column() == CountColumn.FULL
    assert page.model.data(tanqueray) in ("", None)
    assert page.model.row_at(tanqueray.row()).counted is None
