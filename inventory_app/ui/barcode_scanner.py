"""A barcode scanner is a keyboard: fast keystrokes ended by Return are a scan, not typing."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

# Scanners send a character every few ms; people rarely manage 40 ms four times running.
MAX_GAP_S = 0.040
MIN_LENGTH = 4
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class BarcodeScanner(QObject):
    """An application event filter that watches (never eats) keystrokes aimed at one window.

    Only the Return that ends a scan is consumed, so it does not also press a button.
    """

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_gap: float = MAX_GAP_S,
        min_length: int = MIN_LENGTH,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._max_gap = max_gap
        self._min_length = min_length
        self._buffer = ""
        self._last = float("-inf")
        self._seen: tuple[int, QObject | None] = (0, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Collect printable keys typed fast into our window; swallow only a scan's Return."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._aimed_at_window(watched) or self._propagated(watched, event):
            return False
        now = self._clock()
        fast = now - self._last <= self._max_gap
        self._last = now
        if event.key() in _ENTER:
            code, self._buffer = self._buffer, ""
            if fast and len(code) >= self._min_length:
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _COMMAND:
            self._buffer = self._buffer + text if fast else text
        else:
            self._buffer = ""
        return False

    def _aimed_at_window(self, watched: QObject) -> bool:
        if QApplication.activeModalWidget() is not None or not isinstance(watched, QWidget):
            return False
        return watched is self._window or watched.window() is self._window

    def _propagated(self, watched: QObject, event: QEvent) -> bool:
        """Qt re-sends an ignored key to each parent, and filters see every send: count once."""
        address = Shiboken.getCppPointer(event)[0]
        previous_address, previous = self._seen
        self._seen = (address, watched)
        if address != previous_address or not isinstance(previous, QWidget):
            return False
        if not Shiboken.isValid(previous):
            return False
        # isAncestorOf counts a widget as its own ancestor; a new event to the same widget is new.
        return (
            isinstance(watched, QWidget)
            and watched is not previous
            and watched.isAncestorOf(previous)
        )
