"""ui/idle_lock.py: the window locks after a while without a touch; any input restarts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from inventory_app.ui.idle_lock import MINUTE_MS, IdleLock


def test_minutes_arm_the_timer_and_zero_switches_it_off() -> None:
    lock = IdleLock()
    lock.set_minutes(5)
    assert lock.interval_ms == 5 * MINUTE_MS and lock.armed
    lock.set_minutes(0)
    assert lock.interval_ms == 0 and not lock.armed


def test_no_input_for_the_interval_locks(qtbot: Any) -> None:
    lock = IdleLock()
    with qtbot.waitSignal(lock.idle, timeout=2000):
        lock.set_interval_ms(50)
    assert not lock.armed  # once: single shot


def test_input_restarts_the_wait_and_is_never_swallowed(qtbot: Any) -> None:
    lock = IdleLock()
    widget = QWidget()
    qtbot.addWidget(widget)
    lock.set_interval_ms(300)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    with qtbot.assertNotEmitted(lock.idle, wait=0):
        for _ in range(5):
            qtbot.wait(100)
            assert lock.eventFilter(widget, key) is False
            assert lock.timer.remainingTime() > 200  # started again just now
    paint = QEvent(QEvent.Type.Paint)  # not input: the wait goes on
    qtbot.wait(100)
    lock.eventFilter(widget, paint)
    assert lock.timer.remainingTime() <= 200
    with qtbot.waitSignal(lock.idle, timeout=2000):
        pass


def test_input_while_off_does_not_arm_it(qtbot: Any) -> None:
    lock = IdleLock()
    widget = QWidget()
    qtbot.addWidget(widget)
    click = QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    lock.eventFilter(widget, click)
    assert not lock.armed
