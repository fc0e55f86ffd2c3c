"""Run in a process of its own: start the window (or a bare one) and print when it paints.

Prints seconds since the epoch: first paint of the main window, then the moment the
stock page holds its rows. The parent subtracts the moment it started the process.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    _on_first_paint(app, window, lambda: True)
    window.show()
    app.exec()


def inventory(url: str) -> None:
    from inventory_app.cli import main

    sys.argv = ["inventory-app", "--db", url]
    from PySide6.QtWidgets import QApplication, QMainWindow

    original = QApplication.exec

    def exec_watched(app: QApplication) -> int:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
        _on_first_paint(app, window, lambda: window.stock_page.model.rowCount() > 0)
        return original()

    QApplication.exec = exec_watched  # type: ignore[method-assign]  # watch the real window
    main()


def _on_first_paint(app: Any, window: Any, stock_loaded: Callable[[], bool]) -> None:
    """Note the first paint event, then wait for the stock rows and quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks: list[float] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not marks:
                marks.append(time.time())
                QTimer.singleShot(0, poll)
            return False

    def poll() -> None:
        if stock_loaded():
            print(marks[0], time.time(), flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, poll)

    window._painted = Painted(window)  # kept alive with the window
    window.installEventFilter(window._painted)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        inventory(sys.argv[2])
