"""The settings dialog's backups: the list, Back up now, and Restore with a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventory_app.db.backups import BackupFile
from inventory_app.db.engine import sqlite_path
from inventory_app.domain.errors import InventoryError
from inventory_app.services.backups.files import backups_of
from inventory_app.ui import operations
from inventory_app.ui.context import AppContext
from inventory_app.ui.file_choice import open_path
from inventory_app.ui.models.row_table_model import RowColumn, RowTableModel

SERVER_NOTE = (
    "This database is on a server: the server's own backups apply (pg_dump for PostgreSQL)."
)


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} kB"


class BackupsModel(RowTableModel[BackupFile]):
    """Newest first: when, why, how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                RowColumn("Taken", lambda b: f"{b.taken:%a %d %b %Y %H:%M}"),
                RowColumn("Reason", lambda b: b.reason.value.replace("-", " ")),
                RowColumn("Size", lambda b: size_text(b.size), numeric=True),
            ],
            parent,
        )


class BackupsSection(QWidget):
    """Lists this database's backups; its buttons are the same actions the CLI offers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.status = QLabel(wordWrap=True)
        self.back_up_button = QPushButton("Back up now")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.on_server = sqlite_path(context.database.url) is None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(backups_of(self._context.database))
        for widget in (self.table, self.back_up_button, self.restore_button):
            widget.setEnabled(not self.on_server)
        if self.on_server:
            self.status.setText(SERVER_NOTE)
        elif not self.model.rows:
            self.status.setText("No backups yet: the first start of each day makes one.")

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        done = operations.back_up_now(self._context)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, "Not backed up", str(done))
            return
        self.refresh()
        self.status.setText(f"Backed up to {done}")

    def restore(self) -> None:
        """The selected backup, or a file chosen from disk; never without a confirmation."""
        chosen = self.selected()
        source = chosen.path if chosen else self._choose_file()
        if source is None or not self._confirm(source, chosen):
            return
        done = operations.restore_backup(self._context, source=source)
        if isinstance(done, InventoryError):
            QMessageBox.warning(self, "Not restored", str(done))
            return
        self.refresh()
        self.status.setText(f"Restored from {done.source}. The database as it was is kept.")

    def _choose_file(self) -> Path | None:
        return open_path(self, "Restore a backup", "Backups (*.sqlite3 *.db);;All files (*)")

    def _confirm(self, source: Path, chosen: BackupFile | None) -> bool:
        when = f"taken {chosen.taken:%A %d %B %Y at %H:%M}" if chosen else f"in {source}"
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"Replace the whole database with the backup {when}?\n\n"
            "Everything recorded since then will no longer be in it. The database as it is "
            "now is kept as a backup first, so this can be undone by restoring that one.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
