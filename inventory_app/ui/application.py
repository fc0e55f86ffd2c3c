"""The one QApplication: its name, icon, style and stylesheet.

Apart from the window's entry point (ui/app.py) so that the recovery dialogs, which run
before any window and are started from it, can make the application without importing it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from inventory_app.i18n.catalogue import ENGLISH, N_, PSEUDO, current_language, tr
from inventory_app.resources import resource_path
from inventory_app.ui.icons import icon

APP_NAME = "Inventory"  # QSettings' and the data folders' name: never translated
DISPLAY_NAME = N_("Inventory")
ORGANISATION = "inventory-app"
QT_WORDS = "qtWords"  # the object name of the installed QTranslator


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
    install_qt_words(app)
    return app


def install_qt_words(app: QApplication) -> None:
    """Qt's own words in the app's language: a message box's Show Details…, a button box's
    Cancel and Close, the file dialog. PySide6 ships Qt's catalogues (qtbase_it.qm)."""
    language = current_language()
    installed = app.findChild(QTranslator, QT_WORDS)
    if installed is not None:
        if installed.language().partition("_")[0] == language:
            return
        app.removeTranslator(installed)  # the language changed since (a test, Settings)
        installed.deleteLater()
        installed.setObjectName("")
    if language in (ENGLISH, PSEUDO):
        return
    translator = QTranslator(app)
    translator.setObjectName(QT_WORDS)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)


def load_stylesheet() -> str:
    """resources/style/app.qss, or no styling if the file is missing."""
    path = resource_path("style", "app.qss")
    if not path.exists():
        return ""
    # QSS urls are relative to the working directory; point them at our icons instead.
    icons = resource_path("icons").as_posix()
    return path.read_text(encoding="utf-8").replace("@icons/", f"{icons}/")
