"""Issue 20 in the window: make a batch of orgeat with its label from the Make dialog, read
the label's QR code with zbarimg, scan it (keys + Return, as a scanner types) and the app
opens that batch; the Dashboard flags an expired batch, which can be discarded there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import text

from inventory_app.db.engine import Database
from inventory_app.domain.errors import InventoryError
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.batches_dialog import BatchesDialog
from inventory_app.ui.dialogs.make_dialog import MakeDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.opening_reads import load_role
from tests.ui.render.test_batch_label_pdf import needs_zbar, qr_codes
from tests.ui.scenarios.conftest import DEMO_OWNER, go_to
from tests.ui.scenarios.test_count import KeyClock


def batch_dialogs() -> list[BatchesDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BatchesDialog)
            and w.isVisible()]  # fmt: skip


def make_orgeat_with_label(qtbot: Any, window: MainWindow, label: Path) -> None:
    """Recipes › House orgeat › Make prep…, Make, then Print label… (A4 sheet) saved to `label`."""
    page = go_to(qtbot, window, "Recipes")
    row = next(n for n, r in enumerate(page.model.rows) if r.name == "House orgeat")
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MakeDialog)
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert dialog.label_row.isVisible()
        dialog.label_kind.setCurrentIndex(1)  # the A4 sheet
        qtbot.mouseClick(dialog.label_button, Qt.MouseButton.LeftButton)
        assert dialog.label_saved.isVisible()
        dialog.accept()

    QTimer.singleShot(50, in_the_dialog)
    page.make_prep()


@pytest.fixture
def saving_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    label = tmp_path / "orzata.pdf"

    def chooser(*_args: object) -> tuple[str, str]:
        return str(label), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    return label


@needs_zbar
def test_a_scanned_label_opens_its_batch(
    open_main_window: Callable[..., MainWindow], qtbot: Any, saving_to: Path
) -> None:
    window = open_main_window()
    make_orgeat_with_label(qtbot, window, saving_to)
    code = f"ORG-{date.today():%y%m%d}-1"
    assert saving_to.exists()
    scanned = qr_codes(saving_to)
    assert scanned[0] == code  # every label of the sheet carries it
    window.show_page(window.stock_page)
    field = window.stock_page.toolbar.search  # the field a person would scan into
    window.activateWindow()
    field.setFocus()
    for char in scanned[0]:
        qtbot.keyClick(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(batch_dialogs()) == 1)
    dialog = batch_dialogs()[0]
    current = dialog.current()
    assert current is not None and current.code == code
    assert window.stock_page.current_row() is not None
    assert window.stock_page.current_row().sku == "FLK-ORGEAT"  # type: ignore[union-attr]
    assert field.text() == ""  # the scan did not stay in the search field
    assert window.statusBar().currentMessage() == f"Scanned batch {code}: House orgeat"
    assert "Blanched almonds 1 kg" in dialog.trace.toPlainText()


def test_an_expired_batch_is_on_the_dashboard_and_discarded_from_there(
    open_main_window: Callable[..., MainWindow], qtbot: Any, demo_db: Database,
    saving_to: Path,
) -> None:  # fmt: skip
    window = open_main_window()
    make_orgeat_with_label(qtbot, window, saving_to)
    code = f"ORG-{date.today():%y%m%d}-1"
    with demo_db.engine.begin() as conn:  # a week passes: the batch's use-by is yesterday
        conn.execute(text("UPDATE prep_batches SET use_by = :d WHERE code = :c"),
                     {"d": date.today() - timedelta(days=1), "c": code})  # fmt: skip
    go_to(qtbot, window, "Dashboard")
    board = window.page_shown()
    board.refresh()  # type: ignore[union-attr]
    card = board.batches  # type: ignore[union-attr]
    assert [(r.code, r.state.value) for r in card.model.rows] == [(code, "expired")]
    index = card.model.index(0, 0)
    card.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: len(batch_dialogs()) == 1)
    dialog = batch_dialogs()[0]

    def yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, yes)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.model.rows == [])
    current = dialog.current()
    assert current is not None and current.remaining == 0
    dialog.close()


def scan(qtbot: Any, widget: Any, code: str) -> None:
    """As a scanner types: the characters fast, then Return, each to the focused widget."""
    for char in code:
        qtbot.keyClick(QApplication.focusWidget() or widget, char)
    qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Return)


def test_a_scanned_batch_goes_to_its_flask_in_count_and_openings(
    qtbot: Any, demo_db: Database
) -> None:
    """The count's keys are timed by the test's clock (tests/ui/scenarios/test_count.py):
    a count cell takes typed keys, and only a scanner's pace makes them a scan."""
    context = AppContext(database=demo_db, user=DEMO_OWNER, changes=Changes(),
                         role=load_role(demo_db, DEMO_OWNER))  # fmt: skip
    window = MainWindow(context, clock=KeyClock())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    made = operations.make_prep(window.context, name="House orgeat", batches=Decimal(1))
    assert not isinstance(made, InventoryError)
    assert operations.start_count(window.context, locations=()) is None
    page = go_to(qtbot, window, "Count")
    page.table.setCurrentIndex(page.model.index(0, 0))  # the name: a cell that types nothing
    page.table.setFocus()
    scan(qtbot, page.table, made.batch_code)
    row = page.model.row_at(page.table.currentIndex().row())
    assert row.sku == "FLK-ORGEAT"
    assert window.statusBar().currentMessage() == (f"Scanned batch {made.batch_code}: House orgeat")
    openings = go_to(qtbot, window, "Openings")
    openings.search.setFocus()
    scan(qtbot, openings.search, made.batch_code)
    assert openings.search.text() == "FLK-ORGEAT"
    assert openings.matches.count() == 1
