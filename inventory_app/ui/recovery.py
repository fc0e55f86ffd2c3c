"""The start-up check failed: say so, offer the newest sound backup, or quit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from inventory_app.db.file_checks import DamagedDatabase
from inventory_app.db.restore import restore_backup
from inventory_app.domain.errors import InventoryError

Ask = Callable[[QWidget | None, DamagedDatabase], bool]


class DamagedDatabaseDialog(QMessageBox):
    """What SQLite found, which backup would come back, and the two ways out."""

    def __init__(self, parent: QWidget | None, damage: DamagedDatabase) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("The database is damaged")
        self.setText(
            f"The database file\n{damage.path}\nfailed the check made at every start, so it "
            "was not opened and nothing was written to it."
        )
        self.setDetailedText("\n".join(damage.problems))
        self.restore_button = None
        good = damage.good_backup
        if good is not None:
            self.setInformativeText(
                f"The newest backup that passes the integrity check was taken "
                f"{good.taken:%A %d %B %Y at %H:%M} ({good.reason.value}). Restore it and "
                "open? Changes made since then are not in it. The damaged file is kept "
                "beside the backups."
            )
            self.restore_button = self.addButton("Restore and open", self.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(
                "No backup of it passes the integrity check. Copy the file somewhere safe "
                "and ask for help: most of it can often be recovered."
            )
        self.quit_button = self.addButton("Quit", self.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)

    @classmethod
    def ask(cls, parent: QWidget | None, damage: DamagedDatabase) -> bool:
        """True when the person chose to restore."""
        dialog = cls(parent, damage)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is dialog.restore_button


def offer_restore(damage: DamagedDatabase, *, ask: Ask | None = None) -> bool:
    """True once the newest good backup is back in place; False to quit."""
    from inventory_app.ui.app import create_application

    create_application()
    if not (ask or DamagedDatabaseDialog.ask)(None, damage) or damage.good_backup is None:
        return False
    try:
        restore_backup(damage.path, damage.good_backup.path)
    except (InventoryError, OSError, sqlite3.Error) as error:
        QMessageBox.critical(None, "Not restored", f"The backup was not restored: {error}")
        return False
    return True
