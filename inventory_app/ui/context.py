"""What every page and dialog is handed: the database, the user and the change signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from inventory_app.db.engine import Database


class Changes(QObject):
    """Fired once after every successful user action; each page refreshes itself on it."""

    changed = Signal()


@dataclass(frozen=True)
class AppContext:
    """Passed down from the entry point (no globals): who works on which database."""

    database: Database
    user: str
    changes: Changes
