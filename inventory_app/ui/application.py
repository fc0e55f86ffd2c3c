"""The one QApplication: its name, icon, style and stylesheet.

Apart from the window's entry point (ui/app.py) so that the recovery dialogs, which run
before any window and are started from it, can make the application without importing it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from inventory_app.i18n.catalogue import N_, tr
from inventory_app.resources import resource_path
from inventory_app.ui.icons import icon

APP_NAME = "Inventory"  # QSettings' and the data folders' name: never translated
DISPLAY_NAME = N_("Inventory")
ORGANISATION = "inventory-app"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication: name, icon, Fusion style and our stylesheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(tr(DISPLAY_NAME))
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
