"""A write waiting for another terminal's lock says so in the status bar while it waits.

The database calls `say` from whichever thread is writing: a page's action on the UI
thread, an import on a worker. The signal carries it to the status bar either way; on
the UI thread the bar is repainted at once, as the event loop is blocked by the wait.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMainWindow


class WaitNotices(QObject):
    """Connects Database.while_waiting to the window's status bar."""

    said = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)  # the window is its parent, asked for at each message
        self.said.connect(self._show)

    def say(self, message: str) -> None:
        self.said.emit(message)

    def _show(self, message: str) -> None:
        window = self.parent()
        if not isinstance(window, QMainWindow):
            return
        bar = window.statusBar()
        bar.showMessage(message, 15_000)
        if QThread.currentThread() is self.thread():
            bar.repaint()
