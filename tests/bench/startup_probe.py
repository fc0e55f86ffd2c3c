"""Run in a process of its own: start the window (or a bare one) and print when it paints.

Prints seconds since the epoch: first paint of the main window (its frame), then the first
paint of the page it opens on, built with its rows (the window builds that page once the
database is open; the others when first shown). The parent subtracts the moment it
started the process.

The paints are watched by an event filter on the widgets concerned (the window, then the
page and its children once the window shows it), not on the whole application: PySide6
hands a Python filter on the application every event of every object, and wrapping the
first object of a class it has no binding for (QMainWindow animates its central widget
into place through an internal QAnimationTimer) cost the window ~22 ms that the bare
window, with no central widget, never paid, and that the program itself does not pay.
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
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    original = QApplication.exec

    def exec_watched(app: QApplication) -> int:
        window: Any = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))

        def on_page(widget: Any) -> bool:
            page = window.page_shown()
            return page is not None and (widget is page or page.isAncestorOf(widget))

        painted = _on_first_paint(app, window, on_page)

        def watch_page() -> None:
            page = window.stack.currentWidget()  # is_page tells whether it is built yet
            if page is not None:
                for widget in [page, *page.findChildren(QWidget)]:
                    widget.installEventFilter(painted)

        window.stack.currentChanged.connect(watch_page)
        return original()

    # watch the real window; the stubs call exec static, an instance calls it bound
    QApplication.exec = exec_watched  # type: ignore[assignment]
    main()


def _on_first_paint(app: Any, window: Any, is_page: Callable[[Any], bool]) -> Any:
    """Note the window's first paint, then the first paint of its page (built), and quit.

    The filter watches the window; the caller installs it on the page's widgets too.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks: list[float] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if not marks and watched is window:
                marks.append(time.time())
            if len(marks) == 1 and watched.isWidgetType() and is_page(watched):
                print(marks[0], time.time(), flush=True)
                QTimer.singleShot(0, app.quit)
                marks.append(-1.0)  # said once
            return False

    window._painted = Painted(window)  # kept alive with the window
    window.installEventFilter(window._painted)
    return window._painted


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        inventory(sys.argv[2])
