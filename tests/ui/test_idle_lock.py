"""ui/idle_lock.py: the window locks after a while without a touch; any input restarts it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from inventory_app.ui.idle_lock import MINUTE_MS, IdleLock


def test_minutes_arm_the_timer_and_zero_switches_it_off(qapp: Any) -> None:
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
    """Keys every 100 ms for 1.5 s hold off a 1 s lock; paint events do not."""
    lock = IdleLock()
    widget = QWidget()
    qtbot.addWidget(widget)
    lock.set_interval_ms(1000)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    with qtbot.assertNotEmitted(lock.idle, wait=0):
        for _ in range(15):
            qtbot.wait(100)
            assert lock.eventFilter(widget, key) is False
    with qtbot.waitSignal(lock.idle, timeout=3000):
        lock.eventFilter(widget, QEvent(QEvent.Type.Paint))  # not input: the wait goes on


def test_input_while_off_does_not_arm_it(qtbot: Any) -> None:
    lock = IdleLock()
    widget = QWidget()
    qtbot.addWidget(widget)
    click = QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    assert lock.eventFilter(widget, click) is False
    assert not lock.armed
