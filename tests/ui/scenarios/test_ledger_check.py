"""A kept on hand altered behind the app's back: the window's start says so, and rebuilds it.

The real start (`start_window`, as `inventory-app` with no command runs it) on a copy of the
demo bar whose `stock_levels.on_hand` for one whisky was moved by raw SQL, as a flipped bit
would: the ledger check runs beside the window, its dialog names the item, writes are
refused meanwhile, and the owner's click rebuilds the total from the ledger (audited).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from inventory_app.commands.gui import start_window
from inventory_app.services.ledger.check import LedgerOutOfStep
from inventory_app.ui.ledger_warning import LedgerDialog, LedgerWarning
from inventory_app.ui.main_window import MainWindow

SKU = "WHI-MONKEY"
NAME = "Monkey Shoulder Blended Malt"
DRIFT = 67_100_000  # +67.1 ml, in the stored millionths
GIVE_UP_MS = 20_000


@pytest.fixture(autouse=True)
def _keep_the_test_application(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    """The real start styles the QApplication; the tests' shared one stays as it is."""
    monkeypatch.setattr("inventory_app.ui.app.create_application", lambda: qapp)


@pytest.fixture(autouse=True)
def _no_screen_left_over(qapp: Any) -> Iterator[None]:
    """The start opens its window, the sign-in screen and our dialog: none outlives its test
    (a later test looking for "the" main window would find this one)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()
        if isinstance(widget, MainWindow | QDialog):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def drifted_bar(demo_bar_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo bar whose whisky's kept on hand is 67.1 ml above its ledger."""
    for file in demo_bar_template.parent.glob("bar.sqlite3*"):
        shutil.copy(file, tmp_path / file.name)
    path = tmp_path / "bar.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE stock_levels SET on_hand = on_hand + ?"
            " WHERE item_id = (SELECT id FROM items WHERE sku = ?)",
            (DRIFT, SKU),
        )
    conn.close()
    return path


def _kept_and_ledger(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        kept, ledger = conn.execute(
            "SELECT on_hand, (SELECT SUM(delta) FROM movements WHERE item_id = items.id)"
            " FROM items JOIN stock_levels ON item_id = items.id WHERE sku = ?",
            (SKU,),
        ).fetchone()
    conn.close()
    return kept, ledger


def _open_window() -> MainWindow | None:
    shown = QApplication.topLevelWidgets()
    return next((w for w in shown if isinstance(w, MainWindow) and w.isVisible()), None)


def _dialog(window: MainWindow | None) -> LedgerDialog | None:
    warning = window.findChild(LedgerWarning) if window is not None else None
    dialog = warning.dialog if isinstance(warning, LedgerWarning) else None
    return dialog if dialog is not None and dialog.isVisible() else None


def test_the_start_names_the_item_refuses_writes_and_the_owner_rebuilds(
    drifted_bar: Path, qtbot: Any
) -> None:
    kept, ledger = _kept_and_ledger(drifted_bar)
    seen: dict[str, Any] = {}

    def look() -> None:
        window = _open_window()
        dialog = _dialog(window)
        if window is None:
            return
        if dialog is not None and "text" not in seen:
            seen["text"] = dialog.text()
            try:
                with window.context.database.transaction():
                    pass
            except LedgerOutOfStep as refused:
                seen["refused"] = str(refused)
            assert dialog.rebuild_button is not None
            qtbot.mouseClick(dialog.rebuild_button, Qt.MouseButton.LeftButton)
        message = window.statusBar().currentMessage()
        if "text" in seen and message.startswith("Rebuilt"):
            seen["message"] = message
            with window.context.database.transaction():
                seen["writes"] = True  # the door is open again
            QApplication.exit(0)  # quit() would ask the sign-in screen, which stays

    assert _start_watching(look, drifted_bar) == 0

    assert f"{NAME} ({SKU}): kept {_ml(kept)}, ledger {_ml(ledger)}" in seen["text"]
    assert f"disagrees with the ledger for {NAME}" in seen["refused"]
    assert seen["message"] == "Rebuilt 1 kept total from the ledger"
    assert seen["writes"] is True
    assert _kept_and_ledger(drifted_bar) == (ledger, ledger)
    with sqlite3.connect(drifted_bar) as conn:
        audit = conn.execute(
            "SELECT author, label FROM audit_log WHERE action = 'rebuild'"
        ).fetchall()
    conn.close()
    assert audit == [("owner", f"{NAME} ({SKU})")]


def test_not_now_changes_nothing_and_writes_stay_refused(drifted_bar: Path, qtbot: Any) -> None:
    before = _kept_and_ledger(drifted_bar)
    refused: list[str] = []

    def look() -> None:
        window = _open_window()
        dialog = _dialog(window)
        if window is None or dialog is None:
            return
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
        try:
            with window.context.database.transaction():
                pass
        except LedgerOutOfStep as error:
            refused.append(str(error))
        QApplication.exit(0)

    assert _start_watching(look, drifted_bar) == 0
    assert refused and "check --repair" in refused[0]
    assert _kept_and_ledger(drifted_bar) == before


def _start_watching(look: Callable[[], None], bar: Path) -> int:
    """The real start, `look` every 10 ms; without an answer in 20 s the start exits 1.

    Both timers stop with the start: one left running would end a later test's loop.
    """
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.exit(1))
    give_up.start(GIVE_UP_MS)
    try:
        return start_window(f"sqlite:///{bar}", None, user="owner")
    finally:
        timer.stop()
        give_up.stop()


def _ml(units: int) -> str:
    whole, part = divmod(units, 10**6)
    return f"{whole}.{str(part).zfill(6).rstrip('0')}".rstrip(".") + " ml"
