"""The GUI entry point: the CLI opens (and migrates) the database, then calls run_gui."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from inventory_app.db.engine import Database
from inventory_app.resources import resource_path
from inventory_app.ui import queries
from inventory_app.ui.context import AppContext, Changes
from inventory_app.ui.error_reporting import install_error_reporting
from inventory_app.ui.icons import icon
from inventory_app.ui.main_window import MainWindow

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
    role = queries.load_role(database, user)
    return MainWindow(AppContext(database=database, user=user, changes=Changes(), role=role))


def run_gui(database: Database, *, user: str) -> int:
    """Show the main window on an open database and run until it closes."""
    app = create_application()
    install_error_reporting()
    window = build_main_window(database, user=user)
    window.show()
    window.doorman.start()  # the first owner's name and PIN, or the sign-in screen
    return app.exec()
