"""Run something once a widget has been painted for the first time (what shows comes first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls back once, on the next turn of the event loop after the first paint it sees.

    It watches the widgets it is given and stops watching them once it has called back:
    a filter left in place would cost a Python call for every event of every one of them.
    """

    def __init__(self, widgets: list[QWidget], callback: Callable[[], None]) -> None:
        super().__init__(widgets[0])
        self._widgets = widgets
        self._callback: Callable[[], None] | None = callback
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
            QTimer.singleShot(0, self._stop_watching)
        return False

    def _stop_watching(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self)


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Once the widget itself has painted (a window, a frame)."""
    _FirstPaint([widget], callback)


def after_first_paint_within(widget: QWidget, callback: Callable[[], None]) -> None:
    """Once the widget or any of its children has painted: a page that draws nothing of
    its own gets no paint event, its tables and labels do."""
    _FirstPaint([widget, *widget.findChildren(QWidget)], callback)
