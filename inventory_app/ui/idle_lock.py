"""Locks the window after a while without a touch: an unattended till is not anyone's to use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Any of these means someone is at the window.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)
MINUTE_MS = 60_000


class IdleLock(QObject):
    """An application-wide event filter: input restarts the timer, its timeout emits `idle`."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self._interval = 0
        self.timer.timeout.connect(self.idle.emit)

    def set_minutes(self, minutes: int) -> None:
        """0 switches the lock off."""
        self.set_interval_ms(minutes * MINUTE_MS)

    def set_interval_ms(self, interval: int) -> None:
        self.timer.stop()
        self._interval = interval
        if interval > 0:
            self.timer.start(interval)

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def armed(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every input anywhere starts the wait again; nothing is swallowed."""
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start(self._interval)
        return False
