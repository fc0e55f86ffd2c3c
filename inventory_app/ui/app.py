"""The GUI entry point: the window's frame paints, then the database opens (run_gui).

Only PySide6 is imported before the first paint: SQLAlchemy, the services and the pages
come after, so the bar sees its window at once, even on a large or damaged database.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from inventory_app.resources import resource_path
from inventory_app.ui.icons import icon
from inventory_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from inventory_app.db.engine import Database

# Opens the database (its checks, dialogs and demo), running the callable it is given
# while SQLite checks the file; None when the user chose to quit.
OpenBar = Callable[[Callable[[], None]], "tuple[Database, str] | None"]

APP_NAME = "Inventory"
ORGANISATION = "inventory-app"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication: name, icon, Fusion style and our stylesheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setStyle("Fusion")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(load_stylesheet())
    return app


def load_stylesheet() -> str:
    """resources/style/app.qss, or no styling if the file is missing."""
    path = resource_path("style", "app.qss")
    if not path.exists():
        return ""
    # QSS urls are relative to the working directory; point them at our icons instead.
    icons = resource_path("icons").as_posix()
    return path.read_text(encoding="utf-8").replace("@icons/", f"{icons}/")


def build_main_window(database: Database, *, user: str) -> MainWindow:
    """The window with its context; separate so scripts and tests can build it too."""
    from inventory_app.ui import queries
    from inventory_app.ui.context import AppContext, Changes

    role = queries.load_role(database, user)
    return MainWindow(AppContext(database=database, user=user, changes=Changes(), role=role))


def open_window(window: MainWindow, database: Database, *, user: str) -> None:
    """The frame gets its database: pages, then the first owner's name or the sign-in screen."""
    from inventory_app.ui import queries
    from inventory_app.ui.context import AppContext, Changes

    role = queries.load_role(database, user)
    window.open(AppContext(database=database, user=user, changes=Changes(), role=role))
    window.doorman.start()


def run_gui(open_bar: OpenBar) -> int:
    """Show the window's frame, open the database once it has painted, run until it closes.

    An error while opening (a newer program's file, a bad URL) ends the run and is raised
    here, for the command line to report as before.
    """
    app = create_application()
    window = MainWindow()
    failed: list[BaseException] = []

    def open_now() -> None:
        try:
            opened = open_bar(window.load_first_page)
        except Exception as error:
            failed.append(error)
            opened = None
        if opened is None:
            app.exit(1)
            return
        from inventory_app.ui.error_reporting import install_error_reporting

        install_error_reporting()
        open_window(window, opened[0], user=opened[1])

    after_first_paint(window, open_now)
    window.show()
    status = app.exec()
    window.close()
    if failed:
        raise failed[0]
    return status


class _FirstPaint(QObject):
    """Calls back once, on the next turn of the event loop after the widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    widget.installEventFilter(_FirstPaint(widget, callback))
