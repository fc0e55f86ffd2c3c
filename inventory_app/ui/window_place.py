"""The window opens where and as large as it was left: an owner who maximises it on a
desktop screen does so once, not at every start.

Kept in Qt's own settings store beside the file choices (ui/file_choice.py), per user and
machine: a second screen or another terminal has its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

SETTINGS = ("inventory-app", "window")  # organisation, application: QSettings' file
GEOMETRY = "geometry"


def restore_place(window: QWidget) -> bool:
    """Put the window where it was left; whether there was a place to restore.

    Qt moves a window whose screen is gone back onto one that is there.
    """
    saved = QSettings(*SETTINGS).value(GEOMETRY)
    if not saved:
        return False
    return bool(window.restoreGeometry(saved))


def remember_place(window: QWidget) -> None:
    settings = QSettings(*SETTINGS)
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.sync()
