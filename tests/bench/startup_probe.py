"""Run in a process of its own: start the window (or a bare one) and print when it paints.

Prints seconds since the epoch: first paint of the main window (its frame), then the first
paint of the page it opens on, built with its rows (the window builds that page once the
database is open; the others when first shown). The parent subtracts the moment it
started the process.
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
    _on_first_paint(app, window, lambda _widget: True)
    window.show()
    app.exec()


def inventory(url: str) -> None:
    from inventory_app.cli import main

    sys.argv = ["inventory-app", "--db", url]
    from PySide6.QtWidgets import QApplication, QMainWindow

    original = QApplication.exec

    def exec_watched(app: QApplication) -> int:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))

        def on_page(widget: Any) -> bool:
            page = window.page_shown()
            return page is not None and (widget is page or page.isAncestorOf(widget))

        _on_first_paint(app, window, on_page)
        return original()

    QApplication.exec = exec_watched  # type: ignore[method-assign]  # watch the real window
    main()


def _on_first_paint(app: Any, window: Any, is_page: Callable[[Any], bool]) -> None:
    """Note the window's first paint, then the first paint of its page (built), and quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks: list[float] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if not marks and watched is window:
                marks.append(time.time())
            if marks and watched.isWidgetType() and is_page(watched):
                print(marks[0], time.time(), flush=True)
                QTimer.singleShot(0, app.quit)
                app.removeEventFilter(self)
            return False

    window._painted = Painted(window)  # kept alive with the window
    app.installEventFilter(window._painted)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        inventory(sys.argv[2])
