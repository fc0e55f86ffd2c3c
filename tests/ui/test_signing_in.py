"""The window and its people: first start, the locked start, Switch user, idle lock, roles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from inventory_app.db.engine import Database
from inventory_app.domain.permissions import Role
from inventory_app.services.people import roster as people
from inventory_app.services.settings import set_setting
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.dialogs.first_owner_dialog import FirstOwnerDialog
from inventory_app.ui.dialogs.pin_pad import OK
from inventory_app.ui.dialogs.sign_in_dialog import SignInDialog
from inventory_app.ui.main_window import MainWindow
from inventory_app.ui.signing_in import GUARDED
from tests.ui.conftest import Bar


def sign_in(dialog: SignInDialog, name: str, pin: str) -> None:
    """Tap a name, then the PIN on the pad and OK."""
    dialog.pick(name)
    for key in (*pin, OK):
        dialog.pad.press(key)


def set_pins(db: Database) -> None:
    with db.transaction() as s:
        people.set_secret(s, "owner", "1234", author="owner")
        people.set_secret(s, "ann", "2468", author="owner")


@pytest.fixture
def window(qtbot: Any, context: AppContext, bar: Bar) -> Iterator[MainWindow]:
    made = MainWindow(context)
    qtbot.addWidget(made)
    made.show()
    yield made
    if made.doorman.dialog is not None:  # a locked screen left open would take later tests'
        made.doorman.dialog.done(0)  # keys (it refuses Escape and close, so end it outright)
    made.close()


def test_first_start_asks_for_the_owner(window: MainWindow) -> None:
    window.doorman.start()
    assert isinstance(window.doorman.dialog, FirstOwnerDialog)
    assert window.doorman.dialog.isVisible()
    assert not window.doorman.idle_lock.armed  # nothing to lock while nobody has a PIN


def test_with_pins_the_window_starts_locked(
    qtbot: Any, db: Database, window: MainWindow, context: AppContext
) -> None:
    set_pins(db)
    window.doorman.start()
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert not central(window).isVisible()
    dialog.pick("ann")
    for key in (*"2468", OK):
        qtbot.mouseClick(dialog.pad.keys[key], Qt.MouseButton.LeftButton)
    assert context.user == "ann"
    assert window.doorman.who.text() == "User: ann"
    assert window.doorman.idle_lock.armed


def test_switch_user_is_one_click_away(qtbot: Any, db: Database, window: MainWindow) -> None:
    set_pins(db)
    qtbot.mouseClick(window.doorman.switch_button, Qt.MouseButton.LeftButton)
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog) and dialog.cancel.isVisible()


def test_idle_time_locks_the_window(
    qtbot: Any, db: Database, window: MainWindow, context: AppContext
) -> None:
    set_pins(db)
    with db.transaction() as s:
        set_setting(s, "idle_lock_minutes", "3", author="owner")
    window.doorman.switch_user()
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog)
    sign_in(dialog, "ann", "2468")
    lock = window.doorman.idle_lock
    assert lock.interval_ms == 3 * 60_000  # the setting, read through the service
    lock.set_interval_ms(200)  # a short wait for the test
    with qtbot.waitSignal(lock.idle, timeout=3000):
        pass
    locked = window.doorman.dialog
    assert isinstance(locked, SignInDialog) and locked is not dialog and locked.isVisible()
    assert not locked.cancel.isVisible()
    assert not central(window).isVisible()  # no stock or costs behind a locked screen
    assert window.doorman.who.text() == "Locked"
    sign_in(locked, "ann", "2468")
    assert central(window).isVisible()
    assert window.doorman.who.text() == "User: ann"


def test_idle_time_closes_a_switch_screen_left_open(db: Database, window: MainWindow) -> None:
    set_pins(db)
    window.doorman.switch_user()
    left_open = window.doorman.dialog
    window.doorman.idle_lock.idle.emit()
    locked = window.doorman.dialog
    assert left_open is not None and not left_open.isVisible()
    assert isinstance(locked, SignInDialog) and locked.locked and locked.isVisible()
    assert not window.doorman.idle_lock.armed  # nothing counts down behind a locked screen


def test_input_restarts_the_idle_wait(qtbot: Any, window: MainWindow) -> None:
    lock = window.doorman.idle_lock
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(lock)
    lock.set_interval_ms(60_000)
    for touch in (
        lambda: qtbot.keyClick(window.stock_page.toolbar.search, Qt.Key.Key_A),
        lambda: qtbot.mouseClick(window.stock_page.toolbar.search, Qt.MouseButton.LeftButton),
    ):
        lock.timer.start(2_000)  # as if 58 of the 60 seconds had gone by
        touch()
        assert lock.timer.remainingTime() > 30_000  # the whole wait again
    window.doorman.stop()
    assert not lock.armed


def test_a_bartender_does_not_see_owner_only_actions(qtbot: Any, db: Database, bar: Bar) -> None:
    context = AppContext(database=db, user="ann", changes=Changes(), role=Role.BARTENDER)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert not window.stock_page.actions_by_name["new"].isVisible()
    assert not window.count_page.actions_by_name["finalise"].isVisible()
    assert window.orders_page.send_button.isHidden()
    assert window.sell_page.actions_by_name["undo"].isVisible()  # her own slips she may undo
    set_pins(db)
    window.doorman.switch_user()
    dialog = window.doorman.dialog
    assert isinstance(dialog, SignInDialog)
    sign_in(dialog, "owner", "1234")
    assert window.stock_page.actions_by_name["new"].isVisible()
    assert not window.orders_page.send_button.isHidden()
    assert len(GUARDED) >= 5
    window.close()


def central(window: MainWindow) -> QWidget:
    """The pages behind the sign-in screen."""
    widget = window.centralWidget()
    assert widget is not None
    return widget
