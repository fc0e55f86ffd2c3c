"""The window follows a change of language (File › Settings › Language) without a restart.

Saving the settings announces Change.SETTINGS; if the language is no longer the one the
window's words were written in, the window writes them again: its title, the sidebar, the
menus, the status bar's badge, Qt's own words, and every table's column titles (asked
again through headerData); then the pages it had built are built again in that language.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QTableView, QWidget

from inventory_app.i18n.catalogue import current_language, tr
from inventory_app.ui.application import DISPLAY_NAME, install_qt_words
from inventory_app.ui.context import AppContext, Change
from inventory_app.ui.page_table import PAGES, Menu
from inventory_app.ui.signing_in import Doorman
from inventory_app.ui.window_menus import MenuBar


class Window(Protocol):
    """What is rewritten of the main window (described here, not imported: no cycle)."""

    sidebar: QListWidget
    menu_bar: MenuBar
    doorman: Doorman

    @property
    def is_open(self) -> bool: ...
    def show_database(self) -> None: ...
    def setWindowTitle(self, title: str) -> None: ...
    def tables(self) -> list[QTableView]: ...
    def rebuild_pages(self) -> None: ...


class LanguageFollower(QObject):
    """Remembers the language the window was written in; rewrites it when that changes."""

    def __init__(self, window: Window, context: AppContext) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self._window = window
        self.language = current_language()
        context.changes.watch(self, Change.SETTINGS, self.follow)

    def follow(self) -> None:
        """Called after saved settings: nothing to do unless the language changed."""
        if current_language() != self.language:
            self.language = current_language()
            retranslate(self._window)
            # the pages, once the action that saved the settings (a modal dialog) returned
            QTimer.singleShot(0, self, self._window.rebuild_pages)


def retranslate(window: Window) -> None:
    """Every word the window itself shows, in the current language."""
    window.setWindowTitle(tr("Inventory"))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(tr(DISPLAY_NAME))
        install_qt_words(app)
    go_to = window.menu_bar.menus[Menu.PAGES].actions()
    for row, spec in enumerate(PAGES):
        title = spec.shown_title
        window.sidebar.item(row).setText(title)
        go_to[row].setText(f"&{title}")
        go_to[row].setStatusTip(tr("Go to {page}").format(page=title))
    window.menu_bar.retranslate()
    if window.is_open:
        window.show_database()
        window.doorman.retranslate()
    for table in window.tables():
        model = table.model()
        if model is not None and model.columnCount() > 0:
            last = model.columnCount() - 1
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
