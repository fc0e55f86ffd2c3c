"""A barcode scanner is a keyboard: fast keystrokes ended by Return are a scan, not typing.

Where an editor takes the keys (a text field, a count cell), fast keys are a scan only if
they spell a barcode the bar knows: a numeric keypad macro or a quick typist entering
`1200` into a weight cell is typing, and the cell keeps it (issue 15).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

# Scanners send a character every few ms; people rarely manage 40 ms four times running.
MAX_GAP_S = 0.040
MIN_LENGTH = 4
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_TEXT_EDITORS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def takes_keys(widget: QObject | None) -> bool:
    """Whether typed keys land in an editor: a text field, or a table cell they start editing."""
    if isinstance(widget, _TEXT_EDITORS):
        return not getattr(widget, "isReadOnly", lambda: False)()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractItemView):
        any_key = QAbstractItemView.EditTrigger.AnyKeyPressed
        current = widget.currentIndex()
        return bool(widget.editTriggers() & any_key) and bool(
            current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable
        )
    return False


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
        known: Callable[[str], bool] = lambda _code: True,
        max_gap: float = MAX_GAP_S,
        min_length: int = MIN_LENGTH,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._known = known
        self._into_editor = False  # the keys of the scan so far went to an editor
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
            if self._is_scan(code, fast=fast):
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _COMMAND:
            if not fast or not self._buffer:
                self._buffer, self._into_editor = "", False
            self._buffer += text
            self._into_editor = self._into_editor or takes_keys(watched)
        else:
            self._buffer = ""
        return False

    def _is_scan(self, code: str, *, fast: bool) -> bool:
        """Fast and long enough; typed into an editor, it must also be a known barcode."""
        if not fast or len(code) < self._min_length:
            return False
        return not self._into_editor or self._known(code)

    def _aimed_at_window(self, watched: QObject) -> bool:
        if QApplication.activeModalWidget() is not None or not isinstance(watched, QWidget):
            return False
        return watched is self._window or watched.window() is self._window

    def _propagated(self, watched: QObject, event: QEvent) -> bool:
        """The same key seen again: count it once. Filters see every send of an event.

        Up: Qt re-sends an ignored key to each parent. Down: a table given a key that starts
        editing sends that same key on to the cell's new editor, as a sent (not spontaneous)
        event; without this a scan into a count cell read its first digit twice and was
        taken for typing. Qt reuses its key events' addresses, so a new key to the same
        widget, or a spontaneous one to a child, is a new key.
        """
        address = Shiboken.getCppPointer(event)[0]
        previous_address, previous = self._seen
        self._seen = (address, watched)
        if address != previous_address or not isinstance(previous, QWidget):
            return False
        if not Shiboken.isValid(previous):
            return False
        # isAncestorOf counts a widget as its own ancestor: hence `is previous` first.
        if not isinstance(watched, QWidget) or watched is previous:
            return False
        handed_down = not event.spontaneous() and previous.isAncestorOf(watched)
        return watched.isAncestorOf(previous) or handed_down
