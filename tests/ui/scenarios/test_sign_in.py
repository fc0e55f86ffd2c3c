"""Starting with PINs set: the sign-in screen comes first, and nothing of the bar before it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from inventory_app.db.engine import Database
from inventory_app.services.people import roster as people
from inventory_app.services.views.stock import stock_rows
from inventory_app.ui.app import open_window
from inventory_app.ui.dialogs.pin_pad import OK
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.main_window import MainWindow

GRAB_EVERY_MS = 5


class Watcher(QObject):
    """Notes every paint of a widget inside the window's pages, and grabs the window
    every few milliseconds, noting any text of the bar it shows."""

    def __init__(self, window: MainWindow, bar_words: set[str]) -> None:
        super().__init__()
        self.window = window
        self.bar_words = bar_words
        self.page_paints: list[str] = []
        self.texts_seen: set[str] = set()
        self.grabs = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.grab)
        self.timer.start(GRAB_EVERY_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            page = self.window.page_shown()  # None while "Opening the bar…" shows
            if page is not None and (watched is page or page.isAncestorOf(watched)):
                self.page_paints.append(type(page).__name__)
        return False

    def grab(self) -> None:
        self.window.grab()
        self.grabs += 1
        for widget in self.window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                text = widget.text()
                if any(word in text for word in self.bar_words) or "€" in text:
                    self.texts_seen.add(text)


@pytest.fixture
def bar_words(demo_db: Database) -> set[str]:
    """The demo's item names: any of them on screen is the bar showing."""
    with demo_db.reading() as s:
        return {row.name for row in stock_rows(s)}


@pytest.fixture
def starting(qtbot: Any, demo_db: Database, bar_words: set[str]) -> Iterator[Watcher]:
    """The window's frame shown (as run_gui shows it), watched from before the bar opens."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    watcher = Watcher(window, bar_words)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    yield watcher
    app.removeEventFilter(watcher)
    watcher.timer.stop()


def sign_in_screen(window: MainWindow, qtbot: Any) -> SignInDialog:
    qtbot.waitUntil(lambda: window.is_open and window.doorman.dialog is not None, timeout=5000)
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_nothing_of_the_bar_paints_before_sign_in(
    starting: Watcher, qtbot: Any, demo_db: Database
) -> None:
    window = starting.window
    open_window(window, demo_db, user="owner")
    dialog = sign_in_screen(window, qtbot)
    grabbed = starting.grabs
    # The Dashboard used to paint here for about 100 ms: watch well past that.
    qtbot.waitUntil(lambda: starting.grabs >= grabbed + 40, timeout=20_000)
    assert starting.page_paints == []
    assert starting.texts_seen == set()

    dialog.pick("owner")
    for key in "1234":
        qtbot.mouseClick(dialog.pad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pad.keys[OK], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(starting.page_paints), timeout=5000)  # and now it does
    assert starting.page_paints[0] == "DashboardPage"


def test_ctrl_q_quits_from_the_sign_in_screen(
    starting: Watcher, qtbot: Any, demo_db: Database
) -> None:
    window = starting.window
    open_window(window, demo_db, user="owner")
    dialog = sign_in_screen(window, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_demo_says_its_pins_until_one_is_changed(
    starting: Watcher, qtbot: Any, demo_db: Database
) -> None:
    window = starting.window
    open_window(window, demo_db, user="owner")
    dialog = sign_in_screen(window, qtbot)
    assert dialog.demo_hint.isVisible()
    assert "owner: 1234" in dialog.demo_hint.text()
    assert "giulia: 1111" in dialog.demo_hint.text()
    with demo_db.transaction() as s:
        people.set_secret(s, "giulia", "2580", author="owner")
    dialog.pick("owner")
    for key in "1234":
        dialog.pad.press(key)
    dialog.pad.press(OK)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.doorman.switch_user()
    again = window.doorman.dialog
    assert isinstance(again, SignInDialog) and again is not dialog
    assert not again.demo_hint.isVisible()
    assert "1234" not in again.demo_hint.text()
    again.reject()
